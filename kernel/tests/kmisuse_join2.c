/* kmisuse_join2 - joining a thread a second time, after a join has
 * deleted it, is caught by a kernel assertion naming the double join
 * (see misuse.h for what passes and what fails); without assertions it
 * returns CYG_THREAD_EINVAL, and a join while another thread joins
 * returns CYG_THREAD_EBUSY, which kjoin checks. */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>
#include "misuse.h"

#if !defined(MISUSE_NA_REASON) && !defined(CYGFUN_KERNEL_THREADS_JOIN)
# define MISUSE_NA_REASON "Join disabled (CYGFUN_KERNEL_THREADS_JOIN)"
#endif

#ifndef MISUSE_NA_REASON

#include <cyg/kernel/kapi_ext.h>

static const char *const expected_words[] = { "double join", "already joined", NULL };

THREAD_SLOTS(1);

static void quick_entry(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
}

static void misuser(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    START_SLOT(0, 10, quick_entry, 0, "joined");
    if (cyg_thread_join(handles[0], CYG_THREAD_FOREVER) != CYG_THREAD_OK)
        CYG_TEST_FAIL_FINISH("the first join failed");
    misuse_begin(expected_words, "Double join is caught");
    cyg_thread_join(handles[0], CYG_THREAD_FOREVER);
    CYG_TEST_FAIL_FINISH("double join was not caught");
}

MISUSE_MAIN(misuser, 5)

#else

NA_MAIN(MISUSE_NA_REASON)

#endif
