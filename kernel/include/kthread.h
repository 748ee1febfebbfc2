#ifndef CYGONCE_KERNEL_KTHREAD_H
#define CYGONCE_KERNEL_KTHREAD_H
/* Kernel-internal: thread states and the sleep/wake protocol every
 * blocking primitive uses. Unless noted, call with the scheduler locked. */

#include <cyg/kernel/kapidata.h>
#include <cyg/kernel/ksched.h>
#include <cyg/kernel/kqueue.h>

/* State bits (kapi.md 5.2: exact values). A thread is on a run queue
 * exactly when its state is CYGK_STATE_RUNNING. */
#define CYGK_STATE_RUNNING     0
#define CYGK_STATE_SLEEPING    1
#define CYGK_STATE_COUNTSLEEP  2
#define CYGK_STATE_SUSPENDED   4
#define CYGK_STATE_CREATING    8
#define CYGK_STATE_EXITED      16

/* Build a thread in place, suspended (no lock needed: the thread is not
 * yet known to anyone). */
void cygk_thread_init(cyg_thread *thread, cyg_priority_t priority,
                      cyg_thread_entry_t *entry, cyg_addrword_t entry_data,
                      char *name, CYG_ADDRESS stack_base,
                      cyg_uint32 stack_size);

/* Change the state bits, moving the thread on or off its run queue. */
void cygk_thread_set_state(cyg_thread *thread, cyg_uint32 state);

/* Wake `thread' if it sleeps, with the reason its blocking call sees. */
void cygk_thread_wake(cyg_thread *thread, cyg_reason_t reason);

/* Block the current thread on `queue' (NULL: on nothing) until it is
 * woken, or until `abstime' on the real-time clock when `timed'. A
 * deadline already past returns CYG_REASON_TIMEOUT without sleeping. The
 * caller holds the lock exactly once. Returns the wake reason; a thread
 * killed while it slept exits here instead of returning. */
cyg_reason_t cygk_thread_block(cyg_knode *queue, cyg_bool_t timed,
                               cyg_tick_count_t abstime);

#ifdef CYGFUN_KERNEL_THREADS_TIMER
/* Sleep the current thread for `ticks' real-time clock ticks. */
cyg_reason_t cygk_thread_delay(cyg_tick_count_t ticks);
#endif

/* Set the dispatching priority, requeueing the thread where it waits or
 * runs. */
void cygk_thread_set_current_priority(cyg_thread *thread,
                                      cyg_priority_t priority);

/* Increment the suspend count of, or restart (exited), a thread. */
void cygk_thread_suspend(cyg_thread *thread);
void cygk_thread_resume(cyg_thread *thread);
void cygk_thread_kill(cyg_thread *thread);

/* End the current thread (no lock held). */
void cygk_thread_exit_self(void) CYGBLD_ATTRIB_NORET;

/* Change the base priority (cyg_thread_set_priority): while a mutex
 * boosts the thread only the base changes, unless the new priority is
 * better than the boost. False if the bitmap scheduler refuses it. */
cyg_bool_t cygk_thread_set_priority(cyg_thread *thread, cyg_priority_t priority);

/* Forget an exited thread: off the thread list, unique id 0, and a stack
 * the kernel allocated back to its pool. */
void cygk_thread_destroy(cyg_thread *thread);

/* Build and start the idle thread (idle.c). */
void cygk_idle_init(void);

#ifdef CYGPKG_KERNEL_THREADS_DESTRUCTORS
/* Run the exiting thread's destructors (thread_destructors.c). */
void cygk_thread_run_destructors(cyg_thread *self);
#endif

#ifdef CYGK_EXCEPTION_HANDLERS
/* Give a new thread the default exception handlers (except.c). */
void cygk_exception_init_thread(cyg_thread *thread);
#endif

#ifdef CYGK_PRIORITY_BOOSTS
# define CYGK_BASE_PRIORITY(t) ((t)->base_priority)
#else
# define CYGK_BASE_PRIORITY(t) ((t)->priority)
#endif

/* Stack signatures and fill pattern (stack.c). With checking, the lowest
 * and highest CYGK_STACK_SIGNATURE_SIZE bytes of each stack hold a
 * signature and the thread runs between them. */
#ifdef CYGK_STACK_CHECKING
# ifdef CYGNUM_KERNEL_THREADS_STACK_CHECK_DATA_SIZE
#  define CYGK_STACK_SIGNATURE_SIZE \
    ((CYGNUM_KERNEL_THREADS_STACK_CHECK_DATA_SIZE + CYGARC_ALIGNMENT - 1) & ~(CYGARC_ALIGNMENT - 1))
# else
#  define CYGK_STACK_SIGNATURE_SIZE 32
# endif
#endif
#ifdef CYGK_STACK_CHECKING
void cygk_stack_check(cyg_thread *thread);
void cygk_stack_check_all(void);
#endif
void cygk_stack_prepare(cyg_thread *thread);
cyg_uint32 cygk_stack_usage(cyg_thread *thread);
#ifdef CYGDBG_KERNEL_THREADS_STACK_MEASUREMENT_VERBOSE_EXIT
void cygk_stack_report_exit(cyg_thread *thread);
#endif

#ifdef CYGVAR_KERNEL_THREADS_LIST
extern cyg_thread *cygk_thread_list;
#endif

/* The lifecycle extensions' hooks into the state machine above. */
#include <cyg/kernel/kthread_ext.h>

#endif /* CYGONCE_KERNEL_KTHREAD_H */
