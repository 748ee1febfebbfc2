/*
 * Cortex-M: static constructors.
 *
 * The linker script gathers the constructor pointers in .init_array,
 * sorted by priority. cyg_hal_invoke_constructors() runs those not run
 * yet, so a second call (after CYGSEM_HAL_STOP_CONSTRUCTORS_ON_FLAG
 * stopped the first) carries on where the first stopped.
 */

#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>

typedef void (*hal_cortexm_constructor)(void);

/* Bounds set by the linker script. */
externC hal_cortexm_constructor __init_array_start[];
externC hal_cortexm_constructor __init_array_end[];

externC void cyg_hal_invoke_constructors(void);

#ifdef CYGSEM_HAL_STOP_CONSTRUCTORS_ON_FLAG
/* Set by a constructor to stop the run after itself. */
cyg_bool cyg_hal_stop_constructors;
#endif

static hal_cortexm_constructor *next_constructor = __init_array_start;

void cyg_hal_invoke_constructors(void)
{
    while (next_constructor < __init_array_end) {
        hal_cortexm_constructor constructor = *next_constructor++;
        constructor();
#ifdef CYGSEM_HAL_STOP_CONSTRUCTORS_ON_FLAG
        if (cyg_hal_stop_constructors) {
            cyg_hal_stop_constructors = false;
            break;
        }
#endif
    }
}
