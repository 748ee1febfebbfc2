/* kmisuse_init - a blocking call (cyg_semaphore_wait on a zero count)
 * in cyg_start, before the scheduler has started, is caught by a kernel
 * assertion naming the context (see misuse.h for what passes and what
 * fails). */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>
#include "misuse.h"

#ifndef MISUSE_NA_REASON

/* The message must name the context: the scheduler not yet started,
 * i.e. initialization. */
static const char *const expected_words[] = { "init", "start", "before", NULL };

static cyg_sem_t sem;

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    cyg_semaphore_init(&sem, 0);
    misuse_begin(expected_words, "Blocking during initialization is caught");
    cyg_semaphore_wait(&sem);
    CYG_TEST_FAIL_FINISH("blocking during initialization was not caught");
}

#else

NA_MAIN(MISUSE_NA_REASON)

#endif
