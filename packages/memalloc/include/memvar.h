#ifndef CYGONCE_MEMALLOC_MEMVAR_H
#define CYGONCE_MEMALLOC_MEMVAR_H
/* <cyg/memalloc/memvar.h>: a pool handing out blocks of any size from one
 * region of memory. This is the bare data structure: it neither locks
 * nor waits, so it serves the kernel C API, code running without the
 * kernel and host unit tests alike.
 *
 * Every block starts with a header of CYGM_VAR_HEADER_SIZE bytes (its
 * size, and either the next free block or the owning pool). The free
 * blocks form a list in address order; allocation takes the first one
 * large enough, splitting off the rest when it can hold a block of its
 * own. Keeping the list in address order lets a release find its free
 * neighbours, to refuse a pointer that overlaps free memory and, with
 * CYGSEM_MEMALLOC_ALLOCATOR_VARIABLE_COALESCE, to merge with them. */

#include <cyg/infra/cyg_type.h>
#include <cyg/memalloc/memusage.h>

typedef struct cygm_var_block {
    CYG_ADDRWORD size;                      /* whole block, header included */
    union {
        struct cygm_var_block      *next_free;  /* while free */
        const struct cygm_var_pool *owner;      /* while allocated */
    } link;
} cygm_var_block;

#define CYGM_VAR_ALIGN(n) \
    (((n) + (CYGARC_ALIGNMENT - 1)) & ~(CYG_ADDRWORD)(CYGARC_ALIGNMENT - 1))

/* The header keeps the user's memory aligned behind it. */
#define CYGM_VAR_HEADER_SIZE CYGM_VAR_ALIGN(sizeof(cygm_var_block))

typedef struct cygm_var_pool {
    cyg_uint8      *base;       /* the region as the caller gave it */
    cyg_int32      size;
    cyg_uint8      *start;      /* the first block */
    cyg_uint8      *end;        /* just past the last block */
    cygm_var_block *free_list;  /* in address order */
} cygm_var_pool;

/* A region too small for one block makes a pool whose allocations all
 * fail. */
void cygm_var_init(cygm_var_pool *pool, void *base, cyg_int32 size);

/* size bytes aligned to CYGARC_ALIGNMENT, or NULL if no free block is
 * large enough (or size <= 0). */
void *cygm_var_alloc(cygm_var_pool *pool, cyg_int32 size);

/* false (and nothing changes) unless p is an allocated block of pool. */
cyg_bool cygm_var_free(cygm_var_pool *pool, void *p);

/* Whether a request of size bytes could succeed once everything is freed:
 * a caller may wait for memory only when it could. */
cyg_bool cygm_var_could_fit(const cygm_var_pool *pool, cyg_int32 size);

/* The largest request that would succeed now (0 when none would). */
cyg_int32 cygm_var_maxfree(const cygm_var_pool *pool);

/* totalmem = maxfree of the untouched pool; freemem = the room behind the
 * headers of all free blocks. */
void cygm_var_usage(const cygm_var_pool *pool, cygm_usage *usage);

#endif /* CYGONCE_MEMALLOC_MEMVAR_H */
