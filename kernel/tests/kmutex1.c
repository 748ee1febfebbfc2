/* kmutex1 - mutexes and condition variables between threads: a
 * producer/consumer pair through a bounded buffer, cond_signal waking
 * one waiter and cond_broadcast all of them, a woken waiter re-taking
 * the mutex only once it is free, a contended lock, cyg_mutex_release
 * making blocked lock calls return false, and cyg_thread_release ending
 * a cond_wait with false and the mutex held. */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>
#include "testaux.h"

#if defined(CYGFUN_KERNEL_SYNCH_MUTEX) && defined(CYGFUN_KERNEL_SYNCH_CONDVAR) \
    && defined(CYGNUM_KERNEL_SCHED_PRIORITIES) && (CYGNUM_KERNEL_SCHED_PRIORITIES >= 24)

#define PRIO_CONTROL    20

#define BUFFER_SIZE     4
#define ITEMS           100

/* Every thread has its own priority, all above the controller's. */
enum { PRODUCER, CONSUMER, S0, S1, S2, S3, S4, CONTENDER, R0, R1, RELEASED,
       THREAD_COUNT };
static const cyg_priority_t prio_of[THREAD_COUNT] = {
    10, 11, 12, 13, 14, 15, 16, 9, 8, 7, 6
};

THREAD_SLOTS(THREAD_COUNT);

static cyg_mutex_t mx;
static cyg_cond_t not_full, not_empty, cond;
static cyg_sem_t done;

static int buffer[BUFFER_SIZE];
static int buffer_count, buffer_in, buffer_out, buffer_max;
static volatile int producer_waits;

static volatile int ready, woken, wait_failures;
static volatile int lock_results[THREAD_COUNT];
static volatile int lock_returned[THREAD_COUNT];
static volatile int held_after_release;

static void start(int slot, cyg_thread_entry_t *entry)
{
    START_SLOT(slot, prio_of[slot], entry, slot, "kmutex1");
}

static cyg_bool_t is_sleeping(int slot)
{
    return (state_of(handles[slot]) & STATE_SLEEPING) != 0;
}

static void producer(cyg_addrword_t data)
{
    int i;

    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    for (i = 0; i < ITEMS; i++) {
        CHECK(cyg_mutex_lock(&mx));
        while (buffer_count == BUFFER_SIZE) {
            producer_waits++;
            CHECK(cyg_cond_wait(&not_full));
        }
        buffer[buffer_in] = i;
        buffer_in = (buffer_in + 1) % BUFFER_SIZE;
        buffer_count++;
        if (buffer_count > buffer_max)
            buffer_max = buffer_count;
        cyg_cond_signal(&not_empty);
        cyg_mutex_unlock(&mx);
    }
    cyg_semaphore_post(&done);
}

static void consumer(cyg_addrword_t data)
{
    int i;

    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    for (i = 0; i < ITEMS; i++) {
        CHECK(cyg_mutex_lock(&mx));
        while (buffer_count == 0)
            CHECK(cyg_cond_wait(&not_empty));
        CHECK(buffer[buffer_out] == i);
        buffer_out = (buffer_out + 1) % BUFFER_SIZE;
        buffer_count--;
        cyg_cond_signal(&not_full);
        cyg_mutex_unlock(&mx);
    }
    cyg_semaphore_post(&done);
}

static void check_producer_consumer(void)
{
    start(PRODUCER, producer);
    start(CONSUMER, consumer);
    CHECK(cyg_semaphore_wait(&done));
    CHECK(cyg_semaphore_wait(&done));
    CHECK(buffer_count == 0);
    CHECK(buffer_max == BUFFER_SIZE);
    CHECK(producer_waits > 0);
}

/* Counts its wake-up while still holding the mutex it re-took. */
static void cond_waiter(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    CHECK(cyg_mutex_lock(&mx));
    ready++;
    if (!cyg_cond_wait(&cond))
        wait_failures++;
    woken++;
    cyg_mutex_unlock(&mx);
}

static void check_signal_and_broadcast(void)
{
    ready = woken = 0;
    start(S0, cond_waiter);
    start(S1, cond_waiter);
    start(S2, cond_waiter);
    CHECK(ready == 3);
    CHECK(woken == 0);

    cyg_cond_signal(&cond);
    CHECK(woken == 1);
    CHECK(is_sleeping(S1));
    CHECK(is_sleeping(S2));

    cyg_cond_broadcast(&cond);
    CHECK(woken == 3);

    /* A signal nobody waits for is not remembered. */
    cyg_cond_signal(&cond);
    cyg_cond_broadcast(&cond);
    start(S3, cond_waiter);
    CHECK(ready == 4);
    CHECK(woken == 3);
    cyg_cond_broadcast(&cond);
    CHECK(woken == 4);
    CHECK(wait_failures == 0);
}

/* Signalled while the controller holds the mutex, the waiter cannot
 * return from cond_wait before the controller unlocks. */
static void check_wakeup_needs_mutex(void)
{
    start(S4, cond_waiter);
    CHECK(ready == 5);
    CHECK(cyg_mutex_lock(&mx));
    cyg_cond_signal(&cond);
    CHECK(woken == 4);
    cyg_mutex_unlock(&mx);
    CHECK(woken == 5);
    CHECK(wait_failures == 0);
}

static void locker(cyg_addrword_t data)
{
    int me = (int)data;

    lock_results[me] = cyg_mutex_lock(&mx);
    lock_returned[me] = 1;
    if (lock_results[me])
        cyg_mutex_unlock(&mx);
}

static void check_contended_lock(void)
{
    CHECK(cyg_mutex_lock(&mx));
    start(CONTENDER, locker);
    CHECK(!lock_returned[CONTENDER]);
    CHECK(is_sleeping(CONTENDER));
    cyg_mutex_unlock(&mx);
    CHECK(lock_returned[CONTENDER]);
    CHECK(lock_results[CONTENDER]);
    CHECK(cyg_mutex_trylock(&mx));
    cyg_mutex_unlock(&mx);
}

/* release breaks every waiter out with false; the owner keeps it. With
 * priority inheritance the owner also keeps the boost its waiters gave
 * it until it unlocks, so only then are the woken waiters sure to have
 * run. */
static void check_mutex_release(void)
{
    CHECK(cyg_mutex_lock(&mx));
    start(R0, locker);
    start(R1, locker);
    CHECK(!lock_returned[R0] && !lock_returned[R1]);

    cyg_mutex_release(&mx);
    CHECK(!cyg_mutex_trylock(&mx));
    cyg_mutex_unlock(&mx);
    CHECK(lock_returned[R0] && lock_returned[R1]);
    CHECK(!lock_results[R0] && !lock_results[R1]);
    CHECK(cyg_mutex_trylock(&mx));
    cyg_mutex_unlock(&mx);
}

static void released_waiter(cyg_addrword_t data)
{
    int me = (int)data;

    CHECK(cyg_mutex_lock(&mx));
    lock_results[me] = cyg_cond_wait(&cond);
    /* The mutex is ours again: nobody can take it. */
    held_after_release = !cyg_mutex_trylock(&mx);
    lock_returned[me] = 1;
    cyg_mutex_unlock(&mx);
}

static void check_thread_release_in_cond_wait(void)
{
    lock_results[RELEASED] = true;
    start(RELEASED, released_waiter);
    CHECK(!lock_returned[RELEASED]);
    CHECK(is_sleeping(RELEASED));
    cyg_thread_release(handles[RELEASED]);
    CHECK(lock_returned[RELEASED]);
    CHECK(!lock_results[RELEASED]);
    CHECK(held_after_release);
    CHECK(cyg_mutex_trylock(&mx));
    cyg_mutex_unlock(&mx);
}

static void control(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);

    cyg_mutex_init(&mx);
    neutral_ceiling(&mx);
    cyg_cond_init(&not_full, &mx);
    cyg_cond_init(&not_empty, &mx);
    cyg_cond_init(&cond, &mx);
    cyg_semaphore_init(&done, 0);

    check_producer_consumer();
    check_signal_and_broadcast();
    check_wakeup_needs_mutex();
    check_contended_lock();
    check_mutex_release();
    check_thread_release_in_cond_wait();

    cyg_cond_destroy(&cond);
    cyg_cond_destroy(&not_empty);
    cyg_cond_destroy(&not_full);
    cyg_mutex_destroy(&mx);
    CYG_TEST_PASS_FINISH("Kernel C API Mutex 1 OK");
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
# elif !defined(CYGFUN_KERNEL_SYNCH_MUTEX)
NA_MAIN("Mutexes disabled (CYGFUN_KERNEL_SYNCH_MUTEX)")
# elif !defined(CYGFUN_KERNEL_SYNCH_CONDVAR)
NA_MAIN("Condition variables disabled (CYGFUN_KERNEL_SYNCH_CONDVAR)")
# else
NA_MAIN("Needs at least 24 scheduler priorities")
# endif

#endif
