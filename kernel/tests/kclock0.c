/* kclock0 - counters, clocks and alarms without real time: a new counter
 * reads 0, set_value stores without firing alarms, tick fires every due
 * alarm (a periodic alarm that fell behind fires once per missed period),
 * multi_tick is so many ticks, one-shot alarms end disabled and periodic
 * ones re-arm, deleted alarms stay quiet, 64-bit values carry, clock
 * resolutions round-trip (100/3, 12/25) and a clock's counter works with
 * the counter and alarm calls. Runs entirely in cyg_start. */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>
#include "testaux.h"

#ifdef CYGFUN_KERNEL_COUNTERS_ALARMS

enum { ONCE, PERIODIC, SAME, ON_CLOCK, ALARM_COUNT };

static cyg_counter counter_obj;
static cyg_clock clock_obj;
static cyg_alarm alarm_obj[ALARM_COUNT];
static cyg_handle_t counter, clk, alarms[ALARM_COUNT];

static int fired[ALARM_COUNT];
static cyg_handle_t last_handle;
static cyg_tick_count_t value_when_fired[ALARM_COUNT];
static cyg_handle_t counter_of[ALARM_COUNT];

static void count_alarm(cyg_handle_t alarm, cyg_addrword_t data)
{
    CHECK(data < ALARM_COUNT);
    fired[data]++;
    last_handle = alarm;
    value_when_fired[data] = cyg_counter_current_value(counter_of[data]);
}

static void make_alarm(int which, cyg_handle_t on)
{
    counter_of[which] = on;
    cyg_alarm_create(on, count_alarm, which, &alarms[which], &alarm_obj[which]);
    CHECK(alarms[which] == (cyg_handle_t)&alarm_obj[which]);
}

static void check_times(int which, cyg_tick_count_t trigger,
                        cyg_tick_count_t interval)
{
    cyg_tick_count_t t, i;

    cyg_alarm_get_times(alarms[which], &t, &i);
    CHECK(t == trigger);
    CHECK(i == interval);
}

static void check_counter_basics(void)
{
    cyg_counter_create(&counter, &counter_obj);
    CHECK(counter == (cyg_handle_t)&counter_obj);
    CHECK(cyg_counter_current_value(counter) == 0);
    cyg_counter_tick(counter);
    CHECK(cyg_counter_current_value(counter) == 1);
    cyg_counter_multi_tick(counter, 4);
    CHECK(cyg_counter_current_value(counter) == 5);
    cyg_counter_set_value(counter, 0);
    CHECK(cyg_counter_current_value(counter) == 0);
}

/* set_value never fires; the next tick fires what has become due. */
static void check_set_value_and_tick(void)
{
    make_alarm(ONCE, counter);
    make_alarm(PERIODIC, counter);
    cyg_alarm_initialize(alarms[ONCE], 5, 0);
    cyg_alarm_initialize(alarms[PERIODIC], 3, 4);
    CHECK(fired[ONCE] == 0 && fired[PERIODIC] == 0);

    cyg_counter_set_value(counter, 10);
    CHECK(cyg_counter_current_value(counter) == 10);
    CHECK(fired[ONCE] == 0 && fired[PERIODIC] == 0);

    cyg_counter_tick(counter);      /* 11: periodic due at 3, 7 and 11 */
    CHECK(fired[ONCE] == 1);
    CHECK(value_when_fired[ONCE] == 11);
    CHECK(fired[PERIODIC] == 3);
    check_times(ONCE, 5, 0);
    check_times(PERIODIC, 15, 4);
}

static void check_periodic(void)
{
    cyg_counter_multi_tick(counter, 3);                 /* 14 */
    CHECK(fired[PERIODIC] == 3);
    cyg_counter_tick(counter);                          /* 15 */
    CHECK(fired[PERIODIC] == 4);
    CHECK(value_when_fired[PERIODIC] == 15);
    CHECK(last_handle == alarms[PERIODIC]);
    cyg_counter_multi_tick(counter, 8);                 /* 23: 19 and 23 */
    CHECK(fired[PERIODIC] == 6);
    CHECK(cyg_counter_current_value(counter) == 23);
    check_times(PERIODIC, 27, 4);
    CHECK(fired[ONCE] == 1);        /* one-shot stays disabled */
}

/* Two alarms due on the same tick both fire; a deleted alarm never does. */
static void check_same_trigger_and_delete(void)
{
    make_alarm(SAME, counter);
    cyg_alarm_initialize(alarms[ONCE], 25, 0);
    cyg_alarm_initialize(alarms[SAME], 25, 0);
    cyg_counter_tick(counter);                          /* 24 */
    CHECK(fired[ONCE] == 1 && fired[SAME] == 0);
    cyg_counter_tick(counter);                          /* 25 */
    CHECK(fired[ONCE] == 2 && fired[SAME] == 1);

    cyg_alarm_delete(alarms[PERIODIC]);
    cyg_counter_multi_tick(counter, 20);                /* 45 */
    CHECK(fired[PERIODIC] == 6);
    CHECK(fired[ONCE] == 2 && fired[SAME] == 1);
}

/* Tick values are 64 bits wide. */
static void check_wide_values(void)
{
    const cyg_tick_count_t big = 0xFFFFFFFFull;

    cyg_counter_set_value(counter, big);
    cyg_alarm_initialize(alarms[ONCE], big + 2, 0);
    cyg_counter_tick(counter);
    CHECK(cyg_counter_current_value(counter) == big + 1);
    CHECK(fired[ONCE] == 2);
    cyg_counter_tick(counter);
    CHECK(fired[ONCE] == 3);
    CHECK(value_when_fired[ONCE] == big + 2);
    cyg_alarm_delete(alarms[ONCE]);
    cyg_alarm_delete(alarms[SAME]);
    cyg_counter_delete(counter);
}

static cyg_bool_t resolution_is(cyg_resolution_t r, cyg_uint32 dividend,
                                cyg_uint32 divisor)
{
    return r.dividend == dividend && r.divisor == divisor;
}

static void check_clock(void)
{
    cyg_resolution_t res = { 100, 3 };
    cyg_handle_t clock_counter;

    cyg_clock_create(res, &clk, &clock_obj);
    CHECK(clk == (cyg_handle_t)&clock_obj);
    CHECK(resolution_is(cyg_clock_get_resolution(clk), 100, 3));
    res.dividend = 12;
    res.divisor = 25;
    cyg_clock_set_resolution(clk, res);
    CHECK(resolution_is(cyg_clock_get_resolution(clk), 12, 25));

    cyg_clock_to_counter(clk, &clock_counter);
    CHECK(clock_counter != 0);
    CHECK(cyg_counter_current_value(clock_counter) == 0);
    make_alarm(ON_CLOCK, clock_counter);
    cyg_alarm_initialize(alarms[ON_CLOCK], 2, 1);
    cyg_counter_tick(clock_counter);
    CHECK(fired[ON_CLOCK] == 0);
    cyg_counter_multi_tick(clock_counter, 5);           /* 2, 3, 4, 5, 6 */
    CHECK(fired[ON_CLOCK] == 5);
    CHECK(cyg_counter_current_value(clock_counter) == 6);
    check_times(ON_CLOCK, 7, 1);
    cyg_alarm_delete(alarms[ON_CLOCK]);
    cyg_clock_delete(clk);

#ifdef CYGVAR_KERNEL_COUNTERS_CLOCK
    CHECK(resolution_is(cyg_clock_get_resolution(cyg_real_time_clock()),
                        CYGNUM_HAL_RTC_NUMERATOR, CYGNUM_HAL_RTC_DENOMINATOR));
#endif
}

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    check_counter_basics();
    check_set_value_and_tick();
    check_periodic();
    check_same_trigger_and_delete();
    check_wide_values();
    check_clock();
    CYG_TEST_PASS_FINISH("Kernel C API Clock 0 OK");
}

#else

# ifndef CYGFUN_KERNEL_API_C
NA_MAIN("Kernel C API layer disabled")
# else
NA_MAIN("Application counters and alarms disabled (CYGFUN_KERNEL_COUNTERS_ALARMS)")
# endif

#endif
