/*
 * Cortex-M: the interrupt controller.
 *
 * External lines are NVIC lines; vector 0, SysTick, is a system exception
 * whose enable bit (TICKINT) lives in the timer itself and whose priority
 * is a system handler priority. Every write that unmasks or pends is
 * followed by a barrier, so that an interrupt it allows is taken before
 * the caller's next statement.
 */

#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/infra/cyg_ass.h>
#include <cyg/hal/hal_intr.h>
#include "cortexm_internal.h"

_Static_assert(CYGNUM_HAL_CORTEXM_PRIORITY_BITS >= 2
               && CYGNUM_HAL_CORTEXM_PRIORITY_BITS <= 8,
               "ARMv7-M implements 3 to 8 priority bits; 2 leave one level "
               "for interrupts");
_Static_assert(CYGNUM_HAL_CORTEXM_DEFAULT_INTERRUPT_LEVEL
               <= CYGNUM_HAL_CORTEXM_INTERRUPT_LEVEL_MAX,
               "the default level is one interrupts may have");

/* The priority byte of a level: its value in the implemented (top) bits. */
static cyg_uint8 priority_of_level(cyg_priority_t level)
{
    if (level > CYGNUM_HAL_CORTEXM_INTERRUPT_LEVEL_MAX)
        level = CYGNUM_HAL_CORTEXM_INTERRUPT_LEVEL_MAX;
    return (cyg_uint8)(level << (8 - CYGNUM_HAL_CORTEXM_PRIORITY_BITS));
}

#define LINES                   CYGNUM_HAL_CORTEXM_EXTERNAL_INTERRUPTS
#define LEAST_URGENT_PRIORITY   0xFFu
#define MOST_URGENT_PRIORITY    0x00u

static int is_external(cyg_vector_t vector)
{
    CYG_ASSERT(vector <= CYGNUM_HAL_ISR_MAX, "interrupt vector out of range");
    return vector != CYGNUM_HAL_INTERRUPT_SYSTICK;
}

static cyg_uint32 line_of(cyg_vector_t vector)
{
    return vector - CYGNUM_HAL_INTERRUPT_EXTERNAL(0);
}

static cyg_uint32 line_bit(cyg_uint32 line)
{
    return 1u << (line % 32);
}

void hal_cortexm_interrupt_mask(cyg_vector_t vector)
{
    if (is_external(vector)) {
        cyg_uint32 line = line_of(vector);
        CYGARC_REG_NVIC_ICER(line / 32) = line_bit(line);
    } else {
        CYGARC_REG_SYST_CSR &= ~CYGARC_SYST_CSR_TICKINT;
    }
    hal_cortexm_barrier();
}

void hal_cortexm_interrupt_unmask(cyg_vector_t vector)
{
    if (is_external(vector)) {
        cyg_uint32 line = line_of(vector);
        CYGARC_REG_NVIC_ISER(line / 32) = line_bit(line);
    } else {
        CYGARC_REG_SYST_CSR |= CYGARC_SYST_CSR_TICKINT;
    }
    hal_cortexm_barrier();
}

void hal_cortexm_interrupt_set_level(cyg_vector_t vector, cyg_priority_t level)
{
    if (is_external(vector))
        CYGARC_REG_NVIC_IPR(line_of(vector)) = priority_of_level(level);
    else
        CYGARC_REG_SHPR(CYGARC_EXCEPTION_SYSTICK) = priority_of_level(level);
    hal_cortexm_barrier();
}

/*
 * Faults and SVC are the most urgent: a fault must be able to interrupt
 * an ISR (to be reported), and SVC, which resumes a thread after the
 * kernel ran, must come before any interrupt that would only nest on top
 * of it. PendSV is the least urgent, so that the kernel is entered once
 * every ISR has run. Every line starts masked, not pending, at the
 * default level.
 */
void hal_cortexm_init_interrupt_controller(void)
{
    CYGARC_REG_SHPR(CYGARC_EXCEPTION_MEMORY_MANAGE) = MOST_URGENT_PRIORITY;
    CYGARC_REG_SHPR(CYGARC_EXCEPTION_BUS_FAULT) = MOST_URGENT_PRIORITY;
    CYGARC_REG_SHPR(CYGARC_EXCEPTION_USAGE_FAULT) = MOST_URGENT_PRIORITY;
    CYGARC_REG_SHPR(CYGARC_EXCEPTION_SVCALL) = MOST_URGENT_PRIORITY;
    CYGARC_REG_SHPR(CYGARC_EXCEPTION_DEBUG_MONITOR) = MOST_URGENT_PRIORITY;
    CYGARC_REG_SHPR(CYGARC_EXCEPTION_PENDSV) = LEAST_URGENT_PRIORITY;
    CYGARC_REG_SHPR(CYGARC_EXCEPTION_SYSTICK) =
        priority_of_level(CYGNUM_HAL_CORTEXM_DEFAULT_INTERRUPT_LEVEL);

    for (cyg_uint32 word = 0; word * 32 < LINES; word++) {
        CYGARC_REG_NVIC_ICER(word) = 0xFFFFFFFFu;
        CYGARC_REG_NVIC_ICPR(word) = 0xFFFFFFFFu;
    }
    for (cyg_uint32 line = 0; line < LINES; line++)
        CYGARC_REG_NVIC_IPR(line) =
            priority_of_level(CYGNUM_HAL_CORTEXM_DEFAULT_INTERRUPT_LEVEL);
    hal_cortexm_barrier();
}
