/* Counters and their alarms. An enabled alarm sits on a list of its
 * counter: one list, kept in trigger order or not
 * (CYGIMP_KERNEL_COUNTERS_SORT_LIST), or a table of lists indexed by
 * trigger (CYGIMP_KERNEL_COUNTERS_MULTI_LIST) so a tick looks at one short
 * list. Every enabled alarm is in the future: one that is due when armed
 * fires at once. */

#include <cyg/kernel/kclock.h>
#include <cyg/kernel/kqueue.h>
#include <cyg/infra/cyg_ass.h>

static inline cyg_alarm *cygk_alarm_of(cyg_knode *node)
{
    return CYGK_CONTAINER(node, cyg_alarm, node);
}

static cyg_knode *cygk_counter_list(cyg_counter *counter,
                                    cyg_tick_count_t trigger)
{
#ifdef CYGIMP_KERNEL_COUNTERS_MULTI_LIST
    return &counter->alarms[trigger % CYGK_COUNTER_LISTS];
#else
    (void)trigger;
    return &counter->alarms[0];
#endif
}

void cygk_counter_init(cyg_counter *counter)
{
    int i;

    for (i = 0; i < CYGK_COUNTER_LISTS; i++)
        cygk_list_init(&counter->alarms[i]);
    counter->value = 0;
    counter->increment = 1;
#ifdef CYGIMP_KERNEL_COUNTERS_MULTI_LIST
    counter->jumped = false;
#endif
}

#ifdef CYGFUN_KERNEL_COUNTERS_ALARMS
void cygk_counter_set_value(cyg_counter *counter, cyg_tick_count_t value)
{
    counter->value = value;
# ifdef CYGIMP_KERNEL_COUNTERS_MULTI_LIST
    /* Alarms the jump went past sit on lists the next tick would not
     * look at. */
    counter->jumped = true;
# endif
}
#endif

static void cygk_alarm_insert(cyg_alarm *alarm)
{
    cyg_knode *list = cygk_counter_list(alarm->counter, alarm->trigger);
    cyg_knode *at = list;

#ifdef CYGIMP_KERNEL_COUNTERS_SORT_LIST
    for (at = list->next; at != list; at = at->next)
        if (cygk_alarm_of(at)->trigger > alarm->trigger)
            break;
#endif
    cygk_list_insert_before(at, &alarm->node);
    alarm->enabled = true;
}

/* Fire a due alarm: rearm (periodic) or disable (one-shot) first, so
 * that the function may rearm, disable or delete it. */
static void cygk_alarm_fire(cyg_alarm *alarm)
{
    cygk_list_remove(&alarm->node);
    if (alarm->interval != 0) {
        alarm->trigger += alarm->interval;
        cygk_alarm_insert(alarm);
    } else {
        alarm->enabled = false;
    }
    alarm->fn((cyg_handle_t)alarm, alarm->data);
}

/* The first due alarm of `list', or NULL. */
static cyg_alarm *cygk_list_due(cyg_knode *list, cyg_tick_count_t now)
{
    cyg_knode *node;

    for (node = list->next; node != list; node = node->next) {
        cyg_alarm *alarm = cygk_alarm_of(node);

        if (alarm->trigger <= now)
            return alarm;
#ifdef CYGIMP_KERNEL_COUNTERS_SORT_LIST
        break;
#endif
    }
    return NULL;
}

/* Fire every due alarm of `list'. Firing may change the list: look
 * again from the start each time. */
static void cygk_list_fire_due(cyg_knode *list, cyg_tick_count_t now)
{
    cyg_alarm *alarm;

    while ((alarm = cygk_list_due(list, now)) != NULL)
        cygk_alarm_fire(alarm);
}

void cygk_counter_tick(cyg_counter *counter)
{
    counter->value += counter->increment;
#ifdef CYGIMP_KERNEL_COUNTERS_MULTI_LIST
    if (counter->jumped) {
        int i;

        counter->jumped = false;
        for (i = 0; i < CYGK_COUNTER_LISTS; i++)
            cygk_list_fire_due(&counter->alarms[i], counter->value);
        return;
    }
#endif
    cygk_list_fire_due(cygk_counter_list(counter, counter->value),
                       counter->value);
}

void cygk_alarm_init(cyg_alarm *alarm, cyg_counter *counter,
                     cyg_alarm_t *fn, cyg_addrword_t data)
{
    cygk_list_init(&alarm->node);
    alarm->counter = counter;
    alarm->fn = fn;
    alarm->data = data;
    alarm->trigger = 0;
    alarm->interval = 0;
    alarm->enabled = false;
}

/* Move a periodic alarm's trigger to its first period after `after',
 * which its trigger has not passed. */
static void cygk_alarm_skip_past(cyg_alarm *alarm, cyg_tick_count_t after)
{
    alarm->trigger = after + alarm->interval -
                     (after - alarm->trigger) % alarm->interval;
}

/* Put an armed alarm on its counter; one already due fires now and, if
 * periodic, moves past the current value. */
static void cygk_alarm_add(cyg_alarm *alarm)
{
    cyg_tick_count_t now = alarm->counter->value;
    cyg_bool_t due = alarm->trigger <= now;

    if (due && alarm->interval == 0) {
        alarm->enabled = false;
    } else {
        if (due)
            cygk_alarm_skip_past(alarm, now);
        cygk_alarm_insert(alarm);
    }
    if (due)
        alarm->fn((cyg_handle_t)alarm, alarm->data);
}

void cygk_alarm_initialize(cyg_alarm *alarm, cyg_tick_count_t trigger,
                           cyg_tick_count_t interval)
{
    cygk_alarm_disable(alarm);
    alarm->trigger = trigger;
    alarm->interval = interval;
    cygk_alarm_add(alarm);
}

#ifdef CYGFUN_KERNEL_COUNTERS_ALARMS
void cygk_alarm_enable(cyg_alarm *alarm)
{
    cyg_tick_count_t now = alarm->counter->value;

    if (alarm->enabled)
        return;
    /* A periodic alarm keeps its phase: skip the periods that went by,
     * up to the first one not before now. */
    if (alarm->interval != 0 && alarm->trigger < now)
        cygk_alarm_skip_past(alarm, now - 1);
    cygk_alarm_add(alarm);
}
#endif

void cygk_alarm_disable(cyg_alarm *alarm)
{
    if (!alarm->enabled)
        return;
    cygk_list_remove(&alarm->node);
    alarm->enabled = false;
}
