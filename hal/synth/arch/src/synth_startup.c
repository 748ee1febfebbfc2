/*
 * Linux synthetic target: start-up.
 *
 * The host starts the program like any other: its loader runs the static
 * constructors in priority order, then the C library calls main(). The
 * HAL's own set-up is the first of those constructors (CYG_INIT_HAL), so
 * that the signal handlers exist before any kernel object is built.
 *
 * This file goes into libextras.a, which is linked whole into extras.o
 * and named by the linker script, so it is always part of the program:
 * nothing refers to the constructor, and main() is only reached from the
 * C library's start-up code.
 */

#define _XOPEN_SOURCE 700

#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/hal/hal_intr.h>
#include <cyg/hal/hal_diag.h>
#include "synth_internal.h"

#include <signal.h>
#include <stddef.h>

/* infra (or the application) */
externC void cyg_start(void);

externC void cyg_hal_invoke_constructors(void);

static void CYGBLD_ATTRIB_C_INIT_PRI(CYG_INIT_HAL) synth_hal_init(void)
{
    cyg_hal_synth_interrupts_enabled = 0;
    cyg_hal_synth_install_exception_signals();
    cyg_hal_synth_install_interrupt_signals();
    HAL_DIAG_INIT();
}

/* The host's loader has already run every constructor. */
void cyg_hal_invoke_constructors(void)
{
}

/* Signals still wake the process and are serviced; nothing else runs. */
static void CYGBLD_ATTRIB_NORET wait_forever(void)
{
    sigset_t current;

    sigprocmask(SIG_BLOCK, NULL, &current);
    for (;;)
        sigsuspend(&current);
}

/* Weak, so that an application may bring its own main(). */
CYGBLD_ATTRIB_WEAK int main(void)
{
    cyg_hal_invoke_constructors();
    cyg_start();
    wait_forever();
}
