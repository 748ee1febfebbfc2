/* tp_synchronization - synchronisation: one thread takes a semaphore
 * whose count is one and gives it back. The take does not wait
 * (trywait), as the count is always there. One operation is one take
 * and one give. */

#include "bench_period.h"

#ifdef BENCH_PERIOD_APPLIES

#define PRIO_WORKER     10

static char stack[CYGNUM_HAL_STACK_SIZE_TYPICAL];
static struct bench_thread worker_thread;
static cyg_sem_t sem;
static volatile cyg_uint32 cycles;
static volatile cyg_uint32 failed_takes;

static void worker(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    for (;;) {
        if (!cyg_semaphore_trywait(&sem))
            failed_takes++;
        cyg_semaphore_post(&sem);
        cycles++;
    }
}

static void check_results(void)
{
    cyg_count32 count;

    cyg_semaphore_peek(&sem, &count);
    CHECK(failed_takes == 0);
    CHECK(count == 0 || count == 1);
}

static const struct bench_measure measure = {
    "synchronization", &cycles, 1, check_results,
    "synchronisation measured"
};

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    cyg_semaphore_init(&sem, 1);
    bench_thread_start(&worker_thread, PRIO_WORKER, worker, 0,
                       stack, sizeof stack);
    bench_period_start(&measure);
}

#else

BENCH_NA_MAIN(BENCH_PERIOD_NA_REASON)

#endif
