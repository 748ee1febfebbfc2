/* Join: wait for a thread to end, then delete it.
 *
 * A joiner sleeps on the target's join queue and knows whom it joins
 * (`joining'), so that a join that would wait, directly or along a
 * chain of joins, for the caller is refused instead of hanging. The
 * target's end wakes its joiners; the one that finds it still EXITED,
 * with the id it had when the join began, deletes it. A target deleted
 * or restarted meanwhile has ended too, but its storage is someone
 * else's business by then: the join succeeds without touching it. */

#include <cyg/kernel/kapi_ext.h>
#include <cyg/kernel/kthread.h>
#include <cyg/kernel/kclock.h>
#include <cyg/infra/cyg_ass.h>

void cygk_join_thread_ended(cyg_thread *thread)
{
    cyg_thread *joiner;

    thread->joining = NULL;
    while ((joiner = cygk_queue_first(&thread->join_queue)) != NULL)
        cygk_thread_wake(joiner, CYG_REASON_DONE);
}

/* Whether `thread' waits, through a chain of joins, for `self'. Only a
 * thread still asleep on its target's queue counts: one woken by a kill
 * may still carry `joining' until it has run its exit. */
static cyg_bool_t cygk_join_waits_for(const cyg_thread *thread,
                                      const cyg_thread *self)
{
    while (thread->joining != NULL
           && thread->queue == &thread->joining->join_queue) {
        thread = thread->joining;
        if (thread == self)
            return true;
    }
    return false;
}

static cyg_thread_result_t cygk_join_check(cyg_thread *target)
{
    if (!cygk_thread_known(target)) {
        CYG_ASSERT(!cygk_thread_was_deleted(target),
                   "double join: thread already joined or deleted");
        CYG_FAIL("join of a thread never created (uninitialised cyg_thread)");
        return CYG_THREAD_EINVAL;
    }
    if (target == cygk_sched.current || cygk_join_waits_for(target, cygk_sched.current))
        return CYG_THREAD_EDEADLK;
    if (!cygk_list_empty(&target->join_queue)) {
        CYG_FAIL("double join: another thread is already joining this thread");
        return CYG_THREAD_EBUSY;
    }
    return CYG_THREAD_OK;
}

/* The deadline of a timed join, CYG_THREAD_FOREVER when there is none
 * (or when it lies beyond the clock's range). */
static cyg_tick_count_t cygk_join_deadline(cyg_tick_count_t timeout)
{
#ifdef CYGFUN_KERNEL_THREADS_TIMER
    cyg_tick_count_t now = cygk_rtc_now();

    if (timeout >= CYG_THREAD_FOREVER - now)
        return CYG_THREAD_FOREVER;
    return now + timeout;
#else
    (void)timeout;
    return CYG_THREAD_FOREVER;
#endif
}

/* Sleep until the incarnation `id' of `target' has ended. */
static cyg_thread_result_t cygk_join_wait(cyg_thread *target, cyg_uint16 id,
                                          cyg_tick_count_t timeout)
{
    cyg_thread *self = cygk_sched.current;
    cyg_tick_count_t deadline;
    cyg_reason_t reason;

    if (target->state & CYGK_STATE_EXITED)
        return CYG_THREAD_OK;
    if (timeout == 0)
        return CYG_THREAD_ETIMEDOUT;
#ifndef CYGFUN_KERNEL_THREADS_TIMER
    if (timeout != CYG_THREAD_FOREVER) {
        CYG_FAIL("timed join needs CYGFUN_KERNEL_THREADS_TIMER");
        return CYG_THREAD_EINVAL;
    }
#endif
    deadline = cygk_join_deadline(timeout);
    while (target->unique_id == id && !(target->state & CYGK_STATE_EXITED)) {
        self->joining = target;
        reason = cygk_thread_block(&target->join_queue,
                                   deadline != CYG_THREAD_FOREVER, deadline);
        self->joining = NULL;
        if (reason == CYG_REASON_TIMEOUT)
            return CYG_THREAD_ETIMEDOUT;
        if (reason != CYG_REASON_DONE)
            return CYG_THREAD_EINTR;
    }
    return CYG_THREAD_OK;
}

cyg_thread_result_t cyg_thread_join(cyg_handle_t handle,
                                    cyg_tick_count_t timeout)
{
    cyg_thread *target = (cyg_thread *)handle;
    cyg_thread_result_t result;
    cyg_uint16 id;

    cygk_sched_lock();
    result = cygk_join_check(target);
    if (result == CYG_THREAD_OK) {
        id = target->unique_id;
        result = cygk_join_wait(target, id, timeout);
        if (result == CYG_THREAD_OK && target->unique_id == id) {
            cygk_thread_reap(target);
            return CYG_THREAD_OK;
        }
    }
    cygk_sched_unlock();
    return result;
}
