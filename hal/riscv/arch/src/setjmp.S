/*
 * RISC-V architecture HAL: hal_setjmp and hal_longjmp.
 *
 * The buffer (hal_jmp_buf, 14 words) holds ra, sp and s0-s11: what a
 * called function must preserve. Interrupt state is not part of it.
 */

#include <pkgconf/hal.h>

/* int hal_setjmp(hal_jmp_buf env) */
        .section .text.hal_setjmp, "ax", @progbits
        .globl  hal_setjmp
        .type   hal_setjmp, @function
hal_setjmp:
        sw      ra, 0(a0)
        sw      sp, 4(a0)
        sw      s0, 8(a0)
        sw      s1, 12(a0)
        sw      s2, 16(a0)
        sw      s3, 20(a0)
        sw      s4, 24(a0)
        sw      s5, 28(a0)
        sw      s6, 32(a0)
        sw      s7, 36(a0)
        sw      s8, 40(a0)
        sw      s9, 44(a0)
        sw      s10, 48(a0)
        sw      s11, 52(a0)
        li      a0, 0
        ret
        .size   hal_setjmp, . - hal_setjmp

/* void hal_longjmp(hal_jmp_buf env, int val): hal_setjmp returns val, or 1 for 0 */
        .section .text.hal_longjmp, "ax", @progbits
        .globl  hal_longjmp
        .type   hal_longjmp, @function
hal_longjmp:
        lw      ra, 0(a0)
        lw      sp, 4(a0)
        lw      s0, 8(a0)
        lw      s1, 12(a0)
        lw      s2, 16(a0)
        lw      s3, 20(a0)
        lw      s4, 24(a0)
        lw      s5, 28(a0)
        lw      s6, 32(a0)
        lw      s7, 36(a0)
        lw      s8, 40(a0)
        lw      s9, 44(a0)
        lw      s10, 48(a0)
        lw      s11, 52(a0)
        seqz    a0, a1
        add     a0, a0, a1
        ret
        .size   hal_longjmp, . - hal_longjmp
