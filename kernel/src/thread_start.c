/* Delayed start: a new thread that resumes itself after a number of
 * ticks, and the cancellation of that start.
 *
 * The pending start is a deferred cyg_thread_resume: the thread stays
 * SUSPENDED (count 1), with the CREATING bit set and its own timer, idle
 * until its first run, armed for the start. Suspending it meanwhile adds
 * to the count, so that it is still suspended once the start is due;
 * resuming it starts it early and drops the pending start; killing it
 * cancels the timer as for any thread. */

#include <cyg/kernel/kapi_ext.h>
#include <cyg/kernel/kthread.h>
#include <cyg/kernel/kclock.h>
#include <cyg/infra/cyg_ass.h>

void cygk_start_schedule(cyg_thread *thread, cyg_tick_count_t delay)
{
    cyg_tick_count_t now = cygk_rtc_now();
    cyg_tick_count_t due = CYG_THREAD_FOREVER - now > delay ? now + delay
                                                           : CYG_THREAD_FOREVER;

    thread->state |= CYGK_STATE_CREATING;
    cygk_alarm_initialize(&thread->timer, due, 0);
}

void cygk_start_due(cyg_thread *thread)
{
    cygk_start_forget(thread);
    cygk_thread_resume(thread);
}

cyg_thread_result_t cyg_thread_start_cancel(cyg_handle_t handle)
{
    cyg_thread *thread = (cyg_thread *)handle;

    cygk_sched_lock();
    if (!cygk_thread_known(thread)) {
        CYG_FAIL("start cancel of a thread never created or deleted");
        cygk_sched_unlock();
        return CYG_THREAD_EINVAL;
    }
    if (!(thread->state & CYGK_STATE_CREATING)) {
        CYG_FAIL("start cancel of a thread already started (no delayed start pending)");
        cygk_sched_unlock();
        return CYG_THREAD_ESTARTED;
    }
    cygk_thread_kill(thread);
    cygk_thread_reap(thread);
    return CYG_THREAD_OK;
}
