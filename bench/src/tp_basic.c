/* tp_basic - basic processing: one thread repeats a fixed calibration
 * pass over an array, with no kernel call, so that the other throughput
 * numbers can be read against the speed of plain code on the same
 * target. One operation is one pass: 64 words written, then each of them
 * read, transformed and written again. */

#include "bench_period.h"

#ifdef BENCH_PERIOD_APPLIES

#define PRIO_WORKER     10
#define WORDS           64

static char stack[CYGNUM_HAL_STACK_SIZE_TYPICAL];
static struct bench_thread worker_thread;
static volatile cyg_uint32 words[WORDS];
static volatile cyg_uint32 passes;
static volatile cyg_uint32 wrong_sums;
static cyg_uint32 expected_sum;

static cyg_uint32 calibration_pass(void)
{
    cyg_uint32 i, sum = 0;

    for (i = 0; i < WORDS; i++)
        words[i] = i;
    for (i = 0; i < WORDS; i++) {
        words[i] = (words[i] * 2654435761u) ^ (words[i] >> 3);
        sum += words[i];
    }
    return sum;
}

static void worker(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    for (;;) {
        if (calibration_pass() != expected_sum)
            wrong_sums++;
        passes++;
    }
}

static void check_results(void)
{
    CHECK(wrong_sums == 0);
}

static const struct bench_measure measure = {
    "basic", &passes, 1, check_results,
    "basic processing measured"
};

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    expected_sum = calibration_pass();
    bench_thread_start(&worker_thread, PRIO_WORKER, worker, 0,
                       stack, sizeof stack);
    bench_period_start(&measure);
}

#else

BENCH_NA_MAIN(BENCH_PERIOD_NA_REASON)

#endif
