/* kclock1 - the real-time clock: it reads 0 during initialization and
 * advances once threads run; cyg_current_time is the value of its
 * counter; cyg_thread_delay(n) sleeps at least n ticks, and a thread
 * whose delay ends preempts a lower-priority thread that is busy; alarms
 * on the clock fire in trigger order, each on the tick that reaches its
 * trigger, and a periodic one keeps its period. Well under a second. */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>
#include "testaux.h"

#if defined(CYGFUN_KERNEL_API_C) && defined(CYGVAR_KERNEL_COUNTERS_CLOCK) \
    && defined(CYGFUN_KERNEL_THREADS_TIMER) && (CYGNUM_KERNEL_SCHED_PRIORITIES >= 24)

#include <cyg/hal/hal_intr.h>

#define PRIO_SLEEPER 5
#define PRIO_MAIN    10

enum { SLEEPER, THREAD_COUNT };
enum { EARLY, MIDDLE, LATE, PERIODIC, ALARM_COUNT };

THREAD_SLOTS(THREAD_COUNT);

static cyg_handle_t rtc_counter;
static cyg_tick_count_t time_in_init;
static volatile int sleeper_done;
static volatile cyg_tick_count_t sleeper_woke;

#ifdef CYGFUN_KERNEL_COUNTERS_ALARMS
static cyg_alarm alarm_obj[ALARM_COUNT];
static cyg_handle_t alarms[ALARM_COUNT];
static volatile int fire_order[3];
static volatile int fire_count;
static volatile cyg_tick_count_t fired_at[ALARM_COUNT];
static volatile int periodic_runs;

static void record_alarm(cyg_handle_t alarm, cyg_addrword_t data)
{
    CHECK(alarm == alarms[data]);
    fired_at[data] = cyg_current_time();
    if (data == PERIODIC) {
        periodic_runs++;
        return;
    }
    if (fire_count < 3)
        fire_order[fire_count] = (int)data;
    fire_count++;
}
#endif

/* Busy-wait (in real time, bounded) until the clock passes `from'. */
static cyg_bool_t clock_moves_past(cyg_tick_count_t from)
{
    int ms;

    for (ms = 0; ms < 500; ms++) {
        if (cyg_current_time() > from)
            return true;
        HAL_DELAY_US(1000);
    }
    return false;
}

static void check_clock_runs(void)
{
    cyg_tick_count_t a, b;

    CHECK(time_in_init == 0);
    CHECK(clock_moves_past(cyg_current_time()));
    cyg_scheduler_lock();
    a = cyg_current_time();
    b = cyg_counter_current_value(rtc_counter);
    cyg_scheduler_unlock();
    CHECK(a == b);
}

static void check_delays(void)
{
    static const cyg_tick_count_t lengths[] = { 1, 2, 4 };
    cyg_tick_count_t before;
    unsigned i;

    for (i = 0; i < sizeof lengths / sizeof lengths[0]; i++) {
        before = cyg_current_time();
        cyg_thread_delay(lengths[i]);
        CHECK(cyg_current_time() >= before + lengths[i]);
    }
}

static void sleeper_entry(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    cyg_thread_delay(3);
    sleeper_woke = cyg_current_time();
    sleeper_done = 1;
}

/* The main thread keeps the CPU busy; the sleeper's wake-up preempts it. */
static void check_wake_preempts(void)
{
    cyg_tick_count_t start = cyg_current_time();

    cyg_thread_resume(handles[SLEEPER]);
    CHECK(!sleeper_done);
    while (!sleeper_done && cyg_current_time() < start + 50)
        continue;
    CHECK(sleeper_done);
    CHECK(sleeper_woke >= start + 3);
}

#ifdef CYGFUN_KERNEL_COUNTERS_ALARMS
static void check_alarm_order(void)
{
    cyg_tick_count_t base, now;
    int runs;

    cyg_scheduler_lock();
    base = cyg_current_time();
    cyg_alarm_initialize(alarms[MIDDLE], base + 4, 0);
    cyg_alarm_initialize(alarms[EARLY], base + 2, 0);
    cyg_alarm_initialize(alarms[LATE], base + 6, 0);
    cyg_alarm_initialize(alarms[PERIODIC], base + 2, 2);
    cyg_scheduler_unlock();

    cyg_thread_delay(8);
    CHECK(fire_count == 3);
    CHECK(fire_order[0] == EARLY);
    CHECK(fire_order[1] == MIDDLE);
    CHECK(fire_order[2] == LATE);
    CHECK(fired_at[EARLY] == base + 2);
    CHECK(fired_at[MIDDLE] == base + 4);
    CHECK(fired_at[LATE] == base + 6);

    cyg_scheduler_lock();
    now = cyg_current_time();
    runs = periodic_runs;
    cyg_scheduler_unlock();
    CHECK(runs >= 4);
    CHECK((cyg_tick_count_t)runs == (now - base) / 2);
    CHECK(fired_at[PERIODIC] == base + 2 * (cyg_tick_count_t)runs);
    cyg_alarm_disable(alarms[PERIODIC]);
}

static void create_alarms(void)
{
    int i;

    for (i = 0; i < ALARM_COUNT; i++)
        cyg_alarm_create(rtc_counter, record_alarm, i, &alarms[i],
                         &alarm_obj[i]);
}
#endif

static void main_entry(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    check_clock_runs();
    check_delays();
    check_wake_preempts();
#ifdef CYGFUN_KERNEL_COUNTERS_ALARMS
    check_alarm_order();
#else
    CYG_TEST_INFO("no application alarms: alarms on the clock not tested");
#endif
    CYG_TEST_PASS_FINISH("Kernel C API Clock 1 OK");
}

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    time_in_init = cyg_current_time();
    cyg_clock_to_counter(cyg_real_time_clock(), &rtc_counter);
#ifdef CYGFUN_KERNEL_COUNTERS_ALARMS
    create_alarms();
#endif
    start_watchdog();
    CREATE_SLOT(SLEEPER, PRIO_SLEEPER, sleeper_entry, 0, "kclock1 sleeper");
    run_main_thread(PRIO_MAIN, main_entry, "kclock1 main");
}

#else

NA_MAIN("Needs the kernel C API, the real-time clock, thread timers "
        "and at least 24 priorities")

#endif
