/* tp_interrupt - interrupt processing: a thread raises a real interrupt
 * from software; its ISR asks for the DSR, the DSR posts a semaphore, and
 * the thread takes the semaphore, which holds a count by the time the
 * thread has the processor back. One operation is one such round:
 * raise, ISR, DSR with its post, return to the thread, wait. */

#include "bench_period.h"
#include "bench_intr.h"

#ifdef BENCH_PERIOD_APPLIES

#define PRIO_WORKER     10

static char stack[CYGNUM_HAL_STACK_SIZE_TYPICAL];
static struct bench_thread worker_thread;
static cyg_sem_t handled;
static volatile cyg_uint32 dsr_requests;
static volatile cyg_uint32 rounds;
static volatile cyg_uint32 failed_waits;

static void dsr(cyg_vector_t v, cyg_ucount32 count, cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_vector_t, v);
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    dsr_requests += count;
    cyg_semaphore_post(&handled);
}

/* The vector comes as the thread's data word. */
static void worker(cyg_addrword_t data)
{
    cyg_vector_t vector = (cyg_vector_t)data;

    for (;;) {
        BENCH_RAISE(vector);
        if (!cyg_semaphore_wait(&handled))
            failed_waits++;
        rounds++;
    }
}

/* The reporter may have stopped the worker anywhere in a round. */
static void check_results(void)
{
    cyg_uint32 done = rounds;

    CHECK(failed_waits == 0);
    CHECK(bench_isr_calls - done <= 1);
    CHECK(bench_isr_calls - dsr_requests <= 1);
}

static const struct bench_measure measure = {
    "interrupt", &rounds, 1, check_results,
    "interrupt processing measured"
};

externC void cyg_start(void)
{
    cyg_vector_t vector;

    CYG_TEST_INIT();
    vector = bench_intr_free_vector();
    if (vector == BENCH_NO_VECTOR)
        CYG_TEST_NA("No free interrupt vector that software can raise");
    cyg_semaphore_init(&handled, 0);
    bench_intr_attach(vector, bench_intr_isr, dsr);
    bench_thread_start(&worker_thread, PRIO_WORKER, worker, vector,
                       stack, sizeof stack);
    bench_period_start(&measure);
}

#else

BENCH_NA_MAIN(BENCH_PERIOD_NA_REASON)

#endif
