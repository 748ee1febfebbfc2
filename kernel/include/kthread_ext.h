#ifndef CYGONCE_KERNEL_KTHREAD_EXT_H
#define CYGONCE_KERNEL_KTHREAD_EXT_H
/* Kernel-internal: how the thread lifecycle extensions (kapi_ext.h,
 * doc/lifecycle.md) hook into the core thread state machine. kthread.h
 * includes this header, so every hook is visible where threads change
 * state; each one exists only with its option, so a configuration
 * without the extensions compiles none of it. Unless noted, call with
 * the scheduler locked. */

#include <cyg/kernel/kthread.h>
#include <cyg/kernel/kclock.h>

/* Destroy an exited thread (cygk_thread_destroy), then release the one
 * hold on the scheduler lock the caller has and run the thread's exit
 * hook, if any, unlocked: the hook may free the stack the thread will
 * never use again. */
void cygk_thread_reap(cyg_thread *thread);

/* A thread that was created and not deleted since. An object that never
 * held a thread, or whose thread was deleted or joined, has id 0; with
 * the thread list, an object full of garbage is also refused. */
static inline cyg_bool_t cygk_thread_known(const cyg_thread *thread)
{
#ifdef CYGVAR_KERNEL_THREADS_LIST
    const cyg_thread *t;

    if (thread == NULL || thread->unique_id == 0)
        return false;
    for (t = cygk_thread_list; t != NULL; t = t->list_next)
        if (t == thread)
            return true;
    return false;
#else
    return thread != NULL && thread->unique_id != 0;
#endif
}

/* The storage of a deleted (or joined) thread keeps its EXITED state,
 * which lets misuse messages tell it from storage that never held one. */
static inline cyg_bool_t cygk_thread_was_deleted(const cyg_thread *thread)
{
    return thread != NULL && thread->unique_id == 0
           && (thread->state & CYGK_STATE_EXITED);
}

#ifdef CYGFUN_KERNEL_THREADS_JOIN
/* `thread' has just become EXITED: wake the threads joining it. */
void cygk_join_thread_ended(cyg_thread *thread);
#endif

#ifdef CYGFUN_KERNEL_THREADS_DELAYED_START
/* The CREATING state bit marks a thread whose delayed start is pending:
 * it is also SUSPENDED, and its timer is armed for the start. */
void cygk_start_schedule(cyg_thread *thread, cyg_tick_count_t delay);

/* The start timer fired (alarm context). */
void cygk_start_due(cyg_thread *thread);

/* The thread starts by other means (resume): drop the pending start. */
static inline void cygk_start_forget(cyg_thread *thread)
{
    if (thread->state & CYGK_STATE_CREATING) {
        cygk_alarm_disable(&thread->timer);
        thread->state &= ~CYGK_STATE_CREATING;
    }
}
#endif

#ifdef CYGFUN_KERNEL_THREADS_ESSENTIAL
/* Report the end of an essential thread and halt (no lock needed). */
void cygk_essential_fatal(cyg_thread *thread, const char *event)
    CYGBLD_ATTRIB_NORET;

/* `event' ("exited", "killed") is about to end `thread'. */
static inline void cygk_essential_check(cyg_thread *thread, const char *event)
{
    if (thread->essential && !(thread->state & CYGK_STATE_EXITED))
        cygk_essential_fatal(thread, event);
}
#endif

#ifdef CYGFUN_KERNEL_THREADS_STACK_ALLOCATION
/* A stack of `size' bytes from the kernel's pool, or NULL. */
void *cygk_stack_pool_alloc(cyg_uint32 size);

/* Give a destroyed thread's stack back to the pool if it came from it. */
void cygk_stack_pool_free(cyg_thread *thread);
#endif

#ifdef CYGFUN_KERNEL_THREADS_RUNTIME_STATS
/* The scheduler starts: the first thread's time begins. */
void cygk_runtime_start(void);

/* `prev' leaves the CPU: charge it the time since it got it. */
void cygk_runtime_switch(cyg_thread *prev);

/* A new (or restarted) thread has run for no time yet. */
void cygk_runtime_reset(cyg_thread *thread);
#endif

#ifdef CYGFUN_KERNEL_THREADS_INSPECTION
/* `thread' leaves the thread list: walks about to visit it skip it. */
void cygk_inspect_thread_removed(cyg_thread *thread);

/* `thread' has ended: the walks it was making will never go on. */
void cygk_inspect_thread_ended(cyg_thread *thread);
#endif

#endif /* CYGONCE_KERNEL_KTHREAD_EXT_H */
