/* kmemvar1 - variable-size block pools through the kernel C API:
 * create, get_info, blocks of several sizes inside the pool without
 * overlap, try_alloc until exhausted, free and reuse, coalescing of
 * neighbouring free blocks, timed alloc timing out, a blocking alloc
 * that a too small free does not satisfy and a big enough one does,
 * cyg_mempool_var_waiting, release, delete. */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>
#include "pooltest.h"

#ifndef POOLTEST_NA_REASON

#define POOL_SIZE       4096
#define BIG_SIZE        1024
#define SMALL_SIZE      64
#define MAX_BLOCKS      (POOL_SIZE / SMALL_SIZE)
#define WANTED_SIZE     256     /* what the blocked allocator asks for */

static char memory[POOL_SIZE] CYGBLD_ATTRIB_ALIGN(16);
static cyg_mempool_var pool_obj;
static cyg_handle_t pool;
static cyg_mempool_info initial;

/* Every block the controller holds; its index is the tag its contents
 * are filled from, and p is NULL once freed. */
struct block {
    void *p;
    cyg_int32 size;
};
static struct block held[MAX_BLOCKS];
static int held_count;
static int big;                 /* index of the big block in held[] */

static cyg_bool_t inside_pool(void *p, cyg_int32 size)
{
    return (char *)p >= memory && (char *)p + size <= memory + POOL_SIZE;
}

static void info_of(cyg_mempool_info *info)
{
    cyg_mempool_var_get_info(pool, info);
}

static void *try_alloc_checked(cyg_int32 size)
{
    void *p = cyg_mempool_var_try_alloc(pool, size);

    if (p != NULL)
        CHECK(inside_pool(p, size));
    return p;
}

/* Records p (non-NULL) in slot i and fills it. */
static void hold_at(int i, void *p, cyg_int32 size)
{
    CHECK(p != NULL);
    CHECK(inside_pool(p, size));
    held[i].p = p;
    held[i].size = size;
    fill(p, size, i);
}

static int hold(void *p, cyg_int32 size)
{
    CHECK(held_count < MAX_BLOCKS);
    hold_at(held_count, p, size);
    return held_count++;
}

static void *free_held(int i)
{
    void *p = held[i].p;

    CHECK(p != NULL);
    CHECK(intact(p, held[i].size, i));
    cyg_mempool_var_free(pool, p);
    held[i].p = NULL;
    return p;
}

static void check_all_held_intact(void)
{
    int i;

    for (i = 0; i < held_count; i++)
        if (held[i].p != NULL)
            CHECK(intact(held[i].p, held[i].size, i));
}

/* Small blocks until nothing more fits; returns the first index used. */
static int exhaust_with_small_blocks(void)
{
    int first = held_count;
    void *p;

    while ((p = try_alloc_checked(SMALL_SIZE)) != NULL)
        hold(p, SMALL_SIZE);
    return first;
}

static void check_create(void)
{
    cyg_mempool_var_create(memory, POOL_SIZE, &pool, &pool_obj);
    CHECK(pool == (cyg_handle_t)&pool_obj);
    info_of(&initial);
    CHECK(initial.base == memory);
    CHECK(initial.size == POOL_SIZE);
    CHECK(initial.totalmem > 0 && initial.totalmem <= POOL_SIZE);
    CHECK(initial.freemem > 3 * BIG_SIZE && initial.freemem <= initial.totalmem);
    CHECK(initial.maxfree > 3 * BIG_SIZE && initial.maxfree <= initial.freemem);
    CHECK(!cyg_mempool_var_waiting(pool));
}

static void check_sizes(void)
{
    static const cyg_int32 sizes[] = { 1, 3, 8, 17, 100, 255, 512 };
    cyg_mempool_info info;
    unsigned i;

    for (i = 0; i < CYG_NELEM(sizes); i++)
        hold(try_alloc_checked(sizes[i]), sizes[i]);
    info_of(&info);
    CHECK(info.freemem < initial.freemem);
    check_all_held_intact();
    for (i = 0; i < CYG_NELEM(sizes); i++)
        free_held((int)i);
    held_count = 0;
#ifdef CYGSEM_MEMALLOC_ALLOCATOR_VARIABLE_COALESCE
    info_of(&info);
    CHECK(info.freemem == initial.freemem);
#endif

    /* More than the pool holds never fits. */
    CHECK(cyg_mempool_var_try_alloc(pool, POOL_SIZE + 1) == NULL);
    CHECK(cyg_mempool_var_try_alloc(pool, initial.freemem + 1) == NULL);
}

/* One big block, then small ones until nothing more fits. */
static void exhaust_pool(void)
{
    cyg_mempool_info info;

    big = hold(try_alloc_checked(BIG_SIZE), BIG_SIZE);
    exhaust_with_small_blocks();
    CHECK(held_count >= 12);
    check_all_held_intact();
    info_of(&info);
    CHECK(info.freemem < initial.freemem - BIG_SIZE);
    CHECK(info.maxfree < 2 * SMALL_SIZE);
}

/* A hole between held blocks is the only place a small block fits. */
static void check_free_and_reuse(void)
{
    void *old = free_held(4);

    hold_at(4, try_alloc_checked(SMALL_SIZE), SMALL_SIZE);
    CHECK(held[4].p == old);
    CHECK(cyg_mempool_var_try_alloc(pool, SMALL_SIZE) == NULL);
}

#if defined(CYGFUN_KERNEL_THREADS_TIMER) \
    && defined(CYGSEM_MEMALLOC_ALLOCATOR_VARIABLE_THREADAWARE)
static void check_timed_alloc(void)
{
    cyg_tick_count_t deadline;
    void *old;

    CHECK(cyg_mempool_var_timed_alloc(pool, WANTED_SIZE, cyg_current_time()) == NULL);
    deadline = cyg_current_time() + 3;
    CHECK(cyg_mempool_var_timed_alloc(pool, WANTED_SIZE, deadline) == NULL);
    CHECK(cyg_current_time() >= deadline);

    old = free_held(6);
    hold_at(6, cyg_mempool_var_timed_alloc(pool, SMALL_SIZE, cyg_current_time() + 100),
            SMALL_SIZE);
    CHECK(held[6].p == old);
}
#endif

#ifdef CYGSEM_MEMALLOC_ALLOCATOR_VARIABLE_THREADAWARE
static void allocator(cyg_addrword_t data)
{
    int me = (int)data;

#ifdef CYGFUN_KERNEL_THREADS_TIMER
    if (me == TIMED)
        alloc_result[me] = cyg_mempool_var_timed_alloc(pool, SMALL_SIZE,
                                                       cyg_current_time() + 200);
    else
#endif
        alloc_result[me] = cyg_mempool_var_alloc(pool, WANTED_SIZE);
    alloc_returned[me] = 1;
}

/* The allocator outranks the controller. A small block freed between
 * two held ones is not enough for it; the big block is, and the
 * allocator takes its memory at once. */
static void check_blocking_alloc(void)
{
    char *old_big;

    start_blocked(ALLOCATOR, allocator, cyg_mempool_var_waiting, pool);

    free_held(8);
    CHECK(!alloc_returned[ALLOCATOR]);
    CHECK(cyg_mempool_var_waiting(pool));

    old_big = free_held(big);
    CHECK(alloc_returned[ALLOCATOR]);
    CHECK(!cyg_mempool_var_waiting(pool));
    CHECK((char *)alloc_result[ALLOCATOR] < old_big + BIG_SIZE
          && (char *)alloc_result[ALLOCATOR] + WANTED_SIZE > old_big);
    hold(alloc_result[ALLOCATOR], WANTED_SIZE);
}

#ifdef CYGFUN_KERNEL_THREADS_TIMER
/* A timed alloc woken by a free before its deadline. */
static void check_blocking_timed_alloc(void)
{
    int first = exhaust_with_small_blocks();

    CHECK(held_count > first);
    start_blocked(TIMED, allocator, cyg_mempool_var_waiting, pool);
    free_held(first);
    CHECK(alloc_returned[TIMED]);
    hold_at(first, alloc_result[TIMED], SMALL_SIZE);
    /* The freed memory went to the waiter: the pool is full again. */
    CHECK(cyg_mempool_var_try_alloc(pool, SMALL_SIZE) == NULL);
}
#endif

#endif

/* Freed in an interleaved order, all blocks merge back into one. */
static void free_everything(void)
{
#ifdef CYGSEM_MEMALLOC_ALLOCATOR_VARIABLE_COALESCE
    cyg_mempool_info info;
#endif
    int i, pass;

    check_all_held_intact();
    for (pass = 0; pass < 2; pass++)
        for (i = pass; i < held_count; i += 2)
            if (held[i].p != NULL)
                free_held(i);
    held_count = 0;
#ifdef CYGSEM_MEMALLOC_ALLOCATOR_VARIABLE_COALESCE
    info_of(&info);
    CHECK(info.freemem == initial.freemem);
    CHECK(info.maxfree == initial.maxfree);
    hold(try_alloc_checked(3 * BIG_SIZE), 3 * BIG_SIZE);
    free_held(0);
    held_count = 0;
#endif
}

/* Every other small block freed: the holes stay apart, so three small
 * blocks' worth does not fit until their neighbours go too. */
static void check_holes_do_not_merge(void)
{
    cyg_mempool_info info;
    int i;

    exhaust_with_small_blocks();
    CHECK(held_count >= 12);
    for (i = 1; i < held_count; i += 2)
        free_held(i);
    info_of(&info);
    CHECK(info.maxfree < 3 * SMALL_SIZE);
    CHECK(cyg_mempool_var_try_alloc(pool, 3 * SMALL_SIZE) == NULL);
    free_everything();
}

static void control(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);

    check_create();
    check_sizes();
    exhaust_pool();
    check_free_and_reuse();
#if defined(CYGFUN_KERNEL_THREADS_TIMER) \
    && defined(CYGSEM_MEMALLOC_ALLOCATOR_VARIABLE_THREADAWARE)
    check_timed_alloc();
#endif
#ifdef CYGSEM_MEMALLOC_ALLOCATOR_VARIABLE_THREADAWARE
    check_blocking_alloc();
#ifdef CYGFUN_KERNEL_THREADS_TIMER
    check_blocking_timed_alloc();
#endif
    exhaust_with_small_blocks();
    check_release(allocator, cyg_mempool_var_waiting, pool);
#endif
    free_everything();
    check_holes_do_not_merge();
    cyg_mempool_var_delete(pool);
    CYG_TEST_PASS_FINISH("Kernel C API variable memory pool OK");
}

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    run_controller(control);
}

#endif /* POOLTEST_NA_REASON */
