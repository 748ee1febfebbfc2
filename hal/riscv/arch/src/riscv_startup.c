/*
 * RISC-V architecture HAL: start-up, after the reset code (vectors.S)
 * has set up gp, the start-up stack and the trap vector and cleared
 * .bss.
 *
 * The static constructors run in priority order, the HAL's own set-up
 * first (CYG_INIT_HAL); then cyg_start(). If that returns, the hart
 * sleeps for ever: interrupts, if enabled, are still served.
 *
 * This file goes into libextras.a with the reset code, which is linked
 * whole: nothing else in the program refers to the constructor.
 */

#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/hal/hal_arch.h>
#include <cyg/hal/hal_intr.h>
#include <cyg/hal/riscv_regs.h>
#include "riscv_internal.h"

/* infra (or the application) */
externC void cyg_start(void);

externC void cyg_hal_invoke_constructors(void);

typedef void (*constructor_t)(void);

/* The linker script collects .init_array, sorted by priority, here. */
extern constructor_t __init_array_start[];
extern constructor_t __init_array_end[];

#ifdef CYGSEM_HAL_STOP_CONSTRUCTORS_ON_FLAG
cyg_bool cyg_hal_stop_constructors;
#endif

/* The first constructor that has not run yet. */
static constructor_t *next_constructor = __init_array_start;

static void CYGBLD_ATTRIB_C_INIT_PRI(CYG_INIT_HAL) riscv_hal_init(void)
{
    hal_variant_init();
    /* External sources are masked one by one at the controller. */
    __asm__ __volatile__ ("csrs mie, %0"
                          : : "r" (CYGARC_RISCV_MIE_MEIE) : "memory");
}

void cyg_hal_invoke_constructors(void)
{
#ifdef CYGSEM_HAL_STOP_CONSTRUCTORS_ON_FLAG
    cyg_hal_stop_constructors = false;
#endif
    while (next_constructor < __init_array_end) {
        constructor_t constructor = *next_constructor++;
        constructor();
#ifdef CYGSEM_HAL_STOP_CONSTRUCTORS_ON_FLAG
        if (cyg_hal_stop_constructors)
            break;
#endif
    }
}

void cyg_hal_riscv_start(void)
{
    cyg_hal_invoke_constructors();
    cyg_start();
    for (;;)
        __asm__ __volatile__ ("wfi");
}
