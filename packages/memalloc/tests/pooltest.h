#ifndef CYGONCE_MEMALLOC_TESTS_POOLTEST_H
#define CYGONCE_MEMALLOC_TESTS_POOLTEST_H
/* pooltest.h - what the pool tests (kmemfix1, kmemfix2, kmemvar1) share: the
 * program around them, their threads, and the checks that do not depend
 * on the kind of pool. A controller thread runs the test; allocator
 * threads of higher priority block in the pool, so that each runs until
 * it blocks when started and completes the moment it is woken.
 *
 * POOLTEST_NA_REASON is defined, and cyg_start reports it, when the
 * configuration has no pools to test; otherwise the test supplies
 * cyg_start, which calls run_controller. */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>

#ifdef CYGPKG_MEMALLOC
#include <pkgconf/memalloc.h>
#endif

#define CHECK(b) CYG_TEST_CHECK(b,#b)

#ifndef CYGFUN_KERNEL_API_C
# define POOLTEST_NA_REASON "Kernel C API layer disabled"
#elif !defined(CYGFUN_MEMALLOC_KAPI)
# define POOLTEST_NA_REASON "Memory pool C API not configured"
#elif !defined(CYGNUM_KERNEL_SCHED_PRIORITIES) || (CYGNUM_KERNEL_SCHED_PRIORITIES < 24)
# define POOLTEST_NA_REASON "Needs at least 24 scheduler priorities"
#endif

#ifdef POOLTEST_NA_REASON

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    CYG_TEST_NA(POOLTEST_NA_REASON);
}

#else

#include <cyg/hal/hal_arch.h>

#define PRIO_CONTROL    20

/* One priority each, all above the controller's, for the bitmap
 * scheduler's sake. */
enum { ALLOCATOR, RELEASED, TIMED, THREAD_COUNT };
static const cyg_priority_t prio_of[THREAD_COUNT] = { 10, 11, 12 };

static char stacks[THREAD_COUNT][CYGNUM_HAL_STACK_SIZE_TYPICAL];
static cyg_thread threads[THREAD_COUNT];
static cyg_handle_t handles[THREAD_COUNT];

static char control_stack[CYGNUM_HAL_STACK_SIZE_TYPICAL];
static cyg_thread control_obj;
static cyg_handle_t control_handle;

/* What each allocator thread got, once it has returned. */
static void *volatile alloc_result[THREAD_COUNT];
static volatile int alloc_returned[THREAD_COUNT];

static inline void start(int slot, cyg_thread_entry_t *entry)
{
    cyg_thread_create(prio_of[slot], entry, (cyg_addrword_t)slot, "pooltest",
                      stacks[slot], sizeof stacks[slot], &handles[slot],
                      &threads[slot]);
    cyg_thread_resume(handles[slot]);
}

/* The allocator finds nothing to take: it must be asleep in the pool. */
static inline void start_blocked(int slot, cyg_thread_entry_t *allocator,
                                 cyg_bool_t (*waiting)(cyg_handle_t),
                                 cyg_handle_t pool)
{
    start(slot, allocator);
    CHECK(!alloc_returned[slot]);
    CHECK(waiting(pool));
}

/* cyg_thread_release ends a wait in an empty pool with NULL. */
static inline void check_release(cyg_thread_entry_t *allocator,
                                 cyg_bool_t (*waiting)(cyg_handle_t),
                                 cyg_handle_t pool)
{
    start_blocked(RELEASED, allocator, waiting, pool);
    cyg_thread_release(handles[RELEASED]);
    CHECK(alloc_returned[RELEASED]);
    CHECK(alloc_result[RELEASED] == NULL);
    CHECK(!waiting(pool));
}

/* Every block gets contents of its own (from its tag), so a block that
 * overlaps another, or is handed out twice, shows as damaged. */
static inline void fill(void *p, cyg_int32 size, int tag)
{
    unsigned char *b = p;
    cyg_int32 i;

    for (i = 0; i < size; i++)
        b[i] = (unsigned char)(tag * 13 + i);
}

static inline cyg_bool_t intact(const void *p, cyg_int32 size, int tag)
{
    const unsigned char *b = p;
    cyg_int32 i;

    for (i = 0; i < size; i++)
        if (b[i] != (unsigned char)(tag * 13 + i))
            return false;
    return true;
}

#ifdef CYGVAR_KERNEL_COUNTERS_CLOCK
/* Ends the test should an allocation block that must not: an alarm far
 * later than the test takes. */
static cyg_alarm watchdog_obj;
static cyg_handle_t watchdog;

static inline void watchdog_expired(cyg_handle_t alarm, cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_handle_t, alarm);
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    CYG_TEST_FAIL_FINISH("watchdog: test did not finish in time");
}

static inline void start_watchdog(void)
{
    cyg_handle_t rtc;

    cyg_clock_to_counter(cyg_real_time_clock(), &rtc);
    cyg_alarm_create(rtc, watchdog_expired, 0, &watchdog, &watchdog_obj);
    cyg_alarm_initialize(watchdog, cyg_current_time() + 300, 0);
}
#else
static inline void start_watchdog(void)
{
}
#endif

/* The rest of cyg_start: the controller runs the whole test. */
static inline void run_controller(cyg_thread_entry_t *control)
{
    start_watchdog();
    cyg_thread_create(PRIO_CONTROL, control, 0, "control", control_stack,
                      sizeof control_stack, &control_handle, &control_obj);
    cyg_thread_resume(control_handle);
    cyg_scheduler_start();
}

#endif /* POOLTEST_NA_REASON */

#endif /* CYGONCE_MEMALLOC_TESTS_POOLTEST_H */
