#ifndef CYGONCE_MEMALLOC_KAPIDATA_H
#define CYGONCE_MEMALLOC_KAPIDATA_H
/* <cyg/memalloc/kapidata.h>: the complete memory pool types, so that
 * applications can allocate them (`static cyg_mempool_var pool;'). As
 * with the kernel's objects, the members are the implementation's
 * business and change with the configuration.
 *
 * The kernel's kapidata.h includes this header at its end; including the
 * kernel's first here makes the order irrelevant (its include guard stops
 * the recursion) and brings in cyg_knode, the wait-queue head. */

#include <pkgconf/system.h>
#include <pkgconf/memalloc.h>
#ifdef CYGPKG_KERNEL
# include <cyg/kernel/kapidata.h>
#endif
#include <cyg/memalloc/memfix.h>
#include <cyg/memalloc/memvar.h>

struct cyg_mempool_var {
    cygm_var_pool pool;
#ifdef CYGSEM_MEMALLOC_ALLOCATOR_VARIABLE_THREADAWARE
    cyg_knode     queue;    /* threads waiting for memory */
#endif
};
typedef struct cyg_mempool_var cyg_mempool_var;

struct cyg_mempool_fix {
    cygm_fix_pool pool;
#ifdef CYGSEM_MEMALLOC_ALLOCATOR_FIXED_THREADAWARE
    cyg_knode     queue;    /* threads waiting for a block */
#endif
};
typedef struct cyg_mempool_fix cyg_mempool_fix;

#endif /* CYGONCE_MEMALLOC_KAPIDATA_H */
