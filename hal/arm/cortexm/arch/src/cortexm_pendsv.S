/*
 * Cortex-M: entering the kernel at the end of an interrupt, in thread
 * mode, and resuming the interrupted thread afterwards.
 *
 * PendSV is taken from thread mode only (it is the least urgent
 * exception), so the interrupted thread's exception frame lies at the
 * top of its process stack, 8-byte aligned. PendSV stacks a second frame
 * under it whose return address is the landing below, and returns: the
 * processor "resumes" the thread in the landing, with interrupts
 * disabled and the untouched original frame just above the stack
 * pointer. The landing calls the kernel (which may switch threads and
 * come back much later), enables interrupts and executes SVC; the SVC
 * handler drops its own frame, so its exception return unstacks the
 * original one and the thread goes on exactly where it was interrupted:
 * every register, the flags and the state of an interrupted IT block or
 * multiple load come back as the hardware saved them.
 *
 * SVC is reserved for this use. Interrupts arriving between the enable
 * and the SVC are taken first and nest the same way.
 */

        .syntax unified
        .thumb

/* PendSV: send the interrupted thread through the landing. */
        .section .text.hal_cortexm_pendsv, "ax", %progbits
        .globl  hal_cortexm_pendsv
        .type   hal_cortexm_pendsv, %function
        .thumb_func
hal_cortexm_pendsv:
        cpsid   i
        mrs     r0, psp
        ldr     r1, =hal_cortexm_interrupt_end_landing
        bic     r1, r1, #1              /* a stacked PC has no Thumb bit */
        mov     r2, #0x01000000         /* xPSR: Thumb state, no padding */
        strd    r1, r2, [r0, #-8]       /* PC and xPSR of the new frame */
        subs    r0, r0, #32
        msr     psp, r0
        bx      lr
        .size   hal_cortexm_pendsv, . - hal_cortexm_pendsv
        .ltorg

/* Thread mode, interrupts disabled, the original frame at sp. */
        .section .text.hal_cortexm_interrupt_end_landing, "ax", %progbits
        .type   hal_cortexm_interrupt_end_landing, %function
        .thumb_func
hal_cortexm_interrupt_end_landing:
        movs    r0, #0                  /* the DSRs are queued already */
        movs    r1, #0
        bl      cyg_kernel_interrupt_end
        cpsie   i
        svc     #0
        .size   hal_cortexm_interrupt_end_landing, \
                . - hal_cortexm_interrupt_end_landing

/* SVC from the landing: resume the frame above. */
        .section .text.hal_cortexm_svcall, "ax", %progbits
        .globl  hal_cortexm_svcall
        .type   hal_cortexm_svcall, %function
        .thumb_func
hal_cortexm_svcall:
        mrs     r0, psp
        adds    r0, r0, #32
        msr     psp, r0
        bx      lr
        .size   hal_cortexm_svcall, . - hal_cortexm_svcall
