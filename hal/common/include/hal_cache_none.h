#ifndef CYGONCE_HAL_HAL_CACHE_NONE_H
#define CYGONCE_HAL_HAL_CACHE_NONE_H
/*
 * Cache control for a processor whose caches, if any, software does not
 * manage: the operations exist, do nothing and report the caches as
 * disabled. No cache sizes are defined, which is how code tells that
 * there is nothing to test. An architecture's <cyg/hal/hal_cache.h>
 * includes this header, after defining any synchronization operation
 * its processor does have.
 */

#include <cyg/infra/cyg_type.h>

#define HAL_DCACHE_ENABLE()             CYG_EMPTY_STATEMENT
#define HAL_DCACHE_DISABLE()            CYG_EMPTY_STATEMENT
#ifndef HAL_DCACHE_SYNC
# define HAL_DCACHE_SYNC()              CYG_EMPTY_STATEMENT
#endif
#define HAL_DCACHE_INVALIDATE_ALL()     CYG_EMPTY_STATEMENT
#define HAL_DCACHE_IS_ENABLED(_state_)                                  \
    CYG_MACRO_START (_state_) = 0; CYG_MACRO_END

#define HAL_ICACHE_ENABLE()             CYG_EMPTY_STATEMENT
#define HAL_ICACHE_DISABLE()            CYG_EMPTY_STATEMENT
#ifndef HAL_ICACHE_SYNC
# define HAL_ICACHE_SYNC()              CYG_EMPTY_STATEMENT
#endif
#define HAL_ICACHE_INVALIDATE_ALL()     HAL_ICACHE_SYNC()
#define HAL_ICACHE_IS_ENABLED(_state_)                                  \
    CYG_MACRO_START (_state_) = 0; CYG_MACRO_END

#endif /* CYGONCE_HAL_HAL_CACHE_NONE_H */
