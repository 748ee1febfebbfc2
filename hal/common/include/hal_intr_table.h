#ifndef CYGONCE_HAL_HAL_INTR_TABLE_H
#define CYGONCE_HAL_HAL_INTR_TABLE_H
/*
 * The interrupt dispatch tables of the HAL contract (see the common
 * HAL's porting guide) and the macros that work on them, shared by every
 * architecture: hal_interrupt_table[] holds each vector's ISR (a free
 * vector holds hal_default_isr), its data word and the kernel's interrupt
 * object, side by side because an interrupt reads all three;
 * hal_vsr_table[] holds the vector service routines. The architecture
 * defines the tables (with CYGNUM_HAL_ISR_COUNT and CYGNUM_HAL_VSR_COUNT
 * entries; HAL_INTERRUPT_TABLE_DEFINE() for the first), the vector
 * numbers and hal_default_isr; its <cyg/hal/hal_intr.h> includes this
 * header before anything that uses the kernel's interrupt types.
 *
 * An architecture whose processor must be told that a VSR changed
 * defines HAL_VSR_SET_SYNC() before including this header.
 */

#include <cyg/infra/cyg_type.h>

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

/* Four words, so that the entry of a vector is a shift away. */
struct hal_interrupt_entry {
    CYG_ADDRESS  isr;
    CYG_ADDRWORD data;
    CYG_ADDRESS  object;
} CYGBLD_ATTRIB_ALIGN(4 * sizeof(CYG_ADDRWORD));

externC volatile struct hal_interrupt_entry hal_interrupt_table[];
externC volatile CYG_ADDRESS  hal_vsr_table[];

/* The ISR of every free vector. */
externC cyg_uint32 hal_default_isr(cyg_vector_t vector, cyg_addrword_t data);

#define HAL_INTERRUPT_TABLE_DEFINE()                                    \
    volatile struct hal_interrupt_entry                                 \
        hal_interrupt_table[CYGNUM_HAL_ISR_COUNT] = {                   \
        [0 ... CYGNUM_HAL_ISR_COUNT - 1] =                              \
            { (CYG_ADDRESS)hal_default_isr, 0, 0 }                      \
    }

#define HAL_TRANSLATE_VECTOR(_vector_, _index_)                         \
    ((_index_) = ((_vector_) - CYGNUM_HAL_ISR_MIN))

#define HAL_INTERRUPT_IN_USE(_vector_, _state_)                         \
    CYG_MACRO_START                                                     \
    cyg_uint32 _index_;                                                 \
    HAL_TRANSLATE_VECTOR((_vector_), _index_);                          \
    (_state_) = (hal_interrupt_table[_index_].isr                       \
                 != (CYG_ADDRESS)hal_default_isr);                      \
    CYG_MACRO_END

/* Data and object go in first: an interrupt may read them once the ISR is. */
#define HAL_INTERRUPT_ATTACH(_vector_, _isr_, _data_, _object_)         \
    CYG_MACRO_START                                                     \
    cyg_uint32 _index_;                                                 \
    HAL_TRANSLATE_VECTOR((_vector_), _index_);                          \
    if (hal_interrupt_table[_index_].isr == (CYG_ADDRESS)hal_default_isr) { \
        hal_interrupt_table[_index_].data = (CYG_ADDRWORD)(_data_);     \
        hal_interrupt_table[_index_].object = (CYG_ADDRESS)(_object_);  \
        hal_interrupt_table[_index_].isr = (CYG_ADDRESS)(_isr_);        \
    }                                                                   \
    CYG_MACRO_END

#define HAL_INTERRUPT_DETACH(_vector_, _isr_)                           \
    CYG_MACRO_START                                                     \
    cyg_uint32 _index_;                                                 \
    HAL_TRANSLATE_VECTOR((_vector_), _index_);                          \
    if (hal_interrupt_table[_index_].isr == (CYG_ADDRESS)(_isr_)) {     \
        hal_interrupt_table[_index_].isr = (CYG_ADDRESS)hal_default_isr; \
        hal_interrupt_table[_index_].data = 0;                          \
        hal_interrupt_table[_index_].object = 0;                        \
    }                                                                   \
    CYG_MACRO_END

#ifndef HAL_VSR_SET_SYNC
# define HAL_VSR_SET_SYNC()     CYG_EMPTY_STATEMENT
#endif

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
    HAL_VSR_SET_SYNC();                                                 \
    CYG_MACRO_END

#endif /* CYGONCE_HAL_HAL_INTR_TABLE_H */
