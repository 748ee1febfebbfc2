/* C API: pools of variable-size blocks.
 *
 * With CYGSEM_MEMALLOC_ALLOCATOR_VARIABLE_THREADAWARE every operation
 * runs with the scheduler locked. A waiting thread leaves its request
 * size in its wait field; a release wakes, in queue order, every waiter
 * whose request fits in the largest free block. The woken threads try
 * again when they run: those that find the memory gone (taken by a
 * waiter that ran first) wait again. Waking only the requests that fit
 * spares the others a pointless retry; waking all of those keeps the
 * choice of who gets the memory with the scheduler, i.e. by priority and
 * then in queue order. */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/cyg_ass.h>
#include <cyg/memalloc/memvar.h>
#include "kapi_pool.h"

#ifdef CYGSEM_MEMALLOC_ALLOCATOR_VARIABLE_THREADAWARE
# include <cyg/kernel/kthread.h>
# define CYGM_VAR_LOCK()   cygk_sched_lock()
# define CYGM_VAR_UNLOCK() cygk_sched_unlock()
#else
# define CYGM_VAR_LOCK()   CYG_EMPTY_STATEMENT
# define CYGM_VAR_UNLOCK() CYG_EMPTY_STATEMENT
#endif

#define CYGM_VAR(h) ((cyg_mempool_var *)(h))

void cyg_mempool_var_create(void *base, cyg_int32 size, cyg_handle_t *handle,
                            cyg_mempool_var *var)
{
    cygm_var_init(&var->pool, base, size);
#ifdef CYGSEM_MEMALLOC_ALLOCATOR_VARIABLE_THREADAWARE
    cygk_list_init(&var->queue);
#endif
    *handle = (cyg_handle_t)var;
}

/* Threads still waiting return NULL from their allocation. */
void cyg_mempool_var_delete(cyg_handle_t varpool)
{
#ifdef CYGSEM_MEMALLOC_ALLOCATOR_VARIABLE_THREADAWARE
    cygm_wake_all_waiters(&CYGM_VAR(varpool)->queue);
#else
    (void)varpool;
#endif
}

#ifdef CYGSEM_MEMALLOC_ALLOCATOR_VARIABLE_THREADAWARE
/* A request larger than the whole pool fails at once rather than wait
 * for memory that can never be freed. */
static void *cygm_var_wait(cyg_mempool_var *var, cyg_int32 size,
                           cyg_bool_t timed, cyg_tick_count_t abstime)
{
    void *p;

    cygk_sched_lock();
    while ((p = cygm_var_alloc(&var->pool, size)) == NULL &&
           cygm_var_could_fit(&var->pool, size)) {
        cygk_sched.current->wait.size = size;
        if (cygk_thread_block(&var->queue, timed, abstime) != CYG_REASON_DONE)
            break;
    }
    cygk_sched_unlock();
    if (p == NULL)
        CYGM_ALLOC_FAILED(size);
    return p;
}

void *cyg_mempool_var_alloc(cyg_handle_t varpool, cyg_int32 size)
{
    return cygm_var_wait(CYGM_VAR(varpool), size, false, 0);
}

# ifdef CYGFUN_KERNEL_THREADS_TIMER
void *cyg_mempool_var_timed_alloc(cyg_handle_t varpool, cyg_int32 size,
                                  cyg_tick_count_t abstime)
{
    return cygm_var_wait(CYGM_VAR(varpool), size, true, abstime);
}
# endif

/* Scheduler locked. */
static void cygm_var_wake_fitting(cyg_mempool_var *var)
{
    cyg_knode *node, *next;
    cyg_int32 maxfree;

    if (cygk_list_empty(&var->queue))
        return;
    maxfree = cygm_var_maxfree(&var->pool);
    for (node = var->queue.next; node != &var->queue; node = next) {
        cyg_thread *waiter = cygk_queue_thread(node);

        next = node->next;
        if (waiter->wait.size <= maxfree)
            cygk_thread_wake(waiter, CYG_REASON_DONE);
    }
}
#endif /* CYGSEM_MEMALLOC_ALLOCATOR_VARIABLE_THREADAWARE */

void *cyg_mempool_var_try_alloc(cyg_handle_t varpool, cyg_int32 size)
{
    cyg_mempool_var *var = CYGM_VAR(varpool);
    void *p;

    CYGM_VAR_LOCK();
    p = cygm_var_alloc(&var->pool, size);
    CYGM_VAR_UNLOCK();
    if (p == NULL)
        CYGM_ALLOC_FAILED(size);
    return p;
}

void cyg_mempool_var_free(cyg_handle_t varpool, void *p)
{
    cyg_mempool_var *var = CYGM_VAR(varpool);
    cyg_bool freed;

    CYGM_VAR_LOCK();
    freed = cygm_var_free(&var->pool, p);
#ifdef CYGSEM_MEMALLOC_ALLOCATOR_VARIABLE_THREADAWARE
    if (freed)
        cygm_var_wake_fitting(var);
#endif
    CYGM_VAR_UNLOCK();
    CYG_ASSERT(freed, "freeing memory that is not an allocated block of this pool");
    (void)freed;
}

cyg_bool_t cyg_mempool_var_waiting(cyg_handle_t varpool)
{
#ifdef CYGSEM_MEMALLOC_ALLOCATOR_VARIABLE_THREADAWARE
    return !cygk_list_empty(&CYGM_VAR(varpool)->queue);
#else
    (void)varpool;
    return false;
#endif
}

/* blocksize -1: the pool has no block size. */
void cyg_mempool_var_get_info(cyg_handle_t varpool, cyg_mempool_info *info)
{
    cyg_mempool_var *var = CYGM_VAR(varpool);
    cygm_usage usage;

    CYGM_VAR_LOCK();
    cygm_var_usage(&var->pool, &usage);
    CYGM_VAR_UNLOCK();
    cygm_fill_info(info, var->pool.base, var->pool.size, -1, &usage);
}
