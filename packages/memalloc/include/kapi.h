#ifndef CYGONCE_MEMALLOC_KAPI_H
#define CYGONCE_MEMALLOC_KAPI_H
/* <cyg/memalloc/kapi.h>: the memory pool part of the kernel C API
 * (eCos-compatible). <cyg/kernel/kapi.h> includes it when the package is
 * configured, so applications normally include only that. */

#include <pkgconf/system.h>
#include <pkgconf/memalloc.h>
#include <cyg/infra/cyg_type.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Called (with CYGSEM_MEMALLOC_INVOKE_OUT_OF_MEMORY) each time a pool
 * allocation returns NULL. The library's definition is weak and does
 * nothing: an application replaces it by defining its own. */
__externC void cyg_memalloc_alloc_fail(char * file, int line, cyg_int32 size) __THROW;

#ifdef __cplusplus
}
#endif

#ifdef CYGFUN_MEMALLOC_KAPI

#include <cyg/kernel/ktypes.h>
#include <cyg/memalloc/kapidata.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
    cyg_int32 totalmem;
    cyg_int32 freemem;
    void      *base;
    cyg_int32 size;
    cyg_int32 blocksize;
    cyg_int32 maxfree;      /* largest free block */
} cyg_mempool_info;

/* ------------------------------------------------------------------ */
/* Pools of variable-size blocks                                       */

void cyg_mempool_var_create(void *base, cyg_int32 size, cyg_handle_t *handle,
                            cyg_mempool_var *var) __THROW;
void cyg_mempool_var_delete(cyg_handle_t varpool) __THROW;
#ifdef CYGSEM_MEMALLOC_ALLOCATOR_VARIABLE_THREADAWARE
void *cyg_mempool_var_alloc(cyg_handle_t varpool, cyg_int32 size) __THROW;
# ifdef CYGFUN_KERNEL_THREADS_TIMER
void *cyg_mempool_var_timed_alloc(cyg_handle_t varpool, cyg_int32 size,
                                  cyg_tick_count_t abstime) __THROW;
# endif
#endif
void *cyg_mempool_var_try_alloc(cyg_handle_t varpool, cyg_int32 size) __THROW;
void cyg_mempool_var_free(cyg_handle_t varpool, void *p) __THROW;
cyg_bool_t cyg_mempool_var_waiting(cyg_handle_t varpool) __THROW;
void cyg_mempool_var_get_info(cyg_handle_t varpool,
                              cyg_mempool_info *info) __THROW;

/* ------------------------------------------------------------------ */
/* Pools of fixed-size blocks                                          */

void cyg_mempool_fix_create(void *base, cyg_int32 size, cyg_int32 blocksize,
                            cyg_handle_t *handle, cyg_mempool_fix *fix) __THROW;
void cyg_mempool_fix_delete(cyg_handle_t fixpool) __THROW;
#ifdef CYGSEM_MEMALLOC_ALLOCATOR_FIXED_THREADAWARE
void *cyg_mempool_fix_alloc(cyg_handle_t fixpool) __THROW;
# ifdef CYGFUN_KERNEL_THREADS_TIMER
void *cyg_mempool_fix_timed_alloc(cyg_handle_t fixpool,
                                  cyg_tick_count_t abstime) __THROW;
# endif
#endif
void *cyg_mempool_fix_try_alloc(cyg_handle_t fixpool) __THROW;
void cyg_mempool_fix_free(cyg_handle_t fixpool, void *p) __THROW;
cyg_bool_t cyg_mempool_fix_waiting(cyg_handle_t fixpool) __THROW;
void cyg_mempool_fix_get_info(cyg_handle_t fixpool,
                              cyg_mempool_info *info) __THROW;

#ifdef __cplusplus
}
#endif

#endif /* CYGFUN_MEMALLOC_KAPI */

#endif /* CYGONCE_MEMALLOC_KAPI_H */
