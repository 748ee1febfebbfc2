/* kessential - essential threads: a thread is not essential unless made
 * so; one whose flag was cleared again exits quietly. When an essential
 * thread returns from its entry function, the kernel reports "essential
 * thread '<name>' exited" and calls cyg_thread_essential_fatal_hook,
 * which this test overrides to see the error (the kernel would halt
 * with a failure status after it). The control thread carrying on
 * instead is the failure. kessential_kill covers the kill. */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>
#include "lifecycle.h"

#if defined(CYGFUN_KERNEL_API_C) && defined(CYGFUN_KERNEL_THREADS_ESSENTIAL) \
    && (CYGNUM_KERNEL_SCHED_PRIORITIES >= 24)

#define PRIO_HIGH    3
#define PRIO_CONTROL 10

enum { E, THREAD_COUNT };

THREAD_SLOTS(THREAD_COUNT);

static volatile int returned;
static volatile int fatal_expected;

void cyg_thread_essential_fatal_hook(cyg_handle_t thread, const char *event)
{
    if (!fatal_expected)
        CYG_TEST_FAIL_FINISH("essential fatal error at the wrong time");
    CHECK(thread == handles[E]);
    CHECK(event[0] == 'e' && event[1] == 'x');      /* "exited" */
    CHECK(returned == 1);
    CYG_TEST_PASS_FINISH("Exit of an essential thread is fatal");
}

static void return_entry(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    returned++;
}

static void control_entry(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    CREATE_SLOT(E, PRIO_HIGH, return_entry, 0, "kessential victim");
    CHECK(!cyg_thread_is_essential(handles[E]));
    cyg_thread_set_essential(handles[E], true);
    CHECK(cyg_thread_is_essential(handles[E]));
    cyg_thread_set_essential(handles[E], false);
    cyg_thread_resume(handles[E]);
    CHECK(returned == 1 && state_of(handles[E]) == STATE_EXITED);
    CHECK(cyg_thread_delete(handles[E]));

    returned = 0;
    CREATE_SLOT(E, PRIO_HIGH, return_entry, 0, "kessential victim");
    cyg_thread_set_essential(handles[E], true);
    fatal_expected = 1;
    cyg_thread_resume(handles[E]);
    CYG_TEST_FAIL_FINISH("exit of an essential thread was not fatal");
}

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    start_watchdog();
    run_main_thread(PRIO_CONTROL, control_entry, "kessential control");
}

#else

NA_MAIN("Needs CYGFUN_KERNEL_THREADS_ESSENTIAL and at least 24 priorities")

#endif
