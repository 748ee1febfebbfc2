/* C API: reading clocks and counters, the real-time clock above all.
 * Creating counters, clocks and alarms is in kapi_alarm.c. */

#include <cyg/kernel/kapi.h>
#include <cyg/kernel/kclock.h>
#include <cyg/hal/hal_intr.h>

#define CYGK_COUNTER(h) ((cyg_counter *)(h))
#define CYGK_CLOCK(h)   ((cyg_clock *)(h))

/* Only the clock's DSR or a thread holding the scheduler lock changes a
 * counter, and neither can run with interrupts off: that is enough to
 * read its 64 bits, which may take two loads, in one piece. */
cyg_tick_count_t cyg_counter_current_value(cyg_handle_t counter)
{
    CYG_INTERRUPT_STATE old;
    cyg_tick_count_t value;

    HAL_DISABLE_INTERRUPTS(old);
    value = CYGK_COUNTER(counter)->value;
    HAL_RESTORE_INTERRUPTS(old);
    return value;
}

void cyg_clock_to_counter(cyg_handle_t clock, cyg_handle_t *counter)
{
    *counter = (cyg_handle_t)&CYGK_CLOCK(clock)->counter;
}

cyg_resolution_t cyg_clock_get_resolution(cyg_handle_t clock)
{
    return CYGK_CLOCK(clock)->resolution;
}

#ifdef CYGVAR_KERNEL_COUNTERS_CLOCK
cyg_handle_t cyg_real_time_clock(void)
{
    return (cyg_handle_t)&cygk_rtc;
}

cyg_tick_count_t cyg_current_time(void)
{
    return cyg_counter_current_value((cyg_handle_t)&cygk_rtc.counter);
}
#endif
