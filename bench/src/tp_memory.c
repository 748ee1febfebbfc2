/* tp_memory - memory allocation: one thread takes a 128-byte block from
 * a pool of fixed-size blocks and returns it. The take does not wait
 * (try_alloc), as a block is always free. One operation is one take and
 * one return. */

#include "bench_period.h"
#include <pkgconf/system.h>
#ifdef CYGPKG_MEMALLOC
# include <pkgconf/memalloc.h>
#endif

#if defined(BENCH_PERIOD_APPLIES) && defined(CYGFUN_MEMALLOC_KAPI)

#define PRIO_WORKER     10
#define BLOCK_SIZE      128
#define BLOCKS          8

static char stack[CYGNUM_HAL_STACK_SIZE_TYPICAL];
static struct bench_thread worker_thread;
/* The pool keeps its bookkeeping in the memory it manages: room for it
 * comes on top of the blocks. */
static cyg_uint32 pool_memory[(BLOCKS * BLOCK_SIZE + 256) / sizeof(cyg_uint32)];
static cyg_mempool_fix pool_object;
static cyg_handle_t pool;
static volatile cyg_uint32 cycles;
static volatile cyg_uint32 failed_takes;

static void worker(cyg_addrword_t data)
{
    cyg_uint8 *block;

    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    for (;;) {
        block = cyg_mempool_fix_try_alloc(pool);
        if (block == NULL) {
            failed_takes++;
        } else {
            block[0] = (cyg_uint8)cycles;
            block[BLOCK_SIZE - 1] = (cyg_uint8)cycles;
            cyg_mempool_fix_free(pool, block);
        }
        cycles++;
    }
}

static void check_results(void)
{
    cyg_mempool_info info;

    cyg_mempool_fix_get_info(pool, &info);
    CHECK(failed_takes == 0);
    CHECK(info.blocksize == BLOCK_SIZE);
    CHECK(info.freemem >= info.totalmem - BLOCK_SIZE);
}

static const struct bench_measure measure = {
    "memory", &cycles, 1, check_results,
    "memory allocation measured"
};

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    cyg_mempool_fix_create(pool_memory, sizeof pool_memory, BLOCK_SIZE,
                           &pool, &pool_object);
    bench_thread_start(&worker_thread, PRIO_WORKER, worker, 0,
                       stack, sizeof stack);
    bench_period_start(&measure);
}

#else

BENCH_NA_MAIN("Needs the C API, the real-time clock, thread timers, "
              "16 priorities and the memory pools' C API")

#endif
