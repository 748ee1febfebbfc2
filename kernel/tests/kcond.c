/* kcond - condition variables: cond_timed_wait returns false at its
 * deadline and always comes back owning the mutex (waiting for it if
 * another thread holds it then), gives the mutex up while it sleeps, and
 * returns true when signalled in time; broadcast wakes every waiter;
 * signals are not remembered; cyg_thread_release ends a wait with false;
 * signal works from an alarm function (DSR context). */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>
#include "testaux.h"

#if defined(CYGFUN_KERNEL_SYNCH_CONDVAR) && defined(CYGMFN_KERNEL_SYNCH_CONDVAR_TIMED_WAIT) \
    && defined(CYGNUM_KERNEL_SCHED_PRIORITIES) && (CYGNUM_KERNEL_SCHED_PRIORITIES >= 24)

#define PRIO_CONTROL    20
#define BROADCAST_WAITERS 4

enum { TIMED, HOLDER, BCAST0, BCAST_LAST = BCAST0 + BROADCAST_WAITERS - 1,
       RELEASED, ALARMED, THREAD_COUNT };

THREAD_SLOTS(THREAD_COUNT);

static cyg_mutex_t mx;
static cyg_cond_t cond;
static cyg_sem_t done;

static volatile cyg_bool_t results[THREAD_COUNT];
static volatile int returned[THREAD_COUNT];
static volatile int owned_on_return[THREAD_COUNT];
static volatile cyg_tick_count_t deadline_of[THREAD_COUNT];
static volatile cyg_tick_count_t return_time[THREAD_COUNT];
static volatile int holder_got_mutex, holder_released;
static volatile int returned_after_holder;

#ifdef CYGFUN_KERNEL_COUNTERS_ALARMS
static cyg_alarm alarm_obj;
static cyg_handle_t alarm_handle;
static volatile int alarm_fired;
#endif

static void start(int slot, cyg_priority_t prio, cyg_thread_entry_t *entry)
{
    START_SLOT(slot, prio, entry, slot, "kcond");
}

/* Waits with the deadline stored in deadline_of[] (0: untimed), then
 * records whether the mutex is held (trylock fails) before unlocking. */
static void waiter(cyg_addrword_t data)
{
    int me = (int)data;

    CHECK(cyg_mutex_lock(&mx));
    if (deadline_of[me] != 0)
        results[me] = cyg_cond_timed_wait(&cond, deadline_of[me]);
    else
        results[me] = cyg_cond_wait(&cond);
    return_time[me] = cyg_current_time();
    returned_after_holder = holder_released;
    owned_on_return[me] = !cyg_mutex_trylock(&mx);
    returned[me] = 1;
    cyg_mutex_unlock(&mx);
    cyg_semaphore_post(&done);
}

/* Lower priority than the timed waiter: can only run while the waiter
 * sleeps, which proves the mutex was given up. */
static void holder(cyg_addrword_t data)
{
    cyg_tick_count_t now, deadline = deadline_of[TIMED];

    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    CHECK(cyg_mutex_lock(&mx));
    holder_got_mutex = 1;
    /* Keep the mutex past the waiter's deadline. */
    now = cyg_current_time();
    cyg_thread_delay((deadline > now ? deadline - now : 0) + 3);
    holder_released = 1;
    cyg_mutex_unlock(&mx);
}

static void check_timeout_reowns_mutex(void)
{
    deadline_of[TIMED] = cyg_current_time() + 5;
    results[TIMED] = true;
    start(TIMED, 10, waiter);
    CHECK(!returned[TIMED]);

    start(HOLDER, 12, holder);
    CHECK(holder_got_mutex);

    CHECK(cyg_semaphore_wait(&done));
    CHECK(returned[TIMED]);
    CHECK(!results[TIMED]);
    CHECK(return_time[TIMED] >= deadline_of[TIMED]);
    CHECK(owned_on_return[TIMED]);
    CHECK(returned_after_holder);
    CHECK(cyg_mutex_trylock(&mx));
    cyg_mutex_unlock(&mx);
}

static void check_past_deadline(void)
{
    CHECK(cyg_mutex_lock(&mx));
    CHECK(!cyg_cond_timed_wait(&cond, cyg_current_time()));
    CHECK(!cyg_cond_timed_wait(&cond, 0));
    /* Still the owner. */
    CHECK(!cyg_mutex_trylock(&mx));
    cyg_mutex_unlock(&mx);
    CHECK(cyg_mutex_trylock(&mx));
    cyg_mutex_unlock(&mx);
}

static void check_broadcast_wakes_all(void)
{
    int i;

    /* Nobody waits: these are lost. */
    cyg_cond_signal(&cond);
    cyg_cond_broadcast(&cond);

    for (i = BCAST0; i <= BCAST_LAST; i++) {
        deadline_of[i] = (i == BCAST0) ? cyg_current_time() + 200 : 0;
        start(i, 9 - (i - BCAST0), waiter);
        CHECK(!returned[i]);
    }
    cyg_cond_broadcast(&cond);
    for (i = BCAST0; i <= BCAST_LAST; i++) {
        CHECK(cyg_semaphore_wait(&done));
    }
    for (i = BCAST0; i <= BCAST_LAST; i++) {
        CHECK(returned[i]);
        CHECK(results[i]);
        CHECK(owned_on_return[i]);
    }
}

static void check_release(void)
{
    deadline_of[RELEASED] = 0;
    results[RELEASED] = true;
    start(RELEASED, 4, waiter);
    CHECK(!returned[RELEASED]);
    cyg_thread_release(handles[RELEASED]);
    CHECK(cyg_semaphore_wait(&done));
    CHECK(returned[RELEASED]);
    CHECK(!results[RELEASED]);
    CHECK(owned_on_return[RELEASED]);
}

#ifdef CYGFUN_KERNEL_COUNTERS_ALARMS
static void signal_from_alarm(cyg_handle_t alarm, cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_handle_t, alarm);
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    alarm_fired = 1;
    cyg_cond_signal(&cond);
}

/* The signal comes from the clock's DSR, long before the deadline. */
static void check_signal_from_alarm(void)
{
    cyg_handle_t counter;

    cyg_clock_to_counter(cyg_real_time_clock(), &counter);
    cyg_alarm_create(counter, signal_from_alarm, 0, &alarm_handle, &alarm_obj);

    deadline_of[ALARMED] = cyg_current_time() + 200;
    results[ALARMED] = false;
    start(ALARMED, 3, waiter);
    CHECK(!returned[ALARMED]);
    cyg_alarm_initialize(alarm_handle, cyg_current_time() + 2, 0);

    CHECK(cyg_semaphore_wait(&done));
    CHECK(alarm_fired);
    CHECK(returned[ALARMED]);
    CHECK(results[ALARMED]);
    CHECK(owned_on_return[ALARMED]);
    cyg_alarm_delete(alarm_handle);
}
#endif

static void control(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);

    cyg_mutex_init(&mx);
    neutral_ceiling(&mx);
    cyg_cond_init(&cond, &mx);
    cyg_semaphore_init(&done, 0);

    check_timeout_reowns_mutex();
    check_past_deadline();
    check_broadcast_wakes_all();
    check_release();
#ifdef CYGFUN_KERNEL_COUNTERS_ALARMS
    check_signal_from_alarm();
#else
    CYG_TEST_INFO("no alarms: signal from an alarm function not tested");
#endif

    cyg_cond_destroy(&cond);
    cyg_mutex_destroy(&mx);
    CYG_TEST_PASS_FINISH("Kernel C API condition variables OK");
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
# elif !defined(CYGFUN_KERNEL_SYNCH_CONDVAR)
NA_MAIN("Condition variables disabled (CYGFUN_KERNEL_SYNCH_CONDVAR)")
# elif !defined(CYGMFN_KERNEL_SYNCH_CONDVAR_TIMED_WAIT)
NA_MAIN("Timed condition variable wait not configured")
# else
NA_MAIN("Needs at least 24 scheduler priorities")
# endif

#endif
