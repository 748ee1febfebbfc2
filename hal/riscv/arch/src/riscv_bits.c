/*
 * RISC-V architecture HAL: the table behind HAL_LSBIT_INDEX.
 *
 * Entry k is the bit number b for which (1 << b) * 0x077CB531 has k in
 * its top five bits; every k from 0 to 31 occurs exactly once because
 * the constant is a de Bruijn sequence.
 */

#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/hal/hal_arch.h>

const cyg_uint8 cyg_hal_riscv_debruijn_lsbit[32] = {
     0,  1, 28,  2, 29, 14, 24,  3, 30, 22, 20, 15, 25, 17,  4,  8,
    31, 27, 13, 23, 21, 19, 16,  7, 26, 12, 18,  6, 11,  5, 10,  9,
};
