/* tp_preemptive - preemptive scheduling: five threads of five priorities.
 * The lowest resumes the next one up, which preempts it at once and
 * resumes the next, up to the highest; each counts a pass and suspends
 * itself, which hands the processor back down the chain. One operation
 * is one pass of one thread: a round of five passes holds four resumes
 * that preempt and four suspends that switch. */

#include "bench_period.h"

#ifdef BENCH_PERIOD_APPLIES

#define STAGES          5
#define PRIO_LOWEST     14      /* stage k runs at PRIO_LOWEST - k */
#define TOP             (STAGES - 1)

static char stacks[STAGES][CYGNUM_HAL_STACK_SIZE_TYPICAL];
static struct bench_thread stages[STAGES];
static volatile cyg_uint32 passes[STAGES];
/* Rounds the lowest stage finished before the others had all run. */
static volatile cyg_uint32 broken_rounds;

static void lowest_stage(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    for (;;) {
        cyg_thread_resume(stages[1].handle);
        if (passes[TOP] != passes[0] + 1)
            broken_rounds++;
        passes[0]++;
    }
}

static void upper_stage(cyg_addrword_t index)
{
    for (;;) {
        if (index < TOP)
            cyg_thread_resume(stages[index + 1].handle);
        passes[index]++;
        cyg_thread_suspend(stages[index].handle);
    }
}

static void check_results(void)
{
    CHECK(broken_rounds == 0);
    CHECK(passes[0] > 0);
}

static const struct bench_measure measure = {
    "preemptive", passes, STAGES, check_results,
    "preemptive scheduling measured"
};

externC void cyg_start(void)
{
    cyg_uint32 i;

    CYG_TEST_INIT();
    bench_thread_start(&stages[0], PRIO_LOWEST, lowest_stage, 0,
                       stacks[0], sizeof stacks[0]);
    for (i = 1; i < STAGES; i++)
        bench_thread_create(&stages[i], PRIO_LOWEST - i, upper_stage, i,
                            stacks[i], sizeof stacks[i]);
    bench_period_start(&measure);
}

#else

BENCH_NA_MAIN(BENCH_PERIOD_NA_REASON)

#endif
