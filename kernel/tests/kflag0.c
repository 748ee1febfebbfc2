/* kflag0 - event flags used by a single thread: setbits, maskbits, peek,
 * poll in AND / OR / CLR modes, waits that are already satisfied, the
 * invalid pattern 0 and invalid modes (which return 0 and change
 * nothing), and timed waits whose deadline has already passed. */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>
#include "testaux.h"

#ifdef CYGFUN_KERNEL_SYNCH_FLAGS

#define AND  CYG_FLAG_WAITMODE_AND
#define OR   CYG_FLAG_WAITMODE_OR
#define CLR  CYG_FLAG_WAITMODE_CLR

static cyg_flag_t flag, other;

static void check_set_and_mask(void)
{
    cyg_flag_init(&flag);
    CHECK(cyg_flag_peek(&flag) == 0);
    CHECK(!cyg_flag_waiting(&flag));

    cyg_flag_setbits(&flag, 0x1);
    CHECK(cyg_flag_peek(&flag) == 0x1);
    cyg_flag_setbits(&flag, 0x6);
    CHECK(cyg_flag_peek(&flag) == 0x7);
    cyg_flag_setbits(&flag, 0x3);
    CHECK(cyg_flag_peek(&flag) == 0x7);
    cyg_flag_setbits(&flag, 0x80000000);
    CHECK(cyg_flag_peek(&flag) == 0x80000007);

    /* maskbits keeps only the bits given. */
    cyg_flag_maskbits(&flag, 0x80000005);
    CHECK(cyg_flag_peek(&flag) == 0x80000005);
    cyg_flag_maskbits(&flag, 0xFFFFFFFF);
    CHECK(cyg_flag_peek(&flag) == 0x80000005);
    cyg_flag_maskbits(&flag, 0x4);
    CHECK(cyg_flag_peek(&flag) == 0x4);
    cyg_flag_maskbits(&flag, 0);
    CHECK(cyg_flag_peek(&flag) == 0);
    CHECK(!cyg_flag_waiting(&flag));
}

/* A satisfied poll returns the whole value, extra bits included. */
static void check_poll(void)
{
    cyg_flag_maskbits(&flag, 0);
    cyg_flag_setbits(&flag, 0x5);

    CHECK(cyg_flag_poll(&flag, 0x1, AND) == 0x5);
    CHECK(cyg_flag_poll(&flag, 0x5, AND) == 0x5);
    CHECK(cyg_flag_poll(&flag, 0x3, AND) == 0);
    CHECK(cyg_flag_poll(&flag, 0x3, OR) == 0x5);
    CHECK(cyg_flag_poll(&flag, 0x6, OR) == 0x5);
    CHECK(cyg_flag_poll(&flag, 0xA, OR) == 0);
    CHECK(cyg_flag_peek(&flag) == 0x5);

    /* CLR clears the whole value, but only when the poll succeeds. */
    CHECK(cyg_flag_poll(&flag, 0x3, AND | CLR) == 0);
    CHECK(cyg_flag_peek(&flag) == 0x5);
    CHECK(cyg_flag_poll(&flag, 0x8, OR | CLR) == 0);
    CHECK(cyg_flag_peek(&flag) == 0x5);
    CHECK(cyg_flag_poll(&flag, 0x4, AND | CLR) == 0x5);
    CHECK(cyg_flag_peek(&flag) == 0);

    cyg_flag_setbits(&flag, 0x30);
    CHECK(cyg_flag_poll(&flag, 0x11, OR | CLR) == 0x30);
    CHECK(cyg_flag_peek(&flag) == 0);
    CHECK(cyg_flag_poll(&flag, 0x11, OR | CLR) == 0);
}

/* Pattern 0 and modes with bits other than AND/OR/CLR are refused with
 * 0, without clearing anything, even when all bits are set. */
static void check_invalid_arguments(void)
{
    cyg_flag_maskbits(&flag, 0);
    cyg_flag_setbits(&flag, 0xFFFFFFFF);

    CHECK(cyg_flag_poll(&flag, 0, AND) == 0);
    CHECK(cyg_flag_poll(&flag, 0, OR) == 0);
    CHECK(cyg_flag_poll(&flag, 0, OR | CLR) == 0);
    CHECK(cyg_flag_peek(&flag) == 0xFFFFFFFF);

    CHECK(cyg_flag_poll(&flag, 0x1, (cyg_flag_mode_t)4) == 0);
    CHECK(cyg_flag_poll(&flag, 0x1, (cyg_flag_mode_t)(4 | CLR)) == 0);
    CHECK(cyg_flag_poll(&flag, 0x1, (cyg_flag_mode_t)0xFF) == 0);
    CHECK(cyg_flag_poll(&flag, 0x1, (cyg_flag_mode_t)0x80) == 0);
    CHECK(cyg_flag_peek(&flag) == 0xFFFFFFFF);

    /* The same rule for the waits: they return at once. */
    CHECK(cyg_flag_wait(&flag, 0, OR) == 0);
    CHECK(cyg_flag_wait(&flag, 0x1, (cyg_flag_mode_t)(8 | CLR)) == 0);
    CHECK(cyg_flag_peek(&flag) == 0xFFFFFFFF);
#ifdef CYGFUN_KERNEL_THREADS_TIMER
    CHECK(cyg_flag_timed_wait(&flag, 0, AND, cyg_current_time() + 100) == 0);
    CHECK(cyg_flag_timed_wait(&flag, 0x1, (cyg_flag_mode_t)0x10,
                              cyg_current_time() + 100) == 0);
    CHECK(cyg_flag_peek(&flag) == 0xFFFFFFFF);
#endif
    CHECK(!cyg_flag_waiting(&flag));
}

/* A wait whose condition already holds returns without blocking. */
static void check_satisfied_wait(void)
{
    cyg_flag_maskbits(&flag, 0);
    cyg_flag_setbits(&flag, 0x12);

    CHECK(cyg_flag_wait(&flag, 0x2, AND) == 0x12);
    CHECK(cyg_flag_wait(&flag, 0x12, AND) == 0x12);
    CHECK(cyg_flag_wait(&flag, 0x3, OR) == 0x12);
    CHECK(cyg_flag_peek(&flag) == 0x12);
    CHECK(cyg_flag_wait(&flag, 0x10, OR | CLR) == 0x12);
    CHECK(cyg_flag_peek(&flag) == 0);
}

#ifdef CYGFUN_KERNEL_THREADS_TIMER
static void check_timed_wait(void)
{
    cyg_tick_count_t deadline;

    cyg_flag_maskbits(&flag, 0);
    cyg_flag_setbits(&flag, 0x9);

    /* Past deadline: the current state decides, without sleeping. */
    CHECK(cyg_flag_timed_wait(&flag, 0x1, AND, cyg_current_time()) == 0x9);
    CHECK(cyg_flag_timed_wait(&flag, 0x3, AND, cyg_current_time()) == 0);
    CHECK(cyg_flag_timed_wait(&flag, 0x6, OR, 0) == 0);
    CHECK(cyg_flag_peek(&flag) == 0x9);
    CHECK(cyg_flag_timed_wait(&flag, 0x8, OR | CLR, 0) == 0x9);
    CHECK(cyg_flag_peek(&flag) == 0);

    /* Future deadline, condition true: immediate success. */
    cyg_flag_setbits(&flag, 0x40);
    CHECK(cyg_flag_timed_wait(&flag, 0x40, AND, cyg_current_time() + 1000) == 0x40);

    /* Future deadline, nobody to set the bits: 0 at the deadline. */
    deadline = cyg_current_time() + 3;
    CHECK(cyg_flag_timed_wait(&flag, 0x1, OR, deadline) == 0);
    CHECK(cyg_current_time() >= deadline);
    CHECK(cyg_flag_peek(&flag) == 0x40);
    CHECK(!cyg_flag_waiting(&flag));
}
#endif

static void check_independent_objects(void)
{
    cyg_flag_init(&other);
    cyg_flag_maskbits(&flag, 0);
    cyg_flag_setbits(&other, 0x100);
    CHECK(cyg_flag_peek(&flag) == 0);
    CHECK(cyg_flag_peek(&other) == 0x100);
    CHECK(cyg_flag_poll(&flag, 0x100, OR) == 0);
    cyg_flag_destroy(&other);
    cyg_flag_destroy(&flag);
}

static void kflag0_main(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);

    check_set_and_mask();
    check_poll();
    check_invalid_arguments();
    check_satisfied_wait();
#ifdef CYGFUN_KERNEL_THREADS_TIMER
    check_timed_wait();
#endif
    check_independent_objects();
    CYG_TEST_PASS_FINISH("Kernel C API flag 0 OK");
}

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    start_watchdog();
    run_main_thread(4, kflag0_main, "kflag0");
}

#else

# ifndef CYGFUN_KERNEL_API_C
NA_MAIN("Kernel C API layer disabled")
# else
NA_MAIN("Event flags disabled (CYGFUN_KERNEL_SYNCH_FLAGS)")
# endif

#endif
