/* kmisuse_stack - creating a thread with a stack smaller than
 * CYGNUM_HAL_STACK_SIZE_MINIMUM is caught by a kernel assertion naming
 * the stack (see misuse.h for what passes and what fails). */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>
#include "misuse.h"

#ifndef MISUSE_NA_REASON

static const char *const expected_words[] = { "stack", NULL };

static char small_stack[CYGNUM_HAL_STACK_SIZE_TYPICAL];
static cyg_thread small_obj;
static cyg_handle_t small_handle;

static void never_runs(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    CYG_TEST_FAIL_FINISH("thread with a too small stack ran");
}

/* The buffer is big enough, only the size passed is too small, so a
 * kernel that does not check cannot corrupt memory. */
static void misuser(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    misuse_begin(expected_words, "Too small a stack is caught");
    cyg_thread_create(5, never_runs, 0, "small", small_stack,
                      CYGNUM_HAL_STACK_SIZE_MINIMUM - 16, &small_handle,
                      &small_obj);
    CYG_TEST_FAIL_FINISH("too small a stack was not caught");
}

MISUSE_MAIN(misuser, 4)

#else

NA_MAIN(MISUSE_NA_REASON)

#endif
