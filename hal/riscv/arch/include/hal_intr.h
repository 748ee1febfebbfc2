#ifndef CYGONCE_HAL_HAL_INTR_H
#define CYGONCE_HAL_HAL_INTR_H
/*
 * RISC-V architecture HAL: interrupts, exceptions, the clock, reset and
 * test exit.
 *
 * The hart runs in machine mode only. Interrupts are enabled and
 * disabled with mstatus.MIE. The machine software and timer lines have
 * a vector each; the machine external line is shared by the sources of
 * the platform's interrupt controller, which have the vectors after
 * them. The variant's <cyg/hal/var_intr.h> supplies the controller, the
 * clock and the end of the run.
 */

#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/hal/hal_arch.h>
#include <cyg/hal/riscv_regs.h>

/* The kernel's interrupt types, the dispatch tables and their macros. */
#include <cyg/hal/hal_intr_table.h>

/* ------------------------------------------------------------------ */
/* Vectors                                                            */

/*
 * Vector 0 is the machine software interrupt, 1 the machine timer,
 * and external source s of the interrupt controller is vector 1 + s
 * (source 0 means "none"): the order of the mcause codes (3, 7, 11),
 * then of the source numbers. A hart that takes the lowest pending
 * cause first, as QEMU's do, with a controller that prefers the lowest
 * source among equal priorities, takes a lower vector first.
 */
#define CYGNUM_HAL_ISR_MIN              0
#define CYGNUM_HAL_INTERRUPT_SOFTWARE   0
#define CYGNUM_HAL_INTERRUPT_TIMER      1
#define CYGNUM_HAL_INTERRUPT_EXTERNAL(_source_) (1 + (_source_))

/*
 * One vector service routine: the machine trap vector. The table keeps
 * what is stored in it; dispatching goes through the HAL's own trap
 * entry whatever it holds.
 */
#define CYGNUM_HAL_VSR_MIN              0
#define CYGNUM_HAL_VSR_MAX              0
#define CYGNUM_HAL_VSR_COUNT            (CYGNUM_HAL_VSR_MAX + 1 - CYGNUM_HAL_VSR_MIN)

/*
 * Exception numbers are mcause codes. A load and a store that fault the
 * same way are reported alike, under the load's code, so that one
 * handler sees every bad data access; codes 6 and 7 (the store forms),
 * 8 to 10 (other privilege levels, reserved) never occur.
 */
#define CYGNUM_HAL_EXCEPTION_CODE_UNALIGNED_ACCESS  CYGARC_RISCV_EXC_INSN_MISALIGNED
#define CYGNUM_HAL_EXCEPTION_CODE_ACCESS            CYGARC_RISCV_EXC_INSN_ACCESS
#define CYGNUM_HAL_EXCEPTION_ILLEGAL_INSTRUCTION    CYGARC_RISCV_EXC_ILLEGAL_INSN
#define CYGNUM_HAL_EXCEPTION_INSTRUCTION_BP         CYGARC_RISCV_EXC_BREAKPOINT
#define CYGNUM_HAL_EXCEPTION_DATA_UNALIGNED_ACCESS  CYGARC_RISCV_EXC_LOAD_MISALIGNED
#define CYGNUM_HAL_EXCEPTION_DATA_ACCESS            CYGARC_RISCV_EXC_LOAD_ACCESS
#define CYGNUM_HAL_EXCEPTION_SYSTEM_CALL            CYGARC_RISCV_EXC_ECALL_M

#define CYGNUM_HAL_EXCEPTION_MIN        0
#define CYGNUM_HAL_EXCEPTION_MAX        CYGARC_RISCV_EXC_ECALL_M
#define CYGNUM_HAL_EXCEPTION_COUNT      (CYGNUM_HAL_EXCEPTION_MAX + 1 - CYGNUM_HAL_EXCEPTION_MIN)

/* ------------------------------------------------------------------ */
/* Interrupt state: mstatus.MIE                                       */

/* CYGARC_RISCV_MSTATUS_MIE when enabled, 0 when disabled. */
typedef cyg_uint32 CYG_INTERRUPT_STATE;

#define HAL_DISABLE_INTERRUPTS(_old_)                                   \
    CYG_MACRO_START                                                     \
    cyg_uint32 _mstatus_;                                               \
    __asm__ __volatile__ ("csrrci %0, mstatus, %1"                      \
                          : "=r" (_mstatus_)                            \
                          : "i" (CYGARC_RISCV_MSTATUS_MIE)              \
                          : "memory");                                  \
    (_old_) = _mstatus_ & CYGARC_RISCV_MSTATUS_MIE;                     \
    CYG_MACRO_END

#define HAL_ENABLE_INTERRUPTS()                                         \
    __asm__ __volatile__ ("csrsi mstatus, %0"                           \
                          : : "i" (CYGARC_RISCV_MSTATUS_MIE) : "memory")

/*
 * Sets MIE again if it was set. Restoring always follows the matching
 * disable, so interrupts are off here and a zero state has nothing to
 * undo.
 */
#define HAL_RESTORE_INTERRUPTS(_old_)                                   \
    __asm__ __volatile__ ("csrs mstatus, %0"                            \
                          : : "r" ((cyg_uint32)(_old_)) : "memory")

#define HAL_QUERY_INTERRUPTS(_state_)                                   \
    CYG_MACRO_START                                                     \
    cyg_uint32 _mstatus_;                                               \
    __asm__ __volatile__ ("csrr %0, mstatus" : "=r" (_mstatus_));       \
    (_state_) = _mstatus_ & CYGARC_RISCV_MSTATUS_MIE;                   \
    CYG_MACRO_END

/* ------------------------------------------------------------------ */
/* Variant: interrupt controller, clock, end of run                   */

#include <cyg/hal/var_intr.h>

#ifndef CYGNUM_HAL_ISR_MAX
# error "the variant must define CYGNUM_HAL_ISR_MAX"
#endif
#define CYGNUM_HAL_ISR_COUNT            (CYGNUM_HAL_ISR_MAX + 1 - CYGNUM_HAL_ISR_MIN)

/* ------------------------------------------------------------------ */
/* Dispatch tables                                                    */

/*
 * <cyg/hal/hal_intr_table.h> has them. Every trap enters through one
 * vector (mtvec in direct mode): hal_vsr_table records that entry and
 * otherwise only keeps what is stored in it.
 */

/* ------------------------------------------------------------------ */
/* Masking: mie for the software and timer lines, the variant's       */
/* controller for external sources                                    */

externC void cyg_hal_riscv_interrupt_mask(cyg_vector_t vector);
externC void cyg_hal_riscv_interrupt_unmask(cyg_vector_t vector);

#define HAL_INTERRUPT_MASK(_vector_)    cyg_hal_riscv_interrupt_mask(_vector_)
#define HAL_INTERRUPT_UNMASK(_vector_)  cyg_hal_riscv_interrupt_unmask(_vector_)

/*
 * The trap dispatcher claims and completes external sources and clears
 * the software interrupt before it calls the ISR: nothing is left to
 * acknowledge.
 */
#define HAL_INTERRUPT_ACKNOWLEDGE(_vector_)                             \
    CYG_MACRO_START (void)(_vector_); CYG_MACRO_END

/* ------------------------------------------------------------------ */
/* Start-up                                                           */

/* The variant's set-up of its devices, part of the HAL's own. */
externC void hal_variant_init(void);

/* ------------------------------------------------------------------ */
/* Kernel entry points the HAL calls                                  */

#include <cyg/hal/hal_kernel_entry.h>

/* ------------------------------------------------------------------ */
/* Test aids (Cygnet): a faulting instruction                         */

/* c.unimp: the all-zero halfword is defined to be illegal. */
#define HAL_TEST_ILLEGAL_INSTRUCTION()  __asm__ __volatile__ ("unimp")

/* ------------------------------------------------------------------ */
/* Cycle counter (Cygnet): the low word of mcycle                     */

/*
 * Free-running in machine mode, one count per cycle; QEMU run with
 * -icount shift=0 counts one per instruction, exactly: two reads in a
 * row differ by one. Benchmarks time short stretches of code with it.
 */
#define HAL_CYCLE_COUNTER_READ(_pvalue_)                                \
    CYG_MACRO_START                                                     \
    cyg_uint32 _cycles_;                                                \
    __asm__ __volatile__ ("csrr %0, mcycle" : "=r" (_cycles_));         \
    *(_pvalue_) = _cycles_;                                             \
    CYG_MACRO_END

#endif /* CYGONCE_HAL_HAL_INTR_H */
