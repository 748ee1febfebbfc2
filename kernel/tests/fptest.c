/* fptest - floating-point state survives preemption: CPU-bound threads
 * repeat floating-point computations (float, double and long double) and
 * compare every result, bit for bit, with the one computed during
 * initialization, while timeslicing switches between them and a
 * higher-priority thread wakes up periodically to compute its own. Different
 * seeds keep every thread's registers different. */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>
#include <cyg/infra/diag.h>
#include "testaux.h"

#if defined(CYGFUN_KERNEL_API_C) && defined(CYGFUN_KERNEL_THREADS_TIMER) \
    && (CYGNUM_KERNEL_SCHED_PRIORITIES >= 24)

/* Equal-priority workers share the CPU only with timeslicing. */
#if defined(CYGSEM_KERNEL_SCHED_MLQUEUE) && defined(CYGSEM_KERNEL_SCHED_TIMESLICE) \
    && (CYGNUM_KERNEL_SCHED_TIMESLICE_TICKS <= 10)
# define WORKERS 3
#else
# define WORKERS 1
#endif

#define PRIO_CONTROL 4
#define PRIO_TICKER  5
#define PRIO_WORKER  10
#define RUN_TICKS    50
#define WORKER_STEPS 20000
/* The ticker's round must fit in one tick even where floating point is
 * done in software (128-bit long double on rv32 takes about 1 ms per
 * 200 steps), or it cannot keep to its period. */
#define TICKER_STEPS 200
#ifdef CYGNUM_KERNEL_SCHED_TIMESLICE_TICKS
# define TICKER_PERIOD (2 * CYGNUM_KERNEL_SCHED_TIMESLICE_TICKS)
#else
# define TICKER_PERIOD 1
#endif

enum { TICKER = WORKERS, THREAD_COUNT };

typedef struct {
    float       f;
    double      d;
    long double ld;
} result_t;

THREAD_SLOTS(THREAD_COUNT);

/* Volatile so that nothing is folded at compile time. */
static volatile double seeds[5] = { 1.25, -3.5, 0.375, 7.0, 2.0 };
static result_t expected[THREAD_COUNT];
static volatile int rounds[THREAD_COUNT];
static volatile int mismatches[THREAD_COUNT];
static volatile int stop;

/* One copy of the code computes both the expected and the checked
 * results. */
static __attribute__((noinline)) result_t compute(double seed, int steps)
{
    result_t r;
    int i;

    r.f = (float)seed;
    r.d = seed;
    r.ld = seed;
    for (i = 1; i <= steps; i++) {
        r.f = r.f * 0.999f + 0.5f / (float)i;
        r.d = r.d * 1.0000001 + (r.d - seed) / (i + 0.5) - 1.0 / i;
        r.ld = r.ld * 0.9999999L + (long double)i / 3.0L - r.ld / (i * 7.0L);
    }
    return r;
}

static cyg_bool_t same(const result_t *a, const result_t *b)
{
    return a->f == b->f && a->d == b->d && a->ld == b->ld;
}

static int steps_for(int slot)
{
    return slot == TICKER ? TICKER_STEPS : WORKER_STEPS;
}

static void check_round(int slot)
{
    result_t r = compute(seeds[slot], steps_for(slot));

    if (!same(&r, &expected[slot]))
        mismatches[slot]++;
    rounds[slot]++;
}

static void worker_entry(cyg_addrword_t data)
{
    while (!stop)
        check_round((int)data);
}

/* Every switch gives the preempted worker a fresh timeslice, so the
 * ticker leaves the workers enough ticks in a row to rotate. */
static void ticker_entry(cyg_addrword_t data)
{
    while (!stop) {
        cyg_thread_delay(TICKER_PERIOD);
        check_round((int)data);
    }
}

static void control_entry(cyg_addrword_t data)
{
    int slot;

    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    for (slot = 0; slot < WORKERS; slot++)
        cyg_thread_resume(handles[slot]);
    cyg_thread_resume(handles[TICKER]);
    cyg_thread_delay(RUN_TICKS);
    stop = 1;
    for (slot = 0; slot <= TICKER; slot++)
        diag_printf("INFO:<thread %d: %d rounds, %d wrong>\n", slot,
                    rounds[slot], mismatches[slot]);
    for (slot = 0; slot <= TICKER; slot++) {
        CHECK(rounds[slot] > 0);
        CHECK(mismatches[slot] == 0);
    }
    CHECK(rounds[TICKER] >= RUN_TICKS / TICKER_PERIOD - 1);
    CYG_TEST_PASS_FINISH("Floating point OK");
}

externC void cyg_start(void)
{
    int slot;

    CYG_TEST_INIT();
    /* Interrupts are off during initialization: nothing can preempt. */
    for (slot = 0; slot <= TICKER; slot++)
        expected[slot] = compute(seeds[slot], steps_for(slot));
    for (slot = 0; slot < WORKERS; slot++)
        CREATE_SLOT(slot, PRIO_WORKER, worker_entry, slot, "fptest");
    CREATE_SLOT(TICKER, PRIO_TICKER, ticker_entry, TICKER, "fptest");
    run_main_thread(PRIO_CONTROL, control_entry, "fptest");
}

#else

NA_MAIN("Needs the kernel C API, thread timers and 24 priorities")

#endif
