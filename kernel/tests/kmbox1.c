/* kmbox1 - mail boxes: tryput/tryget/peek/peek_item on a ring of
 * CYGNUM_KERNEL_SYNCH_MBOX_QUEUE_SIZE slots in FIFO order, put blocking
 * while full and get blocking while empty (woken by the other side),
 * timed get/put timing out or succeeding, waiting_to_get/put, release
 * and delete. */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>
#include "testaux.h"

#if defined(CYGFUN_KERNEL_SYNCH_MBOX) && defined(CYGNUM_KERNEL_SCHED_PRIORITIES) \
    && (CYGNUM_KERNEL_SCHED_PRIORITIES >= 24)

#define QSIZE           CYGNUM_KERNEL_SYNCH_MBOX_QUEUE_SIZE
#define PRIO_CONTROL    20
#define PRIO_HELPER0    5       /* helper slot i runs at PRIO_HELPER0 + i */
#define HELPERS         12

enum op { OP_GET, OP_TIMED_GET, OP_PUT, OP_TIMED_PUT };

struct helper {
    enum op op;
    void *item;
    cyg_tick_count_t deadline;
    volatile int done;
    volatile cyg_bool_t put_result;
    void *volatile get_result;
    volatile cyg_tick_count_t return_time;
};

THREAD_SLOTS(HELPERS);
static struct helper helpers[HELPERS];
static int helpers_used;

static cyg_mbox mbox_obj;
static cyg_handle_t mbox;

static int items[3 * QSIZE + 4];

#define ITEM(i) ((void *)&items[i])

static void helper_main(cyg_addrword_t data)
{
    struct helper *h = &helpers[data];

    switch (h->op) {
    case OP_GET:
        h->get_result = cyg_mbox_get(mbox);
        break;
#ifdef CYGFUN_KERNEL_THREADS_TIMER
    case OP_TIMED_GET:
        h->get_result = cyg_mbox_timed_get(mbox, h->deadline);
        break;
#endif
#ifdef CYGMFN_KERNEL_SYNCH_MBOXT_PUT_CAN_WAIT
    case OP_PUT:
        h->put_result = cyg_mbox_put(mbox, h->item);
        break;
#ifdef CYGFUN_KERNEL_THREADS_TIMER
    case OP_TIMED_PUT:
        h->put_result = cyg_mbox_timed_put(mbox, h->item, h->deadline);
        break;
#endif
#endif
    default:
        CYG_TEST_FAIL_FINISH("operation not configured");
    }
#ifdef CYGFUN_KERNEL_THREADS_TIMER
    h->return_time = cyg_current_time();
#endif
    h->done = 1;
}

/* Helpers outrank the controller: a resumed helper runs until it blocks,
 * and a woken helper completes before the controller continues. */
static int start_blocked_helper(enum op op, void *item, cyg_tick_count_t deadline)
{
    int slot = helpers_used++;
    struct helper *h = &helpers[slot];

    CHECK(slot < HELPERS);
    h->op = op;
    h->item = item;
    h->deadline = deadline;
    h->done = 0;
    h->put_result = false;
    h->get_result = ITEM(3 * QSIZE + 3);
    START_SLOT(slot, PRIO_HELPER0 + slot, helper_main, slot, "helper");
    CHECK(!h->done);
    return slot;
}

static void fill(int first, int count)
{
    int i;

    for (i = first; i < first + count; i++)
        CHECK(cyg_mbox_tryput(mbox, ITEM(i)));
}

static void drain_expecting(int first, int count)
{
    int i;

    for (i = first; i < first + count; i++) {
        CHECK(cyg_mbox_peek_item(mbox) == ITEM(i));
        CHECK(cyg_mbox_tryget(mbox) == ITEM(i));
    }
    CHECK(cyg_mbox_peek(mbox) == 0);
    CHECK(cyg_mbox_tryget(mbox) == NULL);
}

static void check_empty_box(void)
{
    CHECK(cyg_mbox_peek(mbox) == 0);
    CHECK(cyg_mbox_tryget(mbox) == NULL);
    CHECK(cyg_mbox_peek_item(mbox) == NULL);
    CHECK(!cyg_mbox_waiting_to_get(mbox));
    CHECK(!cyg_mbox_waiting_to_put(mbox));
}

static void check_try_operations(void)
{
    int i;

    check_empty_box();
    for (i = 0; i < QSIZE; i++) {
        CHECK(cyg_mbox_tryput(mbox, ITEM(i)));
        CHECK(cyg_mbox_peek(mbox) == i + 1);
        CHECK(cyg_mbox_peek_item(mbox) == ITEM(0));
    }
    CHECK(!cyg_mbox_tryput(mbox, ITEM(QSIZE)));
    CHECK(cyg_mbox_peek(mbox) == QSIZE);
    for (i = 0; i < QSIZE; i++) {
        CHECK(cyg_mbox_tryget(mbox) == ITEM(i));
        CHECK(cyg_mbox_peek(mbox) == QSIZE - 1 - i);
    }
    check_empty_box();
}

/* Items keep their order across the end of the ring. */
static void check_wrap_around(void)
{
    int half = (QSIZE + 1) / 2;
    int i;

    fill(0, QSIZE);
    for (i = 0; i < half; i++)
        CHECK(cyg_mbox_tryget(mbox) == ITEM(i));
    fill(QSIZE, half);
    CHECK(cyg_mbox_peek(mbox) == QSIZE);
    drain_expecting(half, QSIZE);
}

#ifdef CYGMFN_KERNEL_SYNCH_MBOXT_PUT_CAN_WAIT
static void check_put_get_without_blocking(void)
{
    CHECK(cyg_mbox_put(mbox, ITEM(1)));
    CHECK(cyg_mbox_put(mbox, ITEM(2)));
    CHECK(cyg_mbox_get(mbox) == ITEM(1));
    CHECK(cyg_mbox_get(mbox) == ITEM(2));
    check_empty_box();
}

/* A full box blocks put; a get makes room and the putter completes,
 * its item going to the tail. */
static void check_blocking_put(void)
{
    int p;

    fill(0, QSIZE);
    p = start_blocked_helper(OP_PUT, ITEM(QSIZE), 0);
    CHECK(cyg_mbox_waiting_to_put(mbox));
    CHECK(cyg_mbox_peek(mbox) == QSIZE);

    CHECK(cyg_mbox_tryget(mbox) == ITEM(0));
    CHECK(helpers[p].done);
    CHECK(helpers[p].put_result);
    CHECK(!cyg_mbox_waiting_to_put(mbox));
    CHECK(cyg_mbox_peek(mbox) == QSIZE);
    drain_expecting(1, QSIZE);
}
#endif

/* An empty box blocks get; each put hands the item to the first waiting
 * getter. */
static void check_blocking_get(void)
{
    int g0, g1;

    g0 = start_blocked_helper(OP_GET, NULL, 0);
    g1 = start_blocked_helper(OP_GET, NULL, 0);
    CHECK(cyg_mbox_waiting_to_get(mbox));

    CHECK(cyg_mbox_tryput(mbox, ITEM(7)));
    CHECK(helpers[g0].done);
    CHECK(helpers[g0].get_result == ITEM(7));
    CHECK(!helpers[g1].done);
    CHECK(cyg_mbox_waiting_to_get(mbox));

    CHECK(cyg_mbox_tryput(mbox, ITEM(8)));
    CHECK(helpers[g1].done);
    CHECK(helpers[g1].get_result == ITEM(8));
    check_empty_box();
}

#ifdef CYGFUN_KERNEL_THREADS_TIMER
static void check_timed_get(void)
{
    cyg_tick_count_t deadline;
    int g;

    CHECK(cyg_mbox_timed_get(mbox, cyg_current_time()) == NULL);
    CHECK(cyg_mbox_timed_get(mbox, 0) == NULL);
    deadline = cyg_current_time() + 3;
    CHECK(cyg_mbox_timed_get(mbox, deadline) == NULL);
    CHECK(cyg_current_time() >= deadline);

    CHECK(cyg_mbox_tryput(mbox, ITEM(4)));
    CHECK(cyg_mbox_timed_get(mbox, 0) == ITEM(4));

    g = start_blocked_helper(OP_TIMED_GET, NULL, cyg_current_time() + 200);
    CHECK(cyg_mbox_waiting_to_get(mbox));
    CHECK(cyg_mbox_tryput(mbox, ITEM(5)));
    CHECK(helpers[g].done);
    CHECK(helpers[g].get_result == ITEM(5));
    check_empty_box();
}

#ifdef CYGMFN_KERNEL_SYNCH_MBOXT_PUT_CAN_WAIT
static void check_timed_put(void)
{
    cyg_tick_count_t deadline;
    int p;

    CHECK(cyg_mbox_timed_put(mbox, ITEM(0), 0));
    fill(1, QSIZE - 1);
    CHECK(!cyg_mbox_timed_put(mbox, ITEM(QSIZE), 0));
    CHECK(!cyg_mbox_timed_put(mbox, ITEM(QSIZE), cyg_current_time()));
    deadline = cyg_current_time() + 3;
    CHECK(!cyg_mbox_timed_put(mbox, ITEM(QSIZE), deadline));
    CHECK(cyg_current_time() >= deadline);
    CHECK(cyg_mbox_peek(mbox) == QSIZE);

    p = start_blocked_helper(OP_TIMED_PUT, ITEM(QSIZE), cyg_current_time() + 200);
    CHECK(cyg_mbox_waiting_to_put(mbox));
    CHECK(cyg_mbox_tryget(mbox) == ITEM(0));
    CHECK(helpers[p].done);
    CHECK(helpers[p].put_result);
    drain_expecting(1, QSIZE);
}

/* A timed put that expires leaves the box as it was. */
static void check_timed_put_expires_in_thread(void)
{
    int p;
    cyg_tick_count_t now;

    fill(0, QSIZE);
    p = start_blocked_helper(OP_TIMED_PUT, ITEM(QSIZE), cyg_current_time() + 3);
    now = cyg_current_time();
    if (now <= helpers[p].deadline)
        cyg_thread_delay(helpers[p].deadline - now + 1);
    CHECK(helpers[p].done);
    CHECK(!helpers[p].put_result);
    CHECK(helpers[p].return_time >= helpers[p].deadline);
    CHECK(!cyg_mbox_waiting_to_put(mbox));
    drain_expecting(0, QSIZE);
}
#endif
#endif

static void check_release(void)
{
    int g;

    g = start_blocked_helper(OP_GET, NULL, 0);
    cyg_thread_release(handles[g]);
    CHECK(helpers[g].done);
    CHECK(helpers[g].get_result == NULL);
    CHECK(!cyg_mbox_waiting_to_get(mbox));

#ifdef CYGMFN_KERNEL_SYNCH_MBOXT_PUT_CAN_WAIT
    {
        int p;

        fill(0, QSIZE);
        p = start_blocked_helper(OP_PUT, ITEM(QSIZE), 0);
        cyg_thread_release(handles[p]);
        CHECK(helpers[p].done);
        CHECK(!helpers[p].put_result);
        CHECK(!cyg_mbox_waiting_to_put(mbox));
        drain_expecting(0, QSIZE);
    }
#endif
}

static void check_delete_discards(void)
{
    fill(0, 3);
    cyg_mbox_delete(mbox);
    cyg_mbox_create(&mbox, &mbox_obj);
    CHECK(mbox == (cyg_handle_t)&mbox_obj);
    check_empty_box();
}

static void control(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);

    cyg_mbox_create(&mbox, &mbox_obj);
    CHECK(mbox == (cyg_handle_t)&mbox_obj);

    check_try_operations();
    check_wrap_around();
#ifdef CYGMFN_KERNEL_SYNCH_MBOXT_PUT_CAN_WAIT
    check_put_get_without_blocking();
    check_blocking_put();
#endif
    check_blocking_get();
#ifdef CYGFUN_KERNEL_THREADS_TIMER
    check_timed_get();
#ifdef CYGMFN_KERNEL_SYNCH_MBOXT_PUT_CAN_WAIT
    check_timed_put();
    check_timed_put_expires_in_thread();
#endif
#endif
    check_release();
    check_delete_discards();
    cyg_mbox_delete(mbox);
    CYG_TEST_PASS_FINISH("Kernel C API mbox 1 OK");
}

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    start_watchdog();
    run_main_thread(PRIO_CONTROL, control, "control");
}

#else

# ifndef CYGFUN_KERNEL_API_C
NA_MAIN("Kernel C API layer disabled")
# elif !defined(CYGFUN_KERNEL_SYNCH_MBOX)
NA_MAIN("Message boxes disabled (CYGFUN_KERNEL_SYNCH_MBOX)")
# else
NA_MAIN("Needs at least 24 scheduler priorities")
# endif

#endif
