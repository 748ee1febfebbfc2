#ifndef CYGONCE_BENCH_BENCH_PERIOD_H
#define CYGONCE_BENCH_BENCH_PERIOD_H
/* bench_period.h - the frame of the throughput benchmarks, after
 * Thread-Metric: worker threads repeat one operation as fast as they can
 * and count it; a reporter thread above them all reads the count at two
 * clock ticks BENCH_PERIOD_TICKS apart and prints
 *
 *   BENCH throughput NAME ops=N period_ns=P
 *
 * Both reads follow a tick by the same few instructions (the reporter's
 * wake-up), so the period is a whole number of ticks: 2e8 instructions
 * on QEMU. The ticks are counted, not assumed, in case the host delays
 * the synthetic target's clock. Nothing is subtracted: the clock's own
 * interrupts and the reporter's two wake-ups are part of the period, a
 * few hundred instructions in 2e8.
 *
 * A watcher thread just above the idle thread counts its turns: it only
 * runs when no worker can, and a period in which it ran measured waiting,
 * not the operation, so the benchmark fails. */

#include "bench.h"

/* The reporter sleeps on the real-time clock, and the workers need a few
 * priorities of their own between it and the watcher. */
#if defined(CYGFUN_KERNEL_API_C) && defined(CYGVAR_KERNEL_COUNTERS_CLOCK) \
    && defined(CYGFUN_KERNEL_THREADS_TIMER) \
    && (CYGNUM_KERNEL_SCHED_PRIORITIES >= 16)
# define BENCH_PERIOD_APPLIES
#endif
#define BENCH_PERIOD_NA_REASON \
    "Needs the C API, the real-time clock, thread timers and 16 priorities"

#define BENCH_PERIOD_TICKS      20
#define BENCH_PRIO_REPORTER     0
#define BENCH_PRIO_WATCHER      (CYGNUM_KERNEL_SCHED_PRIORITIES - 2)

#ifdef BENCH_PERIOD_APPLIES

static char bench_period_stacks[2][CYGNUM_HAL_STACK_SIZE_TYPICAL];
static struct bench_thread bench_reporter;
static struct bench_thread bench_watcher;
static volatile cyg_uint32 bench_watcher_turns;

static void bench_watch(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    for (;;)
        bench_watcher_turns++;
}

struct bench_period {
    cyg_uint32 ops;
    cyg_uint32 ticks;
};

/* The operations done so far: the sum of the workers' COUNT counters. */
static inline cyg_uint32 bench_ops_done(const volatile cyg_uint32 *counters,
                                        cyg_uint32 count)
{
    cyg_uint32 i, total = 0;

    for (i = 0; i < count; i++)
        total += counters[i];
    return total;
}

/* Lets the workers run for the period and counts what they did in it. */
static inline struct bench_period
bench_period_run(const volatile cyg_uint32 *counters, cyg_uint32 count)
{
    struct bench_period period;
    cyg_uint32 first, turns;
    cyg_tick_count_t start;

    cyg_thread_delay(1);
    first = bench_ops_done(counters, count);
    turns = bench_watcher_turns;
    start = cyg_current_time();
    cyg_thread_delay(BENCH_PERIOD_TICKS);
    period.ops = bench_ops_done(counters, count) - first;
    period.ticks = (cyg_uint32)(cyg_current_time() - start);
    CHECK(bench_watcher_turns == turns);
    CHECK(period.ops > 0);
    return period;
}

static inline void bench_period_print(const char *name,
                                      struct bench_period period)
{
    cyg_uint64 period_ns = (cyg_uint64)period.ticks
                           * CYGNUM_HAL_RTC_NUMERATOR
                           / CYGNUM_HAL_RTC_DENOMINATOR;

    diag_printf("BENCH throughput %s ops=%u period_ns=%llu\n",
                name, (unsigned)period.ops, (unsigned long long)period_ns);
}

/* What a throughput program measures: the name of its results, the
 * counters of operations done (one per worker, or one for all), the checks that they did what the name says
 * (made after the period; a failed CHECK ends the run) and what its PASS
 * line says. */
struct bench_measure {
    const char *name;
    const volatile cyg_uint32 *counters;
    cyg_uint32 count;
    void (*check)(void);
    const char *passed;
};

static const struct bench_measure *bench_measured;

static void bench_period_report(cyg_addrword_t data)
{
    struct bench_period period;

    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    period = bench_period_run(bench_measured->counters,
                              bench_measured->count);
    bench_measured->check();
    bench_period_print(bench_measured->name, period);
    CYG_TEST_PASS_FINISH(bench_measured->passed);
}

/* Starts the reporter of MEASURE and the watcher, then the scheduler;
 * the workers must have been created and resumed. */
static inline void bench_period_start(const struct bench_measure *measure)
{
    bench_measured = measure;
    bench_thread_start(&bench_watcher, BENCH_PRIO_WATCHER, bench_watch, 0,
                       bench_period_stacks[0], sizeof bench_period_stacks[0]);
    bench_thread_start(&bench_reporter, BENCH_PRIO_REPORTER,
                       bench_period_report, 0,
                       bench_period_stacks[1], sizeof bench_period_stacks[1]);
    cyg_scheduler_start();
}

#endif /* BENCH_PERIOD_APPLIES */

#endif /* CYGONCE_BENCH_BENCH_PERIOD_H */
