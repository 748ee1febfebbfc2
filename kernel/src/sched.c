/* The scheduler core: the lock, DSR delivery on unlock, thread switching
 * and start-up. The choice of the next thread belongs to the run queue
 * implementation (sched_mlqueue.c or sched_bitmap.c). */

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

/* Switch to the best runnable thread, if it is not the current one.
 * Returns when the current thread is chosen again. */
static void cygk_sched_switch(void)
{
    cyg_thread *prev = cygk_sched.current;
    cyg_thread *next;

    cygk_sched.need_reschedule = false;
    next = cygk_runq_highest();
    if (next == prev)
        return;
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
    HAL_THREAD_SWITCH_CONTEXT(&prev->stack_ptr, &next->stack_ptr);
}

void cygk_sched_reschedule(void)
{
    while (cygk_sched.need_reschedule)
        cygk_sched_switch();
}

/* The lock goes from 1 to 0: deliver the DSRs posted meanwhile and give
 * the processor to a better thread, until there is nothing left to do.
 * The final test is made with interrupts off so that no DSR posted by an
 * interrupt in between is left waiting for the next unlock. */
void cygk_sched_unlock_inner(void)
{
    CYG_INTERRUPT_STATE old;

    for (;;) {
#ifdef CYGIMP_KERNEL_INTERRUPTS_DSRS
        if (cygk_dsr_pending())
            cygk_dsr_run_all();
#endif
        if (cygk_sched.need_reschedule)
            cygk_sched_switch();
        HAL_DISABLE_INTERRUPTS(old);
#ifdef CYGIMP_KERNEL_INTERRUPTS_DSRS
        if (!cygk_dsr_pending() && !cygk_sched.need_reschedule)
#else
        if (!cygk_sched.need_reschedule)
#endif
        {
            cygk_sched.lock_count = 0;
            HAL_RESTORE_INTERRUPTS(old);
            return;
        }
        HAL_RESTORE_INTERRUPTS(old);
    }
}

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
