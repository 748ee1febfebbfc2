/* stress_threads - thread churn together with every primitive, for a
 * fixed amount of work. Each round the controller deletes the four
 * workers of the previous round, re-creates them in the same storage and
 * lets two pairs of them exchange a fixed number of items through a
 * mail box, a mutex and condition variable, semaphores, event flags, and
 * (with CYGPKG_MEMALLOC) blocks of fixed and variable memory pools. A
 * victim thread is also created and deleted every round. Invariants are
 * checked as the data flows and at the end of every round. */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>
#include "testaux.h"

#if defined(CYGFUN_KERNEL_SYNCH_MUTEX) && defined(CYGFUN_KERNEL_SYNCH_CONDVAR) \
    && defined(CYGFUN_KERNEL_SYNCH_FLAGS) && defined(CYGFUN_KERNEL_SYNCH_MBOX)
# define ALL_PRIMITIVES 1
#endif

#if defined(ALL_PRIMITIVES) && defined(CYGNUM_KERNEL_SCHED_PRIORITIES) \
    && (CYGNUM_KERNEL_SCHED_PRIORITIES >= 24)

#ifdef CYGPKG_MEMALLOC
#include <pkgconf/memalloc.h>
#endif

#if defined(CYGFUN_MEMALLOC_KAPI) && defined(CYGSEM_MEMALLOC_ALLOCATOR_FIXED_THREADAWARE) \
    && defined(CYGSEM_MEMALLOC_ALLOCATOR_VARIABLE_THREADAWARE)
# define USE_POOLS 1
# define KINDS 3
#else
# define KINDS 2
#endif

#define ROUNDS          30
#define OPS             40      /* items each pair exchanges per round */
#define WORKERS         4
#define QSIZE           CYGNUM_KERNEL_SYNCH_MBOX_QUEUE_SIZE
#define PRIO_WORKER0    10      /* worker slot s runs at PRIO_WORKER0 + s */
#define PRIO_VICTIM     14
#define PRIO_CONTROL    20

/* Pair A is slots 0 (source) and 2 (sink), pair B slots 1 and 3: the
 * priorities interleave, so each pair runs while the other waits. */
enum { A_SOURCE, B_SOURCE, A_SINK, B_SINK, VICTIM = WORKERS, CONTROL,
       THREAD_COUNT };

THREAD_SLOTS(THREAD_COUNT);
static cyg_uint16 last_id;

static cyg_sem_t done;

/* Pair state, re-initialised every round. */
static cyg_mbox mbox_a_obj, mbox_b_obj;
static cyg_handle_t mbox_a, mbox_b;
static cyg_sem_t space_a, space_b;         /* free slots of each mail box */
static cyg_mutex_t mx;
static cyg_cond_t turn_changed;
static volatile int turn, turn_count;
static cyg_sem_t ping, pong;
static volatile int ping_count;
static cyg_flag_t flag;
static cyg_sem_t flag_ack;
static volatile int items_moved;
static int tokens[OPS];

static cyg_sem_t never_posted;

#ifdef USE_POOLS
#define FIX_BLOCK       64
#define FIX_POOL_SIZE   512
#define VAR_POOL_SIZE   1024
static char fix_memory[FIX_POOL_SIZE] CYGBLD_ATTRIB_ALIGN(16);
static char var_memory[VAR_POOL_SIZE] CYGBLD_ATTRIB_ALIGN(16);
static cyg_mempool_fix fix_obj;
static cyg_mempool_var var_obj;
static cyg_handle_t fix_pool, var_pool;
static cyg_int32 fix_free_at_start, var_free_at_start;
#endif

/* ---- mail box pipe, with or without a blocking put ------------------ */

static void pipe_put(cyg_handle_t mbox, cyg_sem_t *space, void *item)
{
#ifdef CYGMFN_KERNEL_SYNCH_MBOXT_PUT_CAN_WAIT
    CYG_UNUSED_PARAM(cyg_sem_t *, space);
    CHECK(cyg_mbox_put(mbox, item));
#else
    CHECK(cyg_semaphore_wait(space));
    CHECK(cyg_mbox_tryput(mbox, item));
#endif
    CHECK(cyg_mbox_peek(mbox) <= QSIZE);
}

static void *pipe_get(cyg_handle_t mbox, cyg_sem_t *space)
{
    void *item = cyg_mbox_get(mbox);

    CHECK(item != NULL);
#ifndef CYGMFN_KERNEL_SYNCH_MBOXT_PUT_CAN_WAIT
    cyg_semaphore_post(space);
#else
    CYG_UNUSED_PARAM(cyg_sem_t *, space);
#endif
    return item;
}

/* ---- round kind 0: mail box tokens, mutex + condition turns --------- */

static void token_source(void)
{
    int i;

    for (i = 0; i < OPS; i++)
        pipe_put(mbox_a, &space_a, &tokens[i]);
}

static void token_sink(void)
{
    int i;

    for (i = 0; i < OPS; i++) {
        CHECK(pipe_get(mbox_a, &space_a) == &tokens[i]);
        items_moved++;
    }
}

static void take_turns(int mine)
{
    int i;

    for (i = 0; i < OPS; i++) {
        CHECK(cyg_mutex_lock(&mx));
        while (turn != mine)
            CHECK(cyg_cond_wait(&turn_changed));
        CHECK(turn_count % 2 == mine);
        turn_count++;
        turn = 1 - mine;
        cyg_cond_broadcast(&turn_changed);
        cyg_mutex_unlock(&mx);
    }
}

/* ---- round kind 1: semaphore ping-pong, event flags ------------------ */

static void ping_pong(cyg_sem_t *mine, cyg_sem_t *other, int parity)
{
    int i;

    for (i = 0; i < OPS; i++) {
        CHECK(cyg_semaphore_wait(mine));
        CHECK(ping_count % 2 == parity);
        ping_count++;
        cyg_semaphore_post(other);
    }
}

static cyg_flag_value_t sequence_bit(int i)
{
    return (cyg_flag_value_t)1 << (4 + i % 8);
}

static void flag_setter(void)
{
    int i;

    for (i = 0; i < OPS; i++) {
        cyg_flag_setbits(&flag, 0x1);
        cyg_flag_setbits(&flag, 0x2 | sequence_bit(i));
        CHECK(cyg_semaphore_wait(&flag_ack));
    }
}

static void flag_waiter(void)
{
    int i;

    for (i = 0; i < OPS; i++) {
        CHECK(cyg_flag_wait(&flag, 0x3, CYG_FLAG_WAITMODE_AND | CYG_FLAG_WAITMODE_CLR)
              == (0x3 | sequence_bit(i)));
        CHECK(cyg_flag_peek(&flag) == 0);
        items_moved++;
        cyg_semaphore_post(&flag_ack);
    }
}

/* ---- round kind 2: pool blocks through mail boxes -------------------- */

#ifdef USE_POOLS
static cyg_int32 var_size(int i)
{
#ifdef CYGSEM_MEMALLOC_ALLOCATOR_VARIABLE_COALESCE
    return 8 + (i * 37) % 120;
#else
    /* Without coalescing only same-size requests are sure to fit again. */
    CYG_UNUSED_PARAM(int, i);
    return 64;
#endif
}

static void fill_block(void *block, cyg_int32 size, int i)
{
    unsigned char *p = block;
    cyg_int32 n;

    for (n = 0; n < size; n++)
        p[n] = (unsigned char)(i + n);
}

static cyg_bool_t block_intact(void *block, cyg_int32 size, int i)
{
    unsigned char *p = block;
    cyg_int32 n;

    for (n = 0; n < size; n++)
        if (p[n] != (unsigned char)(i + n))
            return false;
    return true;
}

static cyg_bool_t inside(void *block, cyg_int32 size, char *base, cyg_int32 pool_size)
{
    return (char *)block >= base && (char *)block + size <= base + pool_size;
}

static void fix_source(void)
{
    int i;

    for (i = 0; i < OPS; i++) {
        void *block = cyg_mempool_fix_alloc(fix_pool);

        CHECK(block != NULL);
        CHECK(inside(block, FIX_BLOCK, fix_memory, FIX_POOL_SIZE));
        fill_block(block, FIX_BLOCK, i);
        pipe_put(mbox_a, &space_a, block);
    }
}

static void fix_sink(void)
{
    int i;

    for (i = 0; i < OPS; i++) {
        void *block = pipe_get(mbox_a, &space_a);

        CHECK(block_intact(block, FIX_BLOCK, i));
        cyg_mempool_fix_free(fix_pool, block);
        items_moved++;
    }
}

static void var_source(void)
{
    int i;

    for (i = 0; i < OPS; i++) {
        void *block = cyg_mempool_var_alloc(var_pool, var_size(i));

        CHECK(block != NULL);
        CHECK(inside(block, var_size(i), var_memory, VAR_POOL_SIZE));
        fill_block(block, var_size(i), i);
        pipe_put(mbox_b, &space_b, block);
    }
}

static void var_sink(void)
{
    int i;

    for (i = 0; i < OPS; i++) {
        void *block = pipe_get(mbox_b, &space_b);

        CHECK(block_intact(block, var_size(i), i));
        cyg_mempool_var_free(var_pool, block);
        items_moved++;
    }
}
#endif

/* ---- workers ---------------------------------------------------------- */

static int round_kind;

static void worker(cyg_addrword_t data)
{
    int slot = (int)data;

    switch (round_kind * WORKERS + slot) {
    case 0 * WORKERS + A_SOURCE: token_source(); break;
    case 0 * WORKERS + A_SINK:   token_sink(); break;
    case 0 * WORKERS + B_SOURCE: take_turns(0); break;
    case 0 * WORKERS + B_SINK:   take_turns(1); break;
    case 1 * WORKERS + A_SOURCE: ping_pong(&ping, &pong, 0); break;
    case 1 * WORKERS + A_SINK:   ping_pong(&pong, &ping, 1); break;
    case 1 * WORKERS + B_SOURCE: flag_setter(); break;
    case 1 * WORKERS + B_SINK:   flag_waiter(); break;
#ifdef USE_POOLS
    case 2 * WORKERS + A_SOURCE: fix_source(); break;
    case 2 * WORKERS + A_SINK:   fix_sink(); break;
    case 2 * WORKERS + B_SOURCE: var_source(); break;
    case 2 * WORKERS + B_SINK:   var_sink(); break;
#endif
    default:
        CYG_TEST_FAIL_FINISH("bad worker kind");
    }
    cyg_semaphore_post(&done);
    /* Returning is the thread's exit. */
}

static void victim(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    cyg_semaphore_wait(&never_posted);
    CYG_TEST_FAIL_FINISH("victim woke up");
}

/* ---- controller ---------------------------------------------------------- */

static void create_in_slot(int slot, cyg_priority_t prio, cyg_thread_entry_t *entry)
{
    cyg_uint16 id;

    CREATE_SLOT(slot, prio, entry, slot, "stress");
    CHECK(handles[slot] == (cyg_handle_t)&threads[slot]);
    id = cyg_thread_get_id(handles[slot]);
    CHECK(id != 0 && id > last_id);
    last_id = id;
    CHECK(state_of(handles[slot]) == STATE_SUSPENDED);
}

static void delete_slot(int slot)
{
    cyg_uint16 id = cyg_thread_get_id(handles[slot]);
    cyg_thread_info info;

    CHECK(cyg_thread_delete(handles[slot]));
    CHECK(cyg_thread_get_id(handles[slot]) == 0);
    CHECK(!cyg_thread_get_info(handles[slot], id, &info));
}

static void set_up_round(void)
{
    int i;

    cyg_mbox_create(&mbox_a, &mbox_a_obj);
    cyg_mbox_create(&mbox_b, &mbox_b_obj);
    cyg_semaphore_init(&space_a, QSIZE);
    cyg_semaphore_init(&space_b, QSIZE);
    cyg_mutex_init(&mx);
    cyg_cond_init(&turn_changed, &mx);
    turn = turn_count = 0;
    cyg_semaphore_init(&ping, 1);
    cyg_semaphore_init(&pong, 0);
    ping_count = 0;
    cyg_flag_init(&flag);
    cyg_semaphore_init(&flag_ack, 0);
    items_moved = 0;
    for (i = 0; i < OPS; i++)
        tokens[i] = i;
}

static void check_and_tear_down_round(void)
{
    cyg_count32 count;

    CHECK(cyg_mbox_peek(mbox_a) == 0 && cyg_mbox_peek(mbox_b) == 0);
    CHECK(!cyg_mbox_waiting_to_get(mbox_a) && !cyg_mbox_waiting_to_put(mbox_a));
    switch (round_kind) {
    case 0:
        CHECK(items_moved == OPS);
        CHECK(turn_count == 2 * OPS);
        break;
    case 1:
        CHECK(ping_count == 2 * OPS);
        CHECK(items_moved == OPS);
        cyg_semaphore_peek(&ping, &count);
        CHECK(count == 1);
        CHECK(!cyg_flag_waiting(&flag));
        break;
#ifdef USE_POOLS
    case 2: {
        cyg_mempool_info info;

        CHECK(items_moved == 2 * OPS);
        CHECK(!cyg_mempool_fix_waiting(fix_pool));
        CHECK(!cyg_mempool_var_waiting(var_pool));
        cyg_mempool_fix_get_info(fix_pool, &info);
        CHECK(info.freemem == fix_free_at_start);
#ifdef CYGSEM_MEMALLOC_ALLOCATOR_VARIABLE_COALESCE
        /* Unmerged free blocks would each keep their own overhead. */
        cyg_mempool_var_get_info(var_pool, &info);
        CHECK(info.freemem == var_free_at_start);
#endif
        break;
    }
#endif
    }
    cyg_flag_destroy(&flag);
    cyg_cond_destroy(&turn_changed);
    cyg_mutex_destroy(&mx);
    cyg_mbox_delete(mbox_a);
    cyg_mbox_delete(mbox_b);
}

/* A victim at a priority above the controller's: deleting it while it
 * sleeps lets it run its exit at once; a never-resumed one goes too. */
static void churn_victim(int round)
{
    create_in_slot(VICTIM, PRIO_VICTIM, victim);
    if (round % 2 == 0) {
        cyg_thread_resume(handles[VICTIM]);
        CHECK(state_of(handles[VICTIM]) & STATE_SLEEPING);
    }
    delete_slot(VICTIM);
}

#ifdef CYGVAR_KERNEL_THREADS_LIST
static int threads_listed(void)
{
    cyg_handle_t h = 0;
    cyg_uint16 id = 0;
    int n = 0;

    while (cyg_thread_get_next(&h, &id))
        n++;
    return n;
}
#endif

static void run_round(int round)
{
    int slot;

    round_kind = round % KINDS;
    set_up_round();
    for (slot = 0; slot < WORKERS; slot++) {
        if (round > 0) {
            CHECK(state_of(handles[slot]) == STATE_EXITED);
            delete_slot(slot);
        }
        create_in_slot(slot, PRIO_WORKER0 + slot, worker);
    }
    /* All four become runnable together. */
    cyg_scheduler_lock();
    for (slot = 0; slot < WORKERS; slot++)
        cyg_thread_resume(handles[slot]);
    cyg_scheduler_unlock();

    for (slot = 0; slot < WORKERS; slot++)
        CHECK(cyg_semaphore_wait(&done));
    check_and_tear_down_round();
    churn_victim(round);
}

static void control(cyg_addrword_t data)
{
    int round;
#ifdef CYGVAR_KERNEL_THREADS_LIST
    int listed = 0;
#endif

    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    cyg_semaphore_init(&done, 0);
    cyg_semaphore_init(&never_posted, 0);
#ifdef USE_POOLS
    {
        cyg_mempool_info info;

        cyg_mempool_fix_create(fix_memory, FIX_POOL_SIZE, FIX_BLOCK, &fix_pool, &fix_obj);
        cyg_mempool_var_create(var_memory, VAR_POOL_SIZE, &var_pool, &var_obj);
        cyg_mempool_fix_get_info(fix_pool, &info);
        fix_free_at_start = info.freemem;
        CHECK(fix_free_at_start >= FIX_BLOCK);
        cyg_mempool_var_get_info(var_pool, &info);
        var_free_at_start = info.freemem;
        CHECK(var_free_at_start >= 128);
    }
#endif

    for (round = 0; round < ROUNDS; round++) {
        run_round(round);
#ifdef CYGVAR_KERNEL_THREADS_LIST
        /* Deleted threads leave the list: its length never grows. */
        if (round == 0)
            listed = threads_listed();
        CHECK(threads_listed() == listed);
#endif
    }
    for (round = 0; round < WORKERS; round++)
        delete_slot(round);

#ifdef USE_POOLS
    cyg_mempool_fix_delete(fix_pool);
    cyg_mempool_var_delete(var_pool);
#endif
    CYG_TEST_PASS_FINISH("Kernel C API thread stress OK");
}

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    start_watchdog();
    CREATE_SLOT(CONTROL, PRIO_CONTROL, control, 0, "control");
    last_id = cyg_thread_get_id(handles[CONTROL]);
    cyg_thread_resume(handles[CONTROL]);
    cyg_scheduler_start();
}

#else

# ifndef CYGFUN_KERNEL_API_C
NA_MAIN("Kernel C API layer disabled")
# elif !defined(ALL_PRIMITIVES)
NA_MAIN("Needs mutexes, condition variables, event flags and message boxes")
# else
NA_MAIN("Needs at least 24 scheduler priorities")
# endif

#endif
