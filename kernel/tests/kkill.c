/* kkill - cyg_thread_kill and cyg_thread_delete on a thread in every
 * state: runnable (never ran), suspended (count one or more), sleeping in
 * a delay or on a semaphore, sleeping and suspended, exited, and the
 * caller itself. A sleeping victim of lower priority exits only when it
 * next runs, so delete answers false until then and true afterwards; a
 * higher-priority victim is gone by the time delete returns. A killed
 * victim never returns into its own code, and its cancelled timer does
 * not disturb the next thread built in the same storage. */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>
#include "testaux.h"

#if defined(CYGFUN_KERNEL_API_C) && (CYGNUM_KERNEL_SCHED_PRIORITIES >= 24)

#define PRIO_HIGH_VICTIM 3
#define PRIO_CONTROL     5
#define PRIO_VICTIM      10
#define LONG_DELAY       50
#define SHORT_DELAY      6
#define NAP              10

enum { VICTIM, THREAD_COUNT };

/* What a victim does before it would sleep, and whether it got past. */
enum { DO_RETURN, DO_DELAY, DO_SHORT_DELAY, DO_WAIT, DO_KILL_SELF, DO_TIMED_NAP };

THREAD_SLOTS(THREAD_COUNT);
static cyg_sem_t sem;

static volatile int started, got_past;
static volatile cyg_tick_count_t nap_start, nap_end;

static void victim_entry(cyg_addrword_t data)
{
    started++;
    switch (data) {
    case DO_RETURN:
        break;
#ifdef CYGFUN_KERNEL_THREADS_TIMER
    case DO_DELAY:
        cyg_thread_delay(LONG_DELAY);
        break;
    case DO_SHORT_DELAY:
        cyg_thread_delay(SHORT_DELAY);
        break;
    case DO_TIMED_NAP:
        nap_start = cyg_current_time();
        cyg_thread_delay(NAP);
        nap_end = cyg_current_time();
        break;
#endif
    case DO_WAIT:
        cyg_semaphore_wait(&sem);
        break;
    case DO_KILL_SELF:
        cyg_thread_kill(cyg_thread_self());
        break;
    }
    got_past++;
}

/* A fresh victim in the same storage each time. */
static cyg_handle_t new_victim(cyg_priority_t pri, int action)
{
    started = 0;
    got_past = 0;
    CREATE_SLOT(VICTIM, pri, victim_entry, action, "victim");
    return handles[VICTIM];
}

static void delete_victim(cyg_handle_t victim)
{
    CHECK(cyg_thread_delete(victim));
    CHECK(cyg_thread_get_id(victim) == 0);
}

static void check_runnable_and_suspended(void)
{
    cyg_handle_t v;

    v = new_victim(PRIO_VICTIM, DO_RETURN);         /* runnable, never ran */
    cyg_thread_resume(v);
    CHECK(state_of(v) == STATE_RUNNING);
    cyg_thread_kill(v);
    CHECK(state_of(v) == STATE_EXITED);
    let_others_run();
    CHECK(started == 0);
    delete_victim(v);

    v = new_victim(PRIO_VICTIM, DO_RETURN);         /* suspended, count 3 */
    cyg_thread_suspend(v);
    cyg_thread_suspend(v);
    cyg_thread_kill(v);
    CHECK(state_of(v) == STATE_EXITED);
    let_others_run();
    CHECK(started == 0);
    delete_victim(v);

    v = new_victim(PRIO_VICTIM, DO_RETURN);         /* delete kills first */
    cyg_thread_resume(v);
    delete_victim(v);
    let_others_run();
    CHECK(started == 0);
}

static void check_exited_and_self(void)
{
    cyg_handle_t v;

    v = new_victim(PRIO_VICTIM, DO_RETURN);
    cyg_thread_resume(v);
    let_others_run();
    CHECK(started == 1 && got_past == 1);
    CHECK(state_of(v) == STATE_EXITED);
    cyg_thread_kill(v);                             /* no effect */
    CHECK(state_of(v) == STATE_EXITED);
    delete_victim(v);

    v = new_victim(PRIO_VICTIM, DO_KILL_SELF);
    cyg_thread_resume(v);
    let_others_run();
    CHECK(started == 1 && got_past == 0);
    CHECK(state_of(v) == STATE_EXITED);
    delete_victim(v);
}

/* A lower-priority victim asleep on a semaphore: killing wakes it, but it
 * exits only when it gets the CPU; deleting it before then says false. */
static void check_sleeping_on_semaphore(void)
{
    cyg_handle_t v = new_victim(PRIO_VICTIM, DO_WAIT);
    cyg_count32 count;

    cyg_thread_resume(v);
    let_others_run();
    CHECK(started == 1 && state_of(v) == STATE_SLEEPING);
    cyg_thread_kill(v);
    CHECK((state_of(v) & STATE_EXITED) == 0);
    let_others_run();
    CHECK(state_of(v) == STATE_EXITED);
    CHECK(got_past == 0);
    delete_victim(v);

    v = new_victim(PRIO_VICTIM, DO_WAIT);
    cyg_thread_resume(v);
    let_others_run();
    CHECK(started == 1 && state_of(v) == STATE_SLEEPING);
    CHECK(!cyg_thread_delete(v));
    CHECK(cyg_thread_get_id(v) != 0);
    let_others_run();
    CHECK(state_of(v) == STATE_EXITED);
    CHECK(got_past == 0);
    cyg_semaphore_peek(&sem, &count);
    CHECK(count == 0);
    delete_victim(v);

    /* Higher priority: it exits inside the delete, which succeeds. */
    v = new_victim(PRIO_HIGH_VICTIM, DO_WAIT);
    cyg_thread_resume(v);
    CHECK(started == 1 && state_of(v) == STATE_SLEEPING);
    delete_victim(v);
    CHECK(got_past == 0);
}

#ifdef CYGFUN_KERNEL_THREADS_TIMER
static void check_sleeping_in_delay(void)
{
    cyg_handle_t v = new_victim(PRIO_VICTIM, DO_DELAY);

    cyg_thread_resume(v);
    let_others_run();
    CHECK(started == 1 && state_of(v) == STATE_SLEEPING);
    CHECK(!cyg_thread_delete(v));
    let_others_run();
    CHECK(state_of(v) == STATE_EXITED && got_past == 0);
    delete_victim(v);

    /* Asleep and suspended twice: kill clears the suspension too. */
    v = new_victim(PRIO_VICTIM, DO_DELAY);
    cyg_thread_resume(v);
    let_others_run();
    cyg_thread_suspend(v);
    cyg_thread_suspend(v);
    CHECK(state_of(v) == (STATE_SLEEPING | STATE_SUSPENDED));
    cyg_thread_kill(v);
    let_others_run();
    CHECK(state_of(v) == STATE_EXITED && got_past == 0);
    delete_victim(v);
}

/* The first victim is deleted 2 ticks into a 6-tick delay; the next
 * thread built in the same storage naps 10 ticks: the old timer, which
 * would have expired during the nap, must be gone. */
static void check_timer_cancelled(void)
{
    cyg_handle_t v = new_victim(PRIO_HIGH_VICTIM, DO_SHORT_DELAY);
    cyg_tick_count_t killed_at;

    cyg_thread_resume(v);
    CHECK(started == 1 && state_of(v) == STATE_SLEEPING);
    cyg_thread_delay(2);
    killed_at = cyg_current_time();
    delete_victim(v);
    CHECK(got_past == 0);
    v = new_victim(PRIO_HIGH_VICTIM, DO_TIMED_NAP);
    cyg_thread_resume(v);
    CHECK(started == 1);
    cyg_thread_delay(NAP + 2);
    CHECK(got_past == 1);
    CHECK(nap_start >= killed_at);
    CHECK(nap_end >= nap_start + NAP);
    delete_victim(v);
}
#endif /* CYGFUN_KERNEL_THREADS_TIMER */

static void control_entry(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    check_runnable_and_suspended();
    check_exited_and_self();
    check_sleeping_on_semaphore();
#ifdef CYGFUN_KERNEL_THREADS_TIMER
    check_sleeping_in_delay();
    check_timer_cancelled();
#else
    CYG_TEST_INFO("no thread timers: victims asleep in a delay not tested");
#endif
    CYG_TEST_PASS_FINISH("Kill and delete OK");
}

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    cyg_semaphore_init(&sem, 0);
    start_watchdog();
    run_main_thread(PRIO_CONTROL, control_entry, "kkill control");
}

#else

NA_MAIN("Needs the kernel C API and at least 24 priorities")

#endif
