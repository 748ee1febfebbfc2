/* kmemfix1 - fixed-size block pools through the kernel C API: create,
 * get_info, try_alloc until the pool is exhausted (distinct blocks
 * inside the pool that do not overlap), free and reuse, timed alloc
 * timing out, a blocking alloc woken by a free in another thread,
 * cyg_mempool_fix_waiting, release, delete. */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>
#include "pooltest.h"

#ifndef POOLTEST_NA_REASON

#define POOL_SIZE       1024
#define BLOCK_SIZE      64
#define MAX_BLOCKS      (POOL_SIZE / BLOCK_SIZE)

static char memory[POOL_SIZE] CYGBLD_ATTRIB_ALIGN(16);
static cyg_mempool_fix pool_obj;
static cyg_handle_t pool;

static void *blocks[MAX_BLOCKS + 1];
static int block_count;
static cyg_mempool_info initial;

static cyg_bool_t inside_pool(void *p)
{
    return (char *)p >= memory && (char *)p + BLOCK_SIZE <= memory + POOL_SIZE;
}

static void info_of(cyg_mempool_info *info)
{
    cyg_mempool_fix_get_info(pool, info);
}

static void check_create(void)
{
    cyg_mempool_fix_create(memory, POOL_SIZE, BLOCK_SIZE, &pool, &pool_obj);
    CHECK(pool == (cyg_handle_t)&pool_obj);
    info_of(&initial);
    CHECK(initial.base == memory);
    CHECK(initial.size == POOL_SIZE);
    CHECK(initial.blocksize == BLOCK_SIZE);
    CHECK(initial.totalmem > 0 && initial.totalmem <= POOL_SIZE);
    CHECK(initial.freemem >= BLOCK_SIZE && initial.freemem <= initial.totalmem);
    CHECK(initial.maxfree == BLOCK_SIZE);
    CHECK(!cyg_mempool_fix_waiting(pool));
}

/* Every block lies in the pool, and writing each one whole disturbs no
 * other: they do not overlap. */
static void exhaust_pool(void)
{
    cyg_mempool_info info;
    cyg_int32 last_free = initial.freemem;
    void *p;
    int i;

    block_count = 0;
    while ((p = cyg_mempool_fix_try_alloc(pool)) != NULL) {
        CHECK(block_count < MAX_BLOCKS);
        CHECK(inside_pool(p));
        fill(p, BLOCK_SIZE, block_count);
        blocks[block_count++] = p;
        info_of(&info);
        CHECK(info.freemem < last_free);
        last_free = info.freemem;
    }
    CHECK(block_count >= 1);
    for (i = 0; i < block_count; i++)
        CHECK(intact(blocks[i], BLOCK_SIZE, i));
    info_of(&info);
    CHECK(info.freemem < BLOCK_SIZE);
    CHECK(info.maxfree == 0);
    CHECK(info.totalmem == initial.totalmem);
}

static void check_free_and_reuse(void)
{
    cyg_mempool_info info;
    void *p;

    cyg_mempool_fix_free(pool, blocks[0]);
    info_of(&info);
    CHECK(info.freemem >= BLOCK_SIZE);
    CHECK(info.maxfree == BLOCK_SIZE);

    /* The only free block comes back. */
    p = cyg_mempool_fix_try_alloc(pool);
    CHECK(p == blocks[0]);
    fill(p, BLOCK_SIZE, 0);
    CHECK(cyg_mempool_fix_try_alloc(pool) == NULL);
}

#if defined(CYGFUN_KERNEL_THREADS_TIMER) \
    && defined(CYGSEM_MEMALLOC_ALLOCATOR_FIXED_THREADAWARE)
static void check_timed_alloc(void)
{
    cyg_tick_count_t deadline;
    void *p;

    CHECK(cyg_mempool_fix_timed_alloc(pool, cyg_current_time()) == NULL);
    deadline = cyg_current_time() + 3;
    CHECK(cyg_mempool_fix_timed_alloc(pool, deadline) == NULL);
    CHECK(cyg_current_time() >= deadline);

    cyg_mempool_fix_free(pool, blocks[1 % block_count]);
    p = cyg_mempool_fix_timed_alloc(pool, cyg_current_time() + 100);
    CHECK(p == blocks[1 % block_count]);
    fill(p, BLOCK_SIZE, 1 % block_count);
}
#endif

#ifdef CYGSEM_MEMALLOC_ALLOCATOR_FIXED_THREADAWARE
static void allocator(cyg_addrword_t data)
{
    int me = (int)data;

#ifdef CYGFUN_KERNEL_THREADS_TIMER
    if (me == TIMED)
        alloc_result[me] = cyg_mempool_fix_timed_alloc(pool, cyg_current_time() + 200);
    else
#endif
        alloc_result[me] = cyg_mempool_fix_alloc(pool);
    alloc_returned[me] = 1;
}

/* The allocator outranks the controller: it blocks on the empty pool
 * and takes the block the moment the controller frees it. */
static void check_blocking_alloc(int slot)
{
    void *freed = blocks[block_count - 1];

    start_blocked(slot, allocator, cyg_mempool_fix_waiting, pool);

    cyg_mempool_fix_free(pool, freed);
    CHECK(alloc_returned[slot]);
    CHECK(alloc_result[slot] == freed);
    CHECK(!cyg_mempool_fix_waiting(pool));
    fill(freed, BLOCK_SIZE, block_count - 1);
    CHECK(cyg_mempool_fix_try_alloc(pool) == NULL);
}

#endif

static void check_free_all(void)
{
    cyg_mempool_info info;
    int i;

    for (i = 0; i < block_count; i++) {
        CHECK(intact(blocks[i], BLOCK_SIZE, i));
        cyg_mempool_fix_free(pool, blocks[i]);
    }
    info_of(&info);
    CHECK(info.freemem == initial.freemem);
    CHECK(info.maxfree == BLOCK_SIZE);

    /* Everything can be allocated again. */
    for (i = 0; i < block_count; i++)
        CHECK(cyg_mempool_fix_try_alloc(pool) != NULL);
    CHECK(cyg_mempool_fix_try_alloc(pool) == NULL);
}

static void control(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);

    check_create();
    exhaust_pool();
    check_free_and_reuse();
#if defined(CYGFUN_KERNEL_THREADS_TIMER) \
    && defined(CYGSEM_MEMALLOC_ALLOCATOR_FIXED_THREADAWARE)
    check_timed_alloc();
#endif
#ifdef CYGSEM_MEMALLOC_ALLOCATOR_FIXED_THREADAWARE
    check_blocking_alloc(ALLOCATOR);
#ifdef CYGFUN_KERNEL_THREADS_TIMER
    check_blocking_alloc(TIMED);
#endif
    check_release(allocator, cyg_mempool_fix_waiting, pool);
#endif
    check_free_all();
    cyg_mempool_fix_delete(pool);
    CYG_TEST_PASS_FINISH("Kernel C API fixed memory pool OK");
}

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    run_controller(control);
}

#endif /* POOLTEST_NA_REASON */
