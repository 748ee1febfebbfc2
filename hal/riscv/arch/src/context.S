/*
 * RISC-V architecture HAL: thread context switching.
 *
 * A suspended thread is its stack pointer; at it lies the frame
 * described by HAL_SavedRegisters: ra, s0-s11 (what the calling
 * convention has a callee preserve; the rest is the caller's business,
 * a switch being an ordinary call) and mstatus, of which only MIE
 * matters: the interrupt state belongs to the thread.
 *
 * Interrupts are disabled from the moment the outgoing state is read
 * until the incoming thread's MIE is set again at the very end, so a
 * thread never runs on another's interrupt state. An interrupt cannot
 * come between the two stacks either; had it come, its frame would
 * have gone below the stack pointer, clear of the saved context.
 */

#include <pkgconf/hal.h>
#include <cyg/hal/riscv_regs.h>

/* Applies OP (sw or lw) to the registers of a saved context: the return
 * address and those the procedure call standard has a callee preserve. */
        .macro  context_registers op
        \op     ra, CYGARC_RISCV_CTX_RA(sp)
        \op     s0, CYGARC_RISCV_CTX_S0 + 0(sp)
        \op     s1, CYGARC_RISCV_CTX_S0 + 4(sp)
        \op     s2, CYGARC_RISCV_CTX_S0 + 8(sp)
        \op     s3, CYGARC_RISCV_CTX_S0 + 12(sp)
        \op     s4, CYGARC_RISCV_CTX_S0 + 16(sp)
        \op     s5, CYGARC_RISCV_CTX_S0 + 20(sp)
        \op     s6, CYGARC_RISCV_CTX_S0 + 24(sp)
        \op     s7, CYGARC_RISCV_CTX_S0 + 28(sp)
        \op     s8, CYGARC_RISCV_CTX_S0 + 32(sp)
        \op     s9, CYGARC_RISCV_CTX_S0 + 36(sp)
        \op     s10, CYGARC_RISCV_CTX_S0 + 40(sp)
        \op     s11, CYGARC_RISCV_CTX_S0 + 44(sp)
        .endm

/* void hal_thread_switch_context(CYG_ADDRESS *from_spp, CYG_ADDRESS *to_spp) */
        .section .text.hal_thread_switch_context, "ax", @progbits
        .globl  hal_thread_switch_context
        .type   hal_thread_switch_context, @function
hal_thread_switch_context:
        addi    sp, sp, -CYGARC_RISCV_CTX_SIZE
        context_registers sw
        csrrci  t0, mstatus, CYGARC_RISCV_MSTATUS_MIE
        sw      t0, CYGARC_RISCV_CTX_MSTATUS(sp)
        sw      sp, 0(a0)
        lw      sp, 0(a1)
resume:
        context_registers lw
        lw      t0, CYGARC_RISCV_CTX_MSTATUS(sp)
        addi    sp, sp, CYGARC_RISCV_CTX_SIZE
        andi    t0, t0, CYGARC_RISCV_MSTATUS_MIE
        csrs    mstatus, t0
        ret
        .size   hal_thread_switch_context, . - hal_thread_switch_context

/*
 * void hal_thread_load_context(CYG_ADDRESS *to_spp), never returns.
 * The stack it is called on is abandoned; when that is the start-up
 * stack, it becomes the interrupt stack from here on (see trap.S).
 */
        .section .text.hal_thread_load_context, "ax", @progbits
        .globl  hal_thread_load_context
        .type   hal_thread_load_context, @function
hal_thread_load_context:
        csrci   mstatus, CYGARC_RISCV_MSTATUS_MIE
#ifdef CYGIMP_HAL_COMMON_INTERRUPTS_USE_INTERRUPT_STACK
        la      t0, cyg_interrupt_stack
        csrw    mscratch, t0
#endif
        lw      sp, 0(a0)
        j       resume
        .size   hal_thread_load_context, . - hal_thread_load_context

/*
 * The first code of a new thread, "returned to" by the first switch,
 * with interrupts already enabled: hal_thread_init_context left the
 * entry function in s0 and its argument in s1. This is the outermost
 * frame, where debuggers stop.
 */
        .section .text.cyg_hal_riscv_thread_start, "ax", @progbits
        .globl  cyg_hal_riscv_thread_start
        .type   cyg_hal_riscv_thread_start, @function
cyg_hal_riscv_thread_start:
        .cfi_startproc
        .cfi_undefined ra
        mv      a0, s1
        jalr    s0
        mv      a0, s0
        call    cyg_hal_riscv_thread_returned
        .cfi_endproc
        .size   cyg_hal_riscv_thread_start, . - cyg_hal_riscv_thread_start
