#ifndef CYGONCE_HAL_HAL_CACHE_H
#define CYGONCE_HAL_HAL_CACHE_H
/*
 * RISC-V architecture HAL: caches.
 *
 * The base architecture defines no cache control beyond ordering: a
 * hart that has caches keeps them coherent by itself, and code that
 * writes instructions makes them visible with fence.i. So nothing is
 * enabled or disabled, and the synchronization operations do what the
 * architecture offers.
 */

#define HAL_DCACHE_SYNC()               __asm__ __volatile__ ("fence" : : : "memory")
#define HAL_ICACHE_SYNC()               __asm__ __volatile__ ("fence.i" : : : "memory")

#include <cyg/hal/hal_cache_none.h>

#endif /* CYGONCE_HAL_HAL_CACHE_H */
