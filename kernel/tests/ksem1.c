/* ksem1 - counting semaphores between threads: wait blocks on a zero
 * count, each post wakes one waiter in queue order (FIFO, or priority
 * order with sorted queues / the bitmap scheduler), a timed wait times
 * out or is satisfied, and cyg_thread_release makes wait return false. */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>
#include "testaux.h"

#if defined(CYGFUN_KERNEL_API_C) && defined(CYGFUN_KERNEL_THREADS_TIMER) \
    && defined(CYGNUM_KERNEL_SCHED_PRIORITIES) && (CYGNUM_KERNEL_SCHED_PRIORITIES >= 24)

#define PRIO_CONTROL    20

/* Thread slots: the three queued waiters first, then the helpers. */
enum { W0, W1, W2, TIMEOUT_WAITER, TIMED_WAITER, RELEASE_WAITER, THREAD_COUNT };

THREAD_SLOTS(THREAD_COUNT);

static cyg_sem_t sem;
static cyg_sem_t done;

/* Queued waiters get priorities whose order differs from their arrival
 * order, so that FIFO and priority-ordered queues give different
 * results. */
static const cyg_priority_t waiter_prio[3] = { 10, 8, 12 };

static volatile int started[3];
static volatile int wake_order[3];
static volatile int woken;

static volatile cyg_bool_t timed_result;
static volatile cyg_tick_count_t timed_deadline, timed_return_time;
static volatile cyg_bool_t release_result;
static volatile int release_returned;

static cyg_count32 count_of(cyg_sem_t *s)
{
    cyg_count32 value;

    cyg_semaphore_peek(s, &value);
    return value;
}

static void queued_waiter(cyg_addrword_t data)
{
    int me = (int)data;

    started[me] = 1;
    CHECK(cyg_semaphore_wait(&sem));
    wake_order[woken++] = me;
}

static void timeout_waiter(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    timed_deadline = cyg_current_time() + 3;
    timed_result = cyg_semaphore_timed_wait(&sem, timed_deadline);
    timed_return_time = cyg_current_time();
    cyg_semaphore_post(&done);
}

static void timed_waiter(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    timed_result = cyg_semaphore_timed_wait(&sem, cyg_current_time() + 200);
    cyg_semaphore_post(&done);
}

static void release_waiter(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    release_result = cyg_semaphore_wait(&sem);
    release_returned = 1;
}

/* Each waiter has a higher priority than the controller, so resuming it
 * runs it until it blocks, and posting runs the woken one at once. */
static void check_wake_order(void)
{
#if defined(CYGIMP_KERNEL_SCHED_SORTED_QUEUES) || defined(CYGSEM_KERNEL_SCHED_BITMAP)
    static const int expected[3] = { W1, W0, W2 };
#else
    static const int expected[3] = { W0, W1, W2 };
#endif
    int i;

    for (i = 0; i < 3; i++) {
        CREATE_SLOT(i, waiter_prio[i], queued_waiter, (cyg_addrword_t)i, "waiter");
        cyg_thread_resume(handles[i]);
        CHECK(started[i]);
        CHECK(woken == 0);
        CHECK(state_of(handles[i]) & STATE_SLEEPING);
    }
    CHECK(count_of(&sem) == 0);

    for (i = 0; i < 3; i++) {
        cyg_semaphore_post(&sem);
        CHECK(woken == i + 1);
        CHECK(wake_order[i] == expected[i]);
        CHECK(count_of(&sem) == 0);
    }
    for (i = 0; i < 3; i++)
        CHECK(state_of(handles[i]) & STATE_EXITED);
}

static void check_post_without_waiter(void)
{
    cyg_semaphore_post(&sem);
    CHECK(count_of(&sem) == 1);
    CHECK(cyg_semaphore_wait(&sem));
    CHECK(count_of(&sem) == 0);
}

static void check_timeout(void)
{
    CREATE_SLOT(TIMEOUT_WAITER, 9, timeout_waiter, 0, "timeout");
    timed_result = true;
    cyg_thread_resume(handles[TIMEOUT_WAITER]);
    CHECK(state_of(handles[TIMEOUT_WAITER]) & STATE_SLEEPING);
    CHECK(cyg_semaphore_wait(&done));
    CHECK(!timed_result);
    CHECK(timed_return_time >= timed_deadline);
    CHECK(count_of(&sem) == 0);
}

static void check_timed_wait_satisfied(void)
{
    CREATE_SLOT(TIMED_WAITER, 7, timed_waiter, 0, "timed");
    timed_result = false;
    cyg_thread_resume(handles[TIMED_WAITER]);
    CHECK(state_of(handles[TIMED_WAITER]) & STATE_SLEEPING);
    cyg_semaphore_post(&sem);
    CHECK(cyg_semaphore_wait(&done));
    CHECK(timed_result);
    CHECK(count_of(&sem) == 0);
}

static void check_release(void)
{
    CREATE_SLOT(RELEASE_WAITER, 11, release_waiter, 0, "release");
    release_result = true;
    cyg_thread_resume(handles[RELEASE_WAITER]);
    CHECK(!release_returned);
    cyg_thread_release(handles[RELEASE_WAITER]);
    CHECK(release_returned);
    CHECK(!release_result);
    CHECK(count_of(&sem) == 0);
}

static void control(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);

    cyg_semaphore_init(&sem, 0);
    cyg_semaphore_init(&done, 0);

    check_wake_order();
    check_post_without_waiter();
    check_timeout();
    check_timed_wait_satisfied();
    check_release();

    cyg_semaphore_destroy(&sem);
    cyg_semaphore_destroy(&done);
    CYG_TEST_PASS_FINISH("Kernel C API semaphore 1 OK");
}

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    start_watchdog();
    run_main_thread(PRIO_CONTROL, control, "control");
}

#else

# ifndef CYGFUN_KERNEL_API_C
NA_MAIN("Kernel C API layer disabled")
# elif !defined(CYGFUN_KERNEL_THREADS_TIMER)
NA_MAIN("Kernel threads timer disabled")
# else
NA_MAIN("Needs at least 24 scheduler priorities")
# endif

#endif
