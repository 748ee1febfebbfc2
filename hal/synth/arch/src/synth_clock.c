/*
 * Linux synthetic target: the real-time clock.
 *
 * A host interval timer (ITIMER_REAL) sends SIGALRM every period, which
 * stands for the clock interrupt on CYGNUM_HAL_INTERRUPT_RTC. Periods
 * are in microseconds. The timer rearms itself, so HAL_CLOCK_RESET has
 * nothing to do.
 */

#define _XOPEN_SOURCE 700

#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/hal/hal_intr.h>
#include "synth_internal.h"

#include <errno.h>
#include <stddef.h>
#include <sys/time.h>

/* Zero until the clock is started. */
static cyg_uint32 clock_period_us;

static struct timeval microseconds(cyg_uint32 us)
{
    struct timeval value = { .tv_sec = us / 1000000, .tv_usec = us % 1000000 };
    return value;
}

void cyg_hal_synth_clock_initialize(cyg_uint32 period)
{
    struct itimerval timer = {
        .it_interval = microseconds(period),
        .it_value = microseconds(period),
    };

    if (setitimer(ITIMER_REAL, &timer, NULL) != 0)
        cyg_hal_synth_fatal("cannot start the clock timer, errno", errno);
    clock_period_us = period;
}

/* The time elapsed since the last tick, in microseconds. */
cyg_uint32 cyg_hal_synth_clock_read(void)
{
    struct itimerval timer;
    int saved_errno = errno;

    if (clock_period_us == 0 || getitimer(ITIMER_REAL, &timer) != 0) {
        errno = saved_errno;
        return 0;
    }
    cyg_uint64 left = (cyg_uint64)timer.it_value.tv_sec * 1000000u
                      + (cyg_uint64)timer.it_value.tv_usec;
    if (left > clock_period_us)
        left = clock_period_us;
    return clock_period_us - (cyg_uint32)left;
}
