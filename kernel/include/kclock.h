#ifndef CYGONCE_KERNEL_KCLOCK_H
#define CYGONCE_KERNEL_KCLOCK_H
/* Kernel-internal: counters, alarms and the real-time clock. Call with
 * the scheduler locked. */

#include <cyg/kernel/kapidata.h>

void cygk_counter_init(cyg_counter *counter);
/* Advance by one increment, firing every alarm that became due. */
void cygk_counter_tick(cyg_counter *counter);
#ifdef CYGFUN_KERNEL_COUNTERS_ALARMS
/* Set the value; fires nothing until the next tick. */
void cygk_counter_set_value(cyg_counter *counter, cyg_tick_count_t value);
#endif

void cygk_alarm_init(cyg_alarm *alarm, cyg_counter *counter,
                     cyg_alarm_t *fn, cyg_addrword_t data);
/* Arm and enable; an alarm already due fires before this returns. */
void cygk_alarm_initialize(cyg_alarm *alarm, cyg_tick_count_t trigger,
                           cyg_tick_count_t interval);
#ifdef CYGFUN_KERNEL_COUNTERS_ALARMS
/* Only applications re-enable alarms: the kernel's own are set anew. */
void cygk_alarm_enable(cyg_alarm *alarm);
#endif
void cygk_alarm_disable(cyg_alarm *alarm);

#ifdef CYGVAR_KERNEL_COUNTERS_CLOCK
extern cyg_clock cygk_rtc;

/* Build the real-time clock and start its timer (clock.c). */
void cygk_rtc_init(void);

static inline cyg_tick_count_t cygk_rtc_now(void)
{
    return cygk_rtc.counter.value;
}

# ifdef CYGFUN_KERNEL_THREADS_RUNTIME_STATS
/* Clock interrupts taken, counted by the ISR (thread_stats.c): unlike
 * the clock's counter, which its DSR advances, it is not held back while
 * the scheduler is locked, as it is at every thread switch. */
extern volatile cyg_tick_count_t cygk_rtc_isr_ticks;
# endif
#endif

#endif /* CYGONCE_KERNEL_KCLOCK_H */
