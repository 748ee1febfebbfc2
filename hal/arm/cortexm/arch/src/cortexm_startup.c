/*
 * Cortex-M: start-up, after the reset entry has set up memory and the
 * stacks.
 *
 * The processor is made ready for interrupts and faults before any other
 * code runs (interrupts stay disabled until the first thread, or the
 * application, enables them); then the static constructors run, the
 * HAL's own (CYG_INIT_HAL) first, and cyg_start() takes over.
 */

#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/hal/hal_arch.h>
#include <cyg/hal/hal_intr.h>
#include <cyg/hal/hal_diag.h>
#include "cortexm_internal.h"

/* infra (or the application) */
externC void cyg_start(void);

externC void cyg_hal_invoke_constructors(void);

/* The devices the HAL itself drives: the diagnostic channel first, so
 * that every later constructor can print. */
static void CYGBLD_ATTRIB_C_INIT_PRI(CYG_INIT_HAL) hal_cortexm_init_devices(void)
{
    HAL_DIAG_INIT();
    hal_cortexm_clock_start();
}

void hal_cortexm_start(void)
{
    hal_cortexm_install_vectors();
    hal_cortexm_init_faults();
    hal_cortexm_init_interrupt_controller();
    cyg_hal_invoke_constructors();
    cyg_start();
    /* Interrupts are still serviced if enabled; nothing else runs. */
    for (;;)
        HAL_IDLE_THREAD_ACTION(0);
}
