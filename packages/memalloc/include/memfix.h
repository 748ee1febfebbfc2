#ifndef CYGONCE_MEMALLOC_MEMFIX_H
#define CYGONCE_MEMALLOC_MEMFIX_H
/* <cyg/memalloc/memfix.h>: a pool of equal-size blocks carved from one
 * region of memory. This is the bare data structure: it neither locks
 * nor waits, so it serves the kernel C API, code running without the
 * kernel and host unit tests alike.
 *
 * Free blocks are chained through their own first word, which makes
 * allocation and release O(1) with no per-block header. The region also
 * holds one bit per block, set while the block is allocated, so that a
 * release of anything but an allocated block of this pool (a stray or a
 * repeated free) is refused in O(1) instead of corrupting the chain. */

#include <cyg/infra/cyg_type.h>
#include <cyg/memalloc/memusage.h>

typedef struct cygm_fix_pool {
    cyg_uint8  *base;       /* the region as the caller gave it */
    cyg_int32  size;
    cyg_int32  blocksize;   /* as the caller asked */
    CYG_ADDRWORD stride;    /* distance between blocks: blocksize aligned */
    cyg_uint8  *in_use;     /* the allocation bitmap, at the region start */
    cyg_uint8  *blocks;     /* the first block, after the bitmap */
    void       *free_list;  /* lowest address first after init */
    cyg_uint32 nblocks;
    cyg_uint32 nfree;
} cygm_fix_pool;

/* A region too small for one block, or a blocksize <= 0, makes a pool
 * whose allocations all fail. */
void cygm_fix_init(cygm_fix_pool *pool, void *base, cyg_int32 size,
                   cyg_int32 blocksize);

/* A block aligned to CYGARC_ALIGNMENT, or NULL when all are taken. */
void *cygm_fix_alloc(cygm_fix_pool *pool);

/* false (and nothing changes) unless p is an allocated block of pool. */
cyg_bool cygm_fix_free(cygm_fix_pool *pool, void *p);

/* Counts in bytes of the caller's blocksize: totalmem = blocks in the
 * pool * blocksize, freemem = free blocks * blocksize, maxfree =
 * blocksize while any block is free, else 0. */
void cygm_fix_usage(const cygm_fix_pool *pool, cygm_usage *usage);

#endif /* CYGONCE_MEMALLOC_MEMFIX_H */
