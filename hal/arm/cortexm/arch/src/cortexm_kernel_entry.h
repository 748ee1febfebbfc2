#ifndef CYGONCE_HAL_CORTEXM_KERNEL_ENTRY_H
#define CYGONCE_HAL_CORTEXM_KERNEL_ENTRY_H
/*
 * Cortex-M: handing the end of an interrupt to the kernel.
 *
 * An ISR runs in handler mode, where the kernel can queue its DSR
 * (cyg_kernel_interrupt_post) but cannot run DSRs or switch threads,
 * which only thread mode allows. When the kernel says it must be entered,
 * the interrupt handler pends PendSV; PendSV, the least urgent exception,
 * is taken once every ISR has run and sends the interrupted thread
 * through cyg_kernel_interrupt_end() in thread mode (cortexm_pendsv.S).
 * Several ISRs may run before PendSV is taken: their DSRs are all in the
 * kernel's queue by then, and one entry delivers them all.
 */

#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/hal/hal_intr.h>
#include "cortexm_internal.h"

#ifdef CYGFUN_HAL_COMMON_KERNEL_SUPPORT

static inline void hal_cortexm_after_isr(cyg_vector_t vector, cyg_uint32 result)
{
#ifdef CYGSEM_HAL_COMMON_INTERRUPTS_ALLOW_NESTING
    CYG_INTERRUPT_STATE old;
    HAL_DISABLE_INTERRUPTS(old);
#endif
    if (cyg_kernel_interrupt_post(result, hal_interrupt_objects[vector]))
        hal_cortexm_pend_kernel_entry();
#ifdef CYGSEM_HAL_COMMON_INTERRUPTS_ALLOW_NESTING
    HAL_RESTORE_INTERRUPTS(old);
#endif
}

#endif /* CYGFUN_HAL_COMMON_KERNEL_SUPPORT */

#endif /* CYGONCE_HAL_CORTEXM_KERNEL_ENTRY_H */
