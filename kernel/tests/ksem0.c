/* ksem0 - counting semaphores used by a single thread: init with any
 * value (negative included), trywait, post, peek, wait that does not
 * block, and timed waits whose deadline has already passed. */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>
#include "testaux.h"

#ifdef CYGFUN_KERNEL_API_C

static cyg_sem_t sem_a, sem_b;

static cyg_count32 count_of(cyg_sem_t *sem)
{
    cyg_count32 value = 12345;

    cyg_semaphore_peek(sem, &value);
    return value;
}

static void check_zero_start(void)
{
    cyg_semaphore_init(&sem_a, 0);
    CHECK(count_of(&sem_a) == 0);
    CHECK(!cyg_semaphore_trywait(&sem_a));
    CHECK(count_of(&sem_a) == 0);

    cyg_semaphore_post(&sem_a);
    CHECK(count_of(&sem_a) == 1);
    CHECK(cyg_semaphore_trywait(&sem_a));
    CHECK(count_of(&sem_a) == 0);
    CHECK(!cyg_semaphore_trywait(&sem_a));
    cyg_semaphore_destroy(&sem_a);
}

static void check_positive_start(void)
{
    int i;

    cyg_semaphore_init(&sem_a, 5);
    CHECK(count_of(&sem_a) == 5);
    for (i = 5; i > 0; i--) {
        CHECK(cyg_semaphore_trywait(&sem_a));
        CHECK(count_of(&sem_a) == i - 1);
    }
    CHECK(!cyg_semaphore_trywait(&sem_a));
    CHECK(count_of(&sem_a) == 0);

    for (i = 1; i <= 3; i++) {
        cyg_semaphore_post(&sem_a);
        CHECK(count_of(&sem_a) == i);
    }
    /* The count is available, so wait must return at once. */
    CHECK(cyg_semaphore_wait(&sem_a));
    CHECK(cyg_semaphore_wait(&sem_a));
    CHECK(count_of(&sem_a) == 1);
    cyg_semaphore_destroy(&sem_a);
}

/* Only a zero count blocks: a negative count is decremented further by
 * wait, and trywait (which needs a positive count) refuses it. */
static void check_negative_start(void)
{
    cyg_semaphore_init(&sem_a, -3);
    CHECK(count_of(&sem_a) == -3);
    CHECK(!cyg_semaphore_trywait(&sem_a));
    CHECK(count_of(&sem_a) == -3);

    cyg_semaphore_post(&sem_a);
    CHECK(count_of(&sem_a) == -2);

    CHECK(cyg_semaphore_wait(&sem_a));
    CHECK(count_of(&sem_a) == -3);

    cyg_semaphore_post(&sem_a);
    cyg_semaphore_post(&sem_a);
    cyg_semaphore_post(&sem_a);
    CHECK(count_of(&sem_a) == 0);
    CHECK(!cyg_semaphore_trywait(&sem_a));
    cyg_semaphore_post(&sem_a);
    CHECK(cyg_semaphore_trywait(&sem_a));
    cyg_semaphore_destroy(&sem_a);
}

static void check_independent_objects(void)
{
    cyg_semaphore_init(&sem_a, 2);
    cyg_semaphore_init(&sem_b, 7);
    CHECK(cyg_semaphore_trywait(&sem_a));
    cyg_semaphore_post(&sem_b);
    CHECK(count_of(&sem_a) == 1);
    CHECK(count_of(&sem_b) == 8);
    cyg_semaphore_destroy(&sem_a);
    cyg_semaphore_destroy(&sem_b);
}

#ifdef CYGFUN_KERNEL_THREADS_TIMER
/* A deadline at or before "now" never sleeps: it fails on a zero count
 * and succeeds when the count is positive. */
static void check_timed_wait_past_deadline(void)
{
    cyg_tick_count_t now;

    cyg_semaphore_init(&sem_a, 0);
    now = cyg_current_time();
    CHECK(!cyg_semaphore_timed_wait(&sem_a, now));
    CHECK(count_of(&sem_a) == 0);
    if (now > 0)
        CHECK(!cyg_semaphore_timed_wait(&sem_a, now - 1));
    CHECK(count_of(&sem_a) == 0);

    cyg_semaphore_post(&sem_a);
    cyg_semaphore_post(&sem_a);
    CHECK(cyg_semaphore_timed_wait(&sem_a, cyg_current_time()));
    CHECK(count_of(&sem_a) == 1);
    CHECK(cyg_semaphore_timed_wait(&sem_a, 0));
    CHECK(count_of(&sem_a) == 0);
    CHECK(!cyg_semaphore_timed_wait(&sem_a, 0));
    cyg_semaphore_destroy(&sem_a);
}

/* With a count available a future deadline does not matter either. */
static void check_timed_wait_available(void)
{
    cyg_tick_count_t deadline;

    cyg_semaphore_init(&sem_a, 1);
    deadline = cyg_current_time() + 1000;
    CHECK(cyg_semaphore_timed_wait(&sem_a, deadline));
    CHECK(count_of(&sem_a) == 0);
    cyg_semaphore_destroy(&sem_a);
}

/* Alone in the system, a timed wait on zero returns false once the
 * deadline has been reached, and not before. */
static void check_timed_wait_expires(void)
{
    cyg_tick_count_t deadline;

    cyg_semaphore_init(&sem_a, 0);
    deadline = cyg_current_time() + 3;
    CHECK(!cyg_semaphore_timed_wait(&sem_a, deadline));
    CHECK(cyg_current_time() >= deadline);
    CHECK(count_of(&sem_a) == 0);
    cyg_semaphore_destroy(&sem_a);
}
#endif

static void ksem0_main(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);

    check_zero_start();
    check_positive_start();
    check_negative_start();
    check_independent_objects();
#ifdef CYGFUN_KERNEL_THREADS_TIMER
    check_timed_wait_past_deadline();
    check_timed_wait_available();
    check_timed_wait_expires();
#else
    CYG_TEST_INFO("timed waits not configured: not tested");
#endif
    CYG_TEST_PASS_FINISH("Kernel C API semaphore 0 OK");
}

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    start_watchdog();
    run_main_thread(4, ksem0_main, "ksem0");
}

#else /* !CYGFUN_KERNEL_API_C */

NA_MAIN("Kernel C API layer disabled")

#endif
