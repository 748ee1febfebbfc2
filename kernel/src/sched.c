/* The scheduler core: the lock, DSR delivery on unlock, thread switching
 * and start-up. The choice of the next thread belongs to the run queue
 * implementation (sched_mlqueue.c or sched_bitmap.c). */

#include <cyg/kernel/kapi.h>
#include <cyg/kernel/ksched.h>
#include <cyg/kernel/kthread.h>
#include <cyg/kernel/kintr.h>
#include <cyg/hal/hal_arch.h>
#include <cyg/hal/hal_intr.h>

struct cygk_sched_state cygk_sched = {
    .lock_count = 1,
#ifdef CYGSEM_KERNEL_SCHED_TIMESLICE
    .timeslice_left = CYGNUM_KERNEL_SCHED_TIMESLICE_TICKS,
#endif
};

/* Everything a switch from `prev' (the current thread) to `next' does
 * but the HAL's part: checks, accounting, the new current thread. */
static inline void cygk_sched_hand_over(cyg_thread *prev, cyg_thread *next)
{
    (void)prev;
#ifdef CYGK_STACK_CHECKING
    cygk_stack_check(prev);
    cygk_stack_check(next);
# ifdef CYGFUN_KERNEL_ALL_THREADS_STACK_CHECKING
    cygk_stack_check_all();
# endif
#endif
#ifdef CYGFUN_KERNEL_THREADS_RUNTIME_STATS
    cygk_runtime_switch(prev);
#endif
    cygk_sched.current = next;
#ifdef CYGSEM_KERNEL_SCHED_TIMESLICE
    /* After the change of current thread: the slice may be the thread's own. */
    cygk_sched_timeslice_reset();
#endif
}

/* Give the processor from `prev' (the current thread) to `next'. Returns
 * when something switches back to `prev'. */
static inline void cygk_sched_switch_to(cyg_thread *prev, cyg_thread *next)
{
    cygk_sched_hand_over(prev, next);
    HAL_THREAD_SWITCH_CONTEXT(&prev->stack_ptr, &next->stack_ptr);
}

/* Switch to the best runnable thread, if it is not the current one.
 * Returns when the current thread is chosen again. */
static void cygk_sched_switch(void)
{
    cyg_thread *prev = cygk_sched.current;
    cyg_thread *next;

    cygk_sched.need_reschedule = false;
    next = cygk_runq_highest();
    if (next != prev)
        cygk_sched_switch_to(prev, next);
}

/* A yield (kapi.md 5.3): the current thread goes behind its peers. In the
 * common case (scheduler unlocked, a peer at its level) the current
 * thread is the best runnable one, so once it has been rotated the peer
 * is: the switch goes straight there, without the general search. The
 * lock is taken first, so that no DSR can change the run queues between
 * the test and the switch; a DSR queued meanwhile runs when the peer
 * unlocks. This is the C API's call itself: the hottest path of all
 * has no call to spare. */
void cyg_thread_yield(void)
{
    cyg_thread *self = cygk_sched.current;

    if (cygk_sched.lock_count == 0) {
        cygk_sched.lock_count = 1;
        HAL_REORDER_BARRIER();
#if defined(CYGSEM_KERNEL_SCHED_MLQUEUE)
        {
            cyg_knode *peer = self->node.next;

            CYG_ASSERT(cygk_sched.runq.head[self->priority] == &self->node,
                       "the running thread heads its level");
            if (peer != &self->node) {
                cygk_sched.runq.head[self->priority] = peer;
                cygk_sched_switch_to(self, cygk_queue_thread(peer));
                cygk_sched_unlock_once();
                return;
            }
        }
#endif
    } else {
        cygk_sched_lock();
    }
    cygk_runq_rotate(self);
#ifdef CYGSEM_KERNEL_SCHED_TIMESLICE
    cygk_sched_timeslice_reset();
#endif
    cygk_sched_unlock();
}

/* The C API's suspend, here for the usual use: a thread suspending
 * itself. In the common case (scheduler unlocked, the thread simply
 * running, so not yet suspended) it leaves the run queue and the switch
 * goes straight to the best runnable thread, without a reschedule
 * request for the unlock to find. Builds optimised for size keep the
 * general path alone. */
void cyg_thread_suspend(cyg_handle_t handle)
{
    cyg_thread *thread = (cyg_thread *)handle;

#ifndef __OPTIMIZE_SIZE__
    if (thread == cygk_sched.current && cygk_sched.lock_count == 0
        && thread->state == CYGK_STATE_RUNNING) {
        CYG_ASSERT(thread != &cygk_idle_thread, "the idle thread cannot be suspended");
        CYG_ASSERT(thread->suspend_count == 0, "a running thread is not suspended");
        cygk_sched.lock_count = 1;
        HAL_REORDER_BARRIER();
        thread->suspend_count = 1;
        thread->state = CYGK_STATE_SUSPENDED;
        cygk_runq_take_out(thread);
        cygk_sched_switch_to(thread, cygk_runq_highest());
        cygk_sched_unlock_once();
        return;
    }
#endif
    cygk_sched_lock();
    cygk_thread_suspend(thread);
    cygk_sched_unlock();
}

void cygk_sched_reschedule(void)
{
    while (cygk_sched.need_reschedule)
        cygk_sched_switch();
}

/* Entered with the lock held once and work pending (usually). A thread
 * switched out here resumes here, and goes on delivering. */
void cygk_sched_unlock_inner(void)
{
    for (;;) {
#ifdef CYGIMP_KERNEL_INTERRUPTS_DSRS
        if (cygk_dsr_pending())
            cygk_dsr_run_all();
#endif
        /* Back from a switch, this thread has the lock and goes on to
         * release it: whatever came up meanwhile is seen below. */
        if (cygk_sched.need_reschedule)
            cygk_sched_switch();
        HAL_REORDER_BARRIER();
        cygk_sched.lock_count = 0;
        HAL_REORDER_BARRIER();
        /* Work queued by an interrupt before the release. */
        if (!cygk_sched_work_pending())
            return;
        cygk_sched.lock_count = 1;
        HAL_REORDER_BARRIER();
    }
}

/* No interrupt changes the count while it is not 0. */
void cygk_sched_unlock(void)
{
    if (cygk_sched.lock_count == 1)
        cygk_sched_unlock_once();
    else
        cygk_sched.lock_count--;
}

#ifdef HAL_THREAD_SWITCH_IN_EXCEPTION
/* The HAL contract for HALs that switch threads in an exception of their
 * own (porting.md, HAL_THREAD_SWITCH_IN_EXCEPTION): with interrupts
 * disabled, the interrupted thread's context saved at `sp', deliver what
 * DSRs are left and choose the thread to run. Returns where the context
 * of the new current thread lies, or 0 when the interrupted one goes on.
 * The new thread resumes holding the lock, as from any switch. */
CYG_ADDRESS cyg_kernel_interrupt_switch(CYG_ADDRESS sp)
{
    cyg_thread *prev = cygk_sched.current;
    cyg_thread *next;

    if (cygk_sched.lock_count != 0)
        return 0;
    cygk_sched.lock_count = 1;
# if defined(CYGIMP_KERNEL_INTERRUPTS_DSRS) \
    && defined(CYGSEM_HAL_COMMON_INTERRUPTS_ALLOW_NESTING)
    /* Only nested interrupts leave DSRs queued with the lock free. */
    while (cygk_dsr_pending()) {
        CYG_INTERRUPT_STATE old;

        HAL_ENABLE_INTERRUPTS();
        cygk_dsr_run_all();
        HAL_DISABLE_INTERRUPTS(old);
        (void)old;
    }
# endif
    cygk_sched.need_reschedule = false;
    next = cygk_runq_highest();
    if (next == prev) {
        cygk_sched.lock_count = 0;
        return 0;
    }
    prev->stack_ptr = sp;
    cygk_sched_hand_over(prev, next);
    return next->stack_ptr;
}

/* A thread switched out by cyg_kernel_interrupt_switch() is back, holding
 * the lock: release it before the HAL resumes the interrupted code. */
void cyg_kernel_interrupt_resume(void)
{
    cygk_sched_unlock_once();
}
#endif

void cyg_kernel_start(void)
{
    cyg_thread *first;

    CYG_ASSERT(!cygk_sched.started, "scheduler started twice");
    cygk_sched.started = true;
    cygk_sched.need_reschedule = false;
    first = cygk_runq_highest();
    cygk_sched.current = first;
#ifdef CYGFUN_KERNEL_THREADS_RUNTIME_STATS
    cygk_runtime_start();
#endif
#ifdef CYGSEM_KERNEL_SCHED_TIMESLICE
    cygk_sched_timeslice_reset();
#endif
    /* The lock stays at 1: the first thread releases it as it starts. */
    HAL_THREAD_LOAD_CONTEXT(&first->stack_ptr);
    for (;;)
        ;
}

cyg_uint16 cyg_kernel_current_thread_id(void)
{
    return cygk_sched.current ? cygk_sched.current->unique_id : 0xFFFF;
}
