/*
 * Linux synthetic target: host signals that stand for interrupts.
 *
 * Only the clock's SIGALRM is one today (see the table). The handler
 * runs on the stack of whichever thread was interrupted. There is no
 * alternate signal stack: the kernel may switch threads from inside the
 * handler, and the handler's frame must then stay with that thread until
 * it runs again. SA_NODEFER leaves the host signal mask unchanged inside
 * the handler, so the thread switched to runs with signals unblocked;
 * the soft enable flag, not the host mask, decides whether an interrupt
 * is serviced.
 */

#define _XOPEN_SOURCE 700

#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/hal/hal_intr.h>
#include "synth_internal.h"

#include <errno.h>
#include <signal.h>
#include <stddef.h>

struct interrupt_signal {
    int signo;
    cyg_vector_t vector;
};

static const struct interrupt_signal interrupt_signals[] = {
    { SIGALRM, CYGNUM_HAL_INTERRUPT_RTC },
};

static void interrupt_signal_handler(int signo)
{
    for (size_t i = 0; i < CYG_NELEM(interrupt_signals); i++)
        if (interrupt_signals[i].signo == signo)
            cyg_hal_synth_interrupt_raise(interrupt_signals[i].vector);
}

void cyg_hal_synth_interrupt_signal_set(sigset_t *set)
{
    sigemptyset(set);
    for (size_t i = 0; i < CYG_NELEM(interrupt_signals); i++)
        sigaddset(set, interrupt_signals[i].signo);
}

void cyg_hal_synth_remove_interrupt_signals(sigset_t *set)
{
    for (size_t i = 0; i < CYG_NELEM(interrupt_signals); i++)
        sigdelset(set, interrupt_signals[i].signo);
}

void cyg_hal_synth_install_interrupt_signals(void)
{
    struct sigaction action;
    sigset_t signals;

    action.sa_handler = interrupt_signal_handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_NODEFER | SA_RESTART;
    for (size_t i = 0; i < CYG_NELEM(interrupt_signals); i++)
        if (sigaction(interrupt_signals[i].signo, &action, NULL) != 0)
            cyg_hal_synth_fatal("cannot install an interrupt handler, errno",
                                errno);

    cyg_hal_synth_interrupt_signal_set(&signals);
    sigprocmask(SIG_UNBLOCK, &signals, NULL);
}
