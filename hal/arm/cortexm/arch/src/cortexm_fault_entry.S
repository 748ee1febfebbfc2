/*
 * Cortex-M: the common entry of the fault exceptions (hard fault,
 * MemManage, BusFault, UsageFault, debug monitor).
 *
 * It passes EXC_RETURN and both stack pointers, as they are before any C
 * code pushes, to hal_cortexm_fault(), whose return is the exception
 * return (LR still holds EXC_RETURN).
 */

        .syntax unified
        .thumb

        .section .text.hal_cortexm_fault_entry, "ax", %progbits
        .globl  hal_cortexm_fault_entry
        .type   hal_cortexm_fault_entry, %function
        .thumb_func
hal_cortexm_fault_entry:
        mov     r0, lr
        mrs     r1, psp
        mrs     r2, msp
        b       hal_cortexm_fault
        .size   hal_cortexm_fault_entry, . - hal_cortexm_fault_entry
