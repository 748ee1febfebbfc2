/* kjoin - cyg_thread_join: it waits for a thread to return or be killed
 * (by the joiner or by a third thread) and deletes it, so that the same
 * cyg_thread and stack build a new thread at once, again and again; a
 * thread already ended is joined without waiting; a timeout ends the
 * wait (0: no wait at all); joining oneself, or a thread that joins the
 * caller directly or through a chain, is a deadlock error; a release
 * interrupts the wait; a joiner killed while it waits leaves the target
 * joinable. Without assertions, misuse returns its error code: join of
 * an uninitialised or garbage cyg_thread, double join (kmisuse_join and
 * kmisuse_join2 check the assertions of debug builds). */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>
#include "lifecycle.h"

#if defined(CYGFUN_KERNEL_API_C) && defined(CYGFUN_KERNEL_THREADS_JOIN) \
    && (CYGNUM_KERNEL_SCHED_PRIORITIES >= 24)

#define PRIO_HIGH    3
#define PRIO_CONTROL 10
#define PRIO_LOW     15
#define PRIO_LOWER   16
#define PRIO_LOWEST  17

enum { W, X, Y, THREAD_COUNT };

THREAD_SLOTS(THREAD_COUNT);
static cyg_sem_t sem_w, sem_x, sem_y;
static cyg_handle_t control;

static volatile int ran, got_past, on_own_stack;
static volatile int result_x, result_y;

static void return_entry(cyg_addrword_t data)
{
    char local;
    char *stack = stacks[data];

    on_own_stack = &local >= stack && &local < stack + sizeof stacks[data];
    ran++;
}

static void wait_entry(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    ran++;
    cyg_semaphore_wait(&sem_w);
    got_past++;
}

/* The thread is gone for good: id 0, off the thread list. */
static void check_deleted(cyg_handle_t thread, int threads_before)
{
    CHECK(cyg_thread_get_id(thread) == 0);
#ifdef CYGVAR_KERNEL_THREADS_LIST
    CHECK(count_threads() == threads_before);
#else
    CYG_UNUSED_PARAM(int, threads_before);
#endif
}

static int threads_now(void)
{
#ifdef CYGVAR_KERNEL_THREADS_LIST
    return count_threads();
#else
    return 0;
#endif
}

/* The joiner sleeps while a lower-priority thread runs to its end; the
 * storage then builds the next thread, five times over. */
static void check_join_and_reuse(void)
{
    int before = threads_now();
    int round;

    for (round = 0; round < 5; round++) {
        ran = 0;
        on_own_stack = 0;
        START_SLOT(W, PRIO_LOW, return_entry, W, "kjoin reuse");
        CHECK(ran == 0);
        EXPECT(cyg_thread_join(handles[W], CYG_THREAD_FOREVER), CYG_THREAD_OK);
        CHECK(ran == 1 && on_own_stack);
        check_deleted(handles[W], before);
    }
}

/* A thread that has already returned is joined at once, even by a poll. */
static void check_join_ended(void)
{
    int before = threads_now();

    ran = 0;
    START_SLOT(W, PRIO_HIGH, return_entry, W, "kjoin ended");
    CHECK(ran == 1 && state_of(handles[W]) == STATE_EXITED);
    EXPECT(cyg_thread_join(handles[W], 0), CYG_THREAD_OK);
    check_deleted(handles[W], before);
}

#ifdef CYGFUN_KERNEL_THREADS_TIMER
/* Five ticks of waiting for a blocked thread time out; a poll does not
 * wait, not even for a runnable thread of lower priority. */
static void check_timeouts(void)
{
    cyg_tick_count_t t0, waited;

    ran = got_past = 0;
    START_SLOT(W, PRIO_LOW, wait_entry, 0, "kjoin timeout");
    let_others_run();
    CHECK(ran == 1);
    t0 = cyg_current_time();
    EXPECT(cyg_thread_join(handles[W], 5), CYG_THREAD_ETIMEDOUT);
    waited = cyg_current_time() - t0;
    CHECK(waited >= 5 && waited <= 8);
    CHECK(state_of(handles[W]) == STATE_SLEEPING);
    cyg_semaphore_post(&sem_w);
    EXPECT(cyg_thread_join(handles[W], 0), CYG_THREAD_ETIMEDOUT);
    CHECK(got_past == 0);
    EXPECT(cyg_thread_join(handles[W], CYG_THREAD_FOREVER), CYG_THREAD_OK);
    CHECK(got_past == 1);
}
#endif

/* X waits for its go, then joins Y; Y waits for its go, then joins the
 * control thread, which by then joins X. */
static void x_entry(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    cyg_semaphore_wait(&sem_x);
    result_x = cyg_thread_join(handles[Y], CYG_THREAD_FOREVER);
}

static void y_entry(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    cyg_semaphore_wait(&sem_y);
    result_y = cyg_thread_join(control, CYG_THREAD_FOREVER);
}

static void check_deadlocks(void)
{
    EXPECT(cyg_thread_join(control, CYG_THREAD_FOREVER), CYG_THREAD_EDEADLK);
    EXPECT(cyg_thread_join(cyg_thread_self(), 0), CYG_THREAD_EDEADLK);

    /* Directly: Y joins the control thread, which joins Y. */
    result_y = 1;
    START_SLOT(Y, PRIO_LOW, y_entry, 0, "kjoin y");
    let_others_run();
    cyg_semaphore_post(&sem_y);
    EXPECT(cyg_thread_join(handles[Y], CYG_THREAD_FOREVER), CYG_THREAD_OK);
    EXPECT(result_y, CYG_THREAD_EDEADLK);

    /* Along a chain: control joins X, X joins Y, Y joins control. */
    result_x = result_y = 1;
    START_SLOT(X, PRIO_LOW, x_entry, 0, "kjoin x");
    START_SLOT(Y, PRIO_LOWER, y_entry, 0, "kjoin y");
    let_others_run();
    cyg_semaphore_post(&sem_x);
    cyg_semaphore_post(&sem_y);
    EXPECT(cyg_thread_join(handles[X], CYG_THREAD_FOREVER), CYG_THREAD_OK);
    EXPECT(result_x, CYG_THREAD_OK);
    EXPECT(result_y, CYG_THREAD_EDEADLK);
    CHECK(cyg_thread_get_id(handles[Y]) == 0);
}

static void killer_entry(cyg_addrword_t data)
{
    cyg_thread_kill((cyg_handle_t)data);
}

/* A killed thread asleep at a lower priority finishes its exit only when
 * it runs: the join waits for that. A third thread may do the kill. */
static void check_killed_targets(void)
{
    ran = got_past = 0;
    START_SLOT(W, PRIO_LOW, wait_entry, 0, "kjoin victim");
    let_others_run();
    cyg_thread_kill(handles[W]);
    CHECK(state_of(handles[W]) == STATE_RUNNING);
    EXPECT(cyg_thread_join(handles[W], CYG_THREAD_FOREVER), CYG_THREAD_OK);
    CHECK(got_past == 0);

    ran = got_past = 0;
    START_SLOT(W, PRIO_LOW, wait_entry, 0, "kjoin victim");
    let_others_run();
    START_SLOT(X, PRIO_LOWER, killer_entry, handles[W], "kjoin killer");
    EXPECT(cyg_thread_join(handles[W], CYG_THREAD_FOREVER), CYG_THREAD_OK);
    CHECK(ran == 1 && got_past == 0);
    EXPECT(cyg_thread_join(handles[X], CYG_THREAD_FOREVER), CYG_THREAD_OK);
}

static void releaser_entry(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    cyg_thread_release(control);
}

static void joiner_entry(cyg_addrword_t data)
{
    result_x = cyg_thread_join((cyg_handle_t)data, CYG_THREAD_FOREVER);
    got_past += 10;
}

/* A release ends the wait with EINTR; a joiner killed in its wait lets
 * the next join through. */
static void check_interrupted_joins(void)
{
    ran = got_past = 0;
    START_SLOT(W, PRIO_LOW, wait_entry, 0, "kjoin target");
    let_others_run();
    START_SLOT(X, PRIO_LOWER, releaser_entry, 0, "kjoin releaser");
    EXPECT(cyg_thread_join(handles[W], CYG_THREAD_FOREVER), CYG_THREAD_EINTR);
    CHECK(state_of(handles[W]) == STATE_SLEEPING);
    EXPECT(cyg_thread_join(handles[X], CYG_THREAD_FOREVER), CYG_THREAD_OK);

    result_x = 1;
    START_SLOT(X, PRIO_LOWER, joiner_entry, handles[W], "kjoin joiner");
    let_others_run();
    CHECK(result_x == 1 && state_of(handles[X]) == STATE_SLEEPING);
    cyg_thread_kill(handles[X]);
    let_others_run();
    CHECK(result_x == 1 && got_past == 0);
    EXPECT(cyg_thread_join(handles[W], 0), CYG_THREAD_ETIMEDOUT);
    EXPECT(cyg_thread_join(handles[X], 0), CYG_THREAD_OK);
    cyg_semaphore_post(&sem_w);
    EXPECT(cyg_thread_join(handles[W], CYG_THREAD_FOREVER), CYG_THREAD_OK);
    CHECK(got_past == 1);
}

#ifdef CYGFUN_KERNEL_THREADS_TIMER
static void nap_entry(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    cyg_thread_delay(3);
    ran++;
}

/* A target of higher priority asleep in a delay. */
static void check_higher_target(void)
{
    cyg_tick_count_t t0;

    ran = 0;
    t0 = cyg_current_time();
    START_SLOT(W, PRIO_HIGH, nap_entry, 0, "kjoin napper");
    EXPECT(cyg_thread_join(handles[W], CYG_THREAD_FOREVER), CYG_THREAD_OK);
    CHECK(ran == 1 && cyg_current_time() >= t0 + 3);
}
#endif

#ifndef CYGDBG_USE_ASSERTS
static cyg_thread never_created;
static cyg_thread garbage;

/* Without assertions, misuse is an error code and changes nothing. */
static void check_misuse_codes(void)
{
    unsigned char *byte = (unsigned char *)&garbage;
    unsigned i;

    EXPECT(cyg_thread_join((cyg_handle_t)&never_created, 0), CYG_THREAD_EINVAL);
    for (i = 0; i < sizeof garbage; i++)
        byte[i] = 0x5A;
# ifdef CYGVAR_KERNEL_THREADS_LIST
    EXPECT(cyg_thread_join((cyg_handle_t)&garbage, 0), CYG_THREAD_EINVAL);
# endif

    ran = got_past = 0;
    result_x = 1;
    START_SLOT(W, PRIO_LOW, wait_entry, 0, "kjoin target");
    START_SLOT(X, PRIO_LOWER, joiner_entry, handles[W], "kjoin joiner");
    let_others_run();
    EXPECT(cyg_thread_join(handles[W], 0), CYG_THREAD_EBUSY);
    cyg_semaphore_post(&sem_w);
    let_others_run();
    EXPECT(result_x, CYG_THREAD_OK);
    EXPECT(cyg_thread_join(handles[W], 0), CYG_THREAD_EINVAL);
    EXPECT(cyg_thread_join(handles[X], CYG_THREAD_FOREVER), CYG_THREAD_OK);
    EXPECT(cyg_thread_join(handles[X], CYG_THREAD_FOREVER), CYG_THREAD_EINVAL);
}
#endif

static void control_entry(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    control = cyg_thread_self();
    check_join_and_reuse();
    check_join_ended();
#ifdef CYGFUN_KERNEL_THREADS_TIMER
    check_timeouts();
#endif
    check_deadlocks();
    check_killed_targets();
    check_interrupted_joins();
#ifdef CYGFUN_KERNEL_THREADS_TIMER
    check_higher_target();
#endif
#ifndef CYGDBG_USE_ASSERTS
    check_misuse_codes();
#else
    CYG_TEST_INFO("misuse asserts here: see kmisuse_join, kmisuse_join2");
#endif
    CYG_TEST_PASS_FINISH("Join OK");
}

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    cyg_semaphore_init(&sem_w, 0);
    cyg_semaphore_init(&sem_x, 0);
    cyg_semaphore_init(&sem_y, 0);
    start_watchdog();
    run_main_thread(PRIO_CONTROL, control_entry, "kjoin control");
}

#else

NA_MAIN("Needs CYGFUN_KERNEL_THREADS_JOIN and at least 24 priorities")

#endif
