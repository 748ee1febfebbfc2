/* C API: the counters, clocks and alarms applications create, and
 * alarms on any counter, the real-time clock's included. */

#include <cyg/kernel/kapi.h>
#include <cyg/kernel/kclock.h>
#include <cyg/kernel/ksched.h>

#define CYGK_COUNTER(h) ((cyg_counter *)(h))
#define CYGK_CLOCK(h)   ((cyg_clock *)(h))
#define CYGK_ALARM(h)   ((cyg_alarm *)(h))

void cyg_counter_create(cyg_handle_t *handle, cyg_counter *counter)
{
    cygk_counter_init(counter);
    *handle = (cyg_handle_t)counter;
}

void cyg_counter_delete(cyg_handle_t counter)
{
    (void)counter;
}

void cyg_counter_set_value(cyg_handle_t counter, cyg_tick_count_t new_value)
{
    cygk_sched_lock();
    cygk_counter_set_value(CYGK_COUNTER(counter), new_value);
    cygk_sched_unlock();
}

void cyg_counter_tick(cyg_handle_t counter)
{
    cygk_sched_lock();
    cygk_counter_tick(CYGK_COUNTER(counter));
    cygk_sched_unlock();
}

void cyg_counter_multi_tick(cyg_handle_t counter, cyg_tick_count_t ticks)
{
    cygk_sched_lock();
    while (ticks-- > 0)
        cygk_counter_tick(CYGK_COUNTER(counter));
    cygk_sched_unlock();
}

void cyg_clock_create(cyg_resolution_t resolution, cyg_handle_t *handle,
                      cyg_clock *clock)
{
    cygk_counter_init(&clock->counter);
    clock->resolution = resolution;
    *handle = (cyg_handle_t)clock;
}

void cyg_clock_delete(cyg_handle_t clock)
{
    (void)clock;
}

void cyg_clock_set_resolution(cyg_handle_t clock, cyg_resolution_t resolution)
{
    CYGK_CLOCK(clock)->resolution = resolution;
}

void cyg_alarm_create(cyg_handle_t counter, cyg_alarm_t *alarmfn,
                      cyg_addrword_t data, cyg_handle_t *handle,
                      cyg_alarm *alarm)
{
    cygk_alarm_init(alarm, CYGK_COUNTER(counter), alarmfn, data);
    *handle = (cyg_handle_t)alarm;
}

void cyg_alarm_delete(cyg_handle_t alarm)
{
    cygk_sched_lock();
    cygk_alarm_disable(CYGK_ALARM(alarm));
    cygk_sched_unlock();
}

void cyg_alarm_initialize(cyg_handle_t alarm, cyg_tick_count_t trigger,
                          cyg_tick_count_t interval)
{
    cygk_sched_lock();
    cygk_alarm_initialize(CYGK_ALARM(alarm), trigger, interval);
    cygk_sched_unlock();
}

void cyg_alarm_get_times(cyg_handle_t alarm, cyg_tick_count_t *trigger,
                         cyg_tick_count_t *interval)
{
    cygk_sched_lock();
    if (trigger != NULL)
        *trigger = CYGK_ALARM(alarm)->trigger;
    if (interval != NULL)
        *interval = CYGK_ALARM(alarm)->interval;
    cygk_sched_unlock();
}

void cyg_alarm_enable(cyg_handle_t alarm)
{
    cygk_sched_lock();
    cygk_alarm_enable(CYGK_ALARM(alarm));
    cygk_sched_unlock();
}

void cyg_alarm_disable(cyg_handle_t alarm)
{
    cygk_sched_lock();
    cygk_alarm_disable(CYGK_ALARM(alarm));
    cygk_sched_unlock();
}
