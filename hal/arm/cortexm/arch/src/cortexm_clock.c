/*
 * Cortex-M: SysTick as the real-time clock and the time base of
 * HAL_DELAY_US.
 *
 * SysTick counts the processor clock down from its reload value to 0 and
 * reloads, pending its exception on the way through 0 when TICKINT is
 * set. From the HAL's own initialization on it always counts (over its
 * whole 24-bit range until HAL_CLOCK_INITIALIZE sets the period), so that
 * delays work before the real-time clock is started or in programs that
 * never start it. TICKINT is the vector's mask and is left to
 * HAL_INTERRUPT_MASK/UNMASK.
 */

#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/hal/hal_intr.h>
#include "cortexm_internal.h"

#define COUNTS_PER_US   (CYGNUM_HAL_CORTEXM_SYSTICK_CLOCK_HZ / 1000000)

_Static_assert(CYGNUM_HAL_CORTEXM_SYSTICK_CLOCK_HZ % 1000000 == 0,
               "HAL_DELAY_US counts whole SysTick counts per microsecond");

/* Stops the counter, loads the reload value, restarts from it. */
static void start_counting(cyg_uint32 reload)
{
    cyg_uint32 tickint = CYGARC_REG_SYST_CSR & CYGARC_SYST_CSR_TICKINT;

    CYGARC_REG_SYST_CSR = CYGARC_SYST_CSR_CLKSOURCE | tickint;
    CYGARC_REG_SYST_RVR = reload;
    CYGARC_REG_SYST_CVR = 0;            /* any write reloads */
    CYGARC_REG_SYST_CSR = CYGARC_SYST_CSR_CLKSOURCE | tickint
                          | CYGARC_SYST_CSR_ENABLE;
}

void hal_cortexm_clock_start(void)
{
    start_counting(CYGARC_SYST_RVR_MAX);
}

/* `period' counts per tick, at most 2^24. */
void hal_cortexm_clock_initialize(cyg_uint32 period)
{
    start_counting(period - 1);
}

/* Counts elapsed since `*last' was read, which is then updated. Polled
 * at least once per period, the counter wraps at most once in between. */
static cyg_uint32 counts_since(cyg_uint32 *last)
{
    cyg_uint32 now = CYGARC_REG_SYST_CVR;
    cyg_uint32 elapsed = (now <= *last) ? *last - now
                                        : *last + CYGARC_REG_SYST_RVR + 1 - now;
    *last = now;
    return elapsed;
}

/* At least two processor cycles per iteration. */
static void spin(cyg_uint32 iterations)
{
    while (iterations-- > 0)
        __asm__ __volatile__ ("");
}

/*
 * Busy-waits, since the delay must also work with interrupts disabled.
 * Reading SysTick is slow under QEMU (each device access leaves the
 * translated code), so between reads the core spins. SysTick counts the
 * processor clock and an iteration takes at least two cycles, so spinning
 * a quarter of the counts left, and never more than a quarter of the
 * counter's period, ends before the delay does and before the counter
 * can wrap twice; the reads then grow only with the logarithm of the
 * delay.
 */
void hal_cortexm_delay_us(cyg_int32 us)
{
    cyg_uint64 remaining;
    cyg_uint32 last;

    if (us <= 0)
        return;
    if (!(CYGARC_REG_SYST_CSR & CYGARC_SYST_CSR_ENABLE))
        hal_cortexm_clock_start();
    remaining = (cyg_uint64)us * COUNTS_PER_US;
    last = CYGARC_REG_SYST_CVR;
    for (;;) {
        cyg_uint32 elapsed = counts_since(&last);
        cyg_uint32 quarter_period = CYGARC_REG_SYST_RVR / 4;

        if (elapsed >= remaining)
            return;
        remaining -= elapsed;
        spin(remaining / 4 < quarter_period ? (cyg_uint32)(remaining / 4)
                                            : quarter_period);
    }
}
