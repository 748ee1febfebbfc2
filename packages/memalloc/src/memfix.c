/* Fixed-size block pool: see <cyg/memalloc/memfix.h> for the layout. */

#include <cyg/memalloc/memfix.h>

#define CYGM_ALIGN_UP(n) \
    (((n) + (CYGARC_ALIGNMENT - 1)) & ~(CYG_ADDRWORD)(CYGARC_ALIGNMENT - 1))

#define CYGM_BITMAP_BYTES(nblocks) (((CYG_ADDRWORD)(nblocks) + 7) / 8)

/* Every free block must hold the free-list link. */
static CYG_ADDRWORD cygm_fix_stride(cyg_int32 blocksize)
{
    CYG_ADDRWORD wanted = (CYG_ADDRWORD)blocksize;

    if (wanted < sizeof(void *))
        wanted = sizeof(void *);
    return CYGM_ALIGN_UP(wanted);
}

static CYG_ADDRWORD cygm_fix_space_for(cyg_uint32 nblocks, CYG_ADDRWORD stride)
{
    return CYGM_ALIGN_UP(CYGM_BITMAP_BYTES(nblocks)) + nblocks * stride;
}

/* The most blocks that fit in avail bytes together with their bitmap:
 * start from the count that ignores the bitmap's rounding, then step
 * down; the rounding costs at most a few blocks. */
static cyg_uint32 cygm_fix_block_count(CYG_ADDRWORD avail, CYG_ADDRWORD stride)
{
    cyg_uint64 guess = ((cyg_uint64)avail * 8) / ((cyg_uint64)stride * 8 + 1);
    cyg_uint32 nblocks = guess > 0xffffffffu ? 0xffffffffu : (cyg_uint32)guess;

    while (nblocks > 0 && cygm_fix_space_for(nblocks, stride) > avail)
        nblocks--;
    return nblocks;
}

static void cygm_fix_chain_blocks(cygm_fix_pool *pool, cyg_uint32 nblocks)
{
    cyg_uint32 i;
    void **link = &pool->free_list;

    for (i = 0; i < nblocks; i++) {
        void *block = pool->blocks + i * pool->stride;

        *link = block;
        link = (void **)block;
    }
    *link = NULL;
}

void cygm_fix_init(cygm_fix_pool *pool, void *base, cyg_int32 size,
                   cyg_int32 blocksize)
{
    CYG_ADDRESS first = CYGM_ALIGN_UP((CYG_ADDRESS)base);
    CYG_ADDRESS limit = (CYG_ADDRESS)base + (size > 0 ? (CYG_ADDRWORD)size : 0);
    cyg_uint32 nblocks = 0;
    CYG_ADDRWORD i;

    pool->base = base;
    pool->size = size;
    pool->blocksize = blocksize;
    pool->stride = (cyg_uint32)cygm_fix_stride(blocksize > 0 ? blocksize : 1);
    pool->in_use = (cyg_uint8 *)first;
    if (blocksize > 0 && base != NULL && limit > first)
        nblocks = cygm_fix_block_count(limit - first, pool->stride);
    pool->nfree = nblocks;
    pool->span = nblocks * pool->stride;
    pool->blocks = pool->in_use + CYGM_ALIGN_UP(CYGM_BITMAP_BYTES(nblocks));
    for (i = 0; i < CYGM_BITMAP_BYTES(nblocks); i++)
        pool->in_use[i] = 0;
    cygm_fix_chain_blocks(pool, nblocks);
}

void cygm_fix_usage(const cygm_fix_pool *pool, cygm_usage *usage)
{
    cyg_int32 blocksize = pool->blocksize > 0 ? pool->blocksize : 0;

    usage->totalmem = (cyg_int32)cygm_fix_block_total(pool) * blocksize;
    usage->freemem = (cyg_int32)pool->nfree * blocksize;
    usage->maxfree = pool->nfree > 0 ? blocksize : 0;
}
