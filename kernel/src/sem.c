/* C API: counting semaphores. A post wakes the first waiter, which takes
 * the count when it runs; if another thread took it first, the waiter
 * sleeps again.
 *
 * A wait that finds a count and a post that finds no waiter change the
 * count and nothing else: they hold interrupts off for those few
 * instructions instead of taking the scheduler lock, which excludes DSRs
 * and other threads alike and costs less than the lock's release
 * (doc/kernel.md). */

#include <cyg/kernel/kapi.h>
#include <cyg/kernel/kthread.h>
#include <cyg/hal/hal_intr.h>

void cyg_semaphore_init(cyg_sem_t *sem, cyg_count32 val)
{
    sem->count = val;
    cygk_list_init(&sem->queue);
}

void cyg_semaphore_destroy(cyg_sem_t *sem)
{
    CYG_ASSERT(cygk_list_empty(&sem->queue), "semaphore destroyed with waiters");
    (void)sem;
}

/* Take a count if there is one, with interrupts off. */
static CYGK_FAST_PATH cyg_bool_t cygk_sem_take(cyg_sem_t *sem)
{
    CYG_INTERRUPT_STATE old;
    cyg_count32 left;
    cyg_bool_t taken;

    /* Computed unsigned, so that no count can overflow; a sign test of
     * the result is one instruction fewer than a compare. */
    HAL_DISABLE_INTERRUPTS(old);
    left = (cyg_count32)((cyg_uint32)sem->count - 1u);
    taken = left >= 0;
    if (taken)
        sem->count = left;
    HAL_RESTORE_INTERRUPTS(old);
    return taken;
}

cyg_bool_t cyg_semaphore_trywait(cyg_sem_t *sem)
{
    return cygk_sem_take(sem);
}

static CYGK_RARE_PATH
cyg_bool_t cygk_sem_block(cyg_sem_t *sem, cyg_bool_t timed,
                          cyg_tick_count_t abstime)
{
    cyg_bool_t taken = true;

    cygk_sched_lock();
    while (sem->count == 0) {
        if (cygk_thread_block(&sem->queue, timed, abstime) != CYG_REASON_DONE) {
            taken = false;
            break;
        }
    }
    if (taken)
        sem->count--;
    cygk_sched_unlock();
    return taken;
}

static cyg_bool_t cygk_sem_wait(cyg_sem_t *sem, cyg_bool_t timed,
                                cyg_tick_count_t abstime)
{
    if (cygk_sem_take(sem))
        return true;
    return cygk_sem_block(sem, timed, abstime);
}

cyg_bool_t cyg_semaphore_wait(cyg_sem_t *sem)
{
    return cygk_sem_wait(sem, false, 0);
}

#ifdef CYGFUN_KERNEL_THREADS_TIMER
cyg_bool_t cyg_semaphore_timed_wait(cyg_sem_t *sem, cyg_tick_count_t abstime)
{
    return cygk_sem_wait(sem, true, abstime);
}
#endif

static CYGK_RARE_PATH void cygk_sem_post_waking(cyg_sem_t *sem)
{
    cyg_thread *waiter;

    cygk_sched_lock();
    sem->count++;
    if ((waiter = cygk_queue_first(&sem->queue)) != NULL)
        cygk_thread_wake(waiter, CYG_REASON_DONE);
    cygk_sched_unlock();
}

void cyg_semaphore_post(cyg_sem_t *sem)
{
    CYG_INTERRUPT_STATE old;

    HAL_DISABLE_INTERRUPTS(old);
    if (cygk_list_empty(&sem->queue)) {
        sem->count++;
        HAL_RESTORE_INTERRUPTS(old);
        return;
    }
    HAL_RESTORE_INTERRUPTS(old);
    cygk_sem_post_waking(sem);
}

void cyg_semaphore_peek(cyg_sem_t *sem, cyg_count32 *val)
{
    *val = sem->count;
}
