/* kmisuse_cancel - cancelling the delayed start of a thread that has
 * already started is caught by a kernel assertion saying so (see
 * misuse.h for what passes and what fails); without assertions it
 * returns CYG_THREAD_ESTARTED and changes nothing, which kdelaystart
 * checks. */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>
#include "misuse.h"

#if !defined(MISUSE_NA_REASON) && !defined(CYGFUN_KERNEL_THREADS_DELAYED_START)
# define MISUSE_NA_REASON "Delayed start disabled (CYGFUN_KERNEL_THREADS_DELAYED_START)"
#endif

#ifndef MISUSE_NA_REASON

#include <cyg/kernel/kapi_ext.h>

static const char *const expected_words[] = { "already started", NULL };

THREAD_SLOTS(1);
static volatile int started;

static void napper_entry(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    started = 1;
    cyg_thread_delay(1000);
}

static void misuser(cyg_addrword_t data)
{
    cyg_thread_attr_t attr;

    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    cyg_thread_attr_init(&attr);
    attr.sched_info = 3;
    attr.name = "started";
    attr.stack_base = stacks[0];
    attr.stack_size = sizeof stacks[0];
    attr.start_delay = 2;
    if (cyg_thread_create_ext(&attr, napper_entry, 0, &handles[0], &threads[0])
        != CYG_THREAD_OK)
        CYG_TEST_FAIL_FINISH("creation failed");
    cyg_thread_delay(4);
    if (!started)
        CYG_TEST_FAIL_FINISH("the delayed thread did not start");
    misuse_begin(expected_words, "Cancelling a started thread is caught");
    cyg_thread_start_cancel(handles[0]);
    CYG_TEST_FAIL_FINISH("cancelling a started thread was not caught");
}

MISUSE_MAIN(misuser, 5)

#else

NA_MAIN(MISUSE_NA_REASON)

#endif
