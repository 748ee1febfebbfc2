/* kmisuse_delete - deleting the idle thread (which must always be able
 * to run) is caught by a kernel assertion whose message names the idle
 * thread (see misuse.h for what passes and what fails). */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>
#include "misuse.h"

#ifndef MISUSE_NA_REASON

static const char *const expected_words[] = { "idle", NULL };

static void misuser(cyg_addrword_t data)
{
    cyg_handle_t idle = cyg_thread_idle_thread();

    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    if (idle == 0 || idle == cyg_thread_self())
        CYG_TEST_FAIL_FINISH("no idle thread handle");
    misuse_begin(expected_words, "Deleting the idle thread is caught");
    cyg_thread_delete(idle);
    CYG_TEST_FAIL_FINISH("deleting the idle thread was not caught");
}

MISUSE_MAIN(misuser, 5)

#else

NA_MAIN(MISUSE_NA_REASON)

#endif
