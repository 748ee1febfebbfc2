/*
 * RISC-V architecture HAL: the machine trap entry (mtvec, direct mode).
 *
 * Every trap first saves the registers C code may clobber and mepc on
 * the interrupted stack. The frame stays there whatever happens next,
 * because the kernel may switch threads before the trap returns: the
 * interrupted thread's frame then waits on its own stack until the
 * thread is switched back in, and a nested trap meanwhile has its own.
 *
 * Interrupts: the ISR runs on the interrupt stack, so thread stacks
 * need not hold ISR frames, then cyg_kernel_interrupt_end runs back on
 * the interrupted stack, where DSRs may run with interrupts enabled and
 * a plain thread switch is legal. mscratch holds the top of the
 * interrupt stack, or 0 while the code interrupted already runs on it
 * (start-up, and everything without a kernel), in which case the ISR
 * simply continues there. ISRs run with interrupts disabled, so nothing
 * else uses the interrupt stack meanwhile. The interrupted code had
 * interrupts enabled (or it would not have been interrupted): on return
 * MPIE is set rather than restored, and MPP is set back to machine mode,
 * which a nested mret changed.
 *
 * Exceptions stay on the current stack and save mstatus too, so that
 * the handler can run with the interrupted code's interrupt state and
 * leave with hal_longjmp as if from the faulting code.
 */

#include <pkgconf/hal.h>
#include <cyg/hal/riscv_regs.h>

/* Applies OP (sw or lw) to the registers a trap frame holds: those a
 * function call may change, which the trap's C code would otherwise. */
        .macro  trap_frame_registers op
        \op     ra, CYGARC_RISCV_TF_RA(sp)
        \op     t0, CYGARC_RISCV_TF_T0(sp)
        \op     t1, CYGARC_RISCV_TF_T1(sp)
        \op     t2, CYGARC_RISCV_TF_T2(sp)
        \op     a0, CYGARC_RISCV_TF_A0 + 0(sp)
        \op     a1, CYGARC_RISCV_TF_A0 + 4(sp)
        \op     a2, CYGARC_RISCV_TF_A0 + 8(sp)
        \op     a3, CYGARC_RISCV_TF_A0 + 12(sp)
        \op     a4, CYGARC_RISCV_TF_A0 + 16(sp)
        \op     a5, CYGARC_RISCV_TF_A0 + 20(sp)
        \op     a6, CYGARC_RISCV_TF_A0 + 24(sp)
        \op     a7, CYGARC_RISCV_TF_A0 + 28(sp)
        \op     t3, CYGARC_RISCV_TF_T3(sp)
        \op     t4, CYGARC_RISCV_TF_T4(sp)
        \op     t5, CYGARC_RISCV_TF_T5(sp)
        \op     t6, CYGARC_RISCV_TF_T6(sp)
        .endm

        .section .text.cyg_hal_riscv_trap_entry, "ax", @progbits
        .globl  cyg_hal_riscv_trap_entry
        .type   cyg_hal_riscv_trap_entry, @function
        .p2align 2
cyg_hal_riscv_trap_entry:
        addi    sp, sp, -CYGARC_RISCV_TF_SIZE
        trap_frame_registers sw
        csrr    t0, mcause
        csrr    t1, mepc
        sw      t1, CYGARC_RISCV_TF_MEPC(sp)
        bgez    t0, exception

        /* cyg_hal_riscv_interrupt(mcause) returns the ISR's result and
         * the interrupt object in a0/a1: the arguments of
         * cyg_kernel_interrupt_end. */
        mv      a0, t0
#ifdef CYGIMP_HAL_COMMON_INTERRUPTS_USE_INTERRUPT_STACK
        csrr    t1, mscratch
        mv      t2, sp
        beqz    t1, 1f
        mv      sp, t1
1:      addi    sp, sp, -16
        sw      t2, 0(sp)
        call    cyg_hal_riscv_interrupt
        lw      sp, 0(sp)
#else
        call    cyg_hal_riscv_interrupt
#endif
#ifdef CYGFUN_HAL_COMMON_KERNEL_SUPPORT
        call    cyg_kernel_interrupt_end
#endif
        li      t0, CYGARC_RISCV_MSTATUS_MPP | CYGARC_RISCV_MSTATUS_MPIE
        csrs    mstatus, t0
        j       restore

exception:
        csrr    t1, mstatus
        sw      t1, CYGARC_RISCV_TF_MSTATUS(sp)
        sw      t0, CYGARC_RISCV_TF_MCAUSE(sp)
        mv      a0, sp
        call    cyg_hal_riscv_exception
        /* The handler may have enabled interrupts; none may come between
         * restoring mstatus/mepc and mret. */
        csrci   mstatus, CYGARC_RISCV_MSTATUS_MIE
        lw      t1, CYGARC_RISCV_TF_MSTATUS(sp)
        csrw    mstatus, t1

restore:
        lw      t1, CYGARC_RISCV_TF_MEPC(sp)
        csrw    mepc, t1
        trap_frame_registers lw
        addi    sp, sp, CYGARC_RISCV_TF_SIZE
        mret
        .size   cyg_hal_riscv_trap_entry, . - cyg_hal_riscv_trap_entry
