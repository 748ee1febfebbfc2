/* ksched1 - scheduling order: runnable threads run strictly by priority,
 * resuming a higher-priority thread preempts the caller at once (or at
 * the scheduler unlock when locked), a lower one does not; among equal
 * priorities threads run in the order they became runnable and a
 * preempted thread keeps its place at the head (multi-level queue
 * scheduler only). No clock needed. */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>
#include "runorder.h"

#if defined(CYGFUN_KERNEL_API_C) && (CYGNUM_KERNEL_SCHED_PRIORITIES >= 24)

#define PRIO_HIGH    2
#define PRIO_EQUAL   10
#define PRIO_CHECKER 20
#define PRIO_LOWER   21

enum { T0, T1, T2, T3, T4, CHECKER, HIGH, LOWER, X, Y, Z, THREAD_COUNT };

/* Priorities of T0..T4: creation order differs from priority order. */
static const cyg_priority_t order_prio[5] = { 7, 3, 9, 5, 4 };
static const cyg_priority_t sorted_prio[5] = { 3, 4, 5, 7, 9 };

THREAD_SLOTS(THREAD_COUNT);

static volatile cyg_priority_t prio_log[5];
static volatile int prio_log_len;

static void prio_entry(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    if (prio_log_len < 5)
        prio_log[prio_log_len] = cyg_thread_get_priority(cyg_thread_self());
    prio_log_len++;
}

#ifdef CYGSEM_KERNEL_SCHED_MLQUEUE
/* Runs at PRIO_EQUAL with Y queued behind it: makes Z runnable at the
 * same priority (no preemption) and HIGH runnable above it (preemption;
 * afterwards X, not Y, continues). */
static void x_entry(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    mark('x');
    cyg_thread_resume(handles[Z]);
    mark('X');
    cyg_thread_resume(handles[HIGH]);
    mark('!');
}
#endif

/* All five were made runnable before the scheduler started. */
static void check_priority_order(void)
{
    int i;

    CHECK(prio_log_len == 5);
    for (i = 0; i < 5; i++)
        CHECK(prio_log[i] == sorted_prio[i]);
    CHECK(cyg_thread_get_priority(cyg_thread_idle_thread())
          == CYGNUM_KERNEL_SCHED_PRIORITIES - 1);
}

static void check_preemption(void)
{
    trace_len = 0;
    cyg_thread_resume(handles[HIGH]);
    expect_trace("h");           /* ran and exited inside the resume */
    CHECK(cyg_thread_delete(handles[HIGH]));

    cyg_thread_resume(handles[LOWER]);
    expect_trace("h");           /* lower priority: no preemption */
    let_others_run();
    expect_trace("hl");

    /* With the scheduler locked the switch waits for the unlock. */
    CREATE_SLOT(HIGH, PRIO_HIGH, mark_entry, 'H', "high again");
    cyg_scheduler_lock();
    cyg_thread_resume(handles[HIGH]);
    expect_trace("hl");
    cyg_scheduler_unlock();
    expect_trace("hlH");
    CHECK(cyg_thread_delete(handles[HIGH]));
}

#ifdef CYGSEM_KERNEL_SCHED_MLQUEUE
static void check_equal_priorities(void)
{
    CREATE_SLOT(HIGH, PRIO_HIGH, mark_entry, 'h', "high third");
    trace_len = 0;
    cyg_scheduler_lock();
    cyg_thread_resume(handles[X]);
    cyg_thread_resume(handles[Y]);
    CHECK(trace_len == 0);
    cyg_scheduler_unlock();         /* all of them run before it returns */
    expect_trace("xXh!yz");
}
#endif

static void checker_entry(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    check_priority_order();
    check_preemption();
#ifdef CYGSEM_KERNEL_SCHED_MLQUEUE
    check_equal_priorities();
#else
    CYG_TEST_INFO("one thread per priority: FIFO among equals not tested");
#endif
    CYG_TEST_PASS_FINISH("Kernel C API Scheduler 1 OK");
}

externC void cyg_start(void)
{
    int i;

    CYG_TEST_INIT();
    for (i = T0; i <= T4; i++)
        START_SLOT(i, order_prio[i], prio_entry, 0, "ksched1");
    START_SLOT(CHECKER, PRIO_CHECKER, checker_entry, 0, "ksched1");
    CREATE_SLOT(HIGH, PRIO_HIGH, mark_entry, 'h', "ksched1");
    CREATE_SLOT(LOWER, PRIO_LOWER, mark_entry, 'l', "ksched1");
#ifdef CYGSEM_KERNEL_SCHED_MLQUEUE
    CREATE_SLOT(X, PRIO_EQUAL, x_entry, 0, "ksched1");
    CREATE_SLOT(Y, PRIO_EQUAL, mark_entry, 'y', "ksched1");
    CREATE_SLOT(Z, PRIO_EQUAL, mark_entry, 'z', "ksched1");
#endif
    cyg_scheduler_start();
}

#else

NA_MAIN("Needs the kernel C API and at least 24 priorities")

#endif
