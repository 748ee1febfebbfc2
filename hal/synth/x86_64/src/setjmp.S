/*
 * x86-64 synthetic target: hal_setjmp and hal_longjmp.
 *
 * The buffer (hal_jmp_buf, 9 words) holds rbx, rbp, r12-r15, the stack
 * pointer of the caller of hal_setjmp, its return address, and in the
 * last word the x87 control word (low half) and MXCSR (high half). The
 * control words are kept because a longjmp out of a signal handler
 * would otherwise leave the handler's default ones in force.
 */

        .text

/* int hal_setjmp(hal_jmp_buf env) */
        .globl  hal_setjmp
        .type   hal_setjmp, @function
        .p2align 4
hal_setjmp:
        movq    %rbx, 0(%rdi)
        movq    %rbp, 8(%rdi)
        movq    %r12, 16(%rdi)
        movq    %r13, 24(%rdi)
        movq    %r14, 32(%rdi)
        movq    %r15, 40(%rdi)
        leaq    8(%rsp), %rdx
        movq    %rdx, 48(%rdi)
        movq    (%rsp), %rdx
        movq    %rdx, 56(%rdi)
        fnstcw  64(%rdi)
        stmxcsr 68(%rdi)
        xorl    %eax, %eax
        ret
        .size   hal_setjmp, . - hal_setjmp

/* void hal_longjmp(hal_jmp_buf env, int val): hal_setjmp returns val, or 1 for 0 */
        .globl  hal_longjmp
        .type   hal_longjmp, @function
        .p2align 4
hal_longjmp:
        movl    %esi, %eax
        testl   %eax, %eax
        jnz     1f
        movl    $1, %eax
1:
        fldcw   64(%rdi)
        ldmxcsr 68(%rdi)
        movq    0(%rdi), %rbx
        movq    8(%rdi), %rbp
        movq    16(%rdi), %r12
        movq    24(%rdi), %r13
        movq    32(%rdi), %r14
        movq    40(%rdi), %r15
        movq    48(%rdi), %rsp
        jmpq    *56(%rdi)
        .size   hal_longjmp, . - hal_longjmp

        .section .note.GNU-stack, "", @progbits
