/* Variable-size block pool: see <cyg/memalloc/memvar.h> for the layout. */

#include <pkgconf/memalloc.h>
#include <cyg/memalloc/memvar.h>

#define CYGM_HDR CYGM_VAR_HEADER_SIZE

/* The smallest block worth keeping: a header and one aligned unit. A
 * remainder smaller than this stays with the block it was cut from. */
#define CYGM_MIN_BLOCK (CYGM_HDR + CYGARC_ALIGNMENT)

#define CYGM_ADDR(block) ((CYG_ADDRESS)(block))
#define CYGM_END(block)  (CYGM_ADDR(block) + (block)->size)

void cygm_var_init(cygm_var_pool *pool, void *base, cyg_int32 size)
{
    CYG_ADDRESS first = CYGM_VAR_ALIGN((CYG_ADDRESS)base);
    CYG_ADDRESS limit = (CYG_ADDRESS)base + (size > 0 ? (CYG_ADDRWORD)size : 0);
    CYG_ADDRWORD room = 0;

    if (base != NULL && limit > first)
        room = (limit - first) & ~(CYG_ADDRWORD)(CYGARC_ALIGNMENT - 1);
    pool->base = base;
    pool->size = size;
    pool->start = (cyg_uint8 *)first;
    pool->free_list = NULL;
    if (room < CYGM_MIN_BLOCK)
        room = 0;
    pool->end = pool->start + room;
    if (room > 0) {
        pool->free_list = (cygm_var_block *)first;
        pool->free_list->size = room;
        pool->free_list->link.next_free = NULL;
    }
}

/* The block size that carries a request, 0 when none can. */
static CYG_ADDRWORD cygm_var_block_size(const cygm_var_pool *pool,
                                        cyg_int32 size)
{
    CYG_ADDRWORD room = (CYG_ADDRWORD)(pool->end - pool->start);

    if (size <= 0 || (CYG_ADDRWORD)size > room)
        return 0;
    return CYGM_VAR_ALIGN((CYG_ADDRWORD)size) + CYGM_HDR;
}

cyg_bool cygm_var_could_fit(const cygm_var_pool *pool, cyg_int32 size)
{
    CYG_ADDRWORD need = cygm_var_block_size(pool, size);

    return need != 0 && need <= (CYG_ADDRWORD)(pool->end - pool->start);
}

/* Give `need' bytes of `block' (linked from *link) to the caller. */
static void *cygm_var_take(cygm_var_pool *pool, cygm_var_block **link,
                           cygm_var_block *block, CYG_ADDRWORD need)
{
    if (block->size - need >= CYGM_MIN_BLOCK) {
        cygm_var_block *rest = (cygm_var_block *)(CYGM_ADDR(block) + need);

        rest->size = block->size - need;
        rest->link.next_free = block->link.next_free;
        block->size = need;
        *link = rest;
    } else {
        *link = block->link.next_free;
    }
    block->link.owner = pool;
    return (cyg_uint8 *)block + CYGM_HDR;
}

void *cygm_var_alloc(cygm_var_pool *pool, cyg_int32 size)
{
    CYG_ADDRWORD need = cygm_var_block_size(pool, size);
    cygm_var_block **link;

    if (need == 0)
        return NULL;
    for (link = &pool->free_list; *link != NULL; link = &(*link)->link.next_free)
        if ((*link)->size >= need)
            return cygm_var_take(pool, link, *link, need);
    return NULL;
}

/* The header of p if p can be an allocated block of pool, else NULL. */
static cygm_var_block *cygm_var_header(const cygm_var_pool *pool, void *p)
{
    CYG_ADDRESS addr = (CYG_ADDRESS)p;
    cygm_var_block *block;

    if (addr < CYGM_ADDR(pool->start) + CYGM_HDR || addr >= CYGM_ADDR(pool->end))
        return NULL;
    if ((addr - CYGM_ADDR(pool->start)) % CYGARC_ALIGNMENT != 0)
        return NULL;
    block = (cygm_var_block *)(addr - CYGM_HDR);
    if (block->link.owner != pool || block->size < CYGM_MIN_BLOCK ||
        block->size % CYGARC_ALIGNMENT != 0 ||
        block->size > CYGM_ADDR(pool->end) - CYGM_ADDR(block))
        return NULL;
    return block;
}

#ifdef CYGSEM_MEMALLOC_ALLOCATOR_VARIABLE_COALESCE
/* Absorb the free block after `block' if they touch. */
static void cygm_var_merge_next(cygm_var_block *block)
{
    cygm_var_block *next = block->link.next_free;

    if (next != NULL && CYGM_END(block) == CYGM_ADDR(next)) {
        block->size += next->size;
        block->link.next_free = next->link.next_free;
    }
}
#endif

cyg_bool cygm_var_free(cygm_var_pool *pool, void *p)
{
    cygm_var_block *block = cygm_var_header(pool, p);
    cygm_var_block *prev = NULL;
    cygm_var_block **link = &pool->free_list;

    if (block == NULL)
        return false;
    while (*link != NULL && CYGM_ADDR(*link) < CYGM_ADDR(block)) {
        prev = *link;
        link = &prev->link.next_free;
    }
    /* Overlapping a free neighbour means p was freed already, or is not
     * the start of a block. */
    if ((prev != NULL && CYGM_END(prev) > CYGM_ADDR(block)) ||
        (*link != NULL && CYGM_END(block) > CYGM_ADDR(*link)))
        return false;
    block->link.next_free = *link;
    *link = block;
#ifdef CYGSEM_MEMALLOC_ALLOCATOR_VARIABLE_COALESCE
    cygm_var_merge_next(block);
    if (prev != NULL)
        cygm_var_merge_next(prev);
#endif
    return true;
}

cyg_int32 cygm_var_maxfree(const cygm_var_pool *pool)
{
    const cygm_var_block *block;
    CYG_ADDRWORD largest = 0;

    for (block = pool->free_list; block != NULL; block = block->link.next_free)
        if (block->size > largest)
            largest = block->size;
    return largest > 0 ? (cyg_int32)(largest - CYGM_HDR) : 0;
}

void cygm_var_usage(const cygm_var_pool *pool, cygm_usage *usage)
{
    const cygm_var_block *block;
    CYG_ADDRWORD room = (CYG_ADDRWORD)(pool->end - pool->start);
    CYG_ADDRWORD free_bytes = 0;

    for (block = pool->free_list; block != NULL; block = block->link.next_free)
        free_bytes += block->size - CYGM_HDR;
    usage->totalmem = room > 0 ? (cyg_int32)(room - CYGM_HDR) : 0;
    usage->freemem = (cyg_int32)free_bytes;
    usage->maxfree = cygm_var_maxfree(pool);
}
