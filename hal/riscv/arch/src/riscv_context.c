/*
 * RISC-V architecture HAL: the initial context of a new thread.
 *
 * The frame is the one a thread leaves when it switches away (see
 * context.S), made so that the first switch to it "returns" into the
 * thread start code with the entry function in s0, its argument in s1
 * and interrupts enabled.
 */

#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/hal/hal_arch.h>
#include <cyg/hal/riscv_regs.h>
#include "riscv_internal.h"

#include <stddef.h>

_Static_assert(sizeof(HAL_SavedRegisters) == CYGARC_RISCV_CTX_SIZE,
               "HAL_SavedRegisters matches CYGARC_RISCV_CTX_SIZE");
_Static_assert(offsetof(HAL_SavedRegisters, s) == CYGARC_RISCV_CTX_S0,
               "HAL_SavedRegisters matches CYGARC_RISCV_CTX_S0");
_Static_assert(offsetof(HAL_SavedRegisters, mstatus) == CYGARC_RISCV_CTX_MSTATUS,
               "HAL_SavedRegisters matches CYGARC_RISCV_CTX_MSTATUS");

/* The ABI's stack alignment, which the entry function may rely on. */
#define STACK_ALIGNMENT 16

CYG_ADDRESS hal_thread_init_context(CYG_ADDRESS stack_top, CYG_ADDRWORD arg,
                                    CYG_ADDRESS entry)
{
    CYG_ADDRESS top = stack_top & ~(CYG_ADDRESS)(STACK_ALIGNMENT - 1);
    HAL_SavedRegisters *context = (HAL_SavedRegisters *)top - 1;

    *context = (HAL_SavedRegisters) {
        .ra      = (CYG_ADDRESS)cyg_hal_riscv_thread_start,
        .s       = { [0] = entry, [1] = arg },
        .mstatus = CYGARC_RISCV_MSTATUS_MIE,
    };
    return (CYG_ADDRESS)context;
}
