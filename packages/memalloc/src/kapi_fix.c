/* C API: pools of fixed-size blocks.
 *
 * With CYGSEM_MEMALLOC_ALLOCATOR_FIXED_THREADAWARE every operation runs
 * with the scheduler locked, and a release wakes the first waiter. The
 * waiter takes a block when it runs; should another thread have taken
 * the block first, it waits again. */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/cyg_ass.h>
#include <cyg/memalloc/memfix.h>
#include "kapi_pool.h"

#ifdef CYGSEM_MEMALLOC_ALLOCATOR_FIXED_THREADAWARE
# include <cyg/kernel/kthread.h>
# define CYGM_FIX_LOCK()   cygk_sched_lock()
# define CYGM_FIX_UNLOCK() cygk_sched_unlock()
#else
# define CYGM_FIX_LOCK()   CYG_EMPTY_STATEMENT
# define CYGM_FIX_UNLOCK() CYG_EMPTY_STATEMENT
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
    while ((block = cygm_fix_alloc(&fix->pool)) == NULL && fix->pool.nblocks > 0)
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
    void *block;

    CYGM_FIX_LOCK();
    block = cygm_fix_alloc(&fix->pool);
    CYGM_FIX_UNLOCK();
    if (block == NULL)
        CYGM_ALLOC_FAILED(fix->pool.blocksize);
    return block;
}

void cyg_mempool_fix_free(cyg_handle_t fixpool, void *p)
{
    cyg_mempool_fix *fix = CYGM_FIX(fixpool);
    cyg_bool freed;

    CYGM_FIX_LOCK();
    freed = cygm_fix_free(&fix->pool, p);
#ifdef CYGSEM_MEMALLOC_ALLOCATOR_FIXED_THREADAWARE
    if (freed) {
        cyg_thread *waiter = cygk_queue_first(&fix->queue);

        if (waiter != NULL)
            cygk_thread_wake(waiter, CYG_REASON_DONE);
    }
#endif
    CYGM_FIX_UNLOCK();
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
    cygm_usage usage;

    CYGM_FIX_LOCK();
    cygm_fix_usage(&fix->pool, &usage);
    CYGM_FIX_UNLOCK();
    cygm_fill_info(info, fix->pool.base, fix->pool.size, fix->pool.blocksize,
                   &usage);
}
