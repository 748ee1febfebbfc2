/* kspin - spinlocks on a uniprocessor: init clear or claimed, spin on a
 * free lock, try, test, clear; the intsave forms disable interrupts and
 * restore the state they found (which may already be disabled); use
 * during initialization and from an alarm function (DSR context). */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>
#include "testaux.h"

#ifdef CYGFUN_KERNEL_SYNCH_SPINLOCK

#include <cyg/hal/hal_intr.h>

static cyg_spinlock_t lock_a, lock_b, lock_init;
static cyg_bool_t init_results_ok;

/* Reference values of HAL_QUERY_INTERRUPTS with interrupts on and off. */
static CYG_INTERRUPT_STATE state_on, state_off;

static CYG_INTERRUPT_STATE interrupt_state(void)
{
    CYG_INTERRUPT_STATE state;

    HAL_QUERY_INTERRUPTS(state);
    return state;
}

static void learn_interrupt_states(void)
{
    CYG_INTERRUPT_STATE old;

    state_on = interrupt_state();
    HAL_DISABLE_INTERRUPTS(old);
    state_off = interrupt_state();
    HAL_RESTORE_INTERRUPTS(old);
    CHECK(state_on != state_off);
    CHECK(interrupt_state() == state_on);
}

static void check_basic_operations(void)
{
    cyg_spinlock_init(&lock_a, false);
    CHECK(!cyg_spinlock_test(&lock_a));
    CHECK(cyg_spinlock_try(&lock_a));
    CHECK(cyg_spinlock_test(&lock_a));
    CHECK(!cyg_spinlock_try(&lock_a));
    CHECK(cyg_spinlock_test(&lock_a));
    cyg_spinlock_clear(&lock_a);
    CHECK(!cyg_spinlock_test(&lock_a));

    cyg_spinlock_spin(&lock_a);
    CHECK(cyg_spinlock_test(&lock_a));
    CHECK(!cyg_spinlock_try(&lock_a));
    cyg_spinlock_clear(&lock_a);
    CHECK(!cyg_spinlock_test(&lock_a));

    cyg_spinlock_init(&lock_b, true);
    CHECK(cyg_spinlock_test(&lock_b));
    CHECK(!cyg_spinlock_try(&lock_b));
    CHECK(!cyg_spinlock_test(&lock_a));
    cyg_spinlock_clear(&lock_b);
    CHECK(!cyg_spinlock_test(&lock_b));
    CHECK(cyg_spinlock_try(&lock_b));
    CHECK(!cyg_spinlock_test(&lock_a));
    cyg_spinlock_clear(&lock_b);
}

static void check_intsave_from_enabled(void)
{
    cyg_addrword_t istate;

    CHECK(interrupt_state() == state_on);
    cyg_spinlock_spin_intsave(&lock_a, &istate);
    CHECK(interrupt_state() == state_off);
    CHECK(cyg_spinlock_test(&lock_a));
    cyg_spinlock_clear_intsave(&lock_a, istate);
    CHECK(interrupt_state() == state_on);
    CHECK(!cyg_spinlock_test(&lock_a));
}

/* Already disabled: clear_intsave must leave them disabled. */
static void check_intsave_from_disabled(void)
{
    CYG_INTERRUPT_STATE old;
    cyg_addrword_t istate;

    HAL_DISABLE_INTERRUPTS(old);
    cyg_spinlock_spin_intsave(&lock_a, &istate);
    CHECK(interrupt_state() == state_off);
    cyg_spinlock_clear_intsave(&lock_a, istate);
    CHECK(interrupt_state() == state_off);
    CHECK(!cyg_spinlock_test(&lock_a));
    HAL_RESTORE_INTERRUPTS(old);
    CHECK(interrupt_state() == state_on);
}

/* Two intsave locks nested: the inner restore keeps interrupts off. */
static void check_intsave_nested(void)
{
    cyg_addrword_t outer, inner;

    cyg_spinlock_spin_intsave(&lock_a, &outer);
    cyg_spinlock_spin_intsave(&lock_b, &inner);
    CHECK(cyg_spinlock_test(&lock_a) && cyg_spinlock_test(&lock_b));
    cyg_spinlock_clear_intsave(&lock_b, inner);
    CHECK(interrupt_state() == state_off);
    cyg_spinlock_clear_intsave(&lock_a, outer);
    CHECK(interrupt_state() == state_on);
    CHECK(!cyg_spinlock_test(&lock_a) && !cyg_spinlock_test(&lock_b));
}

#if defined(CYGFUN_KERNEL_THREADS_TIMER) && defined(CYGFUN_KERNEL_COUNTERS_ALARMS)
# define TEST_FROM_ALARM 1

static cyg_alarm alarm_obj;
static cyg_handle_t alarm_handle;
static volatile int alarm_runs, alarm_checks_ok;

static void alarm_fn(cyg_handle_t alarm, cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_handle_t, alarm);
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    alarm_runs++;
    alarm_checks_ok = cyg_spinlock_test(&lock_b) && !cyg_spinlock_try(&lock_b)
                      && !cyg_spinlock_test(&lock_a) && cyg_spinlock_try(&lock_a);
    if (alarm_checks_ok)
        cyg_spinlock_clear(&lock_a);
}

/* lock_b is held by the thread while the alarm looks at both locks. */
static void check_from_alarm(void)
{
    cyg_handle_t counter;

    cyg_clock_to_counter(cyg_real_time_clock(), &counter);
    cyg_alarm_create(counter, alarm_fn, 0, &alarm_handle, &alarm_obj);
    CHECK(cyg_spinlock_try(&lock_b));
    cyg_alarm_initialize(alarm_handle, cyg_current_time() + 1, 0);
    cyg_thread_delay(3);
    CHECK(alarm_runs == 1);
    CHECK(alarm_checks_ok);
    CHECK(!cyg_spinlock_test(&lock_a));
    cyg_spinlock_clear(&lock_b);
    cyg_alarm_delete(alarm_handle);
}
#endif

static void kspin_main(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);

    CHECK(init_results_ok);
    learn_interrupt_states();
    check_basic_operations();
    check_intsave_from_enabled();
    check_intsave_from_disabled();
    check_intsave_nested();
#ifdef TEST_FROM_ALARM
    check_from_alarm();
#else
    CYG_TEST_INFO("no thread timers or alarms: use from an alarm not tested");
#endif
    cyg_spinlock_destroy(&lock_a);
    cyg_spinlock_destroy(&lock_b);
    CYG_TEST_PASS_FINISH("Kernel C API spinlocks OK");
}

externC void cyg_start(void)
{
    CYG_TEST_INIT();

    /* Any context may use spinlocks, initialization included. */
    cyg_spinlock_init(&lock_init, false);
    init_results_ok = cyg_spinlock_try(&lock_init) && cyg_spinlock_test(&lock_init);
    cyg_spinlock_clear(&lock_init);
    init_results_ok = init_results_ok && !cyg_spinlock_test(&lock_init);
    cyg_spinlock_destroy(&lock_init);

    start_watchdog();
    run_main_thread(4, kspin_main, "kspin");
}

#else

# ifndef CYGFUN_KERNEL_API_C
NA_MAIN("Kernel C API layer disabled")
# else
NA_MAIN("Spinlocks disabled (CYGFUN_KERNEL_SYNCH_SPINLOCK)")
# endif

#endif
