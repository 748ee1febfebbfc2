/* kmutex0 - mutexes used by a single thread: init, lock, trylock (which
 * fails while the mutex is held, by anyone), unlock, release with no
 * waiters, destroy; an uncontended lock and unlock during
 * initialization; locking alone does not change the owner's priority
 * under the inheritance protocol. */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>
#include "testaux.h"

#ifdef CYGFUN_KERNEL_SYNCH_MUTEX

#define PRIO_MAIN 7

static cyg_mutex_t mx_a, mx_b, mx_init;
static cyg_bool_t init_lock_result, init_trylock_result, init_relock_result;

static void check_lock_unlock(void)
{
    cyg_mutex_init(&mx_a);
    CHECK(cyg_mutex_lock(&mx_a));
    CHECK(!cyg_mutex_trylock(&mx_a));
    cyg_mutex_unlock(&mx_a);

    CHECK(cyg_mutex_trylock(&mx_a));
    CHECK(!cyg_mutex_trylock(&mx_a));
    cyg_mutex_unlock(&mx_a);
    CHECK(cyg_mutex_trylock(&mx_a));
    cyg_mutex_unlock(&mx_a);
    cyg_mutex_destroy(&mx_a);
}

static void check_repeated_cycles(void)
{
    int i;

    cyg_mutex_init(&mx_a);
    for (i = 0; i < 100; i++) {
        CHECK(cyg_mutex_lock(&mx_a));
        cyg_mutex_unlock(&mx_a);
        CHECK(cyg_mutex_trylock(&mx_a));
        cyg_mutex_unlock(&mx_a);
    }
    cyg_mutex_destroy(&mx_a);
}

static void check_independent_objects(void)
{
    cyg_mutex_init(&mx_a);
    cyg_mutex_init(&mx_b);
    CHECK(cyg_mutex_lock(&mx_a));
    CHECK(cyg_mutex_trylock(&mx_b));
    CHECK(!cyg_mutex_trylock(&mx_a));
    CHECK(!cyg_mutex_trylock(&mx_b));
    cyg_mutex_unlock(&mx_a);
    CHECK(!cyg_mutex_trylock(&mx_b));
    CHECK(cyg_mutex_trylock(&mx_a));
    cyg_mutex_unlock(&mx_b);
    cyg_mutex_unlock(&mx_a);
    cyg_mutex_destroy(&mx_a);
    cyg_mutex_destroy(&mx_b);
}

/* release with nobody waiting changes nothing, for the owner or for a
 * free mutex. */
static void check_release_without_waiters(void)
{
    cyg_mutex_init(&mx_a);
    cyg_mutex_release(&mx_a);
    CHECK(cyg_mutex_trylock(&mx_a));
    cyg_mutex_release(&mx_a);
    CHECK(!cyg_mutex_trylock(&mx_a));
    cyg_mutex_unlock(&mx_a);
    CHECK(cyg_mutex_trylock(&mx_a));
    cyg_mutex_unlock(&mx_a);
    cyg_mutex_destroy(&mx_a);
}

/* Without contention no protocol but the ceiling one changes priorities;
 * the default ceiling protocol may raise the owner, so only the
 * inheritance and no-protocol defaults are checked. */
static void check_priority_unchanged(void)
{
#if !defined(CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL) \
    || defined(CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL_DEFAULT_INHERIT) \
    || defined(CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL_DEFAULT_NONE)
    cyg_handle_t self = cyg_thread_self();

    cyg_mutex_init(&mx_a);
    CHECK(cyg_thread_get_current_priority(self) == PRIO_MAIN);
    CHECK(cyg_mutex_lock(&mx_a));
    CHECK(cyg_thread_get_current_priority(self) == PRIO_MAIN);
    CHECK(cyg_thread_get_priority(self) == PRIO_MAIN);
    cyg_mutex_unlock(&mx_a);
    CHECK(cyg_thread_get_current_priority(self) == PRIO_MAIN);
    cyg_mutex_destroy(&mx_a);
#endif
}

static void kmutex0_main(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);

    CHECK(init_lock_result);
    CHECK(!init_trylock_result);
    CHECK(init_relock_result);
    CHECK(cyg_mutex_trylock(&mx_init));
    cyg_mutex_unlock(&mx_init);
    cyg_mutex_destroy(&mx_init);

    check_lock_unlock();
    check_repeated_cycles();
    check_independent_objects();
    check_release_without_waiters();
    check_priority_unchanged();
    CYG_TEST_PASS_FINISH("Kernel C API Mutex 0 OK");
}

externC void cyg_start(void)
{
    CYG_TEST_INIT();

    /* Legal during initialization: nobody can contend yet. */
    cyg_mutex_init(&mx_init);
    init_lock_result = cyg_mutex_lock(&mx_init);
    init_trylock_result = cyg_mutex_trylock(&mx_init);
    cyg_mutex_unlock(&mx_init);
    init_relock_result = cyg_mutex_trylock(&mx_init);
    cyg_mutex_unlock(&mx_init);

    start_watchdog();
    run_main_thread(PRIO_MAIN, kmutex0_main, "kmutex0");
}

#else

# ifndef CYGFUN_KERNEL_API_C
NA_MAIN("Kernel C API layer disabled")
# else
NA_MAIN("Mutexes disabled (CYGFUN_KERNEL_SYNCH_MUTEX)")
# endif

#endif
