#ifndef CYGONCE_HAL_HAL_IO_H
#define CYGONCE_HAL_HAL_IO_H
/*
 * Linux synthetic target: register access. A process has no device
 * registers, but code written for memory-mapped devices (and device
 * models kept in memory) uses these macros: plain volatile accesses.
 */

#include <cyg/hal/hal_mmio.h>

#endif /* CYGONCE_HAL_HAL_IO_H */
