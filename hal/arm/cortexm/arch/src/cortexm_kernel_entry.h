#ifndef CYGONCE_HAL_CORTEXM_KERNEL_ENTRY_H
#define CYGONCE_HAL_CORTEXM_KERNEL_ENTRY_H
/*
 * Cortex-M: handing the end of an interrupt to the kernel.
 *
 * An ISR runs in handler mode, but cyg_kernel_interrupt_end() may run
 * DSRs and switch threads, which only thread mode allows. So the
 * interrupt handler records the DSR request and pends PendSV; PendSV, the
 * least urgent exception, is taken once every ISR has run and sends the
 * interrupted thread through hal_cortexm_interrupt_end() in thread mode
 * (cortexm_pendsv.S).
 *
 * Several ISRs may run before PendSV is taken. Their requests wait in a
 * ring of vectors, oldest first, each vector at most once with a count,
 * so the ring never overflows. Each pass through thread mode hands one
 * request to the kernel; if more remain it pends PendSV again, which is
 * taken as soon as the kernel enables interrupts, before any DSR runs, so
 * every pending request is queued with the kernel before its DSRs run.
 */

#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/hal/hal_intr.h>
#include "cortexm_internal.h"

#ifdef CYGFUN_HAL_COMMON_KERNEL_SUPPORT

#include <cyg/kernel/ktypes.h>          /* CYG_ISR_CALL_DSR */

#define HAL_CORTEXM_DSR_RING_SIZE 64

_Static_assert((HAL_CORTEXM_DSR_RING_SIZE & (HAL_CORTEXM_DSR_RING_SIZE - 1)) == 0
               && HAL_CORTEXM_DSR_RING_SIZE >= CYGNUM_HAL_ISR_COUNT
               && CYGNUM_HAL_ISR_MAX <= 255,
               "every vector fits in the ring at once");

externC volatile cyg_uint8  hal_cortexm_dsr_ring[HAL_CORTEXM_DSR_RING_SIZE];
externC volatile cyg_uint32 hal_cortexm_dsr_ring_head;
externC volatile cyg_uint32 hal_cortexm_dsr_ring_tail;
externC volatile cyg_uint32 hal_cortexm_dsr_requests[CYGNUM_HAL_ISR_COUNT];

/* Thread mode, interrupts disabled: one request to the kernel. */
externC void hal_cortexm_interrupt_end(void);

/* Interrupts disabled. */
static inline void hal_cortexm_queue_dsr_request(cyg_vector_t vector)
{
    if (hal_cortexm_dsr_requests[vector]++ == 0) {
        cyg_uint32 tail = hal_cortexm_dsr_ring_tail;
        hal_cortexm_dsr_ring[tail % HAL_CORTEXM_DSR_RING_SIZE] = (cyg_uint8)vector;
        hal_cortexm_dsr_ring_tail = tail + 1;
    }
}

/*
 * After the ISR of `vector' returned `result', in handler mode. With
 * chained interrupts the kernel's chain ISR queues the DSRs itself and
 * asks for none, yet the kernel must still run them.
 */
static inline void hal_cortexm_after_isr(cyg_vector_t vector, cyg_uint32 result)
{
    if (result & CYG_ISR_CALL_DSR) {
#ifdef CYGSEM_HAL_COMMON_INTERRUPTS_ALLOW_NESTING
        CYG_INTERRUPT_STATE old;
        HAL_DISABLE_INTERRUPTS(old);
        hal_cortexm_queue_dsr_request(vector);
        HAL_RESTORE_INTERRUPTS(old);
#else
        hal_cortexm_queue_dsr_request(vector);
#endif
        hal_cortexm_pend_kernel_entry();
    }
#ifdef CYGIMP_HAL_COMMON_INTERRUPTS_CHAIN
    else {
        hal_cortexm_pend_kernel_entry();
    }
#endif
}

#endif /* CYGFUN_HAL_COMMON_KERNEL_SUPPORT */

#endif /* CYGONCE_HAL_CORTEXM_KERNEL_ENTRY_H */
