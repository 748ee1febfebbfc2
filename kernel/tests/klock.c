/* klock - the scheduler lock: 1 during initialization, 0 when a thread
 * first runs; lock and unlock nest, safe_lock never raises the count
 * above its previous value once it is 1, read_lock reports it; no thread
 * switch happens while it is held and the switch happens at the unlock to
 * zero; counter ticks run alarm functions with it held; the real-time
 * clock's DSR waits for the unlock. */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>
#include "testaux.h"

#if defined(CYGFUN_KERNEL_API_C) && (CYGNUM_KERNEL_SCHED_PRIORITIES >= 24)

#include <cyg/hal/hal_intr.h>

#define PRIO_HIGH   5
#define PRIO_MAIN   10

enum { MAIN, HIGH, THREAD_COUNT };

THREAD_SLOTS(THREAD_COUNT);

static cyg_ucount32 lock_in_init;
static volatile int high_runs;
static volatile cyg_ucount32 lock_in_high;
#ifdef CYGFUN_KERNEL_COUNTERS_ALARMS
static volatile int alarm_runs;
static volatile cyg_ucount32 lock_in_alarm;
#endif

static void high_entry(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    for (;;) {
        lock_in_high = cyg_scheduler_read_lock();
        high_runs++;
        cyg_thread_suspend(cyg_thread_self());
    }
}

static void check_nesting(void)
{
    CHECK(cyg_scheduler_read_lock() == 0);
    cyg_scheduler_lock();
    CHECK(cyg_scheduler_read_lock() == 1);
    cyg_scheduler_lock();
    CHECK(cyg_scheduler_read_lock() == 2);
    cyg_scheduler_unlock();
    CHECK(cyg_scheduler_read_lock() == 1);
    cyg_scheduler_unlock();
    CHECK(cyg_scheduler_read_lock() == 0);
}

static void check_safe_lock(void)
{
    cyg_scheduler_safe_lock();
    CHECK(cyg_scheduler_read_lock() == 1);
    cyg_scheduler_safe_lock();
    CHECK(cyg_scheduler_read_lock() == 1);
    cyg_scheduler_unlock();
    CHECK(cyg_scheduler_read_lock() == 0);

    cyg_scheduler_lock();
    cyg_scheduler_lock();
    cyg_scheduler_safe_lock();
    CHECK(cyg_scheduler_read_lock() == 2);
    cyg_scheduler_unlock();
    cyg_scheduler_unlock();
    CHECK(cyg_scheduler_read_lock() == 0);
}

/* A higher-priority thread made runnable under the lock runs only when
 * the lock drops to zero, and then before the unlock returns. */
static void check_no_preemption(void)
{
    cyg_handle_t high = handles[HIGH];

    cyg_scheduler_lock();
    cyg_scheduler_lock();
    cyg_thread_resume(high);
    CHECK(high_runs == 0);
    cyg_scheduler_unlock();
    CHECK(high_runs == 0);
    cyg_scheduler_unlock();
    CHECK(high_runs == 1);
    CHECK(lock_in_high == 0);

    cyg_scheduler_safe_lock();
    cyg_thread_resume(high);
    CHECK(high_runs == 1);
    cyg_scheduler_unlock();
    CHECK(high_runs == 2);
    CHECK(cyg_scheduler_read_lock() == 0);
}

#ifdef CYGFUN_KERNEL_COUNTERS_ALARMS
static void count_alarm(cyg_handle_t alarm, cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_handle_t, alarm);
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    lock_in_alarm = cyg_scheduler_read_lock();
    alarm_runs++;
}

static void check_alarm_context(void)
{
    static cyg_counter counter_obj;
    static cyg_alarm alarm_obj;
    cyg_handle_t counter, alarm;

    cyg_counter_create(&counter, &counter_obj);
    cyg_alarm_create(counter, count_alarm, 0, &alarm, &alarm_obj);
    cyg_alarm_initialize(alarm, 1, 0);
    cyg_counter_tick(counter);
    CHECK(alarm_runs == 1);
    CHECK(lock_in_alarm >= 1);
    CHECK(cyg_scheduler_read_lock() == 0);
    cyg_alarm_delete(alarm);
    cyg_counter_delete(counter);
}
#endif

#ifdef CYGVAR_KERNEL_COUNTERS_CLOCK
/* The clock is ticked by a DSR: while the lock is held time stands still,
 * although real time passes; the pending ticks land at the unlock. */
static void check_dsr_deferral(void)
{
    cyg_tick_count_t before, during;

    cyg_scheduler_lock();
    before = cyg_current_time();
    HAL_DELAY_US(35000);
    during = cyg_current_time();
    cyg_scheduler_unlock();
    CHECK(during == before);
    CHECK(cyg_current_time() > before);
}
#endif

static void main_entry(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    CHECK(lock_in_init == 1);
    check_nesting();
    check_safe_lock();
    check_no_preemption();
#ifdef CYGFUN_KERNEL_COUNTERS_ALARMS
    check_alarm_context();
#else
    CYG_TEST_INFO("no application alarms: alarm context not tested");
#endif
#ifdef CYGVAR_KERNEL_COUNTERS_CLOCK
    check_dsr_deferral();
#endif
    CYG_TEST_PASS_FINISH("Kernel C API Scheduler lock OK");
}

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    lock_in_init = cyg_scheduler_read_lock();
    CREATE_SLOT(MAIN, PRIO_MAIN, main_entry, 0, "klock main");
    CREATE_SLOT(HIGH, PRIO_HIGH, high_entry, 0, "klock high");
    cyg_thread_resume(handles[MAIN]);
    CHECK(cyg_scheduler_read_lock() == 1);
    cyg_scheduler_start();
}

#else

NA_MAIN("Needs the kernel C API and at least 24 priorities")

#endif
