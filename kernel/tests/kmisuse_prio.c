/* kmisuse_prio - a priority outside 0..CYGNUM_KERNEL_SCHED_PRIORITIES-1
 * is caught by a kernel assertion naming the priority, when a thread is
 * created with it or when it is set later (see misuse.h for what passes
 * and what fails). */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>
#include "misuse.h"

#if !defined(MISUSE_NA_REASON) && !defined(CYGNUM_KERNEL_SCHED_PRIORITIES)
# define MISUSE_NA_REASON "No scheduler priorities"
#endif

#ifndef MISUSE_NA_REASON

#define BAD_PRIORITY    CYGNUM_KERNEL_SCHED_PRIORITIES

static const char *const expected_words[] = { "prio", NULL };

enum { BAD, VICTIM, THREAD_COUNT };

THREAD_SLOTS(THREAD_COUNT);

static void never_runs(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    CYG_TEST_FAIL_FINISH("thread with a bad priority ran");
}

/* The created thread is never resumed, so if creation does not check the
 * priority nothing uses it; setting the priority must then catch it. */
static void misuser(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    CREATE_SLOT(VICTIM, 5, never_runs, 0, "victim");
    misuse_begin(expected_words, "Out of range priority is caught");
    CREATE_SLOT(BAD, BAD_PRIORITY, never_runs, 0, "bad");
    cyg_thread_set_priority(handles[VICTIM], BAD_PRIORITY);
    CYG_TEST_FAIL_FINISH("out of range priority was not caught");
}

MISUSE_MAIN(misuser, 4)

#else

NA_MAIN(MISUSE_NA_REASON)

#endif
