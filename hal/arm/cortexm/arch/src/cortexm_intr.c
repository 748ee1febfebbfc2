/*
 * Cortex-M: interrupt dispatch.
 *
 * SysTick and every external line enter hal_cortexm_interrupt in handler
 * mode, on the interrupt stack. The exception number tells the vector:
 * SysTick is exception 15 and line n exception 16 + n, so the vector is
 * the exception number less 15. The ISR runs with interrupts disabled
 * (PRIMASK), unless nesting is configured, in which case only the NVIC's
 * priorities hold other interrupts back. Whatever the kernel must do
 * afterwards is handed to PendSV (cortexm_kernel_entry.h), since it
 * needs thread mode.
 */

#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/hal/hal_intr.h>
#include "cortexm_internal.h"
#include "cortexm_kernel_entry.h"

HAL_INTERRUPT_TABLE_DEFINE();

_Static_assert(CYGNUM_HAL_ISR_MIN == 0
               && CYGNUM_HAL_INTERRUPT_SYSTICK
                  == CYGARC_EXCEPTION_SYSTICK - 15
               && CYGNUM_HAL_INTERRUPT_EXTERNAL(0)
                  == CYGARC_EXCEPTION_EXTERNAL(0) - 15,
               "vector = exception number - 15 = table index");

/*
 * Lines start masked and are unmasked by whoever attaches an ISR, so an
 * interrupt on a free vector is one that was raised or unmasked by hand:
 * there is nothing to do for it.
 */
cyg_uint32 hal_default_isr(cyg_vector_t vector, cyg_addrword_t data)
{
    (void)vector;
    (void)data;
    return 0;
}

#ifdef CYGSEM_HAL_COMMON_INTERRUPTS_ALLOW_NESTING
# define DISABLE_FOR_ISR()
# define ENABLE_AFTER_ISR()
#else
# define DISABLE_FOR_ISR()      __asm__ __volatile__ ("cpsid i" : : : "memory")
# define ENABLE_AFTER_ISR()     __asm__ __volatile__ ("cpsie i" : : : "memory")
#endif

/*
 * The interrupted code had interrupts enabled (or the exception could not
 * have been taken), so enabling them again on the way out restores its
 * state; exception return itself does not touch PRIMASK. The kernel
 * returns with them enabled. A vector's entry does not change while its
 * interrupt is taken (attaching and detaching are thread-level calls,
 * made with interrupts disabled), so it is read as plain memory.
 */
void hal_cortexm_interrupt(void)
{
    cyg_vector_t vector = hal_cortexm_ipsr() - 15;
    const struct hal_interrupt_entry *entry =
        (const struct hal_interrupt_entry *)&hal_interrupt_table[vector];
    cyg_uint32 result;

    /* One register for the entry's address serves all three loads; GCC
     * would otherwise index the first one separately. */
    __asm__ ("" : "+r" (entry));
    DISABLE_FOR_ISR();
    result = ((cyg_ISR_t *)entry->isr)(vector, entry->data);
#ifdef CYGFUN_HAL_COMMON_KERNEL_SUPPORT
    hal_cortexm_after_isr(entry->object, result);
#else
    (void)result;
    ENABLE_AFTER_ISR();
#endif
}
