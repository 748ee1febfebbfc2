/* Host unit tests of counters and alarms (kclock.h and the C API of
 * kapi.md 10). Nothing here needs a running scheduler: ticks are given
 * by hand and alarm functions run inside the tick call, with the
 * scheduler lock at 1 as during initialization. Without the application
 * calls (CYGFUN_KERNEL_COUNTERS_ALARMS) only the internal tests run, on
 * a counter made and ticked through the kernel's own interface. */

#include <pkgconf/kernel.h>
#include <cyg/kernel/kapi.h>
#include <cyg/kernel/kclock.h>

#include <check.h>
#include <stdlib.h>
#include <string.h>

#define MAX_FIRES 32
#define NALARMS 20

/* What one alarm saw: the counter value at each call. */
typedef struct {
    cyg_handle_t     counter;
    cyg_handle_t     handle;          /* as passed to the alarm function */
    int              fires;
    cyg_tick_count_t at[MAX_FIRES];
    /* What the function does besides recording (per test). */
    int              limit;           /* re-arm/disable after this many */
    cyg_handle_t     target;          /* another alarm to act on */
    cyg_tick_count_t offset;
} record;

static cyg_counter counter;
static cyg_handle_t counter_h;
#ifdef CYGFUN_KERNEL_COUNTERS_ALARMS
static cyg_alarm alarms[NALARMS];
static cyg_handle_t alarm_h[NALARMS];
#endif
static record records[NALARMS];

static void record_fire(record *r, cyg_handle_t handle)
{
    r->handle = handle;
    if (r->fires < MAX_FIRES)
        r->at[r->fires] = cyg_counter_current_value(r->counter);
    r->fires++;
}

static void recorder(cyg_handle_t handle, cyg_addrword_t data)
{
    record_fire((record *)data, handle);
}

static void setup(void)
{
    int i;

    memset(records, 0, sizeof(records));
#ifdef CYGFUN_KERNEL_COUNTERS_ALARMS
    cyg_counter_create(&counter_h, &counter);
#else
    cygk_counter_init(&counter);
    counter_h = (cyg_handle_t)&counter;
#endif
    for (i = 0; i < NALARMS; i++)
        records[i].counter = counter_h;
}

#ifdef CYGFUN_KERNEL_COUNTERS_ALARMS
/* Create alarm `i' on the test counter with function `fn'. */
static cyg_handle_t make_alarm(int i, cyg_alarm_t *fn)
{
    cyg_alarm_create(counter_h, fn, (cyg_addrword_t)&records[i],
                     &alarm_h[i], &alarms[i]);
    return alarm_h[i];
}

/* The same, armed at once. */
static cyg_handle_t arm(int i, cyg_alarm_t *fn, cyg_tick_count_t trigger,
                        cyg_tick_count_t interval)
{
    cyg_handle_t alarm = make_alarm(i, fn);

    cyg_alarm_initialize(alarm, trigger, interval);
    return alarm;
}
#endif

static void tick_to(cyg_tick_count_t value)
{
    while (cyg_counter_current_value(counter_h) < value)
#ifdef CYGFUN_KERNEL_COUNTERS_ALARMS
        cyg_counter_tick(counter_h);
#else
        cygk_counter_tick(&counter);
#endif
}

static void check_fires(int i, const cyg_tick_count_t *expected, int count)
{
    int n;

    ck_assert_int_eq(records[i].fires, count);
    for (n = 0; n < count; n++)
        ck_assert_msg(records[i].at[n] == expected[n],
                      "alarm %d fire %d: at %llu, expected %llu", i, n,
                      (unsigned long long)records[i].at[n],
                      (unsigned long long)expected[n]);
}

#ifdef CYGFUN_KERNEL_COUNTERS_ALARMS
static void check_times(cyg_handle_t alarm, cyg_tick_count_t trigger,
                        cyg_tick_count_t interval)
{
    cyg_tick_count_t t = 0, iv = 0;

    cyg_alarm_get_times(alarm, &t, &iv);
    ck_assert_msg(t == trigger, "trigger %llu, expected %llu",
                  (unsigned long long)t, (unsigned long long)trigger);
    ck_assert_msg(iv == interval, "interval %llu, expected %llu",
                  (unsigned long long)iv, (unsigned long long)interval);
}
#endif

/* ------------------------------------------------------------------ */
/* Internal interface                                                  */

#ifdef CYGFUN_KERNEL_COUNTERS_ALARMS
START_TEST(lock_is_held_as_during_init)
{
    ck_assert_uint_eq(cyg_scheduler_read_lock(), 1);
    cyg_counter_tick(counter_h);
    ck_assert_uint_eq(cyg_scheduler_read_lock(), 1);
}
END_TEST
#endif

START_TEST(internal_counter_starts_at_zero)
{
    cyg_counter c;

    memset(&c, 0xA5, sizeof(c));
    cygk_counter_init(&c);
    ck_assert(c.value == 0);
    ck_assert_uint_eq(c.increment, 1);
    cygk_counter_tick(&c);
    cygk_counter_tick(&c);
    ck_assert(c.value == 2);
}
END_TEST

START_TEST(internal_alarm_starts_disabled)
{
    cyg_alarm a;

    memset(&a, 0xA5, sizeof(a));
    cygk_alarm_init(&a, &counter, recorder, (cyg_addrword_t)&records[0]);
    ck_assert(!a.enabled);
    ck_assert(a.trigger == 0);
    ck_assert(a.interval == 0);
    cygk_counter_tick(&counter);
    ck_assert_int_eq(records[0].fires, 0);
}
END_TEST

START_TEST(internal_one_shot)
{
    static const cyg_tick_count_t expected[] = { 3 };
    cyg_alarm a;

    cygk_alarm_init(&a, &counter, recorder, (cyg_addrword_t)&records[0]);
    cygk_alarm_initialize(&a, 3, 0);
    ck_assert(a.enabled);
    cygk_counter_tick(&counter);
    cygk_counter_tick(&counter);
    ck_assert_int_eq(records[0].fires, 0);
    cygk_counter_tick(&counter);
    ck_assert(!a.enabled);
    cygk_counter_tick(&counter);
    cygk_counter_tick(&counter);
    check_fires(0, expected, 1);
    ck_assert_ptr_eq((void *)records[0].handle, &a);
}
END_TEST

START_TEST(internal_due_at_arm)
{
    static const cyg_tick_count_t expected[] = { 4, 4 };
    cyg_alarm a;

    tick_to(4);
    cygk_alarm_init(&a, &counter, recorder, (cyg_addrword_t)&records[0]);
    cygk_alarm_initialize(&a, 4, 0);
    ck_assert_int_eq(records[0].fires, 1);
    ck_assert(!a.enabled);
    cygk_alarm_initialize(&a, 1, 0);
    check_fires(0, expected, 2);
    ck_assert(!a.enabled);
    cygk_counter_tick(&counter);
    ck_assert_int_eq(records[0].fires, 2);
}
END_TEST

#ifdef CYGFUN_KERNEL_COUNTERS_ALARMS
START_TEST(internal_enable_disable)
{
    static const cyg_tick_count_t expected[] = { 6, 8 };
    cyg_alarm a;

    cygk_alarm_init(&a, &counter, recorder, (cyg_addrword_t)&records[0]);
    cygk_alarm_initialize(&a, 2, 2);
    cygk_alarm_disable(&a);
    ck_assert(!a.enabled);
    tick_to(5);
    ck_assert_int_eq(records[0].fires, 0);
    cygk_alarm_enable(&a);
    ck_assert(a.enabled);
    ck_assert(a.trigger == 6);
    tick_to(8);
    check_fires(0, expected, 2);
}
END_TEST
#endif

/* ------------------------------------------------------------------ */
/* C API                                                               */

#ifdef CYGFUN_KERNEL_COUNTERS_ALARMS

START_TEST(counter_api_basics)
{
    ck_assert_ptr_eq((void *)counter_h, &counter);
    ck_assert(cyg_counter_current_value(counter_h) == 0);
    cyg_counter_tick(counter_h);
    ck_assert(cyg_counter_current_value(counter_h) == 1);
    cyg_counter_multi_tick(counter_h, 9);
    ck_assert(cyg_counter_current_value(counter_h) == 10);
    cyg_counter_set_value(counter_h, 1000);
    ck_assert(cyg_counter_current_value(counter_h) == 1000);
    cyg_counter_multi_tick(counter_h, 0);
    ck_assert(cyg_counter_current_value(counter_h) == 1000);
}
END_TEST

START_TEST(alarm_create_is_disabled)
{
    cyg_handle_t a = make_alarm(0, recorder);

    ck_assert_ptr_eq((void *)a, &alarms[0]);
    check_times(a, 0, 0);
    tick_to(3);
    ck_assert_int_eq(records[0].fires, 0);
    /* Enabling with trigger 0 in the past: a one-shot due at once. */
    cyg_alarm_enable(a);
    ck_assert_int_eq(records[0].fires, 1);
    ck_assert(records[0].at[0] == 3);
}
END_TEST

START_TEST(one_shot_fires_once_and_disables)
{
    static const cyg_tick_count_t expected[] = { 5 };
    cyg_handle_t a = arm(0, recorder, 5, 0);

    check_times(a, 5, 0);
    tick_to(12);
    check_fires(0, expected, 1);
    ck_assert_ptr_eq((void *)records[0].handle, (void *)a);
    /* Disabled: enabling again fires it at once (trigger is past). */
    cyg_alarm_enable(a);
    ck_assert_int_eq(records[0].fires, 2);
    ck_assert(records[0].at[1] == 12);
    tick_to(20);
    ck_assert_int_eq(records[0].fires, 2);
}
END_TEST

START_TEST(due_at_arm_fires_inside_initialize)
{
    cyg_handle_t a;

    cyg_counter_set_value(counter_h, 50);
    a = arm(0, recorder, 50, 0);
    ck_assert_int_eq(records[0].fires, 1);
    ck_assert(records[0].at[0] == 50);
    cyg_alarm_initialize(a, 10, 0);
    ck_assert_int_eq(records[0].fires, 2);
    tick_to(60);
    ck_assert_int_eq(records[0].fires, 2);
}
END_TEST

START_TEST(periodic_rearms)
{
    static const cyg_tick_count_t expected[] = { 2, 5, 8, 11, 14 };
    cyg_handle_t a = arm(0, recorder, 2, 3);

    tick_to(15);
    check_fires(0, expected, 5);
    check_times(a, 17, 3);
}
END_TEST

/* Due when armed: it fires once at once and then keeps the phase of its
 * first trigger, beyond "now" (kapi.md 10.3). */
START_TEST(periodic_due_at_arm_keeps_phase)
{
    static const cyg_tick_count_t expected[] = { 10, 13, 16 };
    cyg_handle_t a;

    cyg_counter_set_value(counter_h, 10);
    a = arm(0, recorder, 4, 3);
    ck_assert_int_eq(records[0].fires, 1);
    check_times(a, 13, 3);
    tick_to(17);
    check_fires(0, expected, 3);
}
END_TEST

START_TEST(periodic_due_exactly_now)
{
    cyg_handle_t a;

    cyg_counter_set_value(counter_h, 10);
    a = arm(0, recorder, 10, 5);
    ck_assert_int_eq(records[0].fires, 1);
    check_times(a, 15, 5);
}
END_TEST

START_TEST(periodic_interval_one)
{
    cyg_handle_t a = arm(0, recorder, 1, 1);

    cyg_counter_multi_tick(counter_h, 10);
    ck_assert_int_eq(records[0].fires, 10);
    check_times(a, 11, 1);
}
END_TEST

START_TEST(multi_tick_fires_each_period)
{
    static const cyg_tick_count_t expected[] = { 3, 6, 9 };

    arm(0, recorder, 3, 3);
    cyg_counter_multi_tick(counter_h, 10);
    check_fires(0, expected, 3);
}
END_TEST

START_TEST(disable_stops_and_keeps_times)
{
    static const cyg_tick_count_t expected[] = { 4 };
    cyg_handle_t a = arm(0, recorder, 4, 4);

    tick_to(5);
    cyg_alarm_disable(a);
    check_times(a, 8, 4);
    tick_to(30);
    check_fires(0, expected, 1);
    check_times(a, 8, 4);
    /* Disabling twice is harmless. */
    cyg_alarm_disable(a);
    check_times(a, 8, 4);
}
END_TEST

/* Re-enabled after periods went by: whole periods are skipped, the
 * phase stays, nothing fires for the missed ones. */
START_TEST(enable_keeps_phase)
{
    static const cyg_tick_count_t expected[] = { 5, 17, 21 };
    cyg_handle_t a = arm(0, recorder, 5, 4);

    tick_to(6);
    cyg_alarm_disable(a);
    tick_to(15);
    cyg_alarm_enable(a);
    ck_assert_int_eq(records[0].fires, 1);
    check_times(a, 17, 4);
    tick_to(21);
    check_fires(0, expected, 3);
}
END_TEST

START_TEST(enable_on_a_period_boundary)
{
    cyg_handle_t a = arm(0, recorder, 5, 4);

    cyg_alarm_disable(a);
    tick_to(13);
    cyg_alarm_enable(a);
    /* 13 is on the alarm's phase: due now, so it fires once at once. */
    ck_assert_int_eq(records[0].fires, 1);
    ck_assert(records[0].at[0] == 13);
    check_times(a, 17, 4);
}
END_TEST

START_TEST(enable_twice_does_nothing)
{
    static const cyg_tick_count_t expected[] = { 6 };
    cyg_handle_t a = arm(0, recorder, 6, 0);

    cyg_alarm_enable(a);
    cyg_alarm_enable(a);
    check_times(a, 6, 0);
    tick_to(10);
    check_fires(0, expected, 1);
}
END_TEST

START_TEST(get_times_accepts_null)
{
    cyg_handle_t a = arm(0, recorder, 7, 9);
    cyg_tick_count_t t = 0, iv = 0;

    cyg_alarm_get_times(a, &t, NULL);
    ck_assert(t == 7);
    cyg_alarm_get_times(a, NULL, &iv);
    ck_assert(iv == 9);
    cyg_alarm_get_times(a, NULL, NULL);
}
END_TEST

START_TEST(reinitialize_replaces_times)
{
    static const cyg_tick_count_t expected[] = { 2, 9 };
    cyg_handle_t a = arm(0, recorder, 2, 2);

    tick_to(3);
    cyg_alarm_initialize(a, 9, 0);
    tick_to(20);
    check_fires(0, expected, 2);
}
END_TEST

START_TEST(set_value_never_fires)
{
    static const cyg_tick_count_t expected[] = { 101 };

    arm(0, recorder, 50, 0);
    cyg_counter_set_value(counter_h, 100);
    ck_assert_int_eq(records[0].fires, 0);
    /* The next tick finds it overdue. */
    cyg_counter_tick(counter_h);
    check_fires(0, expected, 1);
}
END_TEST

START_TEST(set_value_backwards)
{
    static const cyg_tick_count_t expected[] = { 5 };
    cyg_counter_set_value(counter_h, 3);
    arm(0, recorder, 5, 0);
    cyg_counter_set_value(counter_h, 0);
    tick_to(4);
    ck_assert_int_eq(records[0].fires, 0);
    tick_to(6);
    check_fires(0, expected, 1);
}
END_TEST

START_TEST(beyond_32_bits)
{
    const cyg_tick_count_t base = 0xFFFFFFFEull;
    cyg_handle_t a;

    cyg_counter_set_value(counter_h, base);
    a = arm(0, recorder, base + 3, 0x100000000ull);
    cyg_counter_multi_tick(counter_h, 2);
    ck_assert_int_eq(records[0].fires, 0);
    cyg_counter_tick(counter_h);
    ck_assert_int_eq(records[0].fires, 1);
    ck_assert(records[0].at[0] == base + 3);
    check_times(a, base + 3 + 0x100000000ull, 0x100000000ull);
}
END_TEST

/* Armed in a scrambled order, with repeats: each fires at its trigger. */
START_TEST(many_alarms_any_order)
{
    cyg_tick_count_t trigger[NALARMS];
    int i;

    for (i = 0; i < NALARMS; i++) {
        trigger[i] = (cyg_tick_count_t)((i * 7) % 13 + 1);
        cyg_alarm_initialize(make_alarm(i, recorder), trigger[i], 0);
    }
    tick_to(14);
    for (i = 0; i < NALARMS; i++)
        check_fires(i, &trigger[i], 1);
}
END_TEST

START_TEST(many_periodic_alarms)
{
    int i, n;

    for (i = 0; i < NALARMS; i++)
        cyg_alarm_initialize(make_alarm(i, recorder),
                             (cyg_tick_count_t)(NALARMS - i),
                             (cyg_tick_count_t)(i % 4 + 1));
    tick_to(60);
    for (i = 0; i < NALARMS; i++) {
        cyg_tick_count_t first = (cyg_tick_count_t)(NALARMS - i);
        cyg_tick_count_t step = (cyg_tick_count_t)(i % 4 + 1);

        ck_assert_int_eq(records[i].fires, (int)((60 - first) / step + 1));
        for (n = 0; n < records[i].fires && n < MAX_FIRES; n++)
            ck_assert(records[i].at[n] == first + n * step);
    }
}
END_TEST

/* Disabling some alarms of a crowd leaves the others alone. */
START_TEST(disable_some_of_many)
{
    int i;

    for (i = 0; i < NALARMS; i++)
        cyg_alarm_initialize(make_alarm(i, recorder), 5, 0);
    for (i = 0; i < NALARMS; i += 2)
        cyg_alarm_disable(alarm_h[i]);
    tick_to(5);
    for (i = 0; i < NALARMS; i++)
        ck_assert_int_eq(records[i].fires, i % 2);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Alarm functions acting on alarms                                    */

static void rearm_self_later(cyg_handle_t handle, cyg_addrword_t data)
{
    record *r = (record *)data;

    record_fire(r, handle);
    if (r->fires < r->limit)
        cyg_alarm_initialize(handle, cyg_counter_current_value(r->counter) +
                             r->offset, 0);
}

/* An alarm that re-arms itself as a one-shot `offset' ticks after each
 * firing, until it has fired `limit' times. */
static const struct {
    int              limit;
    cyg_tick_count_t offset, trigger, interval, until;
    cyg_tick_count_t at[4];     /* the `limit' firings */
} rearm_cases[] = {
    { 4, 2, 3, 0, 20, { 3, 5, 7, 9 } },
    /* Into the past: it fires again inside its own call, in one tick. */
    { 3, 0, 4, 0, 4, { 4, 4, 4 } },
    /* A periodic alarm takes the new times, not those its firing
     * computed: a one-shot 10 ticks later. */
    { 2, 10, 2, 2, 20, { 2, 12 } },
};

START_TEST(function_rearms_itself)
{
    int last = rearm_cases[_i].limit - 1;
    cyg_handle_t a = make_alarm(0, rearm_self_later);

    records[0].limit = rearm_cases[_i].limit;
    records[0].offset = rearm_cases[_i].offset;
    cyg_alarm_initialize(a, rearm_cases[_i].trigger, rearm_cases[_i].interval);
    tick_to(rearm_cases[_i].until);
    check_fires(0, rearm_cases[_i].at, rearm_cases[_i].limit);
    check_times(a, rearm_cases[_i].at[last], 0);
    tick_to(rearm_cases[_i].until + 10);
    ck_assert_int_eq(records[0].fires, rearm_cases[_i].limit);
}
END_TEST

static void disable_self_at_limit(cyg_handle_t handle, cyg_addrword_t data)
{
    record *r = (record *)data;

    record_fire(r, handle);
    if (r->fires >= r->limit)
        cyg_alarm_disable(handle);
}

START_TEST(function_disables_itself)
{
    static const cyg_tick_count_t expected[] = { 1, 2, 3 };
    cyg_handle_t a;

    records[0].limit = 3;
    a = arm(0, disable_self_at_limit, 1, 1);
    tick_to(10);
    check_fires(0, expected, 3);
    check_times(a, 4, 1);
}
END_TEST

static void delete_self(cyg_handle_t handle, cyg_addrword_t data)
{
    record_fire((record *)data, handle);
    cyg_alarm_delete(handle);
}

START_TEST(function_deletes_itself)
{
    static const cyg_tick_count_t expected[] = { 2 };

    cyg_alarm_initialize(make_alarm(0, delete_self), 2, 1);
    tick_to(10);
    check_fires(0, expected, 1);
}
END_TEST

static void disable_target(cyg_handle_t handle, cyg_addrword_t data)
{
    record *r = (record *)data;

    record_fire(r, handle);
    cyg_alarm_disable(r->target);
}

START_TEST(function_disables_later_alarm)
{
    static const cyg_tick_count_t expected[] = { 3 };
    cyg_handle_t a = make_alarm(0, disable_target);
    cyg_handle_t b = make_alarm(1, recorder);

    records[0].target = b;
    cyg_alarm_initialize(b, 6, 0);
    cyg_alarm_initialize(a, 3, 0);
    tick_to(10);
    check_fires(0, expected, 1);
    ck_assert_int_eq(records[1].fires, 0);
}
END_TEST

/* Both due on the same tick, each disabling the other: whichever runs
 * first, the other must not run. */
START_TEST(function_disables_alarm_due_same_tick)
{
    cyg_handle_t a = make_alarm(0, disable_target);
    cyg_handle_t b = make_alarm(1, disable_target);

    records[0].target = b;
    records[1].target = a;
    cyg_alarm_initialize(a, 5, 0);
    cyg_alarm_initialize(b, 5, 0);
    tick_to(5);
    ck_assert_int_eq(records[0].fires + records[1].fires, 1);
    tick_to(10);
    ck_assert_int_eq(records[0].fires + records[1].fires, 1);
}
END_TEST

START_TEST(function_disables_periodic_peer)
{
    cyg_handle_t a = make_alarm(0, disable_target);
    cyg_handle_t b = make_alarm(1, recorder);

    records[0].target = b;
    cyg_alarm_initialize(b, 1, 1);
    cyg_alarm_initialize(a, 4, 0);
    tick_to(12);
    /* b ran at 1, 2, 3 and perhaps at 4, depending on the order. */
    ck_assert(records[1].fires == 3 || records[1].fires == 4);
    check_times(b, records[1].fires == 3 ? 4 : 5, 1);
}
END_TEST

static void arm_target(cyg_handle_t handle, cyg_addrword_t data)
{
    record *r = (record *)data;

    record_fire(r, handle);
    cyg_alarm_initialize(r->target, cyg_counter_current_value(r->counter) +
                         r->offset, 0);
}

/* Fired at 3, alarm 0 arms alarm 1 as a one-shot `offset' ticks later:
 * with 0, alarm 1 is due at once and fires inside that call. */
static const struct {
    cyg_tick_count_t offset, until;
} arm_cases[] = { { 4, 20 }, { 0, 3 } };

START_TEST(function_arms_another)
{
    const cyg_tick_count_t expected = 3 + arm_cases[_i].offset;
    cyg_handle_t a = make_alarm(0, arm_target);
    cyg_handle_t b = make_alarm(1, recorder);

    records[0].target = b;
    records[0].offset = arm_cases[_i].offset;
    cyg_alarm_initialize(a, 3, 0);
    tick_to(arm_cases[_i].until);
    check_fires(1, &expected, 1);
    check_times(b, expected, 0);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Clocks                                                              */

START_TEST(clock_resolution_round_trip)
{
    static cyg_clock clock;
    cyg_resolution_t res = { 100, 3 };
    cyg_resolution_t got;
    cyg_handle_t clock_h;

    cyg_clock_create(res, &clock_h, &clock);
    got = cyg_clock_get_resolution(clock_h);
    ck_assert_uint_eq(got.dividend, 100);
    ck_assert_uint_eq(got.divisor, 3);
    res.dividend = 12;
    res.divisor = 25;
    cyg_clock_set_resolution(clock_h, res);
    got = cyg_clock_get_resolution(clock_h);
    ck_assert_uint_eq(got.dividend, 12);
    ck_assert_uint_eq(got.divisor, 25);
    cyg_clock_delete(clock_h);
}
END_TEST

START_TEST(clock_counter_drives_alarms)
{
    static const cyg_tick_count_t expected[] = { 2, 4 };
    static cyg_clock clock;
    cyg_resolution_t res = { 1000000, 1 };
    cyg_handle_t clock_h, clock_counter, a;

    cyg_clock_create(res, &clock_h, &clock);
    cyg_clock_to_counter(clock_h, &clock_counter);
    ck_assert(cyg_counter_current_value(clock_counter) == 0);
    records[0].counter = clock_counter;
    cyg_alarm_create(clock_counter, recorder, (cyg_addrword_t)&records[0],
                     &a, &alarms[0]);
    cyg_alarm_initialize(a, 2, 2);
    cyg_counter_multi_tick(clock_counter, 5);
    check_fires(0, expected, 2);
    /* The test counter is untouched. */
    ck_assert(cyg_counter_current_value(counter_h) == 0);
}
END_TEST
#endif /* CYGFUN_KERNEL_COUNTERS_ALARMS */

static Suite *alarm_suite(void)
{
    Suite *s = suite_create("alarms");
    TCase *tc;

    tc = tcase_create("internal");
    tcase_add_checked_fixture(tc, setup, NULL);
    tcase_add_test(tc, internal_counter_starts_at_zero);
    tcase_add_test(tc, internal_alarm_starts_disabled);
    tcase_add_test(tc, internal_one_shot);
    tcase_add_test(tc, internal_due_at_arm);
#ifdef CYGFUN_KERNEL_COUNTERS_ALARMS
    tcase_add_test(tc, lock_is_held_as_during_init);
    tcase_add_test(tc, internal_enable_disable);
#endif
    suite_add_tcase(s, tc);

#ifdef CYGFUN_KERNEL_COUNTERS_ALARMS
    tc = tcase_create("api");
    tcase_add_checked_fixture(tc, setup, NULL);
    tcase_add_test(tc, counter_api_basics);
    tcase_add_test(tc, alarm_create_is_disabled);
    tcase_add_test(tc, one_shot_fires_once_and_disables);
    tcase_add_test(tc, due_at_arm_fires_inside_initialize);
    tcase_add_test(tc, periodic_rearms);
    tcase_add_test(tc, periodic_due_at_arm_keeps_phase);
    tcase_add_test(tc, periodic_due_exactly_now);
    tcase_add_test(tc, periodic_interval_one);
    tcase_add_test(tc, multi_tick_fires_each_period);
    tcase_add_test(tc, disable_stops_and_keeps_times);
    tcase_add_test(tc, enable_keeps_phase);
    tcase_add_test(tc, enable_on_a_period_boundary);
    tcase_add_test(tc, enable_twice_does_nothing);
    tcase_add_test(tc, get_times_accepts_null);
    tcase_add_test(tc, reinitialize_replaces_times);
    tcase_add_test(tc, set_value_never_fires);
    tcase_add_test(tc, set_value_backwards);
    tcase_add_test(tc, beyond_32_bits);
    tcase_add_test(tc, many_alarms_any_order);
    tcase_add_test(tc, many_periodic_alarms);
    tcase_add_test(tc, disable_some_of_many);
    suite_add_tcase(s, tc);

    tc = tcase_create("alarm functions");
    tcase_add_checked_fixture(tc, setup, NULL);
    tcase_add_loop_test(tc, function_rearms_itself, 0,
                        (int)(sizeof rearm_cases / sizeof rearm_cases[0]));
    tcase_add_test(tc, function_disables_itself);
    tcase_add_test(tc, function_deletes_itself);
    tcase_add_test(tc, function_disables_later_alarm);
    tcase_add_test(tc, function_disables_alarm_due_same_tick);
    tcase_add_test(tc, function_disables_periodic_peer);
    tcase_add_loop_test(tc, function_arms_another, 0,
                        (int)(sizeof arm_cases / sizeof arm_cases[0]));
    suite_add_tcase(s, tc);

    tc = tcase_create("clocks");
    tcase_add_checked_fixture(tc, setup, NULL);
    tcase_add_test(tc, clock_resolution_round_trip);
    tcase_add_test(tc, clock_counter_drives_alarms);
    suite_add_tcase(s, tc);
#endif
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(alarm_suite());
    int failed;

    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
