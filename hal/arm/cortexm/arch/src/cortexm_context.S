/*
 * Cortex-M: thread context switching, in thread mode on the process
 * stack.
 *
 * A suspended thread is its stack pointer; on its stack lies the frame
 * described by HAL_SavedRegisters in <cyg/hal/hal_arch.h>: PRIMASK, the
 * registers the procedure call standard has a callee preserve (r4-r11)
 * and the return address. The other registers are the caller's business,
 * since a switch is an ordinary function call.
 *
 * No exception is involved and interrupts stay as they are during the
 * switch: an interrupt taken half-way stacks its frame below the stack
 * pointer of the moment, under whichever saved context lies there, and
 * the kernel, which holds its scheduler lock while switching, only
 * queues the DSR. PRIMASK is restored last, once the new stack holds
 * nothing more to restore.
 */

        .syntax unified
        .thumb

/* void hal_thread_switch_context(CYG_ADDRESS *from_spp, CYG_ADDRESS *to_spp) */
        .section .text.hal_thread_switch_context, "ax", %progbits
        .globl  hal_thread_switch_context
        .type   hal_thread_switch_context, %function
        .thumb_func
hal_thread_switch_context:
        mrs     r2, primask
        push    {r2, r4-r11, lr}
        str     sp, [r0]
        ldr     sp, [r1]
        pop     {r2, r4-r11, lr}
        msr     primask, r2
        bx      lr
        .size   hal_thread_switch_context, . - hal_thread_switch_context

/* void hal_thread_load_context(CYG_ADDRESS *to_spp), never returns */
        .section .text.hal_thread_load_context, "ax", %progbits
        .globl  hal_thread_load_context
        .type   hal_thread_load_context, %function
        .thumb_func
hal_thread_load_context:
        ldr     sp, [r0]
        pop     {r2, r4-r11, lr}
        msr     primask, r2
        bx      lr
        .size   hal_thread_load_context, . - hal_thread_load_context

/*
 * The first code of a new thread, "returned to" by the first switch with
 * interrupts already enabled: hal_thread_init_context left the entry
 * argument in r4 and the entry function in r5. This is the outermost
 * frame, where a debugger's backtrace ends.
 */
        .section .text.hal_cortexm_thread_start, "ax", %progbits
        .globl  hal_cortexm_thread_start
        .type   hal_cortexm_thread_start, %function
        .thumb_func
hal_cortexm_thread_start:
        .cfi_startproc
        .cfi_undefined lr
        mov     r0, r4
        blx     r5
        ldr     r0, =thread_returned
        mov     r1, r5
        bl      hal_cortexm_fatal
        .cfi_endproc
        .size   hal_cortexm_thread_start, . - hal_cortexm_thread_start
        .ltorg

        .section .rodata.hal_cortexm_thread_start, "a", %progbits
thread_returned:
        .asciz  "a thread entry function returned:"
