/* Host unit tests of the two pool allocators, at the data-structure
 * level (no kernel, no scheduler). Build against a configured tree:
 *
 *   cc -Wall -Wextra -Werror -I<tree>/install/include check_pools.c \
 *      <tree>/install/lib/libtarget.a $(pkg-config --cflags --libs check)
 *
 * Expectations that depend on the configuration (coalescing) follow
 * <pkgconf/memalloc.h>. */

#include <check.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <pkgconf/memalloc.h>
#include <cyg/memalloc/memfix.h>
#include <cyg/memalloc/memvar.h>

#define ARENA_SIZE 4096
#define ALIGN      CYGARC_ALIGNMENT
#define HDR        ((cyg_int32)CYGM_VAR_HEADER_SIZE)
#define MAX_LIVE   512

/* One spare alignment unit lets tests start the region off alignment. */
static _Alignas(ALIGN) cyg_uint8 arena[ARENA_SIZE + ALIGN];
static _Alignas(ALIGN) cyg_uint8 elsewhere[64];

static cyg_int32 round_up(cyg_int32 n)
{
    return (n + ALIGN - 1) & ~(ALIGN - 1);
}

static int is_aligned(const void *p)
{
    return ((uintptr_t)p % ALIGN) == 0;
}

static int inside(const void *p, cyg_int32 len, const void *base, cyg_int32 size)
{
    const cyg_uint8 *b = base;
    const cyg_uint8 *q = p;

    return q >= b && q + len <= b + size;
}

/* A deterministic generator, so that a failure repeats. */
static cyg_uint32 rng_state;

static cyg_uint32 rng(void)
{
    rng_state = rng_state * 1103515245u + 12345u;
    return (rng_state >> 8) & 0xffffff;
}

/* ------------------------------------------------------------------ */
/* Live allocations, each filled with its own byte so that any overlap
 * or allocator write into user memory shows up.                       */

typedef struct {
    cyg_uint8 *p;
    cyg_int32 len;
    cyg_uint8 fill;
} live_block;

static live_block live[MAX_LIVE];
static int nlive;

static void live_reset(void)
{
    nlive = 0;
}

static void live_add(void *p, cyg_int32 len)
{
    ck_assert_int_lt(nlive, MAX_LIVE);
    live[nlive].p = p;
    live[nlive].len = len;
    live[nlive].fill = (cyg_uint8)(0x11 + nlive * 7);
    memset(p, live[nlive].fill, (size_t)len);
    nlive++;
}

static void live_check(void)
{
    int i;
    cyg_int32 j;

    for (i = 0; i < nlive; i++)
        for (j = 0; j < live[i].len; j++)
            ck_assert_msg(live[i].p[j] == live[i].fill,
                          "block %d byte %d overwritten", i, (int)j);
}

static live_block live_take(int i)
{
    live_block b = live[i];

    live[i] = live[--nlive];
    return b;
}

/* ================================================================== */
/* Fixed-size pools                                                    */

static cygm_usage fix_usage(const cygm_fix_pool *pool)
{
    cygm_usage u;

    cygm_fix_usage(pool, &u);
    return u;
}

START_TEST(fix_fresh_pool)
{
    cygm_fix_pool pool;
    cygm_usage u;

    cygm_fix_init(&pool, arena, ARENA_SIZE, 100);
    u = fix_usage(&pool);
    ck_assert_int_gt(u.totalmem, 0);
    ck_assert_int_le(u.totalmem, ARENA_SIZE);
    ck_assert_int_eq(u.totalmem % 100, 0);
    ck_assert_int_eq(u.freemem, u.totalmem);
    ck_assert_int_eq(u.maxfree, 100);
}
END_TEST

/* Every block: aligned, inside the region, blocksize bytes usable
 * without touching another block or the pool's own bookkeeping. */
static int fix_exhaust(cygm_fix_pool *pool, void *base, cyg_int32 size,
                       cyg_int32 blocksize)
{
    void *p;
    int count = 0;

    while ((p = cygm_fix_alloc(pool)) != NULL) {
        ck_assert(is_aligned(p));
        ck_assert(inside(p, blocksize, base, size));
        live_add(p, blocksize);
        count++;
    }
    live_check();
    return count;
}

START_TEST(fix_exhaustion)
{
    static const cyg_int32 sizes[] = { 1, 8, 16, 24, 100, 256, 1000 };
    size_t i;

    for (i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        cygm_fix_pool pool;
        cyg_int32 bs = sizes[i];
        cyg_int32 stride = round_up(bs < (cyg_int32)sizeof(void *) ? (cyg_int32)sizeof(void *) : bs);
        cygm_usage u;
        int count;

        live_reset();
        cygm_fix_init(&pool, arena, ARENA_SIZE, bs);
        count = fix_exhaust(&pool, arena, ARENA_SIZE, bs);
        u = fix_usage(&pool);
        ck_assert_int_eq(count * bs, u.totalmem);
        ck_assert_int_eq(u.freemem, 0);
        ck_assert_int_eq(u.maxfree, 0);
        ck_assert_ptr_null(cygm_fix_alloc(&pool));
        /* The overhead: alignment plus one bit per block, no more than
         * one block's worth beyond that. */
        ck_assert_int_gt((count + 1) * stride + (count + 1 + 7) / 8 + 2 * ALIGN,
                         ARENA_SIZE);
    }
}
END_TEST

START_TEST(fix_reuse)
{
    cygm_fix_pool pool;
    void *a, *b, *c;

    live_reset();
    cygm_fix_init(&pool, arena, ARENA_SIZE, 64);
    a = cygm_fix_alloc(&pool);
    b = cygm_fix_alloc(&pool);
    ck_assert_ptr_nonnull(a);
    ck_assert_ptr_nonnull(b);
    ck_assert_ptr_ne(a, b);
    ck_assert(cygm_fix_free(&pool, a));
    ck_assert_int_eq(fix_usage(&pool).freemem, fix_usage(&pool).totalmem - 64);
    c = cygm_fix_alloc(&pool);
    ck_assert_ptr_eq(c, a);

    /* After exhaustion, a freed block is the only one to come back. */
    fix_exhaust(&pool, arena, ARENA_SIZE, 64);
    ck_assert(cygm_fix_free(&pool, b));
    ck_assert_int_eq(fix_usage(&pool).maxfree, 64);
    ck_assert_ptr_eq(cygm_fix_alloc(&pool), b);
    ck_assert_ptr_null(cygm_fix_alloc(&pool));
}
END_TEST

/* A pointer whose origin the compiler cannot see: with release inline,
 * it would otherwise warn about the write a refused release never makes
 * past the end of the arena. */
static void *opaque(void *p)
{
    void *volatile hidden = p;

    return hidden;
}

START_TEST(fix_bad_frees)
{
    cygm_fix_pool pool;
    cyg_uint8 *a;
    cygm_usage before, after;

    cygm_fix_init(&pool, arena, ARENA_SIZE, 48);
    a = cygm_fix_alloc(&pool);
    ck_assert_ptr_nonnull(a);
    before = fix_usage(&pool);
    ck_assert(!cygm_fix_free(&pool, opaque(NULL)));
    ck_assert(!cygm_fix_free(&pool, opaque(elsewhere)));
    ck_assert(!cygm_fix_free(&pool, opaque(a + 1)));
    ck_assert(!cygm_fix_free(&pool, opaque(a + ALIGN)));
    ck_assert(!cygm_fix_free(&pool, opaque(arena + ARENA_SIZE)));
    ck_assert(!cygm_fix_free(&pool, opaque(arena + ARENA_SIZE + ALIGN)));
    /* A block of the pool that is not allocated. */
    ck_assert(!cygm_fix_free(&pool, opaque(a + round_up(48))));
    /* Below the first block: the bitmap, and just short of the block. */
    ck_assert(!cygm_fix_free(&pool, opaque(arena)));
    ck_assert(!cygm_fix_free(&pool, opaque(a - 1)));
    ck_assert(!cygm_fix_free(&pool, opaque(a - ALIGN)));
    /* Just past the last block. */
    ck_assert(!cygm_fix_free(&pool,
                             opaque(a + (before.totalmem / 48) * round_up(48))));
    after = fix_usage(&pool);
    ck_assert_int_eq(after.freemem, before.freemem);

    ck_assert(cygm_fix_free(&pool, a));
    ck_assert(!cygm_fix_free(&pool, a));
    ck_assert_int_eq(fix_usage(&pool).freemem, fix_usage(&pool).totalmem);
    /* The refused double free did not put the block on the list twice. */
    ck_assert_ptr_eq(cygm_fix_alloc(&pool), a);
    ck_assert_ptr_ne(cygm_fix_alloc(&pool), a);
}
END_TEST

START_TEST(fix_bad_inputs)
{
    cygm_fix_pool pool;
    cygm_usage u;
    void *p;

    cygm_fix_init(&pool, arena, ARENA_SIZE, 0);
    ck_assert_ptr_null(cygm_fix_alloc(&pool));
    ck_assert_int_eq(fix_usage(&pool).totalmem, 0);

    cygm_fix_init(&pool, arena, ARENA_SIZE, -5);
    ck_assert_ptr_null(cygm_fix_alloc(&pool));

    cygm_fix_init(&pool, arena, 64, 100);
    ck_assert_ptr_null(cygm_fix_alloc(&pool));
    u = fix_usage(&pool);
    ck_assert_int_eq(u.totalmem, 0);
    ck_assert_int_eq(u.maxfree, 0);

    cygm_fix_init(&pool, arena, 0, 16);
    ck_assert_ptr_null(cygm_fix_alloc(&pool));
    cygm_fix_init(&pool, arena, -100, 16);
    ck_assert_ptr_null(cygm_fix_alloc(&pool));
    cygm_fix_init(&pool, NULL, 1024, 16);
    ck_assert_ptr_null(cygm_fix_alloc(&pool));

    /* A misaligned region still yields aligned blocks inside it. */
    live_reset();
    cygm_fix_init(&pool, arena + 3, ARENA_SIZE - 3, 40);
    ck_assert_int_gt(fix_exhaust(&pool, arena + 3, ARENA_SIZE - 3, 40), 0);
    p = live[0].p;
    ck_assert(cygm_fix_free(&pool, p));
}
END_TEST

START_TEST(fix_random_against_model)
{
    cygm_fix_pool pool;
    int step, total;

    live_reset();
    rng_state = 1;
    cygm_fix_init(&pool, arena + ALIGN, ARENA_SIZE, 24);
    total = fix_usage(&pool).totalmem / 24;
    for (step = 0; step < 5000; step++) {
        if (nlive > 0 && (rng() % 3 == 0 || nlive == total)) {
            live_block b = live_take((int)(rng() % (cyg_uint32)nlive));

            ck_assert(cygm_fix_free(&pool, b.p));
        } else {
            void *p = cygm_fix_alloc(&pool);

            ck_assert_ptr_nonnull(p);
            live_add(p, 24);
        }
        ck_assert_int_eq(fix_usage(&pool).freemem, (total - nlive) * 24);
        if (step % 64 == 0)
            live_check();
    }
    live_check();
}
END_TEST

/* ================================================================== */
/* Variable-size pools                                                 */

static cygm_usage var_usage(const cygm_var_pool *pool)
{
    cygm_usage u;

    cygm_var_usage(pool, &u);
    return u;
}

/* maxfree is the exact limit of what a single request can get. */
static void var_check_maxfree_exact(cygm_var_pool *pool)
{
    cyg_int32 maxfree = cygm_var_maxfree(pool);
    void *p;

    ck_assert_int_eq(maxfree % ALIGN, 0);
    ck_assert_ptr_null(cygm_var_alloc(pool, maxfree + 1));
    if (maxfree == 0)
        return;
    p = cygm_var_alloc(pool, maxfree);
    ck_assert_ptr_nonnull(p);
    ck_assert(cygm_var_free(pool, p));
    ck_assert_int_eq(cygm_var_maxfree(pool), maxfree);
}

START_TEST(var_fresh_pool)
{
    cygm_var_pool pool;
    cygm_usage u;

    cygm_var_init(&pool, arena, ARENA_SIZE);
    u = var_usage(&pool);
    ck_assert_int_eq(u.totalmem, ARENA_SIZE - HDR);
    ck_assert_int_eq(u.freemem, u.totalmem);
    ck_assert_int_eq(u.maxfree, u.totalmem);
    ck_assert(cygm_var_could_fit(&pool, u.totalmem));
    ck_assert(!cygm_var_could_fit(&pool, u.totalmem + 1));
    ck_assert(!cygm_var_could_fit(&pool, 0));
    var_check_maxfree_exact(&pool);
}
END_TEST

START_TEST(var_alignment_and_overlap)
{
    cygm_var_pool pool;
    cyg_int32 n;

    live_reset();
    cygm_var_init(&pool, arena + 5, ARENA_SIZE - 5);
    for (n = 1; n <= 40; n++) {
        void *p = cygm_var_alloc(&pool, n);

        ck_assert_ptr_nonnull(p);
        ck_assert(is_aligned(p));
        ck_assert(inside(p, n, arena + 5, ARENA_SIZE - 5));
        live_add(p, n);
    }
    live_check();
}
END_TEST

START_TEST(var_block_overhead)
{
    cygm_var_pool pool;
    cyg_int32 total;

    cygm_var_init(&pool, arena, ARENA_SIZE);
    total = var_usage(&pool).totalmem;
    ck_assert_ptr_nonnull(cygm_var_alloc(&pool, 1));
    ck_assert_int_eq(var_usage(&pool).freemem, total - ALIGN - HDR);
    ck_assert_ptr_nonnull(cygm_var_alloc(&pool, ALIGN + 1));
    ck_assert_int_eq(var_usage(&pool).freemem, total - 3 * ALIGN - 2 * HDR);
}
END_TEST

START_TEST(var_exhaustion)
{
    cygm_var_pool pool;
    cygm_usage u;
    void *p;

    cygm_var_init(&pool, arena, ARENA_SIZE);
    u = var_usage(&pool);
    ck_assert_ptr_null(cygm_var_alloc(&pool, u.totalmem + 1));
    p = cygm_var_alloc(&pool, u.totalmem);
    ck_assert_ptr_nonnull(p);
    u = var_usage(&pool);
    ck_assert_int_eq(u.freemem, 0);
    ck_assert_int_eq(u.maxfree, 0);
    ck_assert_ptr_null(cygm_var_alloc(&pool, 1));
    ck_assert(cygm_var_free(&pool, p));
    ck_assert_int_eq(var_usage(&pool).maxfree, var_usage(&pool).totalmem);

    /* Small blocks until nothing fits: then not even the smallest. */
    live_reset();
    while ((p = cygm_var_alloc(&pool, 40)) != NULL)
        live_add(p, 40);
    ck_assert_int_gt(nlive, 0);
    ck_assert_int_lt(var_usage(&pool).maxfree, 40);
    live_check();
}
END_TEST

/* Free a, b, c (adjacent, filling the pool) in the given order. */
static void var_free_three(const int order[3])
{
    cygm_var_pool pool;
    cyg_int32 total, third;
    void *blocks[3];
    int i;

    cygm_var_init(&pool, arena, ARENA_SIZE);
    total = var_usage(&pool).totalmem;
    third = (total - 2 * HDR) / 3 / ALIGN * ALIGN;
    blocks[0] = cygm_var_alloc(&pool, third);
    blocks[1] = cygm_var_alloc(&pool, third);
    blocks[2] = cygm_var_alloc(&pool, total - 2 * (third + HDR));
    for (i = 0; i < 3; i++)
        ck_assert_ptr_nonnull(blocks[i]);
    ck_assert_int_eq(var_usage(&pool).freemem, 0);
    for (i = 0; i < 3; i++)
        ck_assert(cygm_var_free(&pool, blocks[order[i]]));
#ifdef CYGSEM_MEMALLOC_ALLOCATOR_VARIABLE_COALESCE
    ck_assert_int_eq(var_usage(&pool).maxfree, total);
    ck_assert_int_eq(var_usage(&pool).freemem, total);
#else
    ck_assert_int_lt(var_usage(&pool).maxfree, total);
    ck_assert_int_eq(var_usage(&pool).freemem, total - 2 * HDR);
#endif
    var_check_maxfree_exact(&pool);
}

START_TEST(var_coalescing)
{
    static const int orders[6][3] = {
        { 0, 1, 2 }, { 0, 2, 1 }, { 1, 0, 2 },
        { 1, 2, 0 }, { 2, 0, 1 }, { 2, 1, 0 }
    };

    var_free_three(orders[_i]);
}
END_TEST

START_TEST(var_fragmentation)
{
    cygm_var_pool pool;
    cyg_int32 total;
    void *p;
    int i, n;

    live_reset();
    cygm_var_init(&pool, arena, ARENA_SIZE);
    total = var_usage(&pool).totalmem;
    while ((p = cygm_var_alloc(&pool, 64)) != NULL)
        live_add(p, 64);
    n = nlive;
    ck_assert_int_ge(n, 6);
    /* Every other block, but never the last one, which may have kept a
     * remainder too small to split off. */
    for (i = 0; i < n - 1; i += 2)
        ck_assert(cygm_var_free(&pool, live[i].p));
    ck_assert_int_ge(var_usage(&pool).freemem, (n / 2) * 64);
    ck_assert_int_eq(var_usage(&pool).maxfree, 64);
    ck_assert_ptr_null(cygm_var_alloc(&pool, 65));
    var_check_maxfree_exact(&pool);
    for (i = 1; i < n; i += 2)
        ck_assert(cygm_var_free(&pool, live[i].p));
    if ((n - 1) % 2 == 0)
        ck_assert(cygm_var_free(&pool, live[n - 1].p));
    ck_assert_int_ge(var_usage(&pool).freemem, total - (n - 1) * HDR);
#ifdef CYGSEM_MEMALLOC_ALLOCATOR_VARIABLE_COALESCE
    ck_assert_int_eq(var_usage(&pool).maxfree, total);
    ck_assert_ptr_nonnull(cygm_var_alloc(&pool, total));
#else
    /* Neighbours stay apart: no two blocks' room together. */
    ck_assert_int_lt(var_usage(&pool).maxfree, total);
    ck_assert_ptr_null(cygm_var_alloc(&pool, 2 * 64 + 1));
#endif
}
END_TEST

START_TEST(var_first_fit_reuse)
{
    cygm_var_pool pool;
    void *a, *b, *c;

    cygm_var_init(&pool, arena, ARENA_SIZE);
    a = cygm_var_alloc(&pool, 100);
    b = cygm_var_alloc(&pool, 100);
    c = cygm_var_alloc(&pool, 100);
    ck_assert(a != NULL && b != NULL && c != NULL);
    ck_assert(cygm_var_free(&pool, b));
    /* The hole left by b is the first that fits a request its size... */
    ck_assert_ptr_eq(cygm_var_alloc(&pool, 100), b);
    ck_assert(cygm_var_free(&pool, b));
    /* ...or smaller; a larger one goes past it. */
    ck_assert_ptr_eq(cygm_var_alloc(&pool, 10), b);
    ck_assert((cyg_uint8 *)cygm_var_alloc(&pool, 200) > (cyg_uint8 *)c);
}
END_TEST

START_TEST(var_bad_frees)
{
    cygm_var_pool pool;
    cyg_uint8 *a, *b;
    cygm_usage before;

    cygm_var_init(&pool, arena, ARENA_SIZE);
    a = cygm_var_alloc(&pool, 64);
    b = cygm_var_alloc(&pool, 64);
    ck_assert(a != NULL && b != NULL);
    before = var_usage(&pool);
    ck_assert(!cygm_var_free(&pool, NULL));
    ck_assert(!cygm_var_free(&pool, elsewhere));
    ck_assert(!cygm_var_free(&pool, a + 1));
    ck_assert(!cygm_var_free(&pool, a + ALIGN));
    ck_assert(!cygm_var_free(&pool, arena));
    ck_assert(!cygm_var_free(&pool, arena + ARENA_SIZE));
    /* Inside the free remainder behind b. */
    ck_assert(!cygm_var_free(&pool, b + 64 + 2 * HDR));
    ck_assert_int_eq(var_usage(&pool).freemem, before.freemem);

    ck_assert(cygm_var_free(&pool, a));
    ck_assert(!cygm_var_free(&pool, a));
    ck_assert(cygm_var_free(&pool, b));
    ck_assert(!cygm_var_free(&pool, b));
    ck_assert(!cygm_var_free(&pool, a));

    /* A block of another pool is refused even inside this region. (The
     * second block: initializing `pool' rewrites the first header.) */
    {
        cygm_var_pool other;
        void *p;

        cygm_var_init(&other, arena, ARENA_SIZE);
        ck_assert_ptr_nonnull(cygm_var_alloc(&other, 32));
        p = cygm_var_alloc(&other, 32);
        cygm_var_init(&pool, arena, ARENA_SIZE);
        ck_assert_ptr_nonnull(p);
        ck_assert(!cygm_var_free(&pool, p));
        ck_assert(cygm_var_free(&other, p));
    }
}
END_TEST

/* A pointer into user memory whose bytes happen to look like a block
 * header: refused unless the header names this pool, and even then when
 * it lies inside free memory. */
START_TEST(var_forged_headers)
{
    cygm_var_pool pool;
    cyg_uint8 *a, *spacer;
    cygm_var_block fake;
    cyg_int32 freemem;

    cygm_var_init(&pool, arena, ARENA_SIZE);
    a = cygm_var_alloc(&pool, 256);
    spacer = cygm_var_alloc(&pool, 16);
    ck_assert(a != NULL && spacer != NULL);
    ck_assert_ptr_nonnull(cygm_var_alloc(&pool, 16));

    fake.size = 4 * ALIGN + HDR;
    fake.link.owner = NULL;
    memcpy(a + 4 * ALIGN, &fake, sizeof fake);
    ck_assert(!cygm_var_free(&pool, a + 4 * ALIGN + HDR));

    /* Named after the pool, but reaching into the free block after a. */
    ck_assert(cygm_var_free(&pool, spacer));
    fake.size = round_up(256) - 4 * ALIGN + HDR + ALIGN;
    fake.link.owner = &pool;
    memcpy(a + 4 * ALIGN, &fake, sizeof fake);
    ck_assert(!cygm_var_free(&pool, a + 4 * ALIGN + HDR));

    /* Named after the pool, inside a block that is free now. */
    fake.size = 4 * ALIGN + HDR;
    fake.link.owner = &pool;
    memcpy(a + 4 * ALIGN, &fake, sizeof fake);
    ck_assert(cygm_var_free(&pool, a));
    freemem = var_usage(&pool).freemem;
    ck_assert(!cygm_var_free(&pool, a + 4 * ALIGN + HDR));
    ck_assert_int_eq(var_usage(&pool).freemem, freemem);
}
END_TEST

/* A remainder big enough for a header and one unit becomes a block of
 * its own; a smaller one stays with the allocation. */
START_TEST(var_split_threshold)
{
    cygm_var_pool pool;
    cyg_int32 room = 4 * ALIGN + HDR;

    cygm_var_init(&pool, arena, room + HDR + ALIGN);
    ck_assert_ptr_nonnull(cygm_var_alloc(&pool, 4 * ALIGN));
    ck_assert_int_eq(var_usage(&pool).maxfree, ALIGN);

    cygm_var_init(&pool, arena, room + HDR + ALIGN - 1);
    ck_assert_ptr_nonnull(cygm_var_alloc(&pool, 4 * ALIGN));
    ck_assert_int_eq(var_usage(&pool).freemem, 0);
}
END_TEST

START_TEST(var_bad_inputs)
{
    cygm_var_pool pool;

    cygm_var_init(&pool, arena, ARENA_SIZE);
    ck_assert_ptr_null(cygm_var_alloc(&pool, 0));
    ck_assert_ptr_null(cygm_var_alloc(&pool, -1));
    ck_assert_ptr_null(cygm_var_alloc(&pool, 0x7fffffff));
    ck_assert_int_eq(var_usage(&pool).freemem, var_usage(&pool).totalmem);

    /* Too small for a header and one aligned unit. */
    cygm_var_init(&pool, arena, HDR + ALIGN - 1);
    ck_assert_int_eq(var_usage(&pool).totalmem, 0);
    ck_assert_ptr_null(cygm_var_alloc(&pool, 1));
    ck_assert(!cygm_var_could_fit(&pool, 1));
    cygm_var_init(&pool, arena, HDR + ALIGN);
    ck_assert_int_eq(var_usage(&pool).totalmem, ALIGN);
    ck_assert_ptr_nonnull(cygm_var_alloc(&pool, ALIGN));

    cygm_var_init(&pool, arena, 0);
    ck_assert_ptr_null(cygm_var_alloc(&pool, 1));
    cygm_var_init(&pool, arena, -64);
    ck_assert_ptr_null(cygm_var_alloc(&pool, 1));
    cygm_var_init(&pool, NULL, 1024);
    ck_assert_ptr_null(cygm_var_alloc(&pool, 1));
    ck_assert_int_eq(var_usage(&pool).maxfree, 0);
}
END_TEST

START_TEST(var_random_against_model)
{
    cygm_var_pool pool;
    cyg_int32 total;
    int step;

    live_reset();
    rng_state = 7;
    cygm_var_init(&pool, arena + 1, ARENA_SIZE);
    total = var_usage(&pool).totalmem;
    for (step = 0; step < 5000; step++) {
        cygm_usage u;

        if (nlive > 0 && (rng() % 2 == 0 || nlive == MAX_LIVE)) {
            live_block b = live_take((int)(rng() % (cyg_uint32)nlive));

            ck_assert(cygm_var_free(&pool, b.p));
        } else {
            cyg_int32 n = (cyg_int32)(rng() % 300) + 1;
            cyg_int32 maxfree = cygm_var_maxfree(&pool);
            void *p = cygm_var_alloc(&pool, n);

            /* Success exactly when the largest free block fits. */
            ck_assert_int_eq(p != NULL, n <= maxfree);
            if (p != NULL) {
                ck_assert(is_aligned(p));
                ck_assert(inside(p, n, arena + 1, ARENA_SIZE));
                live_add(p, n);
            }
        }
        u = var_usage(&pool);
        ck_assert_int_le(u.maxfree, u.freemem);
        ck_assert_int_le(u.freemem, total);
        if (step % 64 == 0)
            live_check();
    }
    live_check();
    while (nlive > 0)
        ck_assert(cygm_var_free(&pool, live_take(0).p));
#ifdef CYGSEM_MEMALLOC_ALLOCATOR_VARIABLE_COALESCE
    ck_assert_int_eq(var_usage(&pool).maxfree, total);
#endif
}
END_TEST

/* ================================================================== */

static Suite *pools_suite(void)
{
    Suite *s = suite_create("memalloc pools");
    TCase *fix = tcase_create("fixed");
    TCase *var = tcase_create("variable");

    tcase_add_test(fix, fix_fresh_pool);
    tcase_add_test(fix, fix_exhaustion);
    tcase_add_test(fix, fix_reuse);
    tcase_add_test(fix, fix_bad_frees);
    tcase_add_test(fix, fix_bad_inputs);
    tcase_add_test(fix, fix_random_against_model);
    suite_add_tcase(s, fix);

    tcase_add_test(var, var_fresh_pool);
    tcase_add_test(var, var_alignment_and_overlap);
    tcase_add_test(var, var_block_overhead);
    tcase_add_test(var, var_exhaustion);
    tcase_add_loop_test(var, var_coalescing, 0, 6);
    tcase_add_test(var, var_fragmentation);
    tcase_add_test(var, var_first_fit_reuse);
    tcase_add_test(var, var_bad_frees);
    tcase_add_test(var, var_forged_headers);
    tcase_add_test(var, var_split_threshold);
    tcase_add_test(var, var_bad_inputs);
    tcase_add_test(var, var_random_against_model);
    suite_add_tcase(s, var);
    return s;
}

int main(void)
{
    SRunner *runner = srunner_create(pools_suite());
    int failed;

    srunner_run_all(runner, CK_NORMAL);
    failed = srunner_ntests_failed(runner);
    srunner_free(runner);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
