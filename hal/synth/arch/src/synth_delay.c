/*
 * Linux synthetic target: HAL_DELAY_US. The process sleeps rather than
 * spins; the clock's signal cuts a sleep short every tick, so the rest
 * of the time is slept again until all of it has passed.
 */

#define _XOPEN_SOURCE 700

#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/hal/hal_intr.h>

#include <errno.h>
#include <time.h>

void cyg_hal_synth_delay_us(cyg_int32 us)
{
    struct timespec left;
    int saved_errno = errno;

    if (us <= 0)
        return;
    left.tv_sec = us / 1000000;
    left.tv_nsec = (long)(us % 1000000) * 1000;
    while (nanosleep(&left, &left) != 0 && errno == EINTR)
        continue;
    errno = saved_errno;
}
