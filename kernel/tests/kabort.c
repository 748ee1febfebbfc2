/* kabort - the abort guarantee of cyg_thread_kill: once it returns the
 * victim never executes its own code again, whatever its state: a
 * preempted busy thread stops counting, a thread asleep on a semaphore
 * or in a delay never returns from the call (it only completes its exit,
 * and one of higher priority has done so before kill returns), a
 * suspended or new thread never starts. Also the transitions of the
 * state table in doc/lifecycle.md that kkill leaves out: suspend of an
 * exited thread, resume (restart) of an exited one, kill of an exited
 * one, resume of a runnable one. */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>
#include "lifecycle.h"

#if defined(CYGFUN_KERNEL_API_C) && defined(CYGFUN_KERNEL_THREADS_TIMER) \
    && (CYGNUM_KERNEL_SCHED_PRIORITIES >= 24)

#define PRIO_HIGH    3
#define PRIO_CONTROL 10
#define PRIO_LOW     15

enum { V, THREAD_COUNT };

THREAD_SLOTS(THREAD_COUNT);
static cyg_sem_t sem;

static volatile cyg_uint32 spins;
static volatile int entered, got_past;

static void spin_entry(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    entered++;
    for (;;)
        spins++;
}

static void wait_entry(cyg_addrword_t data)
{
    entered++;
    if (data)
        cyg_thread_delay(1000);
    else
        cyg_semaphore_wait(&sem);
    got_past++;
}

/* The victim's end frees its storage for the next victim. */
static void reclaim(void)
{
    CHECK(state_of(handles[V]) == STATE_EXITED);
#ifdef CYGFUN_KERNEL_THREADS_JOIN
    EXPECT(cyg_thread_join(handles[V], 0), CYG_THREAD_OK);
#else
    CHECK(cyg_thread_delete(handles[V]));
#endif
}

static void new_victim(cyg_priority_t pri, cyg_thread_entry_t *entry,
                       cyg_addrword_t data)
{
    entered = got_past = 0;
    spins = 0;
    CREATE_SLOT(V, pri, entry, data, "kabort victim");
}

/* Preempted in the middle of its loop by the control thread's wake-up,
 * the victim is killed: its counter never moves again, though it would
 * have the CPU to itself. */
static void check_preempted_runner(void)
{
    cyg_uint32 at_kill;

    new_victim(PRIO_LOW, spin_entry, 0);
    cyg_thread_resume(handles[V]);
    cyg_thread_delay(2);
    CHECK(entered == 1 && spins > 0);
    CHECK(state_of(handles[V]) == STATE_RUNNING);
    cyg_thread_kill(handles[V]);
    at_kill = spins;
    CHECK(state_of(handles[V]) == STATE_EXITED);
    cyg_thread_delay(3);
    CHECK(spins == at_kill);
    reclaim();
}

/* Asleep at a lower priority, the victim is runnable once killed, with
 * its exit pending; when it runs, it completes the exit and never
 * returns from its blocking call, although it would not block again. */
static void check_sleeping_lower(cyg_addrword_t in_delay)
{
    new_victim(PRIO_LOW, wait_entry, in_delay);
    cyg_thread_resume(handles[V]);
    let_others_run();
    CHECK(entered == 1 && state_of(handles[V]) == STATE_SLEEPING);
    cyg_thread_kill(handles[V]);
    CHECK(state_of(handles[V]) == STATE_RUNNING);
    cyg_semaphore_post(&sem);
    let_others_run();
    CHECK(got_past == 0);
    reclaim();
    cyg_semaphore_init(&sem, 0);
}

/* Of higher priority, it has finished its exit when kill returns. */
static void check_sleeping_higher(void)
{
    new_victim(PRIO_HIGH, wait_entry, 0);
    cyg_thread_resume(handles[V]);
    CHECK(entered == 1 && state_of(handles[V]) == STATE_SLEEPING);
    cyg_thread_kill(handles[V]);
    CHECK(state_of(handles[V]) == STATE_EXITED && got_past == 0);
    reclaim();
}

/* Asleep and suspended, or suspended and never started: same end. */
static void check_suspended(void)
{
    new_victim(PRIO_LOW, wait_entry, 1);
    cyg_thread_resume(handles[V]);
    let_others_run();
    cyg_thread_suspend(handles[V]);
    CHECK(state_of(handles[V]) == (STATE_SLEEPING | STATE_SUSPENDED));
    cyg_thread_kill(handles[V]);
    let_others_run();
    CHECK(got_past == 0);
    reclaim();

    new_victim(PRIO_HIGH, spin_entry, 0);
    cyg_thread_suspend(handles[V]);
    cyg_thread_kill(handles[V]);
    CHECK(state_of(handles[V]) == STATE_EXITED);
    cyg_thread_delay(2);
    CHECK(entered == 0);
    reclaim();
}

/* The other rows of the state table. */
static void check_table(void)
{
    new_victim(PRIO_HIGH, wait_entry, 0);
    cyg_thread_resume(handles[V]);
    CHECK(state_of(handles[V]) == STATE_SLEEPING);
    cyg_semaphore_post(&sem);
    CHECK(got_past == 1 && state_of(handles[V]) == STATE_EXITED);
    cyg_thread_kill(handles[V]);                    /* exited: no effect */
    CHECK(state_of(handles[V]) == STATE_EXITED);
    cyg_thread_suspend(handles[V]);                 /* counted */
    CHECK(state_of(handles[V]) == (STATE_EXITED | STATE_SUSPENDED));
    cyg_thread_resume(handles[V]);                  /* restart */
    CHECK(entered == 2 && state_of(handles[V]) == STATE_SLEEPING);
    cyg_thread_resume(handles[V]);                  /* count 0: no effect */
    CHECK(state_of(handles[V]) == STATE_SLEEPING);
    cyg_thread_kill(handles[V]);
    CHECK(got_past == 1);
    reclaim();
}

static void control_entry(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    check_preempted_runner();
    check_sleeping_lower(0);
    check_sleeping_lower(1);
    check_sleeping_higher();
    check_suspended();
    check_table();
    CYG_TEST_PASS_FINISH("Abort guarantee OK");
}

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    cyg_semaphore_init(&sem, 0);
    start_watchdog();
    run_main_thread(PRIO_CONTROL, control_entry, "kabort control");
}

#else

NA_MAIN("Needs the kernel C API, thread timers and at least 24 priorities")

#endif
