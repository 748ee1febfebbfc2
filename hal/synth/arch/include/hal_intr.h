#ifndef CYGONCE_HAL_HAL_INTR_H
#define CYGONCE_HAL_HAL_INTR_H
/*
 * Linux synthetic target: interrupts, exceptions, the clock, reset and
 * test exit.
 *
 * Interrupts are host signals. Disabling them only clears a flag in
 * memory: a signal that arrives meanwhile marks its vector pending, and
 * the pending vectors are serviced when the flag is set again. A
 * critical section therefore costs no system call.
 */

#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/hal/hal_arch.h>

/* The kernel's interrupt types, the dispatch tables and their macros. */
#include <cyg/hal/hal_intr_table.h>

/* ------------------------------------------------------------------ */
/* Vectors                                                            */

/* Vector 0 is the clock (SIGALRM); the others are raised by software. */
#define CYGNUM_HAL_ISR_MIN              0
#define CYGNUM_HAL_ISR_MAX              31
#define CYGNUM_HAL_ISR_COUNT            (CYGNUM_HAL_ISR_MAX + 1 - CYGNUM_HAL_ISR_MIN)

#define CYGNUM_HAL_INTERRUPT_RTC        0

#define CYGNUM_HAL_VSR_MIN              0
#define CYGNUM_HAL_VSR_MAX              0
#define CYGNUM_HAL_VSR_COUNT            (CYGNUM_HAL_VSR_MAX + 1 - CYGNUM_HAL_VSR_MIN)

/* Host faults: SIGILL; SIGSEGV and SIGBUS; SIGFPE. */
#define CYGNUM_HAL_EXCEPTION_ILLEGAL_INSTRUCTION 0
#define CYGNUM_HAL_EXCEPTION_DATA_ACCESS         1
#define CYGNUM_HAL_EXCEPTION_FPU                 2

#define CYGNUM_HAL_EXCEPTION_MIN        0
#define CYGNUM_HAL_EXCEPTION_MAX        2
#define CYGNUM_HAL_EXCEPTION_COUNT      (CYGNUM_HAL_EXCEPTION_MAX + 1 - CYGNUM_HAL_EXCEPTION_MIN)

/* ------------------------------------------------------------------ */
/* Interrupt state                                                    */

typedef int CYG_INTERRUPT_STATE;

/* Non-zero while interrupts are enabled (a sig_atomic_t in the HAL). */
externC volatile int cyg_hal_synth_interrupts_enabled;

/* Enables interrupts and services every vector that became pending. */
externC void cyg_hal_synth_enable_interrupts(void);

#define HAL_DISABLE_INTERRUPTS(_old_)                                   \
    CYG_MACRO_START                                                     \
    (_old_) = cyg_hal_synth_interrupts_enabled;                         \
    cyg_hal_synth_interrupts_enabled = 0;                               \
    HAL_REORDER_BARRIER();                                              \
    CYG_MACRO_END

#define HAL_ENABLE_INTERRUPTS()                                         \
    CYG_MACRO_START                                                     \
    HAL_REORDER_BARRIER();                                              \
    cyg_hal_synth_enable_interrupts();                                  \
    CYG_MACRO_END

#define HAL_RESTORE_INTERRUPTS(_old_)                                   \
    CYG_MACRO_START                                                     \
    HAL_REORDER_BARRIER();                                              \
    if (_old_)                                                          \
        cyg_hal_synth_enable_interrupts();                              \
    else                                                                \
        cyg_hal_synth_interrupts_enabled = 0;                           \
    CYG_MACRO_END

#define HAL_QUERY_INTERRUPTS(_state_)                                   \
    CYG_MACRO_START                                                     \
    (_state_) = cyg_hal_synth_interrupts_enabled;                       \
    CYG_MACRO_END

/* ------------------------------------------------------------------ */
/* Dispatch tables                                                    */

/*
 * <cyg/hal/hal_intr_table.h> has them. Vector service routines have no
 * role in dispatching on this target: hal_vsr_table only keeps what is
 * stored in it.
 */

/* ------------------------------------------------------------------ */
/* Interrupt controller                                               */

externC void cyg_hal_synth_interrupt_mask(cyg_vector_t vector);
externC void cyg_hal_synth_interrupt_unmask(cyg_vector_t vector);
externC void cyg_hal_synth_interrupt_raise(cyg_vector_t vector);

/* Every vector starts masked. */
#define HAL_INTERRUPT_MASK(_vector_)    cyg_hal_synth_interrupt_mask(_vector_)
#define HAL_INTERRUPT_UNMASK(_vector_)  cyg_hal_synth_interrupt_unmask(_vector_)

/* Servicing a vector clears its pending bit; nothing to acknowledge. */
#define HAL_INTERRUPT_ACKNOWLEDGE(_vector_)                             \
    CYG_MACRO_START (void)(_vector_); CYG_MACRO_END

/* Signals have neither trigger modes nor priority levels. */
#define HAL_INTERRUPT_CONFIGURE(_vector_, _level_, _up_)                \
    CYG_MACRO_START (void)(_vector_); (void)(_level_); (void)(_up_); CYG_MACRO_END

#define HAL_INTERRUPT_SET_LEVEL(_vector_, _level_)                      \
    CYG_MACRO_START (void)(_vector_); (void)(_level_); CYG_MACRO_END

/* Makes the vector pending; serviced at once when enabled and unmasked. */
#define HAL_INTERRUPT_RAISE(_vector_)   cyg_hal_synth_interrupt_raise(_vector_)
#define HAL_INTERRUPT_RAISABLE(_vector_) ((void)(_vector_), 1)

/* ------------------------------------------------------------------ */
/* Test aids (Cygnet): a faulting address and a faulting instruction  */

/* The never-mapped first page of a host process. */
#define HAL_TEST_BAD_DATA_ADDRESS       16
#define HAL_TEST_ILLEGAL_INSTRUCTION()  __asm__ __volatile__ ("ud2")

/* ------------------------------------------------------------------ */
/* Kernel entry points the HAL calls                                  */

#include <cyg/hal/hal_kernel_entry.h>

/* ------------------------------------------------------------------ */
/* Clock: a host interval timer, periods in microseconds              */

externC void cyg_hal_synth_clock_initialize(cyg_uint32 period);
externC cyg_uint32 cyg_hal_synth_clock_read(void);
externC void cyg_hal_synth_delay_us(cyg_int32 us);

#define HAL_CLOCK_INITIALIZE(_period_)                                  \
    cyg_hal_synth_clock_initialize(_period_)

/* The interval timer rearms itself. */
#define HAL_CLOCK_RESET(_vector_, _period_)                             \
    CYG_MACRO_START (void)(_vector_); (void)(_period_); CYG_MACRO_END

#define HAL_CLOCK_READ(_pvalue_)                                        \
    CYG_MACRO_START                                                     \
    *(_pvalue_) = cyg_hal_synth_clock_read();                           \
    CYG_MACRO_END

#define HAL_DELAY_US(_us_)      cyg_hal_synth_delay_us(_us_)

/* ------------------------------------------------------------------ */
/* Reset and test exit: the process ends                              */

externC void cyg_hal_synth_exit(int status) CYGBLD_ATTRIB_NORET;

#define HAL_PLATFORM_RESET()                    cyg_hal_synth_exit(0)
#define CYGHWR_TEST_PROGRAM_EXIT()              cyg_hal_synth_exit(0)
#define CYGHWR_TEST_PROGRAM_EXIT_STATUS(_failed_) \
    cyg_hal_synth_exit((_failed_) ? 1 : 0)

#endif /* CYGONCE_HAL_HAL_INTR_H */
