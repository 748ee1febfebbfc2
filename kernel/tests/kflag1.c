/* kflag1 - event flag waiters in several threads: setbits wakes every
 * waiter whose condition holds, walking the queue in order and giving
 * each the value at that point; a waiter using CLR resets the value for
 * the waiters after it; unsatisfied waiters keep their place; timed
 * waits time out or succeed; cyg_thread_release makes a wait return 0. */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>
#include "testaux.h"

#if defined(CYGFUN_KERNEL_SYNCH_FLAGS) && defined(CYGFUN_KERNEL_THREADS_TIMER) \
    && defined(CYGNUM_KERNEL_SCHED_PRIORITIES) && (CYGNUM_KERNEL_SCHED_PRIORITIES >= 24)

#define AND  CYG_FLAG_WAITMODE_AND
#define OR   CYG_FLAG_WAITMODE_OR
#define CLR  CYG_FLAG_WAITMODE_CLR

#define PRIO_CONTROL    20

#define WAITERS 16

struct waiter {
    cyg_flag_value_t pattern;
    cyg_flag_mode_t mode;
    cyg_tick_count_t deadline;          /* 0: untimed wait */
    volatile int done;
    volatile cyg_flag_value_t result;
    volatile cyg_tick_count_t return_time;
};

THREAD_SLOTS(WAITERS);
static struct waiter waiters[WAITERS];
static int waiters_used;

static cyg_flag_t flag;

static void waiter_main(cyg_addrword_t data)
{
    struct waiter *w = &waiters[data];

    if (w->deadline != 0)
        w->result = cyg_flag_timed_wait(&flag, w->pattern, w->mode, w->deadline);
    else
        w->result = cyg_flag_wait(&flag, w->pattern, w->mode);
    w->return_time = cyg_current_time();
    w->done = 1;
}

static cyg_bool_t is_sleeping(int slot)
{
    return (state_of(handles[slot]) & STATE_SLEEPING) != 0;
}

/* Waiters have a higher priority than the controller: each runs until it
 * blocks as soon as it is resumed, and runs again as soon as woken. */
static int start_waiter(cyg_priority_t prio, cyg_flag_value_t pattern,
                        cyg_flag_mode_t mode, cyg_tick_count_t deadline)
{
    int slot = waiters_used++;
    struct waiter *w = &waiters[slot];

    CHECK(slot < WAITERS);
    w->pattern = pattern;
    w->mode = mode;
    w->deadline = deadline;
    w->done = 0;
    w->result = 0xDEAD;
    START_SLOT(slot, prio, waiter_main, slot, "waiter");
    CHECK(!w->done);
    CHECK(is_sleeping(slot));
    CHECK(cyg_flag_waiting(&flag));
    return slot;
}

/* Deleting finished waiters frees their priorities for the next part
 * (the bitmap scheduler allows one thread per priority). */
static void retire_waiters(void)
{
    static int retired;

    for (; retired < waiters_used; retired++) {
        CHECK(waiters[retired].done);
        CHECK(cyg_thread_delete(handles[retired]));
    }
}

static void check_woken(int slot, cyg_flag_value_t result)
{
    CHECK(waiters[slot].done);
    CHECK(waiters[slot].result == result);
}

static void check_asleep(int slot)
{
    CHECK(!waiters[slot].done);
    CHECK(is_sleeping(slot));
}

static void check_and_or(void)
{
    int a0, a1, a2, a3;

    cyg_flag_maskbits(&flag, 0);
    a0 = start_waiter(10, 0x1, OR, 0);
    a1 = start_waiter(11, 0x3, AND, 0);
    a2 = start_waiter(12, 0x4, OR, 0);
    a3 = start_waiter(13, 0x2, OR, 0);

    cyg_flag_setbits(&flag, 0x1);
    check_woken(a0, 0x1);
    check_asleep(a1);
    check_asleep(a2);
    check_asleep(a3);

    cyg_flag_setbits(&flag, 0x2);
    check_woken(a1, 0x3);
    check_woken(a3, 0x3);
    check_asleep(a2);
    CHECK(cyg_flag_waiting(&flag));

    cyg_flag_setbits(&flag, 0x4);
    check_woken(a2, 0x7);
    CHECK(!cyg_flag_waiting(&flag));
    CHECK(cyg_flag_peek(&flag) == 0x7);
}

/* The first waiter in the queue clears the value, so the second one,
 * waiting for the same bit, stays asleep until the bit is set again. */
static void check_clear_in_queue_order(void)
{
    int b0, b1;

    cyg_flag_maskbits(&flag, 0);
    b0 = start_waiter(10, 0x10, OR | CLR, 0);
    b1 = start_waiter(11, 0x10, OR, 0);

    cyg_flag_setbits(&flag, 0x10);
    check_woken(b0, 0x10);
    check_asleep(b1);
    CHECK(cyg_flag_peek(&flag) == 0);
    CHECK(cyg_flag_waiting(&flag));

    cyg_flag_setbits(&flag, 0x10);
    check_woken(b1, 0x10);
    CHECK(cyg_flag_peek(&flag) == 0x10);
    CHECK(!cyg_flag_waiting(&flag));
}

/* Arrival order opposite to priority order: FIFO queues test the
 * clearing waiter first, priority-ordered queues test it last. */
static void check_queue_discipline(void)
{
    int c0, c1;

    cyg_flag_maskbits(&flag, 0);
    c0 = start_waiter(12, 0x20, OR | CLR, 0);
    c1 = start_waiter(10, 0x20, OR, 0);

    cyg_flag_setbits(&flag, 0x20);
    check_woken(c0, 0x20);
    CHECK(cyg_flag_peek(&flag) == 0);
#if defined(CYGIMP_KERNEL_SCHED_SORTED_QUEUES) || defined(CYGSEM_KERNEL_SCHED_BITMAP)
    check_woken(c1, 0x20);
#else
    check_asleep(c1);
    cyg_flag_setbits(&flag, 0x20);
    check_woken(c1, 0x20);
    CHECK(cyg_flag_peek(&flag) == 0x20);
#endif
    CHECK(!cyg_flag_waiting(&flag));
}

/* A waiter woken from the middle of the queue leaves the others in their
 * order: the clearing waiter still comes before the plain one. */
static void check_order_kept(void)
{
    int d0, d1, d2;

    cyg_flag_maskbits(&flag, 0);
    d0 = start_waiter(10, 0x100, OR | CLR, 0);
    d1 = start_waiter(11, 0x200, OR, 0);
    d2 = start_waiter(12, 0x100, OR, 0);

    cyg_flag_setbits(&flag, 0x200);
    check_woken(d1, 0x200);
    check_asleep(d0);
    check_asleep(d2);

    cyg_flag_setbits(&flag, 0x100);
    check_woken(d0, 0x300);
    check_asleep(d2);
    CHECK(cyg_flag_peek(&flag) == 0);

    cyg_flag_setbits(&flag, 0x100);
    check_woken(d2, 0x100);
    CHECK(!cyg_flag_waiting(&flag));
}

static void check_timed_waits(void)
{
    int t0, t1;
    cyg_tick_count_t now;

    cyg_flag_maskbits(&flag, 0);
    t0 = start_waiter(9, 0x1000, AND, cyg_current_time() + 3);
    t1 = start_waiter(8, 0x2000, OR, cyg_current_time() + 200);

    /* Sleeping past t0's deadline lets its timeout run. */
    now = cyg_current_time();
    if (now <= waiters[t0].deadline)
        cyg_thread_delay(waiters[t0].deadline - now + 1);
    check_woken(t0, 0);
    CHECK(waiters[t0].return_time >= waiters[t0].deadline);
    check_asleep(t1);

    cyg_flag_setbits(&flag, 0x2000);
    check_woken(t1, 0x2000);
    CHECK(!cyg_flag_waiting(&flag));
}

static void check_release(void)
{
    int r;

    cyg_flag_maskbits(&flag, 0);
    r = start_waiter(10, 0x4000, AND, 0);
    cyg_thread_release(handles[r]);
    check_woken(r, 0);
    CHECK(!cyg_flag_waiting(&flag));
    CHECK(cyg_flag_peek(&flag) == 0);
}

static void control(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);

    cyg_flag_init(&flag);
    check_and_or();
    retire_waiters();
    check_clear_in_queue_order();
    retire_waiters();
    check_queue_discipline();
    retire_waiters();
    check_order_kept();
    retire_waiters();
    check_timed_waits();
    retire_waiters();
    check_release();
    retire_waiters();
    cyg_flag_destroy(&flag);
    CYG_TEST_PASS_FINISH("Kernel C API flag 1 OK");
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
# elif !defined(CYGFUN_KERNEL_SYNCH_FLAGS)
NA_MAIN("Event flags disabled (CYGFUN_KERNEL_SYNCH_FLAGS)")
# elif !defined(CYGFUN_KERNEL_THREADS_TIMER)
NA_MAIN("Kernel threads timer disabled")
# else
NA_MAIN("Needs at least 24 scheduler priorities")
# endif

#endif
