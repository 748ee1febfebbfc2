/* kmutex4 - the priority ceiling protocol and cyg_mutex_set_protocol:
 * taking a ceiling mutex (lock or trylock) raises the owner to the
 * ceiling when that is higher, set_ceiling only affects later
 * acquisitions, the boost lasts until the owner holds no mutex (SIMPLE
 * protocol), and a mutex switched to NONE or INHERIT behaves as such. */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>
#include "testaux.h"

#if defined(CYGFUN_KERNEL_SYNCH_MUTEX) \
    && defined(CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL_CEILING) \
    && defined(CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL_DYNAMIC) \
    && defined(CYGNUM_KERNEL_SCHED_PRIORITIES) && (CYGNUM_KERNEL_SCHED_PRIORITIES >= 28)

#define PRIO_MAIN       20

enum { MAIN, MEDIUM, BLOCKER_NONE, BLOCKER_INHERIT, THREAD_COUNT };
static const cyg_priority_t prio_of[THREAD_COUNT] = {
    PRIO_MAIN, 10, 8, 9
};

THREAD_SLOTS(THREAD_COUNT);

static cyg_mutex_t mx_a, mx_b;
static volatile int ran[THREAD_COUNT];
static volatile int got_mutex[THREAD_COUNT];

static void create(int slot, cyg_thread_entry_t *entry)
{
    CREATE_SLOT(slot, prio_of[slot], entry, slot, "kmutex4");
}

static cyg_priority_t my_current(void)
{
    return cyg_thread_get_current_priority(cyg_thread_self());
}

static void check_main_prio(cyg_priority_t current)
{
    CHECK(my_current() == current);
    CHECK(cyg_thread_get_priority(cyg_thread_self()) == PRIO_MAIN);
}

static void runner(cyg_addrword_t data)
{
    ran[data] = 1;
}

static void locker(cyg_addrword_t data)
{
    ran[data] = 1;
    CHECK(cyg_mutex_lock(&mx_a));
    got_mutex[data] = 1;
    cyg_mutex_unlock(&mx_a);
}

static void check_ceiling_raises(void)
{
    cyg_mutex_set_protocol(&mx_a, CYG_MUTEX_CEILING);
    cyg_mutex_set_ceiling(&mx_a, 5);
    check_main_prio(PRIO_MAIN);

    CHECK(cyg_mutex_lock(&mx_a));
    check_main_prio(5);
    cyg_mutex_unlock(&mx_a);
    check_main_prio(PRIO_MAIN);

    CHECK(cyg_mutex_trylock(&mx_a));
    check_main_prio(5);
    cyg_mutex_unlock(&mx_a);
    check_main_prio(PRIO_MAIN);
}

/* At the ceiling the owner is not preempted by a thread of priority
 * between its base and the ceiling. */
static void check_ceiling_blocks_preemption(void)
{
    CHECK(cyg_mutex_lock(&mx_a));
    cyg_thread_resume(handles[MEDIUM]);
    CHECK(!ran[MEDIUM]);
    cyg_thread_yield();
    CHECK(!ran[MEDIUM]);
    cyg_mutex_unlock(&mx_a);
    CHECK(ran[MEDIUM]);
}

static void check_set_ceiling(void)
{
    cyg_mutex_set_ceiling(&mx_a, 8);
    CHECK(cyg_mutex_lock(&mx_a));
    check_main_prio(8);

    /* A new ceiling applies from the next acquisition on. */
    cyg_mutex_set_ceiling(&mx_a, 3);
    check_main_prio(8);
    cyg_mutex_unlock(&mx_a);
    check_main_prio(PRIO_MAIN);
    CHECK(cyg_mutex_lock(&mx_a));
    check_main_prio(3);
    cyg_mutex_unlock(&mx_a);

    /* A ceiling below the owner's priority leaves it alone. */
    cyg_mutex_set_ceiling(&mx_a, 25);
    CHECK(cyg_mutex_lock(&mx_a));
    check_main_prio(PRIO_MAIN);
    cyg_mutex_unlock(&mx_a);
    check_main_prio(PRIO_MAIN);
}

static void check_nested_ceilings(void)
{
    cyg_mutex_set_protocol(&mx_b, CYG_MUTEX_CEILING);
    cyg_mutex_set_ceiling(&mx_a, 8);
    cyg_mutex_set_ceiling(&mx_b, 5);

    CHECK(cyg_mutex_lock(&mx_a));
    check_main_prio(8);
    CHECK(cyg_mutex_lock(&mx_b));
    check_main_prio(5);
    cyg_mutex_unlock(&mx_b);
    check_main_prio(5);
    cyg_mutex_unlock(&mx_a);
    check_main_prio(PRIO_MAIN);

    CHECK(cyg_mutex_lock(&mx_b));
    check_main_prio(5);
    CHECK(cyg_mutex_trylock(&mx_a));
    check_main_prio(5);
    cyg_mutex_unlock(&mx_a);
    check_main_prio(5);
    cyg_mutex_unlock(&mx_b);
    check_main_prio(PRIO_MAIN);
}

#ifdef CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL_NONE
/* NONE: neither the ceiling nor a higher waiter changes the owner. */
static void check_protocol_none(void)
{
    cyg_mutex_set_protocol(&mx_a, CYG_MUTEX_NONE);
    cyg_mutex_set_ceiling(&mx_a, 3);
    CHECK(cyg_mutex_lock(&mx_a));
    check_main_prio(PRIO_MAIN);

    cyg_thread_resume(handles[BLOCKER_NONE]);
    CHECK(ran[BLOCKER_NONE]);
    CHECK(!got_mutex[BLOCKER_NONE]);
    check_main_prio(PRIO_MAIN);

    cyg_mutex_unlock(&mx_a);
    CHECK(got_mutex[BLOCKER_NONE]);
    check_main_prio(PRIO_MAIN);
}
#endif

#ifdef CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL_INHERIT
/* The same mutex switched to INHERIT: no ceiling boost on lock, but a
 * boost to the waiter's priority while it waits. */
static void check_protocol_inherit(void)
{
    cyg_mutex_set_protocol(&mx_a, CYG_MUTEX_INHERIT);
    cyg_mutex_set_ceiling(&mx_a, 3);
    CHECK(cyg_mutex_lock(&mx_a));
    check_main_prio(PRIO_MAIN);

    cyg_thread_resume(handles[BLOCKER_INHERIT]);
    CHECK(ran[BLOCKER_INHERIT]);
    CHECK(!got_mutex[BLOCKER_INHERIT]);
    check_main_prio(prio_of[BLOCKER_INHERIT]);

    cyg_mutex_unlock(&mx_a);
    CHECK(got_mutex[BLOCKER_INHERIT]);
    check_main_prio(PRIO_MAIN);
}
#endif

static void main_thread(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);

    check_ceiling_raises();
    check_ceiling_blocks_preemption();
    check_set_ceiling();
    check_nested_ceilings();
#ifdef CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL_NONE
    check_protocol_none();
#endif
#ifdef CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL_INHERIT
    check_protocol_inherit();
#endif
    cyg_mutex_destroy(&mx_a);
    cyg_mutex_destroy(&mx_b);
    CYG_TEST_PASS_FINISH("Kernel C API Mutex 4 OK");
}

externC void cyg_user_start(void)
{
    CYG_TEST_INIT();
    cyg_mutex_init(&mx_a);
    cyg_mutex_init(&mx_b);

    start_watchdog();
    create(MAIN, main_thread);
    create(MEDIUM, runner);
    create(BLOCKER_NONE, locker);
    create(BLOCKER_INHERIT, locker);
    cyg_thread_resume(handles[MAIN]);
}

#else

externC void cyg_user_start(void)
{
    CYG_TEST_INIT();
#ifndef CYGFUN_KERNEL_API_C
    CYG_TEST_NA("Kernel C API layer disabled");
#elif !defined(CYGFUN_KERNEL_SYNCH_MUTEX)
    CYG_TEST_NA("Mutexes disabled (CYGFUN_KERNEL_SYNCH_MUTEX)");
#elif !defined(CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL_CEILING)
    CYG_TEST_NA("Priority ceiling protocol not configured");
#elif !defined(CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL_DYNAMIC)
    CYG_TEST_NA("Dynamic mutex protocol selection not configured");
#else
    CYG_TEST_NA("Needs at least 28 scheduler priorities");
#endif
}

#endif
