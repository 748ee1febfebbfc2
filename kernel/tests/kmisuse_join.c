/* kmisuse_join - joining a cyg_thread that never held a thread (zeroed
 * storage) is caught by a kernel assertion saying so (see misuse.h for
 * what passes and what fails); without assertions it returns
 * CYG_THREAD_EINVAL, which kjoin checks. */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>
#include "misuse.h"

#if !defined(MISUSE_NA_REASON) && !defined(CYGFUN_KERNEL_THREADS_JOIN)
# define MISUSE_NA_REASON "Join disabled (CYGFUN_KERNEL_THREADS_JOIN)"
#endif

#ifndef MISUSE_NA_REASON

#include <cyg/kernel/kapi_ext.h>

static const char *const expected_words[] = { "never created", "uninitialised", NULL };

static cyg_thread never_created;

static void misuser(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    misuse_begin(expected_words, "Join of an uninitialised thread is caught");
    cyg_thread_join((cyg_handle_t)&never_created, CYG_THREAD_FOREVER);
    CYG_TEST_FAIL_FINISH("join of an uninitialised thread was not caught");
}

MISUSE_MAIN(misuser, 5)

#else

NA_MAIN(MISUSE_NA_REASON)

#endif
