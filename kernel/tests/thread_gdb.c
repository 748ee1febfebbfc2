/* thread_gdb - what a debugger's thread view relies on: walking the thread
 * list with cyg_thread_get_next and reading each entry with
 * cyg_thread_get_info, again and again while the other threads wake,
 * sleep and exit. Every walk lists the threads in creation order with
 * consistent ids and valid states; a deleted thread leaves the list and
 * can no longer be used as a cursor or found by id. */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>
#include <cyg/infra/diag.h>
#include "testaux.h"

#if defined(CYGFUN_KERNEL_API_C) && defined(CYGVAR_KERNEL_THREADS_LIST) \
    && defined(CYGFUN_KERNEL_THREADS_TIMER) && (CYGNUM_KERNEL_SCHED_PRIORITIES >= 24)

#define STATE_BITS   (1 | 2 | 4 | 8 | 16)

#define PRIO_WORKER  10
#define PRIO_WALKER  20
#define WORKER_NAPS  6
#define WALK_TICKS   30

/* Slot 0 stands for the idle thread, which the kernel created first. */
enum { IDLE, WALKER, W1, W2, W3, THREAD_COUNT };

THREAD_SLOTS(THREAD_COUNT);
static char *names[THREAD_COUNT] = {
    "Idle Thread", "walker", "worker 1", "worker 2", "worker 3"
};

static int seen_sleeping;
static int walks;

static void worker_entry(cyg_addrword_t data)
{
    int nap;

    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    for (nap = 0; nap < WORKER_NAPS; nap++)
        cyg_thread_delay(1);
}

static int slot_of(cyg_handle_t thread)
{
    int slot;

    for (slot = 0; slot < THREAD_COUNT; slot++)
        if (handles[slot] == thread)
            return slot;
    return -1;
}

static cyg_bool_t same_name(const char *a, const char *b)
{
#ifdef CYGVAR_KERNEL_THREADS_NAME
    if (a == NULL || b == NULL)
        return false;
    while (*a != '\0' && *a == *b) {
        a++;
        b++;
    }
    return *a == *b;
#else
    CYG_UNUSED_PARAM(const char *, b);
    return a == NULL;
#endif
}

/* One walk over the list; returns the slots met, in order, in `order'
 * (deleted slots are expected to be absent). */
static int walk(int *order, int capacity)
{
    cyg_handle_t thread = 0;
    cyg_uint16 id = 0;
    cyg_thread_info info;
    int count = 0, slot;

    while (cyg_thread_get_next(&thread, &id)) {
        CHECK(thread != 0 && id != 0);
        CHECK(id == cyg_thread_get_id(thread));
        CHECK(cyg_thread_get_info(thread, id, &info));
        CHECK(info.handle == thread && info.id == id);
        CHECK((info.state & ~(cyg_uint32)STATE_BITS) == 0);
        slot = slot_of(thread);
        CHECK(slot >= 0);
        CHECK(same_name(info.name, names[slot]));
        if (slot == WALKER)
            CHECK(info.state == 0);
        if (slot >= W1 && (info.state & STATE_SLEEPING))
            seen_sleeping++;
        CHECK(count < capacity);
        order[count++] = slot;
    }
    CHECK(thread == 0 && id == 0);
    walks++;
    return count;
}

static void expect_walk(const int *expected, int length)
{
    int order[THREAD_COUNT];
    int i;

    CHECK(walk(order, THREAD_COUNT) == length);
    for (i = 0; i < length; i++)
        CHECK(order[i] == expected[i]);
}

static void show_threads(void)
{
    cyg_handle_t thread = 0;
    cyg_uint16 id = 0;
    cyg_thread_info info;

    while (cyg_thread_get_next(&thread, &id))
        if (cyg_thread_get_info(thread, id, &info))
            diag_printf("INFO:<thread %d %s state %d priority %d>\n",
                        (int)info.id, info.name != NULL ? info.name : "-",
                        (int)info.state, (int)info.cur_pri);
}

static void walker_entry(cyg_addrword_t data)
{
    static const int everyone[] = { IDLE, WALKER, W1, W2, W3 };
    static const int without_w2[] = { IDLE, WALKER, W1, W3 };
    cyg_tick_count_t until;
    cyg_handle_t cursor;
    cyg_uint16 w2_id;
    int i;

    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    handles[IDLE] = cyg_thread_idle_thread();
    expect_walk(everyone, THREAD_COUNT);

    /* Walk while the workers wake and sleep (and preempt the walker). */
    for (i = W1; i <= W3; i++)
        cyg_thread_resume(handles[i]);
    until = cyg_current_time() + WALK_TICKS;
    while (cyg_current_time() < until)
        expect_walk(everyone, THREAD_COUNT);
    CHECK(seen_sleeping > 0);
    show_threads();

    for (i = W1; i <= W3; i++) {
        cyg_thread_info info;
        CHECK(cyg_thread_get_info(handles[i], cyg_thread_get_id(handles[i]),
                                  &info));
        CHECK(info.state == STATE_EXITED);
    }

    w2_id = cyg_thread_get_id(handles[W2]);
    CHECK(cyg_thread_find(w2_id) == handles[W2]);
    CHECK(cyg_thread_delete(handles[W2]));
    expect_walk(without_w2, THREAD_COUNT - 1);
    CHECK(cyg_thread_find(w2_id) == 0);
    CHECK(cyg_thread_find(cyg_thread_get_id(handles[W3])) == handles[W3]);

    cursor = handles[W2];
    CHECK(!cyg_thread_get_next(&cursor, &w2_id));
    CHECK(cursor == 0 && w2_id == 0);
    diag_printf("INFO:<%d walks>\n", walks);
    CYG_TEST_PASS_FINISH("Thread list walk OK");
}

externC void cyg_start(void)
{
    int i;

    CYG_TEST_INIT();
    CREATE_SLOT(WALKER, PRIO_WALKER, walker_entry, 0, names[WALKER]);
    for (i = W1; i <= W3; i++)
        CREATE_SLOT(i, PRIO_WORKER + i, worker_entry, i, names[i]);
    cyg_thread_resume(handles[WALKER]);
    cyg_scheduler_start();
}

#else

NA_MAIN("Needs the kernel C API, the thread list, thread timers "
        "and at least 24 priorities")

#endif
