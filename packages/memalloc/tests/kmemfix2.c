/* kmemfix2 - a fixed-size block pool shared between a thread and DSRs
 * (alarm handlers run as DSRs): while the thread empties and refills the
 * pool, a handler gives back and takes a block on every clock tick, and
 * no block may be handed out twice; a release in a DSR wakes a thread
 * waiting for a block; and, without assertions, releases of anything but
 * an allocated block are refused through the C API, leaving the pool
 * whole. */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>
#include "pooltest.h"

#if !defined(POOLTEST_NA_REASON) && !defined(CYGVAR_KERNEL_COUNTERS_CLOCK)
# define KMEMFIX2_NA_REASON "Needs the real-time clock"
#elif !defined(POOLTEST_NA_REASON) \
    && !defined(CYGSEM_MEMALLOC_ALLOCATOR_FIXED_THREADAWARE)
# define KMEMFIX2_NA_REASON "Needs thread-aware fixed pools"
#endif

#ifdef KMEMFIX2_NA_REASON

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    CYG_TEST_NA(KMEMFIX2_NA_REASON);
}

#elif !defined(POOLTEST_NA_REASON)

#define POOL_SIZE       512
#define BLOCK_SIZE      32
#define MAX_BLOCKS      (POOL_SIZE / BLOCK_SIZE)
/* The handler's blocks carry a tag no thread block has. */
#define HANDLER_TAG     (MAX_BLOCKS + 1)
#define CHURN_TICKS     10

static char memory[POOL_SIZE] CYGBLD_ATTRIB_ALIGN(16);
static cyg_mempool_fix pool_obj;
static cyg_handle_t pool;
static cyg_mempool_info initial;
static int total_blocks;

static cyg_alarm alarm_obj;
static cyg_handle_t alarm_handle;

static void *held[MAX_BLOCKS + 1];

/* What the churning handler saw, for the controller to judge. */
static void *handler_block;
static volatile int handler_runs;
static volatile int handler_takes;
static volatile int handler_damage;

static void start_alarm(cyg_alarm_t *handler, cyg_addrword_t data,
                        cyg_tick_count_t interval)
{
    cyg_handle_t rtc;

    cyg_clock_to_counter(cyg_real_time_clock(), &rtc);
    cyg_alarm_create(rtc, handler, data, &alarm_handle, &alarm_obj);
    cyg_alarm_initialize(alarm_handle, cyg_current_time() + 1, interval);
}

static void stop_alarm(void)
{
    cyg_alarm_delete(alarm_handle);
}

/* Every block the thread holds gets a pattern of its own, so that a
 * block also given to someone else shows up as damaged. */
static int take_all(void)
{
    int n = 0;
    void *p;

    while (n < MAX_BLOCKS && (p = cyg_mempool_fix_try_alloc(pool)) != NULL) {
        fill(p, BLOCK_SIZE, n);
        held[n++] = p;
    }
    return n;
}

static cyg_bool_t give_all(int n)
{
    cyg_bool_t whole = true;
    int i;

    for (i = 0; i < n; i++) {
        if (!intact(held[i], BLOCK_SIZE, i))
            whole = false;
        cyg_mempool_fix_free(pool, held[i]);
    }
    return whole;
}

static cyg_int32 free_now(void)
{
    cyg_mempool_info info;

    cyg_mempool_fix_get_info(pool, &info);
    return info.freemem;
}

static void check_create(void)
{
    cyg_mempool_fix_create(memory, POOL_SIZE, BLOCK_SIZE, &pool, &pool_obj);
    cyg_mempool_fix_get_info(pool, &initial);
    total_blocks = initial.totalmem / BLOCK_SIZE;
    CHECK(total_blocks >= 4);
    CHECK(take_all() == total_blocks);
    CHECK(give_all(total_blocks));
    CHECK(free_now() == initial.totalmem);
}

/* ------------------------------------------------------------------ */
/* A thread and a DSR on one pool                                      */

/* Each tick: the block taken the tick before comes back intact, and
 * another is taken, if the thread left one. */
static void churn(cyg_handle_t alarm, cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_handle_t, alarm);
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    handler_runs++;
    if (handler_block != NULL) {
        if (!intact(handler_block, BLOCK_SIZE, HANDLER_TAG))
            handler_damage++;
        cyg_mempool_fix_free(pool, handler_block);
    }
    handler_block = cyg_mempool_fix_try_alloc(pool);
    if (handler_block != NULL) {
        fill(handler_block, BLOCK_SIZE, HANDLER_TAG);
        handler_takes++;
    }
}

/* The thread empties the pool and refills it over and over; the ticks
 * fall at varying points of its rounds, some inside a call. */
static void check_churn(void)
{
    cyg_tick_count_t end;
    int overlapped = 0, damaged = 0, short_rounds = 0;

    start_alarm(churn, 0, 1);
    end = cyg_current_time() + CHURN_TICKS;
    while (cyg_current_time() < end) {
        int runs = handler_runs;
        int n = take_all();

        if (n < total_blocks - 1)
            short_rounds++;
        if (!give_all(n))
            damaged++;
        if (handler_runs != runs)
            overlapped++;
    }
    stop_alarm();
    CHECK(damaged == 0);
    CHECK(handler_damage == 0);
    CHECK(short_rounds == 0);
    CHECK(handler_runs >= CHURN_TICKS - 2);
    CHECK(handler_takes > 0);
    CHECK(overlapped > 0);
    if (handler_block != NULL)
        cyg_mempool_fix_free(pool, handler_block);
    CHECK(free_now() == initial.totalmem);
    CHECK(take_all() == total_blocks);
    CHECK(give_all(total_blocks));
}

/* ------------------------------------------------------------------ */
/* A release in a DSR wakes a waiting thread                           */

static void give_back(cyg_handle_t alarm, cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_handle_t, alarm);
    cyg_mempool_fix_free(pool, (void *)data);
}

static void waiter(cyg_addrword_t data)
{
    int me = (int)data;

    alloc_result[me] = cyg_mempool_fix_alloc(pool);
    alloc_returned[me] = 1;
}

/* The controller spins: only the woken waiter, above it, can end this. */
static void await_return(int slot, cyg_tick_count_t ticks)
{
    cyg_tick_count_t limit = cyg_current_time() + ticks;

    while (!alloc_returned[slot] && cyg_current_time() < limit)
        continue;
}

static void check_dsr_wakes_waiter(void)
{
    int n = take_all();
    void *freed = held[n - 1];

    CHECK(n == total_blocks);
    start_blocked(ALLOCATOR, waiter, cyg_mempool_fix_waiting, pool);
    start_alarm(give_back, (cyg_addrword_t)freed, 0);
    await_return(ALLOCATOR, 20);
    stop_alarm();
    CHECK(alloc_returned[ALLOCATOR]);
    CHECK(alloc_result[ALLOCATOR] == freed);
    CHECK(!cyg_mempool_fix_waiting(pool));
    CHECK(cyg_mempool_fix_try_alloc(pool) == NULL);
    fill(freed, BLOCK_SIZE, n - 1);
    CHECK(give_all(n));
    CHECK(free_now() == initial.totalmem);
}

/* ------------------------------------------------------------------ */
/* Refused releases                                                    */

#ifndef CYGDBG_USE_ASSERTS
static char elsewhere[BLOCK_SIZE] CYGBLD_ATTRIB_ALIGN(16);

/* The region's start holds the bitmap, below the first block. */
static void check_bad_frees(void)
{
    char *kept = cyg_mempool_fix_try_alloc(pool);
    char *spare = cyg_mempool_fix_try_alloc(pool);
    cyg_int32 before;
    int n;

    CHECK(kept != NULL && spare != NULL);
    cyg_mempool_fix_free(pool, spare);
    before = free_now();
    cyg_mempool_fix_free(pool, NULL);
    cyg_mempool_fix_free(pool, memory);
    cyg_mempool_fix_free(pool, memory + POOL_SIZE);
    cyg_mempool_fix_free(pool, elsewhere);
    cyg_mempool_fix_free(pool, kept + 1);
    cyg_mempool_fix_free(pool, kept + BLOCK_SIZE / 2);
    cyg_mempool_fix_free(pool, spare);
    CHECK(free_now() == before);

    /* Still each free block exactly once. */
    n = take_all();
    CHECK(n == total_blocks - 1);
    CHECK(give_all(n));
    cyg_mempool_fix_free(pool, kept);
    CHECK(free_now() == initial.totalmem);
}
#endif

static void control(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);

    check_create();
    check_churn();
    check_dsr_wakes_waiter();
#ifdef CYGDBG_USE_ASSERTS
    CYG_TEST_INFO("refused releases not tried: they assert in this configuration");
#else
    check_bad_frees();
#endif
    cyg_mempool_fix_delete(pool);
    CYG_TEST_PASS_FINISH("fixed memory pool shared with DSRs OK");
}

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    run_controller(control);
}

#endif /* KMEMFIX2_NA_REASON */
