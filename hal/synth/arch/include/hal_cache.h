#ifndef CYGONCE_HAL_HAL_CACHE_H
#define CYGONCE_HAL_HAL_CACHE_H
/*
 * Linux synthetic target: the host's caches are invisible to a process,
 * so the target behaves as if it had none. The operations exist, do
 * nothing and report the caches as disabled. No cache sizes are
 * defined, which is how code tells that there is nothing to test.
 */

#include <cyg/infra/cyg_type.h>

#define HAL_DCACHE_ENABLE()             CYG_EMPTY_STATEMENT
#define HAL_DCACHE_DISABLE()            CYG_EMPTY_STATEMENT
#define HAL_DCACHE_SYNC()               CYG_EMPTY_STATEMENT
#define HAL_DCACHE_INVALIDATE_ALL()     CYG_EMPTY_STATEMENT
#define HAL_DCACHE_IS_ENABLED(_state_)                                  \
    CYG_MACRO_START (_state_) = 0; CYG_MACRO_END

#define HAL_ICACHE_ENABLE()             CYG_EMPTY_STATEMENT
#define HAL_ICACHE_DISABLE()            CYG_EMPTY_STATEMENT
#define HAL_ICACHE_SYNC()               CYG_EMPTY_STATEMENT
#define HAL_ICACHE_INVALIDATE_ALL()     CYG_EMPTY_STATEMENT
#define HAL_ICACHE_IS_ENABLED(_state_)                                  \
    CYG_MACRO_START (_state_) = 0; CYG_MACRO_END

#endif /* CYGONCE_HAL_HAL_CACHE_H */
