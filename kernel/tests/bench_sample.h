#ifndef CYGONCE_KERNEL_TESTS_BENCH_SAMPLE_H
#define CYGONCE_KERNEL_TESTS_BENCH_SAMPLE_H
/* bench_sample.h - the samples of one latency: count, total, minimum and
 * maximum of intervals between two clock reads, printed as
 *
 *   BENCH latency NAME avg=A min=M max=X samples=N
 *
 * in nanoseconds, the average with one decimal. The values are raw: they
 * include one clock read, which the program measures as the latency
 * "clock_read" and the runner subtracts from the others. */

#include "bench_clock.h"

struct bench_sample {
    const char *name;
    cyg_uint32 count;
    cyg_uint32 min;
    cyg_uint32 max;
    cyg_uint64 total;
};

static inline void bench_sample_add(struct bench_sample *s,
                                    cyg_uint32 from, cyg_uint32 to)
{
    cyg_uint32 ns = bench_clock_elapsed(from, to);

    if (s->count == 0 || ns < s->min)
        s->min = ns;
    if (s->count == 0 || ns > s->max)
        s->max = ns;
    s->total += ns;
    s->count++;
}

static inline void bench_sample_print(const struct bench_sample *s)
{
    cyg_uint64 tenths;

    if (s->count == 0)
        return;
    tenths = (s->total * 10 + s->count / 2) / s->count;
    diag_printf("BENCH latency %s avg=%u.%u min=%u max=%u samples=%u\n",
                s->name, (unsigned)(tenths / 10), (unsigned)(tenths % 10),
                (unsigned)s->min, (unsigned)s->max, (unsigned)s->count);
}

#endif /* CYGONCE_KERNEL_TESTS_BENCH_SAMPLE_H */
