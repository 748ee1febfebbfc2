/* C API: condition variables. Waiting gives up the mutex and goes to
 * sleep in one step (the scheduler stays locked in between), and takes
 * the mutex again before returning, whatever woke the thread. */

#include <cyg/kernel/kapi.h>
#include <cyg/kernel/kthread.h>
#include <cyg/kernel/kmutex.h>

void cyg_cond_init(cyg_cond_t *cond, cyg_mutex_t *mutex)
{
    cond->mutex = mutex;
    cygk_list_init(&cond->queue);
}

void cyg_cond_destroy(cyg_cond_t *cond)
{
    CYG_ASSERT(cygk_list_empty(&cond->queue),
               "condition variable destroyed with waiters");
    (void)cond;
}

static cyg_bool_t cygk_cond_wait(cyg_cond_t *cond, cyg_bool_t timed,
                                 cyg_tick_count_t abstime)
{
    cyg_mutex_t *mutex = cond->mutex;
    cyg_reason_t reason;

    cygk_sched_lock();
    CYG_ASSERT(mutex->owner == cygk_sched.current,
               "condition wait without owning the mutex");
    cygk_mutex_unlock_locked(mutex);
    reason = cygk_thread_block(&cond->queue, timed, abstime);
    cygk_sched_unlock();
    while (!cyg_mutex_lock(mutex))
        ;
    return reason == CYG_REASON_DONE;
}

cyg_bool_t cyg_cond_wait(cyg_cond_t *cond)
{
    return cygk_cond_wait(cond, false, 0);
}

#ifdef CYGMFN_KERNEL_SYNCH_CONDVAR_TIMED_WAIT
cyg_bool_t cyg_cond_timed_wait(cyg_cond_t *cond, cyg_tick_count_t abstime)
{
    return cygk_cond_wait(cond, true, abstime);
}
#endif

void cyg_cond_signal(cyg_cond_t *cond)
{
    cyg_thread *waiter;

    cygk_sched_lock();
    if ((waiter = cygk_queue_first(&cond->queue)) != NULL)
        cygk_thread_wake(waiter, CYG_REASON_DONE);
    cygk_sched_unlock();
}

void cyg_cond_broadcast(cyg_cond_t *cond)
{
    cyg_thread *waiter;

    cygk_sched_lock();
    while ((waiter = cygk_queue_first(&cond->queue)) != NULL)
        cygk_thread_wake(waiter, CYG_REASON_DONE);
    cygk_sched_unlock();
}
