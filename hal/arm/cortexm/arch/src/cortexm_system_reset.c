/*
 * Cortex-M: resetting the system through the core's reset request.
 */

#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/hal/hal_intr.h>
#include "cortexm_internal.h"

void hal_cortexm_reset(void)
{
    __asm__ __volatile__ ("cpsid i" : : : "memory");
    hal_cortexm_barrier();
    CYGARC_REG_AIRCR = CYGARC_AIRCR_VECTKEY | CYGARC_AIRCR_SYSRESETREQ;
    for (;;)
        hal_cortexm_barrier();
}
