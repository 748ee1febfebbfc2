/* kessential_kill - killing an essential thread (here asleep on a
 * semaphore) is a fatal error: the kernel reports "essential thread
 * '<name>' killed" and calls cyg_thread_essential_fatal_hook, overridden
 * here to see it, before the victim could run again. Killing a thread
 * whose essential flag was cleared is not. kessential covers the exit. */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>
#include "lifecycle.h"

#if defined(CYGFUN_KERNEL_API_C) && defined(CYGFUN_KERNEL_THREADS_ESSENTIAL) \
    && (CYGNUM_KERNEL_SCHED_PRIORITIES >= 24)

#define PRIO_CONTROL 10
#define PRIO_LOW     15

enum { E, THREAD_COUNT };

THREAD_SLOTS(THREAD_COUNT);
static cyg_sem_t sem;

static volatile int got_past;
static volatile int fatal_expected;

void cyg_thread_essential_fatal_hook(cyg_handle_t thread, const char *event)
{
    if (!fatal_expected)
        CYG_TEST_FAIL_FINISH("essential fatal error at the wrong time");
    CHECK(thread == handles[E]);
    CHECK(event[0] == 'k' && event[1] == 'i');      /* "killed" */
    CHECK(got_past == 0);
    CHECK(state_of(thread) == STATE_SLEEPING);
    CYG_TEST_PASS_FINISH("Kill of an essential thread is fatal");
}

static void wait_entry(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    cyg_semaphore_wait(&sem);
    got_past++;
}

static void control_entry(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    START_SLOT(E, PRIO_LOW, wait_entry, 0, "kessential victim");
    let_others_run();
    cyg_thread_set_essential(handles[E], true);
    cyg_thread_set_essential(handles[E], false);
    CHECK(!cyg_thread_delete(handles[E]));           /* exit pending */
    let_others_run();
    CHECK(got_past == 0 && state_of(handles[E]) == STATE_EXITED);
    CHECK(cyg_thread_delete(handles[E]));

    START_SLOT(E, PRIO_LOW, wait_entry, 0, "kessential victim");
    let_others_run();
    cyg_thread_set_essential(handles[E], true);
    fatal_expected = 1;
    cyg_thread_kill(handles[E]);
    CYG_TEST_FAIL_FINISH("kill of an essential thread was not fatal");
}

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    cyg_semaphore_init(&sem, 0);
    start_watchdog();
    run_main_thread(PRIO_CONTROL, control_entry, "kessential_kill control");
}

#else

NA_MAIN("Needs CYGFUN_KERNEL_THREADS_ESSENTIAL and at least 24 priorities")

#endif
