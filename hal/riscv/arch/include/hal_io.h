#ifndef CYGONCE_HAL_HAL_IO_H
#define CYGONCE_HAL_HAL_IO_H
/*
 * RISC-V architecture HAL: device register access. Device regions of
 * the platforms this HAL serves are strongly ordered, so plain volatile
 * accesses need no fence between them.
 */

#include <cyg/hal/hal_mmio.h>

#endif /* CYGONCE_HAL_HAL_IO_H */
