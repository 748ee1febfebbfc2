/*
 * Cortex-M: hal_setjmp and hal_longjmp.
 *
 * The buffer (hal_jmp_buf, 10 words) holds the stack pointer of the
 * caller of hal_setjmp, r4-r11 and its return address. PRIMASK is left
 * alone both ways.
 */

        .syntax unified
        .thumb

/* int hal_setjmp(hal_jmp_buf env) */
        .section .text.hal_setjmp, "ax", %progbits
        .globl  hal_setjmp
        .type   hal_setjmp, %function
        .thumb_func
hal_setjmp:
        mov     r1, sp
        stmia   r0, {r1, r4-r11, lr}
        movs    r0, #0
        bx      lr
        .size   hal_setjmp, . - hal_setjmp

/* void hal_longjmp(hal_jmp_buf env, int val): hal_setjmp returns val, or 1 for 0 */
        .section .text.hal_longjmp, "ax", %progbits
        .globl  hal_longjmp
        .type   hal_longjmp, %function
        .thumb_func
hal_longjmp:
        ldmia   r0, {r2, r4-r11, lr}
        mov     sp, r2
        movs    r0, r1
        it      eq
        moveq   r0, #1
        bx      lr
        .size   hal_longjmp, . - hal_longjmp
