/*
 * RISC-V architecture HAL: last words, for errors the HAL cannot
 * recover from. One line on the diagnostic channel, written with
 * interrupts disabled so that nothing breaks it up, then the run ends
 * with failure.
 */

#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/infra/diag.h>
#include <cyg/hal/hal_intr.h>
#include <cyg/hal/riscv_regs.h>
#include "riscv_internal.h"

static const char *const cause_names[] = {
    [CYGARC_RISCV_EXC_INSN_MISALIGNED]  = "instruction address misaligned",
    [CYGARC_RISCV_EXC_INSN_ACCESS]      = "instruction access fault",
    [CYGARC_RISCV_EXC_ILLEGAL_INSN]     = "illegal instruction",
    [CYGARC_RISCV_EXC_BREAKPOINT]       = "breakpoint",
    [CYGARC_RISCV_EXC_LOAD_MISALIGNED]  = "load address misaligned",
    [CYGARC_RISCV_EXC_LOAD_ACCESS]      = "load access fault",
    [CYGARC_RISCV_EXC_STORE_MISALIGNED] = "store address misaligned",
    [CYGARC_RISCV_EXC_STORE_ACCESS]     = "store access fault",
    [CYGARC_RISCV_EXC_ECALL_U]          = "environment call from U-mode",
    [CYGARC_RISCV_EXC_ECALL_S]          = "environment call from S-mode",
    [CYGARC_RISCV_EXC_ECALL_M]          = "environment call from M-mode",
};

static const char *cause_name(CYG_WORD cause)
{
    if (cause < CYG_NELEM(cause_names) && cause_names[cause] != NULL)
        return cause_names[cause];
    return "exception";
}

static void CYGBLD_ATTRIB_NORET end_run(void)
{
    CYGHWR_TEST_PROGRAM_EXIT_STATUS(1);
    for (;;)
        continue;
}

void cyg_hal_riscv_fatal_trap(const char *what, CYG_WORD mcause,
                              CYG_ADDRWORD pc, CYG_ADDRWORD mtval)
{
    CYG_INTERRUPT_STATE old;

    HAL_DISABLE_INTERRUPTS(old);
    (void)old;
    diag_printf("riscv HAL: %s %s (mcause %d) at pc 0x%08x, mtval 0x%08x\n",
                what, cause_name(mcause), (int)mcause, (unsigned)pc,
                (unsigned)mtval);
    end_run();
}

void cyg_hal_riscv_thread_returned(CYG_ADDRESS entry)
{
    CYG_INTERRUPT_STATE old;

    HAL_DISABLE_INTERRUPTS(old);
    (void)old;
    diag_printf("riscv HAL: thread entry function 0x%08x returned\n",
                (unsigned)entry);
    end_run();
}
