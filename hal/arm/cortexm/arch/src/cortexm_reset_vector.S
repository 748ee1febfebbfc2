/*
 * Cortex-M: the reset entry.
 *
 * The processor starts here in thread mode on the main stack, which the
 * vector table set to the top of the interrupt stack. Before any C code
 * runs, the initialized data is copied from its load address and the
 * zero-initialized data cleared (no stack is used meanwhile, so the
 * loops may not call out). Then thread mode moves to the process stack,
 * on the start-up stack, which makes the start-up code a context like
 * any thread's: the main stack is left to exceptions alone.
 *
 * This file goes into libextras.a (the vector table refers to it).
 */

        .syntax unified
        .thumb

        .section .text.hal_cortexm_reset_vector, "ax", %progbits
        .globl  hal_cortexm_reset_vector
        .type   hal_cortexm_reset_vector, %function
        .thumb_func
hal_cortexm_reset_vector:
        cpsid   i
        /* A debugger may enter here without a reset. */
        ldr     r0, =hal_cortexm_interrupt_stack
        msr     msp, r0

        ldr     r0, =__ram_data_start
        ldr     r1, =__ram_data_end
        ldr     r2, =__rom_data_start
1:      cmp     r0, r1
        bhs     2f
        ldr     r3, [r2], #4
        str     r3, [r0], #4
        b       1b

2:      ldr     r0, =__bss_start
        ldr     r1, =__bss_end
        movs    r3, #0
3:      cmp     r0, r1
        bhs     4f
        str     r3, [r0], #4
        b       3b

4:      ldr     r0, =hal_cortexm_startup_stack
        msr     psp, r0
        movs    r0, #2                  /* CONTROL.SPSEL: thread mode on PSP */
        msr     control, r0
        isb
        bl      hal_cortexm_start
        udf     #0                      /* hal_cortexm_start never returns */
        .size   hal_cortexm_reset_vector, . - hal_cortexm_reset_vector
        .ltorg
