/*
 * Linux synthetic target: the idle action.
 *
 * When no interrupt is waiting, the process sleeps in sigsuspend until a
 * signal arrives, instead of spinning. The interrupt signals are blocked
 * while the pending vectors are checked and unblocked only inside
 * sigsuspend, atomically with the start of the sleep, so a signal that
 * arrives after the check wakes the sleep instead of being missed. The
 * signal's handler runs inside sigsuspend and services the interrupt
 * there (when interrupts are enabled), possibly switching threads.
 */

#define _XOPEN_SOURCE 700

#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/hal/hal_arch.h>
#include "synth_internal.h"

#include <errno.h>
#include <signal.h>
#include <stddef.h>

void cyg_hal_synth_idle(void)
{
    sigset_t interrupt_signals;
    sigset_t previous;
    sigset_t while_asleep;
    int saved_errno = errno;

    cyg_hal_synth_interrupt_signal_set(&interrupt_signals);
    sigprocmask(SIG_BLOCK, &interrupt_signals, &previous);
    if (!cyg_hal_synth_interrupt_is_waiting()) {
        while_asleep = previous;
        cyg_hal_synth_remove_interrupt_signals(&while_asleep);
        sigsuspend(&while_asleep);
    }
    sigprocmask(SIG_SETMASK, &previous, NULL);
    errno = saved_errno;

    /* Vectors that became pending while interrupts were disabled. */
    cyg_hal_synth_interrupts_resumed();
}
