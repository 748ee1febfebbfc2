#ifndef CYGONCE_HAL_HAL_ARCH_H
#define CYGONCE_HAL_HAL_ARCH_H
/*
 * RISC-V architecture HAL: thread contexts, stacks, bit indexes, the
 * idle action and setjmp/longjmp.
 */

#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/hal/riscv_regs.h>

/* ------------------------------------------------------------------ */
/* Saved state                                                        */

/*
 * A suspended thread: the frame hal_thread_switch_context leaves at the
 * thread's stack pointer (layout: CYGARC_RISCV_CTX_* in riscv_regs.h).
 * Only what a called function must preserve is kept, since a switch is
 * an ordinary call; the caller has saved the rest if it needs it.
 */
typedef struct {
    CYG_ADDRWORD ra;            /* where the switch returns to */
    CYG_ADDRWORD s[12];         /* s0..s11; s0 = entry, s1 = arg at start */
    CYG_ADDRWORD mstatus;       /* MIE bit: interrupts enabled */
    CYG_ADDRWORD reserved[2];
} HAL_SavedRegisters;

/*
 * What the trap entry saves on the interrupted stack (layout:
 * CYGARC_RISCV_TF_* in riscv_regs.h). mstatus and mcause are filled in
 * for exceptions only; an exception handler may change mepc to resume
 * elsewhere.
 */
typedef struct {
    CYG_ADDRWORD ra;
    CYG_ADDRWORD t0, t1, t2;
    CYG_ADDRWORD a[8];
    CYG_ADDRWORD t3, t4, t5, t6;
    CYG_ADDRWORD mepc;
    CYG_ADDRWORD mstatus;
    CYG_ADDRWORD mcause;
    CYG_ADDRWORD reserved;
} HAL_TrapFrame;

/* ------------------------------------------------------------------ */
/* Stacks                                                             */

#define CYGNUM_HAL_STACK_CONTEXT_SIZE   CYGARC_RISCV_CTX_SIZE

/* A C function's frame with its saved registers and a few locals. */
#define CYGNUM_HAL_STACK_FRAME_SIZE     128

/*
 * What an interrupt costs the stack of the thread it interrupts: the
 * trap frame and the kernel's end-of-interrupt work (DSRs, possibly a
 * thread switch), during which one more interrupt may nest (its DSRs
 * then wait). Without the interrupt stack the ISR runs here as well,
 * which the minimum below leaves room for.
 */
#define CYGNUM_HAL_STACK_INTERRUPT_SIZE                                 \
    (2 * CYGARC_RISCV_TF_SIZE + 8 * CYGNUM_HAL_STACK_FRAME_SIZE)

/* Room for the above plus a thread that calls a few functions. */
#define CYGNUM_HAL_STACK_SIZE_MINIMUM   (4 * 1024)
#define CYGNUM_HAL_STACK_SIZE_TYPICAL   CYGNUM_HAL_RISCV_STACK_SIZE_TYPICAL

/* ------------------------------------------------------------------ */
/* Thread contexts                                                    */

/* Compiler barrier: memory accesses are not moved across it. */
#define HAL_REORDER_BARRIER()   __asm__ __volatile__ ("" : : : "memory")

/* gp is set once at start-up and never changes: nothing to save. */
#define CYGARC_HAL_SAVE_GP()
#define CYGARC_HAL_RESTORE_GP()

/* Context switching is done by functions in context.S. */
#include <cyg/hal/hal_context.h>

/* ------------------------------------------------------------------ */
/* Bit indexes                                                        */

/*
 * rv32imac has no count-zeros instruction (that is Zbb), and GCC turns
 * __builtin_ctz into a call of libgcc's __ctzsi2. The scheduler finds
 * its next thread with HAL_LSBIT_INDEX, so it is done inline instead:
 * the lowest set bit, isolated, times a de Bruijn constant puts a
 * distinct pattern in the top five bits, which a table maps back to the
 * bit number.
 */
externC const cyg_uint8 cyg_hal_riscv_debruijn_lsbit[32];

#define CYGARC_RISCV_DEBRUIJN32         0x077CB531u

#define HAL_LSBIT_INDEX(_index_, _mask_)                                \
    CYG_MACRO_START                                                     \
    cyg_uint32 _m_ = (cyg_uint32)(_mask_);                              \
    (_index_) = cyg_hal_riscv_debruijn_lsbit[                           \
        ((_m_ & (0u - _m_)) * CYGARC_RISCV_DEBRUIJN32) >> 27];          \
    CYG_MACRO_END

/* HAL_MSBIT_INDEX is rarely used, so libgcc's __clzsi2 is good enough. */
#include <cyg/hal/hal_bits.h>

/* ------------------------------------------------------------------ */
/* Idle                                                               */

/*
 * Sleep until an interrupt is pending. Any interrupt taken meanwhile has
 * already run its DSRs (and switched threads if one became ready) by
 * the time wfi is reached again, so no wake-up is lost.
 */
#define HAL_IDLE_THREAD_ACTION(_count_)                                 \
    CYG_MACRO_START                                                     \
    (void)(_count_);                                                    \
    __asm__ __volatile__ ("wfi" : : : "memory");                        \
    CYG_MACRO_END

/* ------------------------------------------------------------------ */
/* setjmp / longjmp                                                   */

/*
 * ra, sp and s0..s11. The interrupt state is not kept: a longjmp out of
 * an exception handler finds it as it was when the fault occurred.
 */
#define CYGARC_JMP_BUF_SIZE 14

#include <cyg/hal/hal_jmp.h>

#endif /* CYGONCE_HAL_HAL_ARCH_H */
