#ifndef CYGONCE_KERNEL_TESTS_BENCH_H
#define CYGONCE_KERNEL_TESTS_BENCH_H
/* bench.h - what every timing program shares: the kernel API, the test
 * protocol (PASS/FAIL/EXIT lines, the end of the run) and checks. The
 * programs are this directory's tm_basic and the throughput and scale
 * benchmarks of `make bench', which find these headers through their
 * include path.
 *
 * A timing program reports its numbers on lines that start with "BENCH "
 * and also checks that each operation had the effect it is named after,
 * so that a number never describes something else (a wait that did not
 * block, a switch that did not happen). No check is ever about time. */

/* clock_gettime() of the host's C library on the synthetic target; it
 * has to be asked for before the first host header is read. */
#define _POSIX_C_SOURCE 200809L

#include <cyg/kernel/kapi.h>
#include <cyg/infra/diag.h>
#include <cyg/hal/hal_arch.h>
#include <cyg/hal/hal_intr.h>
#include "testaux.h"

/* The benchmarks' name for a program that does not apply: the runner
 * reports it as not measured. */
#define BENCH_NA_MAIN(reason) NA_MAIN(reason)

#if defined(CYGINT_KERNEL_SCHEDULER_UNIQUE_PRIORITIES) && \
    CYGINT_KERNEL_SCHEDULER_UNIQUE_PRIORITIES
# define BENCH_UNIQUE_PRIORITIES
#endif

#ifdef CYGFUN_KERNEL_API_C

/* A thread whose stack and objects live in static storage. */
struct bench_thread {
    cyg_handle_t handle;
    cyg_thread object;
};

/* Created suspended, like every new thread. */
static inline void bench_thread_create(struct bench_thread *t,
                                       cyg_priority_t priority,
                                       cyg_thread_entry_t *entry,
                                       cyg_addrword_t data,
                                       void *stack, cyg_ucount32 size)
{
    cyg_thread_create(priority, entry, data, "bench", stack, size,
                      &t->handle, &t->object);
}

static inline void bench_thread_start(struct bench_thread *t,
                                      cyg_priority_t priority,
                                      cyg_thread_entry_t *entry,
                                      cyg_addrword_t data,
                                      void *stack, cyg_ucount32 size)
{
    bench_thread_create(t, priority, entry, data, stack, size);
    cyg_thread_resume(t->handle);
}

#endif /* CYGFUN_KERNEL_API_C */

#endif /* CYGONCE_KERNEL_TESTS_BENCH_H */
