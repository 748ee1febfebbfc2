#ifndef CYGONCE_HAL_HAL_CACHE_H
#define CYGONCE_HAL_HAL_CACHE_H
/*
 * Cortex-M3: the core has no caches.
 */

#include <cyg/hal/hal_cache_none.h>

#endif /* CYGONCE_HAL_HAL_CACHE_H */
