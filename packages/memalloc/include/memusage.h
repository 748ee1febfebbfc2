#ifndef CYGONCE_MEMALLOC_MEMUSAGE_H
#define CYGONCE_MEMALLOC_MEMUSAGE_H
/* <cyg/memalloc/memusage.h>: how much of a pool is in use, in the terms
 * cyg_mempool_info reports, shared by both allocators so that the C API
 * can fill its structure the same way for either kind of pool. */

#include <cyg/infra/cyg_type.h>

typedef struct cygm_usage {
    cyg_int32 totalmem;   /* what users could hold with nothing allocated */
    cyg_int32 freemem;    /* what is not allocated now */
    cyg_int32 maxfree;    /* the largest single allocation possible now */
} cygm_usage;

#endif /* CYGONCE_MEMALLOC_MEMUSAGE_H */
