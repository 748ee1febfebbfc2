#ifndef CYGONCE_HAL_HAL_CACHE_H
#define CYGONCE_HAL_HAL_CACHE_H
/*
 * Linux synthetic target: the host's caches are invisible to a process,
 * so the target behaves as if it had none.
 */

#include <cyg/hal/hal_cache_none.h>

#endif /* CYGONCE_HAL_HAL_CACHE_H */
