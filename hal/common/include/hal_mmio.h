#ifndef CYGONCE_HAL_HAL_MMIO_H
#define CYGONCE_HAL_HAL_MMIO_H
/*
 * Register access for memory-mapped devices: every access goes through a
 * volatile pointer of the register's width, so it really happens, once,
 * in program order, with a load or store of that width. An
 * architecture's <cyg/hal/hal_io.h> includes this header when plain
 * loads and stores are all its devices need (no barriers, no I/O space).
 */

#include <cyg/infra/cyg_type.h>

typedef volatile CYG_ADDRWORD HAL_IO_REGISTER;

#define HAL_READ_UINT8(_reg_, _value_)                                  \
    ((_value_) = *(volatile cyg_uint8 *)(_reg_))
#define HAL_WRITE_UINT8(_reg_, _value_)                                 \
    (*(volatile cyg_uint8 *)(_reg_) = (cyg_uint8)(_value_))

#define HAL_READ_UINT16(_reg_, _value_)                                 \
    ((_value_) = *(volatile cyg_uint16 *)(_reg_))
#define HAL_WRITE_UINT16(_reg_, _value_)                                \
    (*(volatile cyg_uint16 *)(_reg_) = (cyg_uint16)(_value_))

#define HAL_READ_UINT32(_reg_, _value_)                                 \
    ((_value_) = *(volatile cyg_uint32 *)(_reg_))
#define HAL_WRITE_UINT32(_reg_, _value_)                                \
    (*(volatile cyg_uint32 *)(_reg_) = (cyg_uint32)(_value_))

/*
 * Vector forms: `_count_' accesses, the register address advancing by
 * `_step_' registers and the buffer by one element each time.
 */
#define HAL_MMIO_READ_VECTOR(_type_, _reg_, _buf_, _count_, _step_) \
    CYG_MACRO_START                                                     \
    volatile _type_ *_r_ = (volatile _type_ *)(_reg_);                  \
    _type_ *_b_ = (_type_ *)(_buf_);                                    \
    cyg_ucount32 _n_;                                                   \
    for (_n_ = 0; _n_ < (cyg_ucount32)(_count_); _n_++, _r_ += (_step_)) \
        _b_[_n_] = *_r_;                                                \
    CYG_MACRO_END

#define HAL_MMIO_WRITE_VECTOR(_type_, _reg_, _buf_, _count_, _step_) \
    CYG_MACRO_START                                                     \
    volatile _type_ *_r_ = (volatile _type_ *)(_reg_);                  \
    const _type_ *_b_ = (const _type_ *)(_buf_);                        \
    cyg_ucount32 _n_;                                                   \
    for (_n_ = 0; _n_ < (cyg_ucount32)(_count_); _n_++, _r_ += (_step_)) \
        *_r_ = _b_[_n_];                                                \
    CYG_MACRO_END

#define HAL_READ_UINT8_VECTOR(_reg_, _buf_, _count_, _step_)            \
    HAL_MMIO_READ_VECTOR(cyg_uint8, _reg_, _buf_, _count_, _step_)
#define HAL_WRITE_UINT8_VECTOR(_reg_, _buf_, _count_, _step_)           \
    HAL_MMIO_WRITE_VECTOR(cyg_uint8, _reg_, _buf_, _count_, _step_)
#define HAL_READ_UINT16_VECTOR(_reg_, _buf_, _count_, _step_)           \
    HAL_MMIO_READ_VECTOR(cyg_uint16, _reg_, _buf_, _count_, _step_)
#define HAL_WRITE_UINT16_VECTOR(_reg_, _buf_, _count_, _step_)          \
    HAL_MMIO_WRITE_VECTOR(cyg_uint16, _reg_, _buf_, _count_, _step_)
#define HAL_READ_UINT32_VECTOR(_reg_, _buf_, _count_, _step_)           \
    HAL_MMIO_READ_VECTOR(cyg_uint32, _reg_, _buf_, _count_, _step_)
#define HAL_WRITE_UINT32_VECTOR(_reg_, _buf_, _count_, _step_)          \
    HAL_MMIO_WRITE_VECTOR(cyg_uint32, _reg_, _buf_, _count_, _step_)

#endif /* CYGONCE_HAL_HAL_MMIO_H */
