/* The real-time clock: a clock ticked from the HAL's periodic timer
 * interrupt, one tick per DSR request. It drives delays, timed waits and
 * timeslicing. */

#include <cyg/kernel/kclock.h>
#include <cyg/kernel/kintr.h>
#include <cyg/kernel/ksched.h>
#include <cyg/hal/hal_intr.h>

#ifdef CYGVAR_KERNEL_COUNTERS_CLOCK

cyg_clock cygk_rtc;
static cyg_interrupt cygk_rtc_interrupt;

static cyg_uint32 cygk_rtc_isr(cyg_vector_t vector, cyg_addrword_t data)
{
    (void)data;
    HAL_CLOCK_RESET(vector, CYGNUM_KERNEL_COUNTERS_RTC_PERIOD);
#ifdef CYGFUN_KERNEL_THREADS_RUNTIME_STATS
    cygk_rtc_isr_ticks++;
#endif
    HAL_INTERRUPT_ACKNOWLEDGE(vector);
    return CYG_ISR_HANDLED | CYG_ISR_CALL_DSR;
}

static void cygk_rtc_dsr(cyg_vector_t vector, cyg_ucount32 count,
                         cyg_addrword_t data)
{
    (void)vector;
    (void)data;
    while (count-- > 0) {
        cygk_counter_tick(&cygk_rtc.counter);
#ifdef CYGSEM_KERNEL_SCHED_TIMESLICE
        cygk_sched_timeslice_tick();
#endif
    }
}

/* The clock exists before any application code runs, so that
 * cyg_user_start() can already set alarms on it; the timer starts
 * counting once a thread enables interrupts. */
void cygk_rtc_init(void)
{
    static const cyg_resolution_t resolution = CYGNUM_KERNEL_COUNTERS_RTC_RESOLUTION;

    cygk_counter_init(&cygk_rtc.counter);
    cygk_rtc.resolution = resolution;
    cygk_interrupt_init(&cygk_rtc_interrupt, CYGNUM_HAL_INTERRUPT_RTC,
                        CYGNUM_KERNEL_COUNTERS_CLOCK_ISR_PRIORITY, 0,
                        cygk_rtc_isr, cygk_rtc_dsr);
    cygk_interrupt_attach(&cygk_rtc_interrupt);
    HAL_CLOCK_INITIALIZE(CYGNUM_KERNEL_COUNTERS_RTC_PERIOD);
    HAL_INTERRUPT_UNMASK(CYGNUM_HAL_INTERRUPT_RTC);
}

#endif
