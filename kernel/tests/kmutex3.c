/* kmutex3 - priority inheritance: the classic inversion with a low, a
 * medium and a high priority thread. While the high one waits for a
 * mutex the low one owns, the owner runs at the high priority (its base
 * priority unchanged), so the medium thread does not run until the mutex
 * is given up; the boost lasts until the owner holds no mutex (SIMPLE
 * protocol). Then the relay: with waiters left, the next owner inherits
 * the previous owner's priority. */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>
#include "runorder.h"

#if defined(CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL_INHERIT)
# if defined(CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL_DYNAMIC)
#  define USE_INHERIT(m) cyg_mutex_set_protocol(m, CYG_MUTEX_INHERIT)
# elif defined(CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL_DEFAULT_INHERIT) \
    || (!defined(CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL_CEILING) \
        && !defined(CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL_NONE))
#  define USE_INHERIT(m) CYG_EMPTY_STATEMENT
# endif
#endif

#if defined(CYGFUN_KERNEL_SYNCH_MUTEX) && defined(USE_INHERIT) \
    && defined(CYGNUM_KERNEL_SCHED_PRIORITIES) && (CYGNUM_KERNEL_SCHED_PRIORITIES >= 24)

#define PRIO_HIGH       10
#define PRIO_MEDIUM     15
#define PRIO_LOW        20
#define PRIO_RELAY_A    12
#define PRIO_RELAY_B    11

enum { LOW, MEDIUM, HIGH, RELAY_A, RELAY_B, THREAD_COUNT };

THREAD_SLOTS(THREAD_COUNT);

static cyg_mutex_t mx_a, mx_b;

static volatile int medium_ran;
static volatile cyg_priority_t relay_a_locked_prio;

static cyg_priority_t current_prio(int slot)
{
    return cyg_thread_get_current_priority(handles[slot]);
}

static void create(int slot, cyg_priority_t prio, cyg_thread_entry_t *entry)
{
    CREATE_SLOT(slot, prio, entry, slot, "kmutex3");
}

static void high_main(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    mark('h');
    CHECK(cyg_mutex_lock(&mx_a));
    mark('H');
    CHECK(current_prio(HIGH) == PRIO_HIGH);
    cyg_mutex_unlock(&mx_a);
}

static void medium_main(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    medium_ran = 1;
    mark('M');
}

static void check_boost(cyg_priority_t expected_current)
{
    cyg_thread_info info;

    CHECK(current_prio(LOW) == expected_current);
    CHECK(cyg_thread_get_priority(handles[LOW]) == PRIO_LOW);
    CHECK(cyg_thread_get_info(handles[LOW], cyg_thread_get_id(handles[LOW]), &info));
    CHECK(info.cur_pri == expected_current);
    CHECK(info.set_pri == PRIO_LOW);
}

static void check_inversion_avoided(void)
{
    CHECK(cyg_mutex_lock(&mx_a));
    CHECK(cyg_mutex_lock(&mx_b));
    check_boost(PRIO_LOW);

    /* The high thread runs at once and blocks on mx_a. */
    cyg_thread_resume(handles[HIGH]);
    expect_trace("h");
    check_boost(PRIO_HIGH);

    /* Boosted above it, the owner is not preempted by the medium one. */
    cyg_thread_resume(handles[MEDIUM]);
    CHECK(!medium_ran);
    cyg_thread_yield();
    CHECK(!medium_ran);

    /* Still holding mx_a: the boost stays. */
    cyg_mutex_unlock(&mx_b);
    check_boost(PRIO_HIGH);
    CHECK(!medium_ran);

    /* Last mutex given up: back to base, and both others run first. */
    cyg_mutex_unlock(&mx_a);
    mark('L');
    expect_trace("hHML");
    check_boost(PRIO_LOW);
}

static void relay_main(cyg_addrword_t data)
{
    int me = (int)data;

    CHECK(cyg_mutex_lock(&mx_a));
    mark(me == RELAY_A ? 'a' : 'b');
    if (me == RELAY_A)
        relay_a_locked_prio = current_prio(RELAY_A);
    cyg_mutex_unlock(&mx_a);
    if (me == RELAY_A)
        CHECK(current_prio(RELAY_A) == PRIO_RELAY_A);
}

/* RELAY_A queues first but has the lower priority of the two waiters. */
static void check_relay(void)
{
    trace_len = 0;
    CHECK(cyg_mutex_lock(&mx_a));
    cyg_thread_resume(handles[RELAY_A]);
    check_boost(PRIO_RELAY_A);
    cyg_thread_resume(handles[RELAY_B]);
    check_boost(PRIO_RELAY_B);
    expect_trace("");

    cyg_mutex_unlock(&mx_a);
    mark('L');
    check_boost(PRIO_LOW);
#ifdef CYGIMP_KERNEL_SCHED_SORTED_QUEUES
    /* B is first in the queue; A gets the mutex last, unboosted. */
    expect_trace("baL");
    CHECK(relay_a_locked_prio == PRIO_RELAY_A);
#else
    /* A is woken first while B still waits: A inherits the old owner's
     * priority, which B's wait had raised. */
    expect_trace("abL");
    CHECK(relay_a_locked_prio == PRIO_RELAY_B);
#endif
}

static void low_main(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);

    check_inversion_avoided();
    check_relay();
    CYG_TEST_PASS_FINISH("Kernel C API Mutex 3 OK");
}

externC void cyg_user_start(void)
{
    CYG_TEST_INIT();
    cyg_mutex_init(&mx_a);
    cyg_mutex_init(&mx_b);
    USE_INHERIT(&mx_a);
    USE_INHERIT(&mx_b);

    start_watchdog();
    create(LOW, PRIO_LOW, low_main);
    create(MEDIUM, PRIO_MEDIUM, medium_main);
    create(HIGH, PRIO_HIGH, high_main);
    create(RELAY_A, PRIO_RELAY_A, relay_main);
    create(RELAY_B, PRIO_RELAY_B, relay_main);
    cyg_thread_resume(handles[LOW]);
}

#else

externC void cyg_user_start(void)
{
    CYG_TEST_INIT();
#ifndef CYGFUN_KERNEL_API_C
    CYG_TEST_NA("Kernel C API layer disabled");
#elif !defined(CYGFUN_KERNEL_SYNCH_MUTEX)
    CYG_TEST_NA("Mutexes disabled (CYGFUN_KERNEL_SYNCH_MUTEX)");
#elif !defined(USE_INHERIT)
    CYG_TEST_NA("Priority inheritance not configured");
#else
    CYG_TEST_NA("Needs at least 24 scheduler priorities");
#endif
}

#endif
