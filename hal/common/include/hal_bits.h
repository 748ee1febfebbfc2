#ifndef CYGONCE_HAL_HAL_BITS_H
#define CYGONCE_HAL_HAL_BITS_H
/*
 * Bit indexes of a non-zero 32-bit mask through the compiler's
 * count-zeros builtins, which become single instructions where the
 * processor has them. An architecture's <cyg/hal/hal_arch.h> includes
 * this header, after defining its own HAL_LSBIT_INDEX or
 * HAL_MSBIT_INDEX where the builtin would be a library call on a hot
 * path.
 */

#include <cyg/infra/cyg_type.h>

#ifndef HAL_LSBIT_INDEX
# define HAL_LSBIT_INDEX(_index_, _mask_)                               \
    ((_index_) = (cyg_uint32)__builtin_ctz((cyg_uint32)(_mask_)))
#endif

#ifndef HAL_MSBIT_INDEX
# define HAL_MSBIT_INDEX(_index_, _mask_)                               \
    ((_index_) = (cyg_uint32)(31 - __builtin_clz((cyg_uint32)(_mask_))))
#endif

#endif /* CYGONCE_HAL_HAL_BITS_H */
