/* kdelaystart - creation with a start delay: the thread stays suspended
 * (state SUSPENDED|CREATING) until the delay has passed and starts then,
 * not before; a delay of 0 starts it at once, CYG_THREAD_FOREVER leaves
 * it suspended like cyg_thread_create. cyg_thread_start_cancel before the
 * start deletes the thread, which never runs, and wakes its joiner; the
 * storage then builds a new thread. A resume starts the thread early and
 * drops the pending start; a suspend during the delay keeps it suspended
 * past the start; a kill during the delay means it never runs. Without
 * assertions, cancelling a start that happened returns CYG_THREAD_ESTARTED
 * (kmisuse_cancel checks the assertion). */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>
#include "lifecycle.h"

#if defined(CYGFUN_KERNEL_API_C) && defined(CYGFUN_KERNEL_THREADS_DELAYED_START) \
    && (CYGNUM_KERNEL_SCHED_PRIORITIES >= 24)

#define PRIO_HIGH    3
#define PRIO_CONTROL 10
#define PRIO_LOW     15

#define STATE_CREATING 8
#define STATE_DELAYED  (STATE_SUSPENDED | STATE_CREATING)

enum { D, J, THREAD_COUNT };

THREAD_SLOTS(THREAD_COUNT);

static volatile int starts;
static volatile cyg_tick_count_t started_at;
static volatile int join_result;

static void start_entry(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    starts++;
    started_at = cyg_current_time();
}

/* D at high priority runs as soon as it starts. */
static cyg_handle_t create_at(cyg_tick_count_t delay, cyg_priority_t pri)
{
    cyg_thread_attr_t attr;

    starts = 0;
    SLOT_ATTR(attr, D, pri, "kdelaystart");
    attr.start_delay = delay;
    EXPECT(CREATE_EXT_SLOT(D, attr, start_entry, 0), CYG_THREAD_OK);
    return handles[D];
}

static cyg_handle_t create_delayed(cyg_tick_count_t delay)
{
    return create_at(delay, PRIO_HIGH);
}

/* The thread is over: reclaim its storage. */
static void reclaim(cyg_handle_t thread)
{
    CHECK(state_of(thread) == STATE_EXITED);
    CHECK(cyg_thread_delete(thread));
}

static void check_starts_after_delay(void)
{
    cyg_tick_count_t t0 = cyg_current_time();
    cyg_handle_t d = create_delayed(5);

    CHECK(state_of(d) == STATE_DELAYED);
    cyg_thread_delay(3);
    CHECK(starts == 0 && state_of(d) == STATE_DELAYED);
    cyg_thread_delay(4);
    CHECK(starts == 1);
    CHECK(started_at >= t0 + 5 && started_at <= t0 + 6);
    reclaim(d);
}

static void check_zero_and_forever(void)
{
    cyg_handle_t d = create_delayed(0);

    CHECK(starts == 1);
    reclaim(d);

    d = create_delayed(CYG_THREAD_FOREVER);
    CHECK(state_of(d) == STATE_SUSPENDED);
    cyg_thread_delay(3);
    CHECK(starts == 0);
    cyg_thread_resume(d);
    CHECK(starts == 1);
    reclaim(d);
}

/* A cancelled thread never runs; its storage builds the next one. */
static void check_cancel(void)
{
    cyg_handle_t d = create_delayed(5);

    cyg_thread_delay(2);
    EXPECT(cyg_thread_start_cancel(d), CYG_THREAD_OK);
    CHECK(cyg_thread_get_id(d) == 0);
    cyg_thread_delay(6);
    CHECK(starts == 0);
    d = create_delayed(0);
    CHECK(starts == 1);
    reclaim(d);
}

/* Resumed early, the thread is an ordinary runnable thread: its start
 * is no longer pending, and it does not start a second time. */
static void check_early_resume(void)
{
    cyg_handle_t d = create_at(4, PRIO_LOW);

    cyg_thread_resume(d);
    CHECK(starts == 0 && state_of(d) == STATE_RUNNING);
#ifndef CYGDBG_USE_ASSERTS
    EXPECT(cyg_thread_start_cancel(d), CYG_THREAD_ESTARTED);
    CHECK(state_of(d) == STATE_RUNNING);
#endif
    let_others_run();
    CHECK(starts == 1 && state_of(d) == STATE_EXITED);
    cyg_thread_delay(6);
    CHECK(starts == 1);
    reclaim(d);
}

static void check_suspend_and_kill(void)
{
    cyg_handle_t d = create_delayed(3);

    cyg_thread_suspend(d);
    cyg_thread_delay(5);
    CHECK(starts == 0 && state_of(d) == STATE_SUSPENDED);
    cyg_thread_resume(d);
    CHECK(starts == 1);
    reclaim(d);

    d = create_delayed(3);
    cyg_thread_kill(d);
    CHECK(state_of(d) == STATE_EXITED);
    cyg_thread_delay(5);
    CHECK(starts == 0);
    reclaim(d);
}

#ifdef CYGFUN_KERNEL_THREADS_JOIN
static void joiner_entry(cyg_addrword_t data)
{
    join_result = cyg_thread_join((cyg_handle_t)data, CYG_THREAD_FOREVER);
}

/* A join waits for the start and the end; a cancel ends it too. */
static void check_joins(void)
{
    cyg_tick_count_t t0 = cyg_current_time();
    cyg_handle_t d = create_delayed(4);

    EXPECT(cyg_thread_join(d, CYG_THREAD_FOREVER), CYG_THREAD_OK);
    CHECK(starts == 1 && cyg_current_time() >= t0 + 4);

    d = create_delayed(50);
    join_result = 1;
    START_SLOT(J, PRIO_LOW, joiner_entry, d, "kdelaystart joiner");
    let_others_run();
    CHECK(join_result == 1);
    EXPECT(cyg_thread_start_cancel(d), CYG_THREAD_OK);
    let_others_run();
    EXPECT(join_result, CYG_THREAD_OK);
    CHECK(starts == 0);
    EXPECT(cyg_thread_join(handles[J], CYG_THREAD_FOREVER), CYG_THREAD_OK);
}
#endif

static void control_entry(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    check_starts_after_delay();
    check_zero_and_forever();
    check_cancel();
    check_early_resume();
    check_suspend_and_kill();
#ifdef CYGFUN_KERNEL_THREADS_JOIN
    check_joins();
#endif
    CYG_TEST_PASS_FINISH("Delayed start OK");
}

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    start_watchdog();
    run_main_thread(PRIO_CONTROL, control_entry, "kdelaystart control");
}

#else

NA_MAIN("Needs CYGFUN_KERNEL_THREADS_DELAYED_START and at least 24 priorities")

#endif
