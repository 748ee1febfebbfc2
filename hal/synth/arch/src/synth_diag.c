/*
 * Linux synthetic target: diagnostic output on standard output.
 *
 * One write(2) per character and no buffering: diagnostic output is
 * used from interrupt handlers and just before the process ends, where
 * a stdio buffer could be in use or never flushed. A signal arriving
 * during the write restarts it; errno is left as it was, since the
 * caller may be in the middle of code that looks at it.
 */

#define _XOPEN_SOURCE 700

#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/hal/hal_diag.h>

#include <errno.h>
#include <unistd.h>

void cyg_hal_synth_diag_write_char(char c)
{
    int saved_errno = errno;

    while (write(STDOUT_FILENO, &c, 1) < 0 && errno == EINTR)
        continue;
    errno = saved_errno;
}
