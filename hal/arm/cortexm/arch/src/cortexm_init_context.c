/*
 * Cortex-M: the initial context of a new thread.
 *
 * The frame is the one a thread leaves when it switches away (see
 * cortexm_context.S), made so that the first switch to it "returns" into
 * hal_cortexm_thread_start with the entry function and its argument in
 * callee-saved registers and PRIMASK clear: the thread starts with
 * interrupts enabled.
 */

#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/hal/hal_arch.h>
#include "cortexm_internal.h"

_Static_assert(sizeof(HAL_SavedRegisters) == CYGNUM_HAL_STACK_CONTEXT_SIZE,
               "CYGNUM_HAL_STACK_CONTEXT_SIZE matches the frame");
_Static_assert(sizeof(HAL_SavedRegisters) % 8 == 0,
               "a saved context keeps the stack 8-byte aligned");

CYG_ADDRESS hal_thread_init_context(CYG_ADDRESS stack_top, CYG_ADDRWORD arg,
                                    CYG_ADDRESS entry)
{
    CYG_ADDRESS top = stack_top & ~(CYG_ADDRESS)(CYGARC_ALIGNMENT - 1);
    HAL_SavedRegisters *context = (HAL_SavedRegisters *)top - 1;

    *context = (HAL_SavedRegisters) {
        .primask = 0,
        .r4      = arg,
        .r5      = entry,
        .lr      = (CYG_ADDRESS)hal_cortexm_thread_start,
    };
    return (CYG_ADDRESS)context;
}
