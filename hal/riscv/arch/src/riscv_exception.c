/*
 * RISC-V architecture HAL: exceptions.
 *
 * The trap entry (trap.S) calls cyg_hal_riscv_exception() on the stack
 * of the faulting code, with the trap frame. With the kernel's exception
 * support the fault goes to cyg_hal_deliver_exception() with the
 * interrupt state of the faulting code, so that a handler leaving with
 * hal_longjmp is back in ordinary thread code. The data word is the
 * faulting address for address faults (mtval) and the address of the
 * instruction otherwise.
 *
 * A handler that returns resumes the trapping code. After ecall and
 * ebreak, which ask for the trap, that is the next instruction; after a
 * fault it would be the faulting instruction, which would only fault
 * again, for ever, so the run ends instead. Without exception support
 * every exception ends the run.
 */

#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/hal/hal_arch.h>
#include <cyg/hal/hal_intr.h>
#include <cyg/hal/riscv_regs.h>
#include "riscv_internal.h"

#include <stddef.h>

_Static_assert(sizeof(HAL_TrapFrame) == CYGARC_RISCV_TF_SIZE,
               "HAL_TrapFrame matches CYGARC_RISCV_TF_SIZE");
_Static_assert(offsetof(HAL_TrapFrame, a) == CYGARC_RISCV_TF_A0,
               "HAL_TrapFrame matches CYGARC_RISCV_TF_A0");
_Static_assert(offsetof(HAL_TrapFrame, t6) == CYGARC_RISCV_TF_T6,
               "HAL_TrapFrame matches CYGARC_RISCV_TF_T6");
_Static_assert(offsetof(HAL_TrapFrame, mepc) == CYGARC_RISCV_TF_MEPC,
               "HAL_TrapFrame matches CYGARC_RISCV_TF_MEPC");
_Static_assert(offsetof(HAL_TrapFrame, mstatus) == CYGARC_RISCV_TF_MSTATUS,
               "HAL_TrapFrame matches CYGARC_RISCV_TF_MSTATUS");
_Static_assert(offsetof(HAL_TrapFrame, mcause) == CYGARC_RISCV_TF_MCAUSE,
               "HAL_TrapFrame matches CYGARC_RISCV_TF_MCAUSE");

#ifdef CYGPKG_HAL_EXCEPTIONS

/* Causes whose mtval holds the address that faulted. */
static int reports_address(CYG_WORD cause)
{
    switch (cause) {
    case CYGARC_RISCV_EXC_INSN_MISALIGNED:
    case CYGARC_RISCV_EXC_INSN_ACCESS:
    case CYGARC_RISCV_EXC_LOAD_MISALIGNED:
    case CYGARC_RISCV_EXC_LOAD_ACCESS:
    case CYGARC_RISCV_EXC_STORE_MISALIGNED:
    case CYGARC_RISCV_EXC_STORE_ACCESS:
        return 1;
    default:
        return 0;
    }
}

/* ecall and ebreak: traps the program asked for. */
static int is_deliberate(CYG_WORD cause)
{
    return cause == CYGARC_RISCV_EXC_BREAKPOINT
           || cause == CYGARC_RISCV_EXC_ECALL_M;
}

/* A store faults under the number of the load that would fault alike. */
static CYG_WORD exception_number(CYG_WORD cause)
{
    switch (cause) {
    case CYGARC_RISCV_EXC_STORE_MISALIGNED:
        return CYGNUM_HAL_EXCEPTION_DATA_UNALIGNED_ACCESS;
    case CYGARC_RISCV_EXC_STORE_ACCESS:
        return CYGNUM_HAL_EXCEPTION_DATA_ACCESS;
    default:
        return cause;
    }
}

static int is_deliverable(CYG_WORD cause)
{
    return cause <= CYGNUM_HAL_EXCEPTION_MAX;
}

/* 32-bit instructions have both low bits set; compressed ones do not. */
static CYG_ADDRWORD instruction_length(CYG_ADDRWORD pc)
{
    return ((*(const volatile cyg_uint16 *)pc & 3) == 3) ? 4 : 2;
}

#endif /* CYGPKG_HAL_EXCEPTIONS */

void cyg_hal_riscv_exception(HAL_TrapFrame *frame)
{
    CYG_WORD cause = frame->mcause;
    CYG_ADDRWORD mtval;

    /* Read before anything can trap again and overwrite it. */
    __asm__ __volatile__ ("csrr %0, mtval" : "=r" (mtval));

#ifdef CYGPKG_HAL_EXCEPTIONS
    if (is_deliverable(cause)) {
        CYG_ADDRWORD data = reports_address(cause) ? mtval : frame->mepc;

        if (frame->mstatus & CYGARC_RISCV_MSTATUS_MPIE)
            HAL_ENABLE_INTERRUPTS();
        cyg_hal_deliver_exception(exception_number(cause), data);
        if (is_deliberate(cause)) {
            frame->mepc += instruction_length(frame->mepc);
            return;
        }
        cyg_hal_riscv_fatal_trap("exception handler returned from",
                                 cause, frame->mepc, mtval);
    }
#endif
    cyg_hal_riscv_fatal_trap("unhandled", cause, frame->mepc, mtval);
}
