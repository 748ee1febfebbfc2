/*
 * Linux synthetic target: processor faults.
 *
 * The host reports a fault of the process as a signal: SIGILL for an
 * illegal instruction, SIGSEGV or SIGBUS for a bad data access, SIGFPE
 * for an arithmetic fault. With the kernel's exception support the
 * handler passes it on to cyg_hal_deliver_exception() with the faulting
 * address as the data word; without it the fault is reported and the
 * process exits with status 1.
 *
 * An exception handler may leave by hal_longjmp, abandoning this signal
 * handler's frame. Nothing here may depend on the handler finishing: it
 * changes no HAL state (not even the interrupt flag), and SA_NODEFER
 * means the host blocked nothing on entry that would need unblocking.
 *
 * A handler that returns resumes the faulting instruction. For a fault
 * raised by the processor that would only fault again, forever, so the
 * process is ended instead; a signal sent by software (kill, raise)
 * simply returns.
 */

#define _XOPEN_SOURCE 700

#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/hal/hal_intr.h>
#include "synth_internal.h"

#include <errno.h>
#include <signal.h>
#include <stddef.h>

struct fault_signal {
    int signo;
    CYG_WORD exception;
    const char *report;
};

static const struct fault_signal fault_signals[] = {
    { SIGILL,  CYGNUM_HAL_EXCEPTION_ILLEGAL_INSTRUCTION,
      "unhandled illegal instruction (SIGILL) at" },
    { SIGSEGV, CYGNUM_HAL_EXCEPTION_DATA_ACCESS,
      "unhandled bad data access (SIGSEGV) at" },
    { SIGBUS,  CYGNUM_HAL_EXCEPTION_DATA_ACCESS,
      "unhandled bad data access (SIGBUS) at" },
    { SIGFPE,  CYGNUM_HAL_EXCEPTION_FPU,
      "unhandled arithmetic fault (SIGFPE) at" },
};

static const struct fault_signal *fault_of(int signo)
{
    for (size_t i = 0; i < CYG_NELEM(fault_signals); i++)
        if (fault_signals[i].signo == signo)
            return &fault_signals[i];
    return &fault_signals[0];
}

#ifdef CYGPKG_HAL_EXCEPTIONS
/* si_code <= 0 marks a signal sent by a process rather than a fault. */
static int sent_by_software(const siginfo_t *info)
{
    return info->si_code <= 0;
}
#endif

static void fault_signal_handler(int signo, siginfo_t *info, void *context)
{
    const struct fault_signal *fault = fault_of(signo);
    CYG_ADDRWORD address = (CYG_ADDRWORD)info->si_addr;

    (void)context;
#ifdef CYGPKG_HAL_EXCEPTIONS
    int saved_errno = errno;
    cyg_hal_deliver_exception(fault->exception, address);
    errno = saved_errno;
    if (sent_by_software(info))
        return;
#endif
    cyg_hal_synth_fatal(fault->report, address);
}

void cyg_hal_synth_install_exception_signals(void)
{
    struct sigaction action;
    sigset_t signals;

    action.sa_sigaction = fault_signal_handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_SIGINFO | SA_NODEFER | SA_RESTART;
    sigemptyset(&signals);
    for (size_t i = 0; i < CYG_NELEM(fault_signals); i++) {
        if (sigaction(fault_signals[i].signo, &action, NULL) != 0)
            cyg_hal_synth_fatal("cannot install a fault handler, errno",
                                errno);
        sigaddset(&signals, fault_signals[i].signo);
    }
    sigprocmask(SIG_UNBLOCK, &signals, NULL);
}
