/*
 * Cortex-M: switching threads at the end of an interrupt, in PendSV.
 *
 * An ISR's DSR runs in handler mode (cortexm_kernel_entry.h); when it
 * makes a better thread ready the handler pends PendSV, the least urgent
 * exception, which is taken once every ISR has run, from thread mode.
 * PendSV saves the interrupted thread's context under the exception
 * frame the processor stacked, in the layout of a thread switched out by
 * hal_thread_switch_context (HAL_SavedRegisters: PRIMASK, r4-r11, a
 * return address), with the return address pointing at
 * hal_cortexm_interrupted_resume below. The kernel chooses the thread to
 * run (cyg_kernel_interrupt_switch), and PendSV resumes it by exception
 * return: it unstacks that thread's saved context and stacks an
 * exception frame whose PC is the saved return address. The frame's other
 * registers are those a function call may change, so their values do not
 * matter to a thread resumed at its switch point.
 *
 * Either way a thread saved by PendSV comes back in
 * hal_cortexm_interrupted_resume, in thread mode, holding the scheduler
 * lock, with the exception frame of its interruption at the stack
 * pointer. It releases the lock (cyg_kernel_interrupt_resume) and
 * executes SVC, whose handler drops its own frame, so that its exception
 * return unstacks the original one: the thread goes on exactly where it
 * was interrupted, every register, the flags and the state of an
 * interrupted IT block or multiple load as the hardware saved them.
 *
 * SVC is reserved for this use. Interrupts arriving between the release
 * and the SVC are taken first and nest the same way.
 */

        .syntax unified
        .thumb

        .equ    XPSR_THUMB, 0x01000000

        .section .text.hal_cortexm_pendsv, "ax", %progbits
        .globl  hal_cortexm_pendsv
        .type   hal_cortexm_pendsv, %function
        .thumb_func
hal_cortexm_pendsv:
        cpsid   i
        push    {r3, lr}                /* on the main stack */
        mrs     r0, psp
        movs    r2, #0                  /* PRIMASK: it was interruptible */
        ldr     r12, =hal_cortexm_interrupted_resume
        stmdb   r0!, {r2, r4-r11, r12}
        bl      cyg_kernel_interrupt_switch
        cbz     r0, 1f
        ldmia   r0!, {r2, r4-r11, r12}  /* the new thread's context */
        bic     r12, r12, #1            /* a stacked PC has no Thumb bit */
        mov     r1, #XPSR_THUMB
        strd    r12, r1, [r0, #-8]      /* PC and xPSR of its frame */
        subs    r0, r0, #32
        msr     psp, r0
        msr     primask, r2
        pop     {r3, pc}
1:      cpsie   i                       /* the thread goes on: its frame is intact */
        pop     {r3, pc}
        .size   hal_cortexm_pendsv, . - hal_cortexm_pendsv
        .ltorg

/* Thread mode, the lock held, the interrupted frame at sp. */
        .section .text.hal_cortexm_interrupted_resume, "ax", %progbits
        .type   hal_cortexm_interrupted_resume, %function
        .thumb_func
hal_cortexm_interrupted_resume:
        bl      cyg_kernel_interrupt_resume
        svc     #0
        .size   hal_cortexm_interrupted_resume, \
                . - hal_cortexm_interrupted_resume

/* SVC from hal_cortexm_interrupted_resume: resume the frame above. */
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
