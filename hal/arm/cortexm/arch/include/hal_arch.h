#ifndef CYGONCE_HAL_HAL_ARCH_H
#define CYGONCE_HAL_HAL_ARCH_H
/*
 * Cortex-M: threads, stacks, bit indexes, the idle action, setjmp.
 *
 * Every thread, and the start-up code, runs in thread mode on the process
 * stack (PSP); exceptions run in handler mode on the main stack (MSP),
 * which is the interrupt stack. A thread switch is an ordinary function
 * call made in thread mode: it saves what the procedure call standard
 * asks a callee to keep, plus PRIMASK, and loads the same from the other
 * stack. Interrupt-driven switches take the same path, because the HAL
 * brings the kernel back to thread mode before it may switch (see
 * hal_intr.h).
 */

#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>

/*
 * The context a thread leaves on its stack when it switches away, lowest
 * address first, as hal_thread_switch_context pushes it.
 */
typedef struct {
    CYG_WORD primask;           /* 1: interrupts were disabled */
    CYG_WORD r4;                /* first run: the entry argument */
    CYG_WORD r5;                /* first run: the entry function */
    CYG_WORD r6;
    CYG_WORD r7;
    CYG_WORD r8;
    CYG_WORD r9;
    CYG_WORD r10;
    CYG_WORD r11;
    CYG_WORD lr;                /* where the switch returns to */
} HAL_SavedRegisters;

/* ------------------------------------------------------------------ */
/* Stacks                                                             */

/* A saved thread context. */
#define CYGNUM_HAL_STACK_CONTEXT_SIZE   (10 * 4)

/* A typical C frame: the saved registers, a return address, locals. */
#define CYGNUM_HAL_STACK_FRAME_SIZE     (20 * 4)

/*
 * What an interrupt may add to the stack of the thread it interrupts:
 * the exception frame (with alignment padding), the registers PendSV
 * saves under it when it switches threads, and the kernel's work when
 * the thread comes back (its unlock: DSRs queued meanwhile, another
 * switch).
 */
#define CYGNUM_HAL_STACK_INTERRUPT_SIZE 1024

/*
 * The minimum leaves a thread room for a few calls besides the interrupt
 * allowance. The typical size lets a thread use some kilobytes of frames
 * of its own (formatted output, deep calls) on top of everything the
 * kernel and interrupts put on its stack.
 */
#define CYGNUM_HAL_STACK_SIZE_MINIMUM   2048
#define CYGNUM_HAL_STACK_SIZE_TYPICAL   16384

/* The interrupt stack (the main stack), for stack usage reports. */
externC char hal_cortexm_interrupt_stack_base[];
externC char hal_cortexm_interrupt_stack[];
#define HAL_INTERRUPT_STACK_BASE        (hal_cortexm_interrupt_stack_base)
#define HAL_INTERRUPT_STACK_TOP         (hal_cortexm_interrupt_stack)

/* ------------------------------------------------------------------ */
/* Thread contexts                                                    */

/* Compiler barrier: memory accesses are not moved across it. */
#define HAL_REORDER_BARRIER()   __asm__ __volatile__ ("" : : : "memory")

/* There is no global pointer register to look after. */
#define CYGARC_HAL_SAVE_GP()
#define CYGARC_HAL_RESTORE_GP()

/* Context switching is done by functions in cortexm_context.S. */
#include <cyg/hal/hal_context.h>

/* ------------------------------------------------------------------ */
/* Bit indexes: rbit and clz                                          */

#include <cyg/hal/hal_bits.h>

/* ------------------------------------------------------------------ */
/* Idle                                                               */

/* Sleep until an interrupt is pending; it is taken at once if enabled. */
#define HAL_IDLE_THREAD_ACTION(_count_)                                 \
    CYG_MACRO_START                                                     \
    (void)(_count_);                                                    \
    __asm__ __volatile__ ("wfi" : : : "memory");                        \
    CYG_MACRO_END

/* ------------------------------------------------------------------ */
/* setjmp/longjmp                                                     */

/*
 * The stack pointer, r4-r11 and the return address. PRIMASK is not part
 * of it: a longjmp out of an exception handler keeps the interrupt state
 * of the handler.
 */
#define CYGARC_JMP_BUF_SIZE 10

#include <cyg/hal/hal_jmp.h>

#endif /* CYGONCE_HAL_HAL_ARCH_H */
