#ifndef CYGONCE_KERNEL_TESTS_BENCH_CLOCK_H
#define CYGONCE_KERNEL_TESTS_BENCH_CLOCK_H
/* bench_clock.h - the fine clock the timing programs time with.
 *
 * bench_clock_read() takes a raw count as cheaply as it can, so that its
 * own cost, which the runner measures and subtracts, stays small;
 * bench_clock_elapsed() turns the counts of two reads into nanoseconds,
 * outside the timed code. On QEMU with -icount shift=0 a nanosecond of
 * virtual time is one instruction.
 *
 * The sources, the first available wins:
 *  - HAL_CYCLE_COUNTER_READ, a HAL's free-running counter of one count
 *    per cycle, which QEMU's icount makes one per instruction: exact;
 *  - the host's CLOCK_MONOTONIC on the synthetic target;
 *  - HAL_CLOCK_READ, the real-time clock's count within the current tick
 *    (40 ns on mps2_an385). Differences are taken modulo the tick period,
 *    so one interval must last less than a tick.
 * BENCH_CLOCK_MAX_TICKS is the number of clock ticks an interval may
 * span and still be measured right. BENCH_CLOCK_RUNS says whether the
 * source counts at all: the real-time clock only runs once the kernel
 * has started it, which a configuration without it never does.
 *
 * With a coarse source a single interval is only known to a count or so;
 * bench_dither() shifts the start of each sample by a pseudo-random
 * number of instructions, so that the rounding errors of many samples
 * average out instead of adding up. */

#include "bench.h"

/* Ticks before a 32-bit count of nanoseconds (or, under QEMU's icount,
 * of instructions) wraps: 4.29 s. */
#define BENCH_CLOCK_NS32_TICKS                                          \
    ((cyg_uint32)(0xFFFFFFFFull * CYGNUM_HAL_RTC_DENOMINATOR            \
                  / CYGNUM_HAL_RTC_NUMERATOR) - 1u)

#if defined(HAL_CYCLE_COUNTER_READ)

# define BENCH_CLOCK_NAME       "cycle counter"
# define BENCH_CLOCK_MAX_TICKS  BENCH_CLOCK_NS32_TICKS

static inline cyg_uint32 bench_clock_read(void)
{
    cyg_uint32 count;

    HAL_CYCLE_COUNTER_READ(&count);
    return count;
}

static inline cyg_uint32 bench_clock_elapsed(cyg_uint32 from, cyg_uint32 to)
{
    return to - from;
}

static inline cyg_uint32 bench_clock_resolution_ns(void)
{
    return 1;
}

#elif defined(CYGPKG_HAL_SYNTH)

# include <time.h>

# define BENCH_CLOCK_NAME       "host CLOCK_MONOTONIC"
# define BENCH_CLOCK_MAX_TICKS  BENCH_CLOCK_NS32_TICKS

static inline cyg_uint32 bench_clock_read(void)
{
    struct timespec now;

    clock_gettime(CLOCK_MONOTONIC, &now);
    return (cyg_uint32)now.tv_sec * 1000000000u + (cyg_uint32)now.tv_nsec;
}

static inline cyg_uint32 bench_clock_elapsed(cyg_uint32 from, cyg_uint32 to)
{
    return to - from;
}

static inline cyg_uint32 bench_clock_resolution_ns(void)
{
    return 1;
}

#else

# define BENCH_CLOCK_NAME       "real-time clock within the tick"
# define BENCH_CLOCK_MAX_TICKS  1u

static inline cyg_uint32 bench_clock_read(void)
{
    cyg_uint32 count;

    HAL_CLOCK_READ(&count);
    return count;
}

static inline cyg_uint32 bench_clock_elapsed(cyg_uint32 from, cyg_uint32 to)
{
    cyg_int32 counts = (cyg_int32)(to - from)
                       % (cyg_int32)CYGNUM_HAL_RTC_PERIOD;

    if (counts < 0)
        counts += CYGNUM_HAL_RTC_PERIOD;
    return (cyg_uint32)((cyg_uint64)counts * CYGNUM_HAL_RTC_NUMERATOR
                        / ((cyg_uint64)CYGNUM_HAL_RTC_DENOMINATOR
                           * CYGNUM_HAL_RTC_PERIOD));
}

static inline cyg_uint32 bench_clock_resolution_ns(void)
{
    return bench_clock_elapsed(0, 1);
}

#endif

#if defined(HAL_CYCLE_COUNTER_READ) || defined(CYGPKG_HAL_SYNTH) \
    || defined(CYGVAR_KERNEL_COUNTERS_CLOCK)
# define BENCH_CLOCK_RUNS
#endif

/* A linear congruential sequence: the same dither on every run, so that
 * runs on QEMU give the same numbers. Up to 255 turns of an empty loop,
 * a few instructions each, span a dozen counts of the coarsest clock. */
static cyg_uint32 bench_dither_state = 0x2545F491u;

static inline void bench_dither(void)
{
    cyg_uint32 turns;

    bench_dither_state = bench_dither_state * 1664525u + 1013904223u;
    turns = bench_dither_state >> 24;
    while (turns-- > 0)
        __asm__ __volatile__ ("");
}

static inline void bench_clock_describe(void)
{
    diag_printf("BENCH clock source=\"%s\" resolution_ns=%u\n",
                BENCH_CLOCK_NAME, (unsigned)bench_clock_resolution_ns());
}

#endif /* CYGONCE_KERNEL_TESTS_BENCH_CLOCK_H */
