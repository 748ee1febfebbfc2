/* timeslice - CPU-bound threads of equal priority share the processor:
 * with timeslicing each of them gets the CPU again and again, although
 * none ever blocks or yields. Progress is measured in turns (a thread
 * starting to run after another one), not in host speed. */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>
#include "testaux.h"

#if defined(CYGFUN_KERNEL_API_C) && defined(CYGSEM_KERNEL_SCHED_MLQUEUE) \
    && defined(CYGSEM_KERNEL_SCHED_TIMESLICE) && defined(CYGFUN_KERNEL_THREADS_TIMER) \
    && (CYGNUM_KERNEL_SCHED_TIMESLICE_TICKS <= 10) && (CYGNUM_KERNEL_SCHED_PRIORITIES >= 24)

#define SPINNERS     3
#define PRIO_CONTROL 5
#define PRIO_SPIN    10

/* Long enough for eight slices: every spinner gets at least two turns. */
#define RUN_TICKS    (8 * CYGNUM_KERNEL_SCHED_TIMESLICE_TICKS)

THREAD_SLOTS(SPINNERS);

static volatile int stop;
static volatile int last_runner = -1;
static volatile int turns[SPINNERS];
static volatile unsigned long spins[SPINNERS];

/* Counts a turn whenever this thread finds that another one ran last. */
static void spin_entry(cyg_addrword_t data)
{
    int me = (int)data;

    while (!stop) {
        if (last_runner != me) {
            last_runner = me;
            turns[me]++;
        }
        spins[me]++;
    }
}

static void control_entry(cyg_addrword_t data)
{
    int i;

    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    for (i = 0; i < SPINNERS; i++)
        cyg_thread_resume(handles[i]);
    cyg_thread_delay(RUN_TICKS);
    stop = 1;
    for (i = 0; i < SPINNERS; i++) {
        CHECK(spins[i] > 0);
        CHECK(turns[i] >= 2);
    }
    CYG_TEST_PASS_FINISH("Timeslice OK");
}

externC void cyg_start(void)
{
    int i;

    CYG_TEST_INIT();
    for (i = 0; i < SPINNERS; i++)
        CREATE_SLOT(i, PRIO_SPIN, spin_entry, i, "spinner");
    run_main_thread(PRIO_CONTROL, control_entry, "timeslice control");
}

#else

NA_MAIN("Needs the multi-level queue scheduler with timeslicing "
        "(at most 10 ticks a slice), thread timers and 24 priorities")

#endif
