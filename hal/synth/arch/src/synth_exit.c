/*
 * Linux synthetic target: the end of the run. Resetting the board and
 * ending a test both end the process; _exit, not exit, because the
 * program may be anywhere (an interrupt handler, a thread whose stack
 * is not main's), where running atexit handlers or flushing stdio
 * buffers is not safe.
 */

#define _XOPEN_SOURCE 700

#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/hal/hal_intr.h>

#include <unistd.h>

void cyg_hal_synth_exit(int status)
{
    _exit(status);
}
