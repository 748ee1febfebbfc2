#ifndef CYGONCE_KERNEL_TESTS_TESTAUX_H
#define CYGONCE_KERNEL_TESTS_TESTAUX_H
/* testaux.h - what the kernel's target tests share, so that each test
 * holds only what it checks. Included as "testaux.h" after
 * <cyg/kernel/kapi.h>; the kernel helpers exist only where the C API
 * does, so a test may include this header before deciding that it does
 * not apply. Everything is static (inline), as each test is a program of
 * its own. */

#include <cyg/infra/testcase.h>

#define CHECK(b) CYG_TEST_CHECK(b,#b)

/* The whole program of a configuration a test does not apply to. */
#define NA_MAIN(reason)                                                 \
    externC void cyg_start(void)                                        \
    {                                                                   \
        CYG_TEST_INIT();                                                \
        CYG_TEST_NA(reason);                                            \
    }

#ifdef CYGFUN_KERNEL_API_C

#include <cyg/hal/hal_arch.h>

/* cyg_thread_info.state bits (the kernel C API's exact values). */
#define STATE_RUNNING   0
#define STATE_SLEEPING  1
#define STATE_SUSPENDED 4
#define STATE_EXITED    16

/* A test's threads live in the slots of three arrays named stacks,
 * threads and handles, so that a slot number is all the test has to pass
 * around. */
#define THREAD_SLOTS(count)                                             \
    static char stacks[count][CYGNUM_HAL_STACK_SIZE_TYPICAL];           \
    static cyg_thread threads[count];                                   \
    static cyg_handle_t handles[count]

/* The slot's thread is created suspended, like every new thread;
 * START_SLOT also makes it runnable. */
#define CREATE_SLOT(slot, pri, entry, data, name)                       \
    cyg_thread_create((pri), (entry), (cyg_addrword_t)(data), (name),   \
                      stacks[slot], sizeof stacks[slot],                \
                      &handles[slot], &threads[slot])

#define START_SLOT(slot, pri, entry, data, name)                        \
    CYG_MACRO_START                                                     \
        CREATE_SLOT(slot, pri, entry, data, name);                      \
        cyg_thread_resume(handles[slot]);                               \
    CYG_MACRO_END

/* Most single-threaded tests run their checks in one thread, which gets
 * the processor when the scheduler, started here, takes over. */
static char testaux_main_stack[CYGNUM_HAL_STACK_SIZE_TYPICAL];
static cyg_thread testaux_main_obj;
static cyg_handle_t testaux_main_handle;

static inline void run_main_thread(cyg_priority_t pri,
                                   cyg_thread_entry_t *entry, char *name)
{
    cyg_thread_create(pri, entry, 0, name, testaux_main_stack,
                      sizeof testaux_main_stack, &testaux_main_handle,
                      &testaux_main_obj);
    cyg_thread_resume(testaux_main_handle);
    cyg_scheduler_start();
}

/* cyg_thread_get_info must accept the thread's own id: a refusal fails
 * the test rather than reading as some state. */
static inline cyg_uint32 state_of(cyg_handle_t thread)
{
    cyg_thread_info info;

    CHECK(cyg_thread_get_info(thread, cyg_thread_get_id(thread), &info));
    return info.state;
}

/* Threads list[first..last] must all have ended: deleting them frees
 * their storage (and, for the bitmap scheduler, their priorities). */
static inline void delete_threads(const cyg_handle_t *list, int first, int last)
{
    int slot;

    for (slot = first; slot <= last; slot++)
        CHECK(cyg_thread_delete(list[slot]));
}

#ifdef CYGNUM_KERNEL_SCHED_PRIORITIES
/* Whatever the default protocol, a ceiling at the lowest priority never
 * raises an owner: only inheritance (if configured) changes priorities. */
static inline void neutral_ceiling(cyg_mutex_t *m)
{
# ifdef CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL_CEILING
    cyg_mutex_set_ceiling(m, CYGNUM_KERNEL_SCHED_PRIORITIES - 1);
# else
    CYG_UNUSED_PARAM(cyg_mutex_t *, m);
# endif
}

/* Just above the idle thread: lowering the caller there lets every other
 * runnable test thread run first. */
#define PRIO_SETTLE (CYGNUM_KERNEL_SCHED_PRIORITIES - 2)

/* Everything runnable below the caller, down to PRIO_SETTLE, runs until
 * it blocks or exits; then the caller carries on at its own priority. */
static inline void let_others_run(void)
{
    cyg_handle_t self = cyg_thread_self();
    cyg_priority_t pri = cyg_thread_get_priority(self);

    cyg_thread_set_priority(self, PRIO_SETTLE);
    cyg_thread_set_priority(self, pri);
}
#endif

#if defined(CYGVAR_KERNEL_COUNTERS_CLOCK) && defined(CYGFUN_KERNEL_COUNTERS_ALARMS)
/* Ends the test should a call block that must not, or the test hang in
 * any other way: far longer than any test takes (ticks are 10 ms on the
 * synthetic target). An alarm, unlike a thread, needs no stack and takes
 * no priority away from the test. */
#define WATCHDOG_TICKS 300

static cyg_alarm testaux_watchdog_obj;
static cyg_handle_t testaux_watchdog;

static inline void watchdog_expired(cyg_handle_t alarm, cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_handle_t, alarm);
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    CYG_TEST_FAIL_FINISH("watchdog: test did not finish in time");
}

static inline void start_watchdog(void)
{
    cyg_handle_t rtc;

    cyg_clock_to_counter(cyg_real_time_clock(), &rtc);
    cyg_alarm_create(rtc, watchdog_expired, 0, &testaux_watchdog,
                     &testaux_watchdog_obj);
    cyg_alarm_initialize(testaux_watchdog,
                         cyg_current_time() + WATCHDOG_TICKS, 0);
}
#else
/* Without a clock, or alarms on it, nothing here can time the test out:
 * the test runner's time limit still does. */
static inline void start_watchdog(void)
{
}
#endif

#endif /* CYGFUN_KERNEL_API_C */

#endif /* CYGONCE_KERNEL_TESTS_TESTAUX_H */
