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

/*
 * The kernel's interrupt types, repeated (identically) so that HAL users
 * need not include <cyg/kernel/kapi.h>.
 */
typedef CYG_ADDRWORD cyg_addrword_t;
typedef cyg_uint32 cyg_vector_t;
typedef cyg_uint32 cyg_priority_t;
typedef cyg_int32 cyg_code_t;
typedef cyg_uint32 cyg_ISR_t(cyg_vector_t vector, cyg_addrword_t data);
typedef void cyg_DSR_t(cyg_vector_t vector, cyg_ucount32 count,
                       cyg_addrword_t data);
typedef void cyg_VSR_t(void);

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

externC volatile CYG_ADDRESS  hal_interrupt_handlers[CYGNUM_HAL_ISR_COUNT];
externC volatile CYG_ADDRWORD hal_interrupt_data[CYGNUM_HAL_ISR_COUNT];
externC volatile CYG_ADDRESS  hal_interrupt_objects[CYGNUM_HAL_ISR_COUNT];
externC volatile CYG_ADDRESS  hal_vsr_table[CYGNUM_HAL_VSR_COUNT];

/* The ISR of every free vector. */
externC cyg_uint32 hal_default_isr(cyg_vector_t vector, cyg_addrword_t data);

#define HAL_TRANSLATE_VECTOR(_vector_, _index_)                         \
    ((_index_) = ((_vector_) - CYGNUM_HAL_ISR_MIN))

#define HAL_INTERRUPT_IN_USE(_vector_, _state_)                         \
    CYG_MACRO_START                                                     \
    cyg_uint32 _index_;                                                 \
    HAL_TRANSLATE_VECTOR((_vector_), _index_);                          \
    (_state_) = (hal_interrupt_handlers[_index_]                        \
                 != (CYG_ADDRESS)hal_default_isr);                      \
    CYG_MACRO_END

/* Data and object go in first: a signal may read them once the ISR is. */
#define HAL_INTERRUPT_ATTACH(_vector_, _isr_, _data_, _object_)         \
    CYG_MACRO_START                                                     \
    cyg_uint32 _index_;                                                 \
    HAL_TRANSLATE_VECTOR((_vector_), _index_);                          \
    if (hal_interrupt_handlers[_index_] == (CYG_ADDRESS)hal_default_isr) { \
        hal_interrupt_data[_index_] = (CYG_ADDRWORD)(_data_);           \
        hal_interrupt_objects[_index_] = (CYG_ADDRESS)(_object_);       \
        hal_interrupt_handlers[_index_] = (CYG_ADDRESS)(_isr_);         \
    }                                                                   \
    CYG_MACRO_END

#define HAL_INTERRUPT_DETACH(_vector_, _isr_)                           \
    CYG_MACRO_START                                                     \
    cyg_uint32 _index_;                                                 \
    HAL_TRANSLATE_VECTOR((_vector_), _index_);                          \
    if (hal_interrupt_handlers[_index_] == (CYG_ADDRESS)(_isr_)) {      \
        hal_interrupt_handlers[_index_] = (CYG_ADDRESS)hal_default_isr; \
        hal_interrupt_data[_index_] = 0;                                \
        hal_interrupt_objects[_index_] = 0;                             \
    }                                                                   \
    CYG_MACRO_END

/*
 * Vector service routines have no role in dispatching on this target;
 * the table only keeps what is stored in it.
 */
#define HAL_VSR_GET(_vector_, _pvsr_)                                   \
    CYG_MACRO_START                                                     \
    *(CYG_ADDRESS *)(_pvsr_) =                                          \
        hal_vsr_table[(_vector_) - CYGNUM_HAL_VSR_MIN];                 \
    CYG_MACRO_END

#define HAL_VSR_SET(_vector_, _vsr_, _poldvsr_)                         \
    CYG_MACRO_START                                                     \
    if ((void *)(_poldvsr_) != NULL)                                    \
        *(CYG_ADDRESS *)(_poldvsr_) =                                   \
            hal_vsr_table[(_vector_) - CYGNUM_HAL_VSR_MIN];             \
    hal_vsr_table[(_vector_) - CYGNUM_HAL_VSR_MIN] = (CYG_ADDRESS)(_vsr_); \
    CYG_MACRO_END

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

/* ------------------------------------------------------------------ */
/* Kernel entry points the HAL calls                                  */

#ifdef CYGFUN_HAL_COMMON_KERNEL_SUPPORT
externC void cyg_kernel_interrupt_end(cyg_uint32 isr_ret,
                                      CYG_ADDRWORD intr_object);
#endif

externC void cyg_hal_deliver_exception(CYG_WORD code, CYG_ADDRWORD data);

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
