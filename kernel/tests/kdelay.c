/* kdelay - cyg_thread_delay: delay(0) returns at once without giving the
 * CPU to a lower priority but puts the caller behind its equal-priority
 * peers (multi-level queue scheduler); delay(n) lasts at least n ticks,
 * also when the sleeper is suspended meanwhile (it then stays suspended);
 * cyg_thread_release cuts a delay short and does nothing to a thread that
 * is not asleep. */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>
#include "runorder.h"

#if defined(CYGFUN_KERNEL_API_C) && defined(CYGFUN_KERNEL_THREADS_TIMER) \
    && (CYGNUM_KERNEL_SCHED_PRIORITIES >= 24)

#define PRIO_HIGH    3
#define PRIO_SLEEPER 5
#define PRIO_CONTROL 10
#define PRIO_PEERS   12
#define PRIO_LOW     20
#define LONG_DELAY   50

enum { A, B, HIGH, SLEEPER, THREAD_COUNT };

THREAD_SLOTS(THREAD_COUNT);

static volatile cyg_tick_count_t slept_from, slept_until;
static volatile int sleeper_done;

#ifdef CYGSEM_KERNEL_SCHED_MLQUEUE
/* Marks 1 and 2 around an optional delay(0), then lets HIGH preempt it;
 * when HIGH is done the head of the queue runs: B if the delay(0) moved
 * A behind it, A otherwise. */
static void a_entry(cyg_addrword_t data)
{
    mark('1');
    if (data)
        cyg_thread_delay(0);
    mark('2');
    cyg_thread_resume(handles[HIGH]);
    mark('3');
}

static void run_peers(cyg_bool_t with_zero_delay)
{
    CREATE_SLOT(A, PRIO_PEERS, a_entry, with_zero_delay, "kdelay");
    CREATE_SLOT(B, PRIO_PEERS, mark_entry, 'B', "kdelay");
    CREATE_SLOT(HIGH, PRIO_HIGH, mark_entry, 'h', "kdelay");
    trace_len = 0;
    cyg_scheduler_lock();
    cyg_thread_resume(handles[A]);
    cyg_thread_resume(handles[B]);
    cyg_scheduler_unlock();
    let_others_run();
    delete_threads(handles, A, HIGH);
}

static void check_zero_delay_requeues(void)
{
    run_peers(false);
    expect_trace("12h3B");
    run_peers(true);
    expect_trace("12hB3");
}
#endif

/* Alone at its priority, delay(0) does not let lower priorities in. */
static void check_zero_delay_alone(void)
{
    CREATE_SLOT(A, PRIO_LOW, mark_entry, 'L', "kdelay");
    trace_len = 0;
    cyg_thread_resume(handles[A]);
    cyg_thread_delay(0);
    expect_trace("");
    let_others_run();
    expect_trace("L");
    delete_threads(handles, A, A);
}

static void check_delay_lengths(void)
{
    cyg_tick_count_t n, before;

    for (n = 1; n <= 4; n++) {
        before = cyg_current_time();
        cyg_thread_delay(n);
        CHECK(cyg_current_time() >= before + n);
    }
}

static void sleeper_entry(cyg_addrword_t data)
{
    slept_from = cyg_current_time();
    cyg_thread_delay(data);
    slept_until = cyg_current_time();
    sleeper_done = 1;
}

static void start_sleeper(cyg_tick_count_t ticks)
{
    sleeper_done = 0;
    CREATE_SLOT(SLEEPER, PRIO_SLEEPER, sleeper_entry, ticks, "kdelay");
    cyg_thread_resume(handles[SLEEPER]);
    CHECK(!sleeper_done && state_of(handles[SLEEPER]) == STATE_SLEEPING);
}

static void check_release(void)
{
    start_sleeper(LONG_DELAY);
    cyg_thread_delay(2);
    CHECK(!sleeper_done);
    cyg_thread_release(handles[SLEEPER]);
    CHECK(sleeper_done);                /* higher priority: ran at once */
    CHECK(slept_until >= slept_from + 2);
    CHECK(slept_until < slept_from + LONG_DELAY);
    delete_threads(handles, SLEEPER, SLEEPER);

    /* Released before it sleeps: nothing is remembered. */
    sleeper_done = 0;
    CREATE_SLOT(SLEEPER, PRIO_SLEEPER, sleeper_entry, 3, "kdelay");
    cyg_thread_release(handles[SLEEPER]);
    cyg_thread_resume(handles[SLEEPER]);
    cyg_thread_delay(5);
    CHECK(sleeper_done);
    CHECK(slept_until >= slept_from + 3);
    delete_threads(handles, SLEEPER, SLEEPER);
}

/* The delay ends while the sleeper is suspended: it stays suspended, and
 * runs when resumed. */
static void check_suspended_sleeper(void)
{
    start_sleeper(2);
    cyg_thread_suspend(handles[SLEEPER]);
    CHECK(state_of(handles[SLEEPER]) == (STATE_SLEEPING | STATE_SUSPENDED));
    cyg_thread_delay(4);
    CHECK(!sleeper_done);
    CHECK(state_of(handles[SLEEPER]) == STATE_SUSPENDED);
    cyg_thread_resume(handles[SLEEPER]);
    CHECK(sleeper_done);
    CHECK(state_of(handles[SLEEPER]) == STATE_EXITED);
    CHECK(slept_until >= slept_from + 4);
    delete_threads(handles, SLEEPER, SLEEPER);
}

static void control_entry(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
#ifdef CYGSEM_KERNEL_SCHED_MLQUEUE
    check_zero_delay_requeues();
#else
    CYG_TEST_INFO("one thread per priority: delay(0) among peers not tested");
#endif
    check_zero_delay_alone();
    check_delay_lengths();
    check_release();
    check_suspended_sleeper();
    CYG_TEST_PASS_FINISH("Thread delay OK");
}

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    start_watchdog();
    run_main_thread(PRIO_CONTROL, control_entry, "kdelay");
}

#else

NA_MAIN("Needs the kernel C API, thread timers and 24 priorities")

#endif
