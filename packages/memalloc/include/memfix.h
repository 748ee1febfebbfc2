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
 * repeated free) is refused in O(1) instead of corrupting the chain.
 *
 * Allocation and release are inline: they are a handful of instructions,
 * and a call would cost the C API as much again. */

#include <cyg/infra/cyg_type.h>
#include <cyg/memalloc/memusage.h>

typedef struct cygm_fix_pool {
    /* What allocation and release touch, first. */
    void       *free_list;  /* lowest address first after init */
    cyg_uint8  *blocks;     /* the first block, after the bitmap */
    cyg_uint8  *in_use;     /* the allocation bitmap, at the region start */
    cyg_uint32 stride;      /* distance between blocks: blocksize aligned */
    cyg_uint32 span;        /* blocks * stride: a region is below 2 GiB */
    cyg_uint32 nfree;
    cyg_int32  blocksize;   /* as the caller asked */
    cyg_uint8  *base;       /* the region as the caller gave it */
    cyg_int32  size;
} cygm_fix_pool;

/* A region too small for one block, or a blocksize <= 0, makes a pool
 * whose allocations all fail. */
void cygm_fix_init(cygm_fix_pool *pool, void *base, cyg_int32 size,
                   cyg_int32 blocksize);

/* The number of blocks the region holds. */
static inline cyg_uint32 cygm_fix_block_total(const cygm_fix_pool *pool)
{
    return pool->span / pool->stride;
}

/* A block aligned to CYGARC_ALIGNMENT, or NULL when all are taken. */
static inline void *cygm_fix_alloc(cygm_fix_pool *pool)
{
    cyg_uint8 *block = (cyg_uint8 *)pool->free_list;
    CYG_ADDRWORD index;

    if (block == NULL)
        return NULL;
    pool->free_list = *(void **)block;
    pool->nfree--;
    index = (CYG_ADDRWORD)(block - pool->blocks) / pool->stride;
    pool->in_use[index / 8] |= (cyg_uint8)(1u << (index % 8));
    return block;
}

/* false (and nothing changes) unless p is an allocated block of pool.
 * The unsigned offset of a pointer below the blocks wraps past the span,
 * so one comparison bounds it on both sides. */
static inline cyg_bool cygm_fix_free(cygm_fix_pool *pool, void *p)
{
    CYG_ADDRWORD offset = (CYG_ADDRESS)p - (CYG_ADDRESS)pool->blocks;
    CYG_ADDRWORD index;
    cyg_uint8 *map;
    unsigned bit;

    if (offset >= pool->span)
        return false;
    index = offset / pool->stride;
    if (index * pool->stride != offset)
        return false;
    map = &pool->in_use[index / 8];
    bit = 1u << (index % 8);
    if (!(*map & bit))
        return false;
    *map = (cyg_uint8)(*map ^ bit);
    *(void **)p = pool->free_list;
    pool->free_list = p;
    pool->nfree++;
    return true;
}

/* Counts in bytes of the caller's blocksize: totalmem = blocks in the
 * pool * blocksize, freemem = free blocks * blocksize, maxfree =
 * blocksize while any block is free, else 0. */
void cygm_fix_usage(const cygm_fix_pool *pool, cygm_usage *usage);

#endif /* CYGONCE_MEMALLOC_MEMFIX_H */
