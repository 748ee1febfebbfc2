#ifndef CYGONCE_MEMALLOC_KAPI_POOL_H
#define CYGONCE_MEMALLOC_KAPI_POOL_H
/* Private to the memory pool C API: what fixed and variable pools report
 * and do the same way. */

#include <cyg/kernel/kapi.h>
#include <cyg/memalloc/memusage.h>

#ifdef CYGSEM_MEMALLOC_INVOKE_OUT_OF_MEMORY
# define CYGM_ALLOC_FAILED(size) cyg_memalloc_alloc_fail(__FILE__, __LINE__, (size))
#else
# define CYGM_ALLOC_FAILED(size) ((void)(size))
#endif

#if defined(CYGSEM_MEMALLOC_ALLOCATOR_FIXED_THREADAWARE) \
    || defined(CYGSEM_MEMALLOC_ALLOCATOR_VARIABLE_THREADAWARE)
# include <cyg/kernel/kthread.h>

/* A deleted pool leaves no thread waiting for it: each wakes to find its
 * allocation failed. */
static inline void cygm_wake_all_waiters(cyg_knode *queue)
{
    cyg_thread *waiter;

    cygk_sched_lock();
    while ((waiter = cygk_queue_first(queue)) != NULL)
        cygk_thread_wake(waiter, CYG_REASON_DESTRUCT);
    cygk_sched_unlock();
}
#endif

static inline void cygm_fill_info(cyg_mempool_info *info, void *base,
                                  cyg_int32 size, cyg_int32 blocksize,
                                  const cygm_usage *usage)
{
    info->totalmem = usage->totalmem;
    info->freemem = usage->freemem;
    info->base = base;
    info->size = size;
    info->blocksize = blocksize;
    info->maxfree = usage->maxfree;
}

#endif /* CYGONCE_MEMALLOC_KAPI_POOL_H */
