/* kstackown - stack ownership: a thread created without a stack gets an
 * aligned one of the asked (or typical) size from the kernel's pool and
 * runs on it; the pool gets it back when the thread is deleted, joined
 * or its start cancelled, so that filling the pool, emptying it and
 * filling it again fits the same number of threads each time; an
 * exhausted pool refuses the creation (CYG_THREAD_ENOMEM) and builds
 * nothing. A stack the application supplied is never freed by the
 * kernel (the pool's capacity does not grow when such a thread is
 * deleted); the thread's exit hook releases it, once the thread is
 * deleted, with the stack's address at hand. */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>
#include "lifecycle.h"

#if defined(CYGFUN_KERNEL_API_C) && defined(CYGFUN_KERNEL_THREADS_STACK_ALLOCATION) \
    && (CYGNUM_KERNEL_SCHED_PRIORITIES >= 24)
# include <cyg/hal/hal_arch.h>
/* The pool must hold at least three of the smallest stacks. */
# if CYGNUM_KERNEL_THREADS_STACK_ALLOCATION_POOL_SIZE >= 3 * (CYGNUM_HAL_STACK_SIZE_MINIMUM + 64)
#  define KSTACKOWN_APPLIES 1
# endif
#endif

#ifdef KSTACKOWN_APPLIES

#define PRIO_FIRST   5      /* then one priority per pool thread */
#define MAX_THREADS  16
#define PRIO_CONTROL 22     /* below them all: they run when started */

/* Several stacks fit in the pool, whatever its configured size. */
#define POOL_SIXTH \
    ((CYGNUM_KERNEL_THREADS_STACK_ALLOCATION_POOL_SIZE / 6) & ~15)
#define POOL_STACK_SIZE \
    (POOL_SIXTH < CYGNUM_HAL_STACK_SIZE_MINIMUM ? CYGNUM_HAL_STACK_SIZE_MINIMUM \
                                                : POOL_SIXTH)

enum { CUSTOM, THREAD_COUNT };

THREAD_SLOTS(THREAD_COUNT);
static cyg_thread pool_threads[MAX_THREADS];
static cyg_handle_t pool_handles[MAX_THREADS];

static volatile int ran, on_own_stack;
static volatile int released;
static volatile cyg_addrword_t released_stack;

static void probe_entry(cyg_addrword_t data)
{
    char local;
    cyg_handle_t self = cyg_thread_self();
    char *base = (char *)cyg_thread_get_stack_base(self);

    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    on_own_stack = &local >= base
                   && &local < base + cyg_thread_get_stack_size(self);
    ran++;
}

/* A suspended thread with a pool stack in slot i. */
static cyg_thread_result_t create_pooled(int i, cyg_ucount32 size,
                                         cyg_tick_count_t delay)
{
    cyg_thread_attr_t attr;

    cyg_thread_attr_init(&attr);
    attr.sched_info = PRIO_FIRST + i;
    attr.name = "kstackown pooled";
    attr.stack_size = size;
    attr.start_delay = delay;
    return cyg_thread_create_ext(&attr, probe_entry, 0, &pool_handles[i],
                                 &pool_threads[i]);
}

/* Threads that fit in the pool, created in slots 0 and up (left in
 * place: the caller reclaims them). */
static int fill_pool(void)
{
    cyg_thread_result_t result = CYG_THREAD_OK;
    int n;

    for (n = 0; n < MAX_THREADS; n++) {
        pool_handles[n] = 0;
        result = create_pooled(n, POOL_STACK_SIZE, CYG_THREAD_FOREVER);
        if (result != CYG_THREAD_OK)
            break;
    }
    EXPECT(result, CYG_THREAD_ENOMEM);
    CHECK(pool_handles[n] == 0);
    return n;
}

static void delete_pooled(int first, int last)
{
    int i;

    for (i = first; i <= last; i++)
        CHECK(cyg_thread_delete(pool_handles[i]));
}

static void check_pool_stack(void)
{
    cyg_handle_t t;
    cyg_addrword_t base;

    ran = on_own_stack = 0;
    EXPECT(create_pooled(0, 0, CYG_THREAD_FOREVER), CYG_THREAD_OK);
    t = pool_handles[0];
    base = cyg_thread_get_stack_base(t);
    CHECK(base != 0 && (base & (CYGARC_ALIGNMENT - 1)) == 0);
    CHECK(cyg_thread_get_stack_size(t) == CYGNUM_HAL_STACK_SIZE_TYPICAL);
    cyg_thread_resume(t);
    CHECK(ran == 1 && on_own_stack);
    CHECK(cyg_thread_delete(t));

    EXPECT(create_pooled(0, POOL_STACK_SIZE, 0), CYG_THREAD_OK);
    CHECK(ran == 2 && on_own_stack);
    CHECK(cyg_thread_get_stack_size(pool_handles[0]) == POOL_STACK_SIZE);
    CHECK(cyg_thread_delete(pool_handles[0]));
}

/* Every way a thread goes away gives its stack back. */
static void check_pool_reuse(void)
{
    int fit = fill_pool();

    CHECK(fit >= 2);
    delete_pooled(fit - 1, fit - 1);
    EXPECT(create_pooled(fit - 1, POOL_STACK_SIZE, CYG_THREAD_FOREVER),
           CYG_THREAD_OK);
#ifdef CYGFUN_KERNEL_THREADS_JOIN
    cyg_thread_resume(pool_handles[fit - 1]);
    EXPECT(cyg_thread_join(pool_handles[fit - 1], CYG_THREAD_FOREVER),
           CYG_THREAD_OK);
    EXPECT(create_pooled(fit - 1, POOL_STACK_SIZE, CYG_THREAD_FOREVER),
           CYG_THREAD_OK);
#endif
#ifdef CYGFUN_KERNEL_THREADS_DELAYED_START
    delete_pooled(fit - 1, fit - 1);
    EXPECT(create_pooled(fit - 1, POOL_STACK_SIZE, 100), CYG_THREAD_OK);
    EXPECT(cyg_thread_start_cancel(pool_handles[fit - 1]), CYG_THREAD_OK);
    EXPECT(create_pooled(fit - 1, POOL_STACK_SIZE, CYG_THREAD_FOREVER),
           CYG_THREAD_OK);
#endif
    delete_pooled(0, fit - 1);
    CHECK(fill_pool() == fit);
    delete_pooled(0, fit - 1);
    EXPECT(create_pooled(0, CYGNUM_KERNEL_THREADS_STACK_ALLOCATION_POOL_SIZE,
                         CYG_THREAD_FOREVER), CYG_THREAD_ENOMEM);
}

static void release_stack(cyg_handle_t thread, cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    released++;
    released_stack = cyg_thread_get_stack_base(thread);
}

/* The kernel leaves the application's stack alone: only the hook
 * releases it, and the pool holds no more than before. */
static void check_custom_stack(void)
{
    cyg_thread_attr_t attr;
    int fit;

    ran = released = 0;
    SLOT_ATTR(attr, CUSTOM, PRIO_FIRST, "kstackown custom");
    attr.exit_hook = release_stack;
    attr.start_delay = 0;
    EXPECT(CREATE_EXT_SLOT(CUSTOM, attr, probe_entry, 0), CYG_THREAD_OK);
    CHECK(ran == 1 && on_own_stack && released == 0);
    CHECK(cyg_thread_delete(handles[CUSTOM]));
    CHECK(released == 1 && released_stack == (cyg_addrword_t)stacks[CUSTOM]);

    fit = fill_pool();
    delete_pooled(0, fit - 1);
    START_SLOT(CUSTOM, PRIO_FIRST, probe_entry, 0, "kstackown classic");
    CHECK(cyg_thread_delete(handles[CUSTOM]));
    CHECK(fill_pool() == fit);
    delete_pooled(0, fit - 1);
}

static void control_entry(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    check_pool_stack();
    check_pool_reuse();
    check_custom_stack();
    CYG_TEST_PASS_FINISH("Stack ownership OK");
}

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    start_watchdog();
    run_main_thread(PRIO_CONTROL, control_entry, "kstackown control");
}

#else

NA_MAIN("Needs CYGFUN_KERNEL_THREADS_STACK_ALLOCATION, a pool of three minimum stacks and 24 priorities")

#endif
