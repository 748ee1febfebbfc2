#ifndef CYGONCE_HAL_HAL_INTR_H
#define CYGONCE_HAL_HAL_INTR_H
/*
 * Cortex-M: interrupts, exceptions, the clock and reset.
 *
 * Interrupt vectors follow eCos: vector 0 is SysTick, the real-time
 * clock; external NVIC line n is vector n + 1. The variant names its
 * lines and says how many there are (<cyg/hal/var_intr.h>).
 *
 * An ISR runs in handler mode on the interrupt stack with interrupts
 * disabled. Its DSR runs right after it, still in handler mode, with
 * interrupts enabled, when the interrupted thread did not hold the
 * scheduler lock (cyg_kernel_interrupt_deliver); otherwise it is queued
 * for the thread's unlock. When a DSR has made a better thread ready the
 * HAL pends PendSV, the lowest-priority exception, which switches
 * threads (cyg_kernel_interrupt_switch); the interrupted thread, when it
 * runs again, resumes exactly where it was (through SVC). Faults reach
 * the kernel's exception handlers in thread mode.
 */

#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/hal/hal_arch.h>
#include <cyg/hal/cortexm_regs.h>

/* The barrier makes the next exception fetch a changed vector. */
#define HAL_VSR_SET_SYNC()      __asm__ __volatile__ ("dsb" : : : "memory")

/* The kernel's interrupt types, the dispatch tables and their macros. */
#include <cyg/hal/hal_intr_table.h>

/* ------------------------------------------------------------------ */
/* Interrupt vectors                                                  */

#define CYGNUM_HAL_INTERRUPT_SYSTICK    0
#define CYGNUM_HAL_INTERRUPT_EXTERNAL(_line_) ((_line_) + 1)

/* External line names and CYGNUM_HAL_CORTEXM_EXTERNAL_INTERRUPTS. */
#include <cyg/hal/var_intr.h>

#define CYGNUM_HAL_ISR_MIN              CYGNUM_HAL_INTERRUPT_SYSTICK
#define CYGNUM_HAL_ISR_MAX                                              \
    CYGNUM_HAL_INTERRUPT_EXTERNAL(CYGNUM_HAL_CORTEXM_EXTERNAL_INTERRUPTS - 1)
#define CYGNUM_HAL_ISR_COUNT            (CYGNUM_HAL_ISR_MAX + 1 - CYGNUM_HAL_ISR_MIN)

#define CYGNUM_HAL_INTERRUPT_RTC        CYGNUM_HAL_INTERRUPT_SYSTICK

/*
 * Vector service routines are the entries of the processor's vector
 * table, which the HAL keeps in RAM: VSR n is exception number n (0 is
 * the initial stack pointer, 16 + n external line n).
 */
#define CYGNUM_HAL_VECTOR_RESET         1
#define CYGNUM_HAL_VECTOR_NMI           2
#define CYGNUM_HAL_VECTOR_HARD_FAULT    3
#define CYGNUM_HAL_VECTOR_MEMORY_MANAGE 4
#define CYGNUM_HAL_VECTOR_BUS_FAULT     5
#define CYGNUM_HAL_VECTOR_USAGE_FAULT   6
#define CYGNUM_HAL_VECTOR_SVCALL        11
#define CYGNUM_HAL_VECTOR_DEBUG_MONITOR 12
#define CYGNUM_HAL_VECTOR_PENDSV        14
#define CYGNUM_HAL_VECTOR_SYSTICK       15
#define CYGNUM_HAL_VECTOR_EXTERNAL(_line_) ((_line_) + 16)

#define CYGNUM_HAL_VSR_MIN              0
#define CYGNUM_HAL_VSR_MAX                                              \
    CYGNUM_HAL_VECTOR_EXTERNAL(CYGNUM_HAL_CORTEXM_EXTERNAL_INTERRUPTS - 1)
#define CYGNUM_HAL_VSR_COUNT            (CYGNUM_HAL_VSR_MAX + 1 - CYGNUM_HAL_VSR_MIN)

/* ------------------------------------------------------------------ */
/* Exceptions: faults decoded from the fault status registers          */

#define CYGNUM_HAL_EXCEPTION_HARD_FAULT             0   /* no finer cause */
#define CYGNUM_HAL_EXCEPTION_MEMORY_PROTECTION      1   /* MPU violation */
#define CYGNUM_HAL_EXCEPTION_CODE_ACCESS            2   /* bus error on fetch */
#define CYGNUM_HAL_EXCEPTION_DATA_ACCESS            3   /* bus error on data */
#define CYGNUM_HAL_EXCEPTION_ILLEGAL_INSTRUCTION    4
#define CYGNUM_HAL_EXCEPTION_DATA_UNALIGNED_ACCESS  5
#define CYGNUM_HAL_EXCEPTION_DIV_BY_ZERO            6
#define CYGNUM_HAL_EXCEPTION_BREAKPOINT             7

#define CYGNUM_HAL_EXCEPTION_MIN        CYGNUM_HAL_EXCEPTION_HARD_FAULT
#define CYGNUM_HAL_EXCEPTION_MAX        CYGNUM_HAL_EXCEPTION_BREAKPOINT
#define CYGNUM_HAL_EXCEPTION_COUNT                                      \
    (CYGNUM_HAL_EXCEPTION_MAX + 1 - CYGNUM_HAL_EXCEPTION_MIN)

/* ------------------------------------------------------------------ */
/* Interrupt state: PRIMASK                                           */

/*
 * Non-zero while interrupts are enabled. PRIMASK is the opposite (1
 * masks), hence the exclusive or. PRIMASK leaves the faults and NMI
 * alone, and only those.
 */
typedef cyg_uint32 CYG_INTERRUPT_STATE;

#define HAL_DISABLE_INTERRUPTS(_old_)                                   \
    CYG_MACRO_START                                                     \
    cyg_uint32 _primask_;                                               \
    __asm__ __volatile__ ("mrs %0, primask\n\tcpsid i"                  \
                          : "=r" (_primask_) : : "memory");             \
    (_old_) = _primask_ ^ 1u;                                           \
    CYG_MACRO_END

#define HAL_RESTORE_INTERRUPTS(_old_)                                   \
    CYG_MACRO_START                                                     \
    cyg_uint32 _primask_ = (cyg_uint32)(_old_) ^ 1u;                    \
    __asm__ __volatile__ ("msr primask, %0" : : "r" (_primask_) : "memory"); \
    CYG_MACRO_END

#define HAL_ENABLE_INTERRUPTS()                                         \
    __asm__ __volatile__ ("cpsie i" : : : "memory")

#define HAL_QUERY_INTERRUPTS(_state_)                                   \
    CYG_MACRO_START                                                     \
    cyg_uint32 _primask_;                                               \
    __asm__ __volatile__ ("mrs %0, primask" : "=r" (_primask_) : : "memory"); \
    (_state_) = _primask_ ^ 1u;                                         \
    CYG_MACRO_END

/* ------------------------------------------------------------------ */
/* Dispatch tables                                                    */

/*
 * <cyg/hal/hal_intr_table.h> has them; hal_vsr_table is the RAM vector
 * table the processor uses (VTOR points at it).
 */

/* ------------------------------------------------------------------ */
/* Interrupt controller: the NVIC, and SysTick's own enable bit        */

/*
 * Levels are NVIC priorities counted from 0, the most urgent, in the
 * priority bits the core implements. The least urgent level is kept for
 * PendSV, so that the kernel is entered only once every ISR has run.
 */
#define CYGNUM_HAL_CORTEXM_INTERRUPT_LEVELS                             \
    (1 << CYGNUM_HAL_CORTEXM_PRIORITY_BITS)
#define CYGNUM_HAL_CORTEXM_INTERRUPT_LEVEL_MAX                          \
    (CYGNUM_HAL_CORTEXM_INTERRUPT_LEVELS - 2)

externC void hal_cortexm_interrupt_mask(cyg_vector_t vector);
externC void hal_cortexm_interrupt_unmask(cyg_vector_t vector);
externC void hal_cortexm_interrupt_set_level(cyg_vector_t vector,
                                             cyg_priority_t level);

/* Every vector starts masked. */
#define HAL_INTERRUPT_MASK(_vector_)    hal_cortexm_interrupt_mask(_vector_)
#define HAL_INTERRUPT_UNMASK(_vector_)  hal_cortexm_interrupt_unmask(_vector_)

/* Taking the exception clears its pending state; a device that holds its
 * line asserted is quietened by its own driver. */
#define HAL_INTERRUPT_ACKNOWLEDGE(_vector_)                             \
    CYG_MACRO_START (void)(_vector_); CYG_MACRO_END

/* NVIC lines have no trigger configuration. */
#define HAL_INTERRUPT_CONFIGURE(_vector_, _level_, _up_)                \
    CYG_MACRO_START (void)(_vector_); (void)(_level_); (void)(_up_); CYG_MACRO_END

#define HAL_INTERRUPT_SET_LEVEL(_vector_, _level_)                      \
    hal_cortexm_interrupt_set_level((_vector_), (_level_))

/*
 * Pends the NVIC line, a real interrupt; taken before the macro ends
 * when interrupts are enabled and the line unmasked. SysTick can be
 * pended too, but its mask (TICKINT) does not hold a pended tick back,
 * so only the external lines count as raisable. Inline, and one store to
 * STIR, since interrupt tests and benchmarks time it.
 */
static inline void hal_cortexm_interrupt_raise(cyg_vector_t vector)
{
    if (vector >= CYGNUM_HAL_INTERRUPT_EXTERNAL(0))
        CYGARC_REG_STIR = vector - CYGNUM_HAL_INTERRUPT_EXTERNAL(0);
    else
        CYGARC_REG_ICSR = CYGARC_ICSR_PENDSTSET;
    __asm__ __volatile__ ("dsb\n\tisb" : : : "memory");
}
#define HAL_INTERRUPT_RAISE(_vector_)   hal_cortexm_interrupt_raise(_vector_)
#define HAL_INTERRUPT_RAISABLE(_vector_)                                \
    ((cyg_vector_t)(_vector_) >= CYGNUM_HAL_INTERRUPT_EXTERNAL(0)       \
     && (cyg_vector_t)(_vector_) <= CYGNUM_HAL_ISR_MAX)

/* ------------------------------------------------------------------ */
/* Test aids (Cygnet)                                                 */

/* The permanently undefined instruction. HAL_TEST_BAD_DATA_ADDRESS
 * depends on the memory map and comes from the platform. */
#define HAL_TEST_ILLEGAL_INSTRUCTION()  __asm__ __volatile__ ("udf #0")

/* ------------------------------------------------------------------ */
/* Kernel entry points the HAL calls                                  */

/* Handler mode cannot switch threads: PendSV does (porting.md). */
#define HAL_THREAD_SWITCH_IN_EXCEPTION

#include <cyg/hal/hal_kernel_entry.h>

/* ------------------------------------------------------------------ */
/* Clock: SysTick, periods in SysTick counts                          */

externC void hal_cortexm_clock_initialize(cyg_uint32 period);
externC void hal_cortexm_delay_us(cyg_int32 us);

#define HAL_CLOCK_INITIALIZE(_period_)  hal_cortexm_clock_initialize(_period_)

/* SysTick reloads itself. */
#define HAL_CLOCK_RESET(_vector_, _period_)                             \
    CYG_MACRO_START (void)(_vector_); (void)(_period_); CYG_MACRO_END

/* The counter runs down from the reload value (period - 1) to 0. */
#define HAL_CLOCK_READ(_pvalue_)                                        \
    CYG_MACRO_START                                                     \
    *(_pvalue_) = CYGARC_REG_SYST_RVR - CYGARC_REG_SYST_CVR;            \
    CYG_MACRO_END

#define HAL_DELAY_US(_us_)      hal_cortexm_delay_us(_us_)

/* ------------------------------------------------------------------ */
/* Reset; the test exit comes from the variant                        */

externC void hal_cortexm_reset(void) CYGBLD_ATTRIB_NORET;

#define HAL_PLATFORM_RESET()    hal_cortexm_reset()

#endif /* CYGONCE_HAL_HAL_INTR_H */
