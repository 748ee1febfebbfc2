/* kmisuse_dsr - a blocking call (cyg_semaphore_wait on a zero count)
 * from an alarm function, which runs in the real-time clock's DSR, is
 * caught by a kernel assertion naming the context (see misuse.h for what
 * passes and what fails). */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>
#include "misuse.h"

#if !defined(MISUSE_NA_REASON) && !defined(CYGFUN_KERNEL_THREADS_TIMER)
# define MISUSE_NA_REASON "Kernel threads timer disabled"
#endif
#if !defined(MISUSE_NA_REASON) && !defined(CYGFUN_KERNEL_COUNTERS_ALARMS)
# define MISUSE_NA_REASON "Application alarms disabled (CYGFUN_KERNEL_COUNTERS_ALARMS)"
#endif

#ifndef MISUSE_NA_REASON

/* The message must name the context where blocking is illegal (and
 * not, say, initialization). */
static const char *const expected_words[] = { "dsr", "alarm", "locked", NULL };

static cyg_sem_t sem;
static cyg_alarm alarm_obj;
static cyg_handle_t alarm_handle;

static void blocking_alarm(cyg_handle_t alarm, cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_handle_t, alarm);
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    misuse_begin(expected_words, "Blocking in a DSR is caught");
    cyg_semaphore_wait(&sem);
    CYG_TEST_FAIL_FINISH("blocking in a DSR was not caught");
}

/* The thread sleeps while the clock's DSR fires the alarm. */
static void misuser(cyg_addrword_t data)
{
    cyg_handle_t counter;

    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    cyg_semaphore_init(&sem, 0);
    cyg_clock_to_counter(cyg_real_time_clock(), &counter);
    cyg_alarm_create(counter, blocking_alarm, 0, &alarm_handle, &alarm_obj);
    cyg_alarm_initialize(alarm_handle, cyg_current_time() + 2, 0);
    cyg_thread_delay(20);
    CYG_TEST_FAIL_FINISH(misuse_started ? "blocking in a DSR was not caught"
                                        : "the alarm did not fire");
}

MISUSE_MAIN(misuser, 4)

#else

NA_MAIN(MISUSE_NA_REASON)

#endif
