/* tp_cooperative - cooperative scheduling: five threads of one priority
 * take turns, each counting its turn and yielding to the next. One
 * operation is one yield, which always switches to the next thread. */

#include "bench_period.h"

#if defined(BENCH_PERIOD_APPLIES) && !defined(BENCH_UNIQUE_PRIORITIES)

#define WORKERS         5
#define PRIO_WORKERS    10
#define NOBODY          WORKERS

static char stacks[WORKERS][CYGNUM_HAL_STACK_SIZE_TYPICAL];
static struct bench_thread workers[WORKERS];
static volatile cyg_uint32 turns[WORKERS];
/* The worker that counted last: one that counts twice in a row was
 * not switched away from by its yield. */
static volatile cyg_uint32 last_worker = NOBODY;
static volatile cyg_uint32 repeated_turns;

static void worker(cyg_addrword_t index)
{
    for (;;) {
        if (last_worker == index)
            repeated_turns++;
        last_worker = index;
        turns[index]++;
        cyg_thread_yield();
    }
}

static void check_results(void)
{
    cyg_uint32 i;

    CHECK(repeated_turns == 0);
    for (i = 0; i < WORKERS; i++)
        CHECK(turns[i] > 0);
}

static const struct bench_measure measure = {
    "cooperative", turns, WORKERS, check_results,
    "cooperative scheduling measured"
};

externC void cyg_start(void)
{
    cyg_uint32 i;

    CYG_TEST_INIT();
    for (i = 0; i < WORKERS; i++)
        bench_thread_start(&workers[i], PRIO_WORKERS, worker, i,
                           stacks[i], sizeof stacks[i]);
    bench_period_start(&measure);
}

#else

BENCH_NA_MAIN("Needs a scheduler that lets threads share a priority")

#endif
