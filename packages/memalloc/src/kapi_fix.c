/* C API: pools of fixed-size blocks.
 *
 * With CYGSEM_MEMALLOC_ALLOCATOR_FIXED_THREADAWARE the pool is shared by
 * threads and DSRs. Taking or returning a block is a few instructions,
 * so the non-blocking calls guard it by disabling interrupts rather than
 * by locking the scheduler, whose release costs more than the work: on a
 * uniprocessor no thread switch and no DSR can happen while interrupts
 * are off, and code holding the scheduler lock (a waiting allocator, a
 * DSR) cannot be overtaken by one of these sections either. The wait
 * queue still changes only under the scheduler lock, so a release that
 * finds a waiter takes the lock and wakes the first one. The waiter takes
 * a block when it runs; should another thread have taken the block
 * first, it waits again. */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/cyg_ass.h>
#include <cyg/hal/hal_intr.h>
#include <cyg/memalloc/memfix.h>
#include "kapi_pool.h"

#ifdef CYGSEM_MEMALLOC_ALLOCATOR_FIXED_THREADAWARE
# include <cyg/kernel/kthread.h>
# define CYGM_FIX_ENTER(old) HAL_DISABLE_INTERRUPTS(old)
# define CYGM_FIX_LEAVE(old) HAL_RESTORE_INTERRUPTS(old)
#else
# define CYGM_FIX_ENTER(old) ((void)(old))
# define CYGM_FIX_LEAVE(old) ((void)(old))
#endif

#define CYGM_FIX(h) ((cyg_mempool_fix *)(h))

void cyg_mempool_fix_create(void *base, cyg_int32 size, cyg_int32 blocksize,
                            cyg_handle_t *handle, cyg_mempool_fix *fix)
{
    CYG_ASSERT(blocksize > 0, "fixed pool block size must be positive");
    cygm_fix_init(&fix->pool, base, size, blocksize);
#ifdef CYGSEM_MEMALLOC_ALLOCATOR_FIXED_THREADAWARE
    cygk_list_init(&fix->queue);
#endif
    *handle = (cyg_handle_t)fix;
}

/* Threads still waiting return NULL from their allocation. */
void cyg_mempool_fix_delete(cyg_handle_t fixpool)
{
#ifdef CYGSEM_MEMALLOC_ALLOCATOR_FIXED_THREADAWARE
    cygm_wake_all_waiters(&CYGM_FIX(fixpool)->queue);
#else
    (void)fixpool;
#endif
}

#ifdef CYGSEM_MEMALLOC_ALLOCATOR_FIXED_THREADAWARE
static void *cygm_fix_wait(cyg_mempool_fix *fix, cyg_bool_t timed,
                           cyg_tick_count_t abstime)
{
    cyg_int32 blocksize = fix->pool.blocksize;
    void *block;

    cygk_sched_lock();
    /* A pool without blocks would never wake its waiters. */
    while ((block = cygm_fix_alloc(&fix->pool)) == NULL && fix->pool.span > 0)
        if (cygk_thread_block(&fix->queue, timed, abstime) != CYG_REASON_DONE)
            break;
    cygk_sched_unlock();
    if (block == NULL)
        CYGM_ALLOC_FAILED(blocksize);
    return block;
}

void *cyg_mempool_fix_alloc(cyg_handle_t fixpool)
{
    return cygm_fix_wait(CYGM_FIX(fixpool), false, 0);
}

# ifdef CYGFUN_KERNEL_THREADS_TIMER
void *cyg_mempool_fix_timed_alloc(cyg_handle_t fixpool,
                                  cyg_tick_count_t abstime)
{
    return cygm_fix_wait(CYGM_FIX(fixpool), true, abstime);
}
# endif
#endif /* CYGSEM_MEMALLOC_ALLOCATOR_FIXED_THREADAWARE */

void *cyg_mempool_fix_try_alloc(cyg_handle_t fixpool)
{
    cyg_mempool_fix *fix = CYGM_FIX(fixpool);
    CYG_INTERRUPT_STATE old = 0;
    void *block;

    CYGM_FIX_ENTER(old);
    block = cygm_fix_alloc(&fix->pool);
    CYGM_FIX_LEAVE(old);
    if (block == NULL)
        CYGM_ALLOC_FAILED(fix->pool.blocksize);
    return block;
}

#ifdef CYGSEM_MEMALLOC_ALLOCATOR_FIXED_THREADAWARE
/* A waiter exists: the release and the wake-up happen under the
 * scheduler lock, which the queue needs. */
static cyg_bool cygm_fix_free_and_wake(cyg_mempool_fix *fix, void *p)
{
    cyg_bool freed;
    cyg_thread *waiter;

    cygk_sched_lock();
    freed = cygm_fix_free(&fix->pool, p);
    if (freed && (waiter = cygk_queue_first(&fix->queue)) != NULL)
        cygk_thread_wake(waiter, CYG_REASON_DONE);
    cygk_sched_unlock();
    return freed;
}
#endif

/* A waiter queues only after finding the pool empty with the scheduler
 * locked, which excludes this section: with an empty queue here, any
 * later waiter sees the block released now. */
void cyg_mempool_fix_free(cyg_handle_t fixpool, void *p)
{
    cyg_mempool_fix *fix = CYGM_FIX(fixpool);
    CYG_INTERRUPT_STATE old = 0;
    cyg_bool freed;

    CYGM_FIX_ENTER(old);
#ifdef CYGSEM_MEMALLOC_ALLOCATOR_FIXED_THREADAWARE
    if (!cygk_list_empty(&fix->queue)) {
        CYGM_FIX_LEAVE(old);
        freed = cygm_fix_free_and_wake(fix, p);
    } else
#endif
    {
        freed = cygm_fix_free(&fix->pool, p);
        CYGM_FIX_LEAVE(old);
    }
    CYG_ASSERT(freed, "freeing memory that is not an allocated block of this pool");
    (void)freed;
}

cyg_bool_t cyg_mempool_fix_waiting(cyg_handle_t fixpool)
{
#ifdef CYGSEM_MEMALLOC_ALLOCATOR_FIXED_THREADAWARE
    return !cygk_list_empty(&CYGM_FIX(fixpool)->queue);
#else
    (void)fixpool;
    return false;
#endif
}

void cyg_mempool_fix_get_info(cyg_handle_t fixpool, cyg_mempool_info *info)
{
    cyg_mempool_fix *fix = CYGM_FIX(fixpool);
    CYG_INTERRUPT_STATE old = 0;
    cygm_usage usage;

    CYGM_FIX_ENTER(old);
    cygm_fix_usage(&fix->pool, &usage);
    CYGM_FIX_LEAVE(old);
    cygm_fill_info(info, fix->pool.base, fix->pool.size, fix->pool.blocksize,
                   &usage);
}
