#ifndef CYGONCE_HAL_CORTEXM_KERNEL_ENTRY_H
#define CYGONCE_HAL_CORTEXM_KERNEL_ENTRY_H
/*
 * Cortex-M: handing the end of an interrupt to the kernel.
 *
 * An ISR runs in handler mode, where the kernel can run DSRs
 * (cyg_kernel_interrupt_deliver) but where switching threads would leave
 * the other handlers' work behind. When a DSR has made a better thread
 * ready, the interrupt handler pends PendSV; PendSV, the least urgent
 * exception, is taken once every ISR has run and switches threads
 * (cortexm_pendsv.S). DSRs thus run on the interrupt stack at the
 * priority of their interrupt: more urgent interrupts preempt them, less
 * urgent ones wait for them, and several DSRs made ready by interrupts
 * taken together lead to one switch.
 *
 * With nesting, an ISR that interrupted another handler only queues its
 * DSR (cyg_kernel_interrupt_post): the outermost interrupt, or PendSV,
 * delivers it once the other handlers are done.
 */

#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/hal/hal_intr.h>
#include "cortexm_internal.h"

#ifdef CYGFUN_HAL_COMMON_KERNEL_SUPPORT

/* Hand the ISR's result to the kernel; true when a switch is due. */
static inline cyg_bool hal_cortexm_kernel_dsrs(cyg_uint32 result,
                                               CYG_ADDRWORD object)
{
#ifdef CYGSEM_HAL_COMMON_INTERRUPTS_ALLOW_NESTING
    if (!hal_cortexm_returns_to_base())
        return cyg_kernel_interrupt_post(result, object);
#endif
    return cyg_kernel_interrupt_deliver(result, object);
}

static inline void hal_cortexm_after_isr(CYG_ADDRWORD object, cyg_uint32 result)
{
#ifdef CYGSEM_HAL_COMMON_INTERRUPTS_ALLOW_NESTING
    CYG_INTERRUPT_STATE old;
    HAL_DISABLE_INTERRUPTS(old);
#endif
    if (hal_cortexm_kernel_dsrs(result, object))
        hal_cortexm_pend_kernel_entry();
#ifdef CYGSEM_HAL_COMMON_INTERRUPTS_ALLOW_NESTING
    HAL_RESTORE_INTERRUPTS(old);
#endif
}

#endif /* CYGFUN_HAL_COMMON_KERNEL_SUPPORT */

#endif /* CYGONCE_HAL_CORTEXM_KERNEL_ENTRY_H */
