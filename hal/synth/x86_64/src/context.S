/*
 * x86-64 synthetic target: thread context switching.
 *
 * A suspended thread is its stack pointer; on the stack lies the frame
 * described by HAL_SavedRegisters in <cyg/hal/var_arch.h>: the x87
 * control word and MXCSR, the soft interrupt-enable flag, the registers
 * the System V ABI has a callee preserve, and the return address. The
 * other registers are the caller's business, since a switch is an
 * ordinary function call.
 *
 * The interrupt flag is cleared for the time of the swap, so that a
 * signal arriving between the two stacks only marks its vector pending.
 * Everything still to be restored lies at or above the stack pointer,
 * where a signal frame (pushed below it) cannot overwrite it.
 */

        .text

/* void cyg_hal_synth_swap_context(CYG_ADDRESS *from_spp, CYG_ADDRESS *to_spp) */
        .globl  cyg_hal_synth_swap_context
        .type   cyg_hal_synth_swap_context, @function
        .p2align 4
cyg_hal_synth_swap_context:
        pushq   %rbp
        pushq   %rbx
        pushq   %r12
        pushq   %r13
        pushq   %r14
        pushq   %r15
        movslq  cyg_hal_synth_interrupts_enabled(%rip), %rax
        pushq   %rax
        subq    $8, %rsp
        fnstcw  0(%rsp)
        stmxcsr 4(%rsp)
        movl    $0, cyg_hal_synth_interrupts_enabled(%rip)
        movq    %rsp, (%rdi)
        movq    %rsi, %rdi
        jmp     resume_context
        .size   cyg_hal_synth_swap_context, . - cyg_hal_synth_swap_context

/* void hal_thread_load_context(CYG_ADDRESS *to_spp), never returns */
        .globl  hal_thread_load_context
        .type   hal_thread_load_context, @function
        .p2align 4
hal_thread_load_context:
        movl    $0, cyg_hal_synth_interrupts_enabled(%rip)
resume_context:
        movq    (%rdi), %rsp
        fldcw   0(%rsp)
        ldmxcsr 4(%rsp)
        movq    8(%rsp), %rax
        addq    $16, %rsp
        movl    %eax, cyg_hal_synth_interrupts_enabled(%rip)
        popq    %r15
        popq    %r14
        popq    %r13
        popq    %r12
        popq    %rbx
        popq    %rbp
        ret
        .size   hal_thread_load_context, . - hal_thread_load_context

/*
 * The first code of a new thread, "returned to" by the first switch.
 * hal_thread_init_context left the entry argument in %r12 and the entry
 * function in %rbx. This is the outermost frame: debuggers stop here.
 */
        .globl  cyg_hal_synth_thread_trampoline
        .type   cyg_hal_synth_thread_trampoline, @function
        .p2align 4
cyg_hal_synth_thread_trampoline:
        .cfi_startproc
        .cfi_undefined rip
        movq    %r12, %rdi
        movq    %rbx, %rsi
        andq    $-16, %rsp
        call    cyg_hal_synth_thread_begin@PLT
        ud2
        .cfi_endproc
        .size   cyg_hal_synth_thread_trampoline, . - cyg_hal_synth_thread_trampoline

        .section .note.GNU-stack, "", @progbits
