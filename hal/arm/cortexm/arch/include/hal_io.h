#ifndef CYGONCE_HAL_HAL_IO_H
#define CYGONCE_HAL_HAL_IO_H
/*
 * Cortex-M: register access. Devices are memory-mapped, and a Cortex-M3
 * does not reorder accesses to device memory, so plain volatile accesses
 * need no barrier between accesses to the same device.
 */

#include <cyg/hal/hal_mmio.h>

#endif /* CYGONCE_HAL_HAL_IO_H */
