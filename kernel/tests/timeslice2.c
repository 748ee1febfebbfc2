/* timeslice2 - timeslicing only shares the CPU among equal priorities:
 * two CPU-bound threads at one priority take turns while a lower-priority
 * spinner never runs; a higher-priority spinner keeps both of them off
 * the CPU for as long as it spins; the lower one runs once the others
 * have finished. Measured in turns and ticks, never in host speed. */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>
#include "testaux.h"

#if defined(CYGFUN_KERNEL_API_C) && defined(CYGSEM_KERNEL_SCHED_MLQUEUE) \
    && defined(CYGSEM_KERNEL_SCHED_TIMESLICE) && defined(CYGFUN_KERNEL_THREADS_TIMER) \
    && (CYGNUM_KERNEL_SCHED_TIMESLICE_TICKS <= 10) && (CYGNUM_KERNEL_SCHED_PRIORITIES >= 24)

#define SLICE        CYGNUM_KERNEL_SCHED_TIMESLICE_TICKS
#define PRIO_CONTROL 5
#define PRIO_HIGH    9
#define PRIO_EQUAL   10
#define PRIO_LOW     11

enum { A1, A2, LOW, HIGH, THREAD_COUNT };

THREAD_SLOTS(THREAD_COUNT);

static volatile int stop_equal, stop_low;
static volatile int last_runner = -1;
static volatile int turns[THREAD_COUNT];
static volatile unsigned long spins[THREAD_COUNT];

static volatile int high_done;
static volatile unsigned long others_before[3], others_after[3];

static void spin_entry(cyg_addrword_t data)
{
    int me = (int)data;
    volatile int *stop = me == LOW ? &stop_low : &stop_equal;

    while (!*stop) {
        if (last_runner != me) {
            last_runner = me;
            turns[me]++;
        }
        spins[me]++;
    }
}

static void snapshot(volatile unsigned long *into)
{
    int i;

    for (i = A1; i <= LOW; i++)
        into[i] = spins[i];
}

/* Spins (never blocks) for two slices and more, by the clock. */
static void high_entry(cyg_addrword_t data)
{
    cyg_tick_count_t until = cyg_current_time() + 2 * SLICE + 1;

    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    snapshot(others_before);
    while (cyg_current_time() < until)
        continue;
    snapshot(others_after);
    high_done = 1;
}

static void check_equal_share(void)
{
    cyg_thread_resume(handles[A1]);
    cyg_thread_resume(handles[A2]);
    cyg_thread_resume(handles[LOW]);
    cyg_thread_delay(6 * SLICE);
    CHECK(turns[A1] >= 2 && turns[A2] >= 2);
    CHECK(spins[A1] > 0 && spins[A2] > 0);
    CHECK(spins[LOW] == 0);
}

static void check_higher_spinner(void)
{
    int i;

    cyg_thread_resume(handles[HIGH]);
    cyg_thread_delay(3 * SLICE + 2);
    CHECK(high_done);
    for (i = A1; i <= LOW; i++)
        CHECK(others_after[i] == others_before[i]);
    CHECK(spins[LOW] == 0);
}

static void check_lower_after_equal(void)
{
    stop_equal = 1;
    cyg_thread_delay(2);
    CHECK(spins[LOW] > 0);
    stop_low = 1;
}

static void control_entry(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    check_equal_share();
    check_higher_spinner();
    check_lower_after_equal();
    CYG_TEST_PASS_FINISH("Timeslice 2 OK");
}

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    CREATE_SLOT(A1, PRIO_EQUAL, spin_entry, A1, "timeslice2");
    CREATE_SLOT(A2, PRIO_EQUAL, spin_entry, A2, "timeslice2");
    CREATE_SLOT(LOW, PRIO_LOW, spin_entry, LOW, "timeslice2");
    CREATE_SLOT(HIGH, PRIO_HIGH, high_entry, HIGH, "timeslice2");
    run_main_thread(PRIO_CONTROL, control_entry, "timeslice2");
}

#else

NA_MAIN("Needs the multi-level queue scheduler with timeslicing "
        "(at most 10 ticks a slice), thread timers and 24 priorities")

#endif
