/* scale - whether a yield and a semaphore hand-over cost more when more
 * threads exist. Both are timed with 2, 16, 64 and 256 threads present:
 * the main thread, the peer it measures with, and filler threads that
 * sit where a busy system keeps its threads: half of them runnable below
 * the main thread (in the run queues), half blocked on a semaphore above
 * it (in a wait queue). No filler ever gets the processor during a
 * measurement, which the program checks.
 *
 * A yield: the main thread and a peer of the same priority yield to each
 * other, BATCH times each; one operation is one yield, which switches.
 * A hand-over: a peer above the main thread waits on a semaphore, the
 * main thread posts it BATCH times; one operation is one post, the
 * switch to the peer, its next wait and the switch back.
 *
 * Each batch is timed as a whole between two clock reads, so the loop's
 * own few instructions are part of every operation; the best of BATCHES
 * batches is printed as
 *
 *   BENCH scale NAME threads=N ops=K ns=T                              */

#include "bench_clock.h"

#if defined(CYGFUN_KERNEL_API_C) && defined(CYGVAR_KERNEL_COUNTERS_CLOCK) \
    && (CYGNUM_KERNEL_SCHED_PRIORITIES >= 32) \
    && !defined(BENCH_UNIQUE_PRIORITIES)

#define MAX_THREADS     256
#define FILLERS         (MAX_THREADS - 2)
#define BATCH           1000
#define BATCHES         5

#define PRIO_BLOCKED    2       /* .. PRIO_BLOCKED + BLOCKED_LEVELS - 1 */
#define BLOCKED_LEVELS  7
#define PRIO_HANDOFF    9
#define PRIO_MAIN       10      /* and the yield peer */
#define PRIO_RUNNABLE   12      /* .. PRIO_RUNNABLE + RUNNABLE_LEVELS - 1 */
#define RUNNABLE_LEVELS 18

static const cyg_uint32 thread_counts[] = { 2, 16, 64, MAX_THREADS };

static char main_stack[CYGNUM_HAL_STACK_SIZE_TYPICAL];
static struct bench_thread main_thread;
static char peer_stack[CYGNUM_HAL_STACK_SIZE_TYPICAL];
static struct bench_thread peer;

/* ------------------------------------------------------------------ */
/* Fillers                                                             */

static char filler_stacks[FILLERS][CYGNUM_HAL_STACK_SIZE_MINIMUM];
static struct bench_thread fillers[FILLERS];
static cyg_uint32 filler_count;
static cyg_sem_t never_posted;
static volatile cyg_uint32 fillers_blocked;
static volatile cyg_uint32 fillers_ran;

static void blocked_filler(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    fillers_blocked++;
    cyg_semaphore_wait(&never_posted);
    fillers_ran++;
}

static void runnable_filler(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    fillers_ran++;
}

/* A blocked filler runs as soon as it is resumed, being above the main
 * thread, and blocks at once. */
static void add_filler(void)
{
    cyg_uint32 i = filler_count++;
    cyg_uint32 level = i / 2;

    if (i & 1)
        bench_thread_start(&fillers[i], PRIO_RUNNABLE + level % RUNNABLE_LEVELS,
                           runnable_filler, 0,
                           filler_stacks[i], sizeof filler_stacks[i]);
    else
        bench_thread_start(&fillers[i], PRIO_BLOCKED + level % BLOCKED_LEVELS,
                           blocked_filler, 0,
                           filler_stacks[i], sizeof filler_stacks[i]);
}

/* Brings the threads to THREADS: the main thread, one peer, fillers. */
static void fill_to(cyg_uint32 threads)
{
    while (filler_count + 2 < threads)
        add_filler();
    CHECK(fillers_blocked == (filler_count + 1) / 2);
    CHECK(fillers_ran == 0);
}

#ifdef CYGVAR_KERNEL_THREADS_LIST
/* Every thread in the kernel's list, the idle thread included. */
static cyg_uint32 threads_present(void)
{
    cyg_handle_t thread = 0;
    cyg_uint16 id = 0;
    cyg_uint32 count = 0;

    while (cyg_thread_get_next(&thread, &id))
        count++;
    return count;
}
#endif

/* ------------------------------------------------------------------ */
/* Timing a batch                                                      */

struct stamp {
    cyg_tick_count_t ticks;
    cyg_uint32 count;
};

static struct stamp stamp_now(void)
{
    struct stamp s;

    s.ticks = cyg_current_time();
    s.count = bench_clock_read();
    return s;
}

/* A batch too long for the fine clock is timed in whole ticks instead. */
static cyg_uint32 stamp_elapsed_ns(struct stamp from, struct stamp to)
{
    cyg_uint64 ticks = to.ticks - from.ticks;

    if (ticks > BENCH_CLOCK_MAX_TICKS)
        return (cyg_uint32)(ticks * CYGNUM_HAL_RTC_NUMERATOR
                            / CYGNUM_HAL_RTC_DENOMINATOR);
    return bench_clock_elapsed(from.count, to.count);
}

static cyg_uint32 best_of(cyg_uint32 best, cyg_uint32 ns)
{
    return ns < best ? ns : best;
}

/* ------------------------------------------------------------------ */
/* Yield                                                               */

static volatile cyg_uint32 peer_turns;

static void yield_peer(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    for (;;) {
        peer_turns++;
        cyg_thread_yield();
    }
}

static cyg_uint32 yield_batch(void)
{
    struct stamp start;
    cyg_uint32 before = peer_turns, ns;
    int i;

    start = stamp_now();
    for (i = 0; i < BATCH; i++)
        cyg_thread_yield();
    ns = stamp_elapsed_ns(start, stamp_now());
    CHECK(peer_turns - before == BATCH);
    return ns;
}

static cyg_uint32 measure_yield(void)
{
    cyg_uint32 best = 0xFFFFFFFFu;
    int b;

    bench_thread_start(&peer, PRIO_MAIN, yield_peer, 0,
                       peer_stack, sizeof peer_stack);
    cyg_thread_yield();
    for (b = 0; b < BATCHES; b++)
        best = best_of(best, yield_batch());
    CHECK(cyg_thread_delete(peer.handle));
    return best;
}

/* ------------------------------------------------------------------ */
/* Semaphore hand-over                                                 */

static cyg_sem_t handoff;
static volatile cyg_uint32 peer_wakes;

static void handoff_peer(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    for (;;) {
        if (cyg_semaphore_wait(&handoff))
            peer_wakes++;
    }
}

static cyg_uint32 handoff_batch(void)
{
    struct stamp start;
    cyg_uint32 before = peer_wakes, ns;
    int i;

    start = stamp_now();
    for (i = 0; i < BATCH; i++)
        cyg_semaphore_post(&handoff);
    ns = stamp_elapsed_ns(start, stamp_now());
    CHECK(peer_wakes - before == BATCH);
    return ns;
}

static cyg_uint32 measure_handoff(void)
{
    cyg_uint32 best = 0xFFFFFFFFu;
    cyg_count32 left;
    int b;

    cyg_semaphore_init(&handoff, 0);
    bench_thread_start(&peer, PRIO_HANDOFF, handoff_peer, 0,
                       peer_stack, sizeof peer_stack);
    for (b = 0; b < BATCHES; b++)
        best = best_of(best, handoff_batch());
    cyg_semaphore_peek(&handoff, &left);
    CHECK(left == 0);
    CHECK(cyg_thread_delete(peer.handle));
    cyg_semaphore_destroy(&handoff);
    return best;
}

/* ------------------------------------------------------------------ */

static void print_scale(const char *name, cyg_uint32 threads,
                        cyg_uint32 ops, cyg_uint32 ns)
{
    diag_printf("BENCH scale %s threads=%u ops=%u ns=%u\n",
                name, (unsigned)threads, (unsigned)ops, (unsigned)ns);
}

static void measure_at(cyg_uint32 threads)
{
    cyg_uint32 yield_ns, handoff_ns;

    fill_to(threads);
    yield_ns = measure_yield();
    handoff_ns = measure_handoff();
#ifdef CYGVAR_KERNEL_THREADS_LIST
    /* The peer is gone again, the idle thread takes its place in the
     * count: the main thread, the fillers and the idle thread. */
    CHECK(threads_present() == threads);
#endif
    CHECK(fillers_ran == 0);
    print_scale("yield", threads, 2 * BATCH, yield_ns);
    print_scale("sem_handoff", threads, BATCH, handoff_ns);
}

static void run_measurements(cyg_addrword_t data)
{
    cyg_uint32 i;

    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    cyg_semaphore_init(&never_posted, 0);
    bench_clock_describe();
    for (i = 0; i < sizeof thread_counts / sizeof thread_counts[0]; i++)
        measure_at(thread_counts[i]);
    CYG_TEST_PASS_FINISH("scaling measured");
}

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    bench_thread_start(&main_thread, PRIO_MAIN, run_measurements, 0,
                       main_stack, sizeof main_stack);
    cyg_scheduler_start();
}

#else

BENCH_NA_MAIN("Needs the C API, the real-time clock and 32 priorities "
              "that threads can share")

#endif
