#ifndef CYGONCE_HAL_VAR_ARCH_H
#define CYGONCE_HAL_VAR_ARCH_H
/*
 * x86-64 synthetic target: the parts of <cyg/hal/hal_arch.h> that depend
 * on the host processor. Included by hal_arch.h; not meant to be
 * included on its own.
 */

#include <cyg/infra/cyg_type.h>

/*
 * The context a thread leaves on its stack when it switches away
 * (hal_thread_switch_context in context.S pushes it, lowest address
 * first as listed). Only what the System V calling convention asks a
 * callee to preserve is kept, plus the soft interrupt-enable flag, which
 * belongs to the thread.
 */
typedef struct {
    cyg_uint16   fpu_control;   /* x87 control word (rounding, precision) */
    cyg_uint16   reserved;
    cyg_uint32   mxcsr;         /* SSE control and status */
    CYG_ADDRWORD interrupts;    /* non-zero: interrupts enabled */
    CYG_ADDRWORD r15;
    CYG_ADDRWORD r14;
    CYG_ADDRWORD r13;
    CYG_ADDRWORD r12;           /* first run: the entry argument */
    CYG_ADDRWORD rbx;           /* first run: the entry function */
    CYG_ADDRWORD rbp;
    CYG_ADDRWORD rip;           /* where the switch returns to */
} HAL_SavedRegisters;

/*
 * The processor part of a thread switch (context.S): pushes the context
 * above, clears the interrupt flag, stores the stack pointer in
 * *from_spp, then resumes the context saved at *to_spp, flag included.
 * It returns when something switches back. hal_thread_load_context()
 * is its second half alone.
 */
externC void cyg_hal_synth_swap_context(CYG_ADDRESS *from_spp,
                                        CYG_ADDRESS *to_spp);

/* Bytes of stack a saved context takes, with the end-of-frames word. */
#define CYGNUM_HAL_STACK_CONTEXT_SIZE   (10 * 8)

/* A typical C frame with its saved registers, plus the ABI's red zone. */
#define CYGNUM_HAL_STACK_FRAME_SIZE     256

/*
 * Taking an interrupt pushes the host's signal frame (up to about 4 KB
 * with AVX-512 state) and the dispatcher's frames.
 */
#define CYGNUM_HAL_STACK_INTERRUPT_SIZE (6 * 1024)

/*
 * Bit indexes of a non-zero 32-bit mask; the compiler turns these into
 * the bsf/bsr (or tzcnt/lzcnt) instructions.
 */
#include <cyg/hal/hal_bits.h>

/*
 * setjmp/longjmp for the HAL and the kernel's exception tests: rbx, rbp,
 * r12-r15, the stack pointer, the return address, then the x87 control
 * word and MXCSR packed in the last word. The interrupt flag is left
 * alone, so a longjmp out of an exception handler keeps the current
 * interrupt state.
 */
#define CYGARC_JMP_BUF_SIZE 9

#include <cyg/hal/hal_jmp.h>

#endif /* CYGONCE_HAL_VAR_ARCH_H */
