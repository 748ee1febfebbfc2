#ifndef CYGONCE_HAL_SYNTH_INTERNAL_H
#define CYGONCE_HAL_SYNTH_INTERNAL_H
/*
 * Linux synthetic target: functions shared between the HAL's own source
 * files and not part of its interface.
 */

#include <cyg/infra/cyg_type.h>
#include <signal.h>

/* synth_intr.c */
/* Services waiting vectors if a resumed context has interrupts enabled. */
externC void cyg_hal_synth_interrupts_resumed(void);
/* Non-zero when a pending vector is unmasked. */
externC int cyg_hal_synth_interrupt_is_waiting(void);

/* synth_signals.c */
/* Installs the handlers of the host signals that stand for interrupts. */
externC void cyg_hal_synth_install_interrupt_signals(void);
/* Fills `set' with those signals. */
externC void cyg_hal_synth_interrupt_signal_set(sigset_t *set);
/* Takes those signals out of `set'. */
externC void cyg_hal_synth_remove_interrupt_signals(sigset_t *set);

/* synth_exception.c */
/* Installs the handlers of the host signals that report faults. */
externC void cyg_hal_synth_install_exception_signals(void);

/* synth_fatal.c */
/* Reports `what' and `value' (hex) on standard error, then exits with 1. */
externC void cyg_hal_synth_fatal(const char *what, CYG_ADDRWORD value)
    CYGBLD_ATTRIB_NORET;

/* synth_context.c, called from the x86-64 trampoline of a new thread. */
externC void cyg_hal_synth_thread_begin(CYG_ADDRWORD arg, CYG_ADDRESS entry)
    CYGBLD_ATTRIB_NORET;

#endif /* CYGONCE_HAL_SYNTH_INTERNAL_H */
