/* kmisuse_unlock - unlocking a mutex owned by another thread is caught
 * by a kernel assertion whose message names the ownership condition (see
 * misuse.h for what passes and what fails). */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>
#include "misuse.h"

#if !defined(MISUSE_NA_REASON) && !defined(CYGFUN_KERNEL_SYNCH_MUTEX)
# define MISUSE_NA_REASON "Mutexes disabled (CYGFUN_KERNEL_SYNCH_MUTEX)"
#endif

#ifndef MISUSE_NA_REASON

#define PRIO_OWNER      5
#define PRIO_INTRUDER   10

/* The message must name the broken condition: the mutex's owner. */
static const char *const expected_words[] = { "own", NULL };

static char intruder_stack[CYGNUM_HAL_STACK_SIZE_TYPICAL];
static cyg_thread intruder_obj;
static cyg_handle_t intruder_handle;

static cyg_mutex_t mx;
static cyg_sem_t never_posted;

static void intruder(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    misuse_begin(expected_words, "Unlock by a non-owner is caught");
    cyg_mutex_unlock(&mx);
    CYG_TEST_FAIL_FINISH("unlock by a non-owner was not caught");
}

/* Keeps the mutex and sleeps, so the intruder gets the processor. */
static void owner(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    if (!cyg_mutex_lock(&mx))
        CYG_TEST_FAIL_FINISH("lock failed");
    cyg_thread_resume(intruder_handle);
    cyg_semaphore_wait(&never_posted);
    CYG_TEST_FAIL_FINISH("the owner woke up");
}

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    cyg_mutex_init(&mx);
    cyg_semaphore_init(&never_posted, 0);
    cyg_thread_create(PRIO_INTRUDER, intruder, 0, "intruder", intruder_stack,
                      sizeof intruder_stack, &intruder_handle, &intruder_obj);
    run_main_thread(PRIO_OWNER, owner, "owner");
}

#else

NA_MAIN(MISUSE_NA_REASON)

#endif
