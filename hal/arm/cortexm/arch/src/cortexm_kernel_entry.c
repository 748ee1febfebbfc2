/*
 * Cortex-M: the thread-mode half of an interrupt's end (see
 * cortexm_kernel_entry.h for the whole path).
 */

#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/hal/hal_intr.h>
#include "cortexm_kernel_entry.h"

volatile cyg_uint8  hal_cortexm_dsr_ring[HAL_CORTEXM_DSR_RING_SIZE];
volatile cyg_uint32 hal_cortexm_dsr_ring_head;
volatile cyg_uint32 hal_cortexm_dsr_ring_tail;
volatile cyg_uint32 hal_cortexm_dsr_requests[CYGNUM_HAL_ISR_COUNT];

/*
 * Reached from PendSV with interrupts disabled, on the stack of the
 * interrupted thread. The kernel may switch threads in here, and this
 * returns when the thread is chosen again; the caller then resumes it
 * where the interrupt found it.
 */
void hal_cortexm_interrupt_end(void)
{
    cyg_uint32 isr_result = 0;
    CYG_ADDRWORD object = 0;
    cyg_uint32 head = hal_cortexm_dsr_ring_head;

    if (head != hal_cortexm_dsr_ring_tail) {
        cyg_vector_t vector = hal_cortexm_dsr_ring[head % HAL_CORTEXM_DSR_RING_SIZE];

        if (--hal_cortexm_dsr_requests[vector] == 0)
            hal_cortexm_dsr_ring_head = ++head;
        if (head != hal_cortexm_dsr_ring_tail)
            hal_cortexm_pend_kernel_entry();
        isr_result = CYG_ISR_CALL_DSR;
        object = hal_interrupt_objects[vector];
    }
    cyg_kernel_interrupt_end(isr_result, object);
}
