/* kalarm0 - alarm arming rules, on a counter of the test's own: an alarm
 * initialized with a trigger at or before the counter's value fires once
 * inside cyg_alarm_initialize (a one-shot then stays disabled, a periodic
 * alarm moves its trigger past the current value in whole intervals);
 * disable keeps the times and silences the alarm; enable re-arms a
 * disabled alarm (periodic: in phase and past the current value, one-shot
 * in the past: fires at once) and does nothing to an enabled one;
 * get_times accepts NULL; an alarm may disable itself from its function;
 * deleted alarms stay quiet. Runs entirely in cyg_start. */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>
#include "testaux.h"

#ifdef CYGFUN_KERNEL_COUNTERS_ALARMS

enum { ONE_SHOT, PERIODIC, ON_TIME, SELF_STOP, ALARM_COUNT };

static cyg_counter counter_obj;
static cyg_handle_t counter;
static cyg_alarm alarm_obj[ALARM_COUNT];
static cyg_handle_t alarms[ALARM_COUNT];
static int fired[ALARM_COUNT];

static void count_alarm(cyg_handle_t alarm, cyg_addrword_t data)
{
    CHECK(data < ALARM_COUNT && alarm == alarms[data]);
    fired[data]++;
    if (data == SELF_STOP)
        cyg_alarm_disable(alarm);
}

static cyg_tick_count_t trigger_of(int which)
{
    cyg_tick_count_t trigger;

    cyg_alarm_get_times(alarms[which], &trigger, NULL);
    return trigger;
}

static cyg_tick_count_t interval_of(int which)
{
    cyg_tick_count_t interval;

    cyg_alarm_get_times(alarms[which], NULL, &interval);
    return interval;
}

static void set_up(void)
{
    int i;

    cyg_counter_create(&counter, &counter_obj);
    for (i = 0; i < ALARM_COUNT; i++) {
        cyg_alarm_create(counter, count_alarm, i, &alarms[i], &alarm_obj[i]);
        CHECK(trigger_of(i) == 0 && interval_of(i) == 0);
    }
    cyg_alarm_get_times(alarms[0], NULL, NULL);
    cyg_counter_set_value(counter, 100);
    CHECK(fired[0] + fired[1] + fired[2] + fired[3] == 0); /* created disabled */
}

static void check_past_one_shot(void)
{
    cyg_alarm_initialize(alarms[ONE_SHOT], 50, 0);
    CHECK(fired[ONE_SHOT] == 1);
    CHECK(trigger_of(ONE_SHOT) == 50 && interval_of(ONE_SHOT) == 0);
    cyg_counter_tick(counter);                          /* 101 */
    CHECK(fired[ONE_SHOT] == 1);

    cyg_alarm_initialize(alarms[ON_TIME], 101, 0);      /* trigger == now */
    CHECK(fired[ON_TIME] == 1);
    cyg_counter_tick(counter);                          /* 102 */
    CHECK(fired[ON_TIME] == 1);
}

/* A periodic alarm armed in the past fires once, not once per missed
 * period, and its next trigger is the first in phase after now. */
static void check_past_periodic(void)
{
    cyg_alarm_initialize(alarms[PERIODIC], 40, 25);     /* now 102 */
    CHECK(fired[PERIODIC] == 1);
    CHECK(trigger_of(PERIODIC) == 115 && interval_of(PERIODIC) == 25);
    cyg_counter_multi_tick(counter, 12);                /* 114 */
    CHECK(fired[PERIODIC] == 1);
    cyg_counter_tick(counter);                          /* 115 */
    CHECK(fired[PERIODIC] == 2);
    CHECK(trigger_of(PERIODIC) == 140);

    /* Exactly in phase with now: the next trigger is one interval on. */
    cyg_alarm_initialize(alarms[PERIODIC], 65, 25);     /* now 115 */
    CHECK(fired[PERIODIC] == 3);
    CHECK(trigger_of(PERIODIC) == 140);
}

static void check_disable_enable(void)
{
    cyg_alarm_disable(alarms[PERIODIC]);
    CHECK(trigger_of(PERIODIC) == 140 && interval_of(PERIODIC) == 25);
    cyg_counter_set_value(counter, 199);
    cyg_counter_tick(counter);                          /* 200 */
    CHECK(fired[PERIODIC] == 3);
    cyg_alarm_disable(alarms[PERIODIC]);                /* twice is harmless */

    /* Back in phase with the old trigger, after now: 140 + 3 * 25. */
    cyg_alarm_enable(alarms[PERIODIC]);
    CHECK(fired[PERIODIC] == 3);
    CHECK(trigger_of(PERIODIC) == 215 && interval_of(PERIODIC) == 25);
    cyg_alarm_enable(alarms[PERIODIC]);                 /* already enabled */
    CHECK(fired[PERIODIC] == 3);
    CHECK(trigger_of(PERIODIC) == 215);
    cyg_counter_multi_tick(counter, 15);                /* 215 */
    CHECK(fired[PERIODIC] == 4);
    CHECK(trigger_of(PERIODIC) == 240);

    /* A disabled one-shot whose trigger has passed fires when enabled. */
    cyg_alarm_enable(alarms[ONE_SHOT]);
    CHECK(fired[ONE_SHOT] == 2);
    cyg_counter_tick(counter);                          /* 216 */
    CHECK(fired[ONE_SHOT] == 2);

    /* A future one-shot, disabled then enabled, fires at its trigger. */
    cyg_alarm_initialize(alarms[ONE_SHOT], 218, 0);
    cyg_alarm_disable(alarms[ONE_SHOT]);
    cyg_counter_multi_tick(counter, 3);                 /* 219 */
    CHECK(fired[ONE_SHOT] == 2);
    cyg_alarm_initialize(alarms[ONE_SHOT], 221, 0);
    cyg_alarm_disable(alarms[ONE_SHOT]);
    cyg_alarm_enable(alarms[ONE_SHOT]);
    cyg_counter_tick(counter);                          /* 220 */
    CHECK(fired[ONE_SHOT] == 2);
    cyg_counter_tick(counter);                          /* 221 */
    CHECK(fired[ONE_SHOT] == 3);
}

/* A periodic alarm that disables itself fires once; re-initializing it
 * re-enables it. */
static void check_self_disable(void)
{
    cyg_alarm_initialize(alarms[SELF_STOP], 222, 1);
    cyg_counter_multi_tick(counter, 5);                 /* 226 */
    CHECK(fired[SELF_STOP] == 1);
    cyg_alarm_initialize(alarms[SELF_STOP], 227, 1);
    cyg_counter_multi_tick(counter, 5);                 /* 231 */
    CHECK(fired[SELF_STOP] == 2);
}

static void check_delete(void)
{
    int i;

    cyg_alarm_initialize(alarms[ON_TIME], 232, 1);
    cyg_alarm_delete(alarms[ON_TIME]);
    cyg_alarm_delete(alarms[PERIODIC]);
    cyg_counter_multi_tick(counter, 100);
    CHECK(fired[ON_TIME] == 1);
    CHECK(fired[PERIODIC] == 4);
    for (i = 0; i < ALARM_COUNT; i++)
        if (i != ON_TIME && i != PERIODIC)
            cyg_alarm_delete(alarms[i]);
    cyg_counter_delete(counter);
}

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    set_up();
    check_past_one_shot();
    check_past_periodic();
    check_disable_enable();
    check_self_disable();
    check_delete();
    CYG_TEST_PASS_FINISH("Kernel C API Alarm 0 OK");
}

#else

# ifndef CYGFUN_KERNEL_API_C
NA_MAIN("Kernel C API layer disabled")
# else
NA_MAIN("Application counters and alarms disabled (CYGFUN_KERNEL_COUNTERS_ALARMS)")
# endif

#endif
