/* tp_interrupt_preemption - interrupt preemption: a thread raises a real
 * interrupt from software; its DSR resumes a thread of higher priority,
 * which therefore runs as the interrupt ends, counts and suspends itself,
 * and the first thread goes on. One operation is one such round: raise,
 * ISR, DSR with its resume, switch up, suspend, switch back. */

#include "bench_period.h"
#include "bench_intr.h"

#ifdef BENCH_PERIOD_APPLIES

#define PRIO_HIGH       10
#define PRIO_LOW        11

static char stacks[2][CYGNUM_HAL_STACK_SIZE_TYPICAL];
static struct bench_thread high_thread;
static struct bench_thread low_thread;
static volatile cyg_uint32 raises;
static volatile cyg_uint32 high_runs;
/* Raises after which the low thread went on before the high one ran. */
static volatile cyg_uint32 missed_preemptions;

static void dsr(cyg_vector_t v, cyg_ucount32 count, cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_vector_t, v);
    CYG_UNUSED_PARAM(cyg_ucount32, count);
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    cyg_thread_resume(high_thread.handle);
}

static void high(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    for (;;) {
        high_runs++;
        cyg_thread_suspend(high_thread.handle);
    }
}

/* The vector comes as the thread's data word. */
static void low(cyg_addrword_t data)
{
    cyg_vector_t vector = (cyg_vector_t)data;

    for (;;) {
        raises++;
        BENCH_RAISE(vector);
        if (high_runs != raises)
            missed_preemptions++;
    }
}

static void check_results(void)
{
    CHECK(missed_preemptions == 0);
    CHECK(raises - high_runs <= 1);
    CHECK(raises - bench_isr_calls <= 1);
}

static const struct bench_measure measure = {
    "interrupt_preemption", &high_runs, 1, check_results,
    "interrupt preemption measured"
};

externC void cyg_start(void)
{
    cyg_vector_t vector;

    CYG_TEST_INIT();
    vector = bench_intr_free_vector();
    if (vector == BENCH_NO_VECTOR)
        CYG_TEST_NA("No free interrupt vector that software can raise");
    bench_intr_attach(vector, bench_intr_isr, dsr);
    bench_thread_create(&high_thread, PRIO_HIGH, high, 0,
                        stacks[0], sizeof stacks[0]);
    bench_thread_start(&low_thread, PRIO_LOW, low, vector,
                       stacks[1], sizeof stacks[1]);
    bench_period_start(&measure);
}

#else

BENCH_NA_MAIN(BENCH_PERIOD_NA_REASON)

#endif
