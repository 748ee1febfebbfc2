/*
 * QEMU RISC-V virt variant: the devices' state at start-up, part of the
 * HAL's own initialization (CYG_INIT_HAL): the diagnostic UART ready,
 * nothing able to interrupt until its vector is unmasked, the timer put
 * off until the clock is started.
 */

#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/hal/hal_intr.h>
#include <cyg/hal/hal_diag.h>
#include "virt_internal.h"

void hal_variant_init(void)
{
    HAL_DIAG_INIT();
    cyg_hal_riscv_virt_clock_stop();
    cyg_hal_riscv_virt_plic_init();
    cyg_hal_riscv_virt_raise_init();
}
