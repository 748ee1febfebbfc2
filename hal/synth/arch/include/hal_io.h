#ifndef CYGONCE_HAL_HAL_IO_H
#define CYGONCE_HAL_HAL_IO_H
/*
 * Linux synthetic target: register access. A process has no device
 * registers, but code written for memory-mapped devices (and device
 * models kept in memory) uses these macros, which access memory through
 * volatile pointers so that every access really happens, in order.
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
#define HAL_SYNTH_IO_READ_VECTOR(_type_, _reg_, _buf_, _count_, _step_) \
    CYG_MACRO_START                                                     \
    volatile _type_ *_r_ = (volatile _type_ *)(_reg_);                  \
    _type_ *_b_ = (_type_ *)(_buf_);                                    \
    cyg_ucount32 _n_;                                                   \
    for (_n_ = 0; _n_ < (cyg_ucount32)(_count_); _n_++, _r_ += (_step_)) \
        _b_[_n_] = *_r_;                                                \
    CYG_MACRO_END

#define HAL_SYNTH_IO_WRITE_VECTOR(_type_, _reg_, _buf_, _count_, _step_) \
    CYG_MACRO_START                                                     \
    volatile _type_ *_r_ = (volatile _type_ *)(_reg_);                  \
    const _type_ *_b_ = (const _type_ *)(_buf_);                        \
    cyg_ucount32 _n_;                                                   \
    for (_n_ = 0; _n_ < (cyg_ucount32)(_count_); _n_++, _r_ += (_step_)) \
        *_r_ = _b_[_n_];                                                \
    CYG_MACRO_END

#define HAL_READ_UINT8_VECTOR(_reg_, _buf_, _count_, _step_)            \
    HAL_SYNTH_IO_READ_VECTOR(cyg_uint8, _reg_, _buf_, _count_, _step_)
#define HAL_WRITE_UINT8_VECTOR(_reg_, _buf_, _count_, _step_)           \
    HAL_SYNTH_IO_WRITE_VECTOR(cyg_uint8, _reg_, _buf_, _count_, _step_)
#define HAL_READ_UINT16_VECTOR(_reg_, _buf_, _count_, _step_)           \
    HAL_SYNTH_IO_READ_VECTOR(cyg_uint16, _reg_, _buf_, _count_, _step_)
#define HAL_WRITE_UINT16_VECTOR(_reg_, _buf_, _count_, _step_)          \
    HAL_SYNTH_IO_WRITE_VECTOR(cyg_uint16, _reg_, _buf_, _count_, _step_)
#define HAL_READ_UINT32_VECTOR(_reg_, _buf_, _count_, _step_)           \
    HAL_SYNTH_IO_READ_VECTOR(cyg_uint32, _reg_, _buf_, _count_, _step_)
#define HAL_WRITE_UINT32_VECTOR(_reg_, _buf_, _count_, _step_)          \
    HAL_SYNTH_IO_WRITE_VECTOR(cyg_uint32, _reg_, _buf_, _count_, _step_)

#endif /* CYGONCE_HAL_HAL_IO_H */
