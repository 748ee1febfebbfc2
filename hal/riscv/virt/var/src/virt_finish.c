/*
 * QEMU RISC-V virt variant: the end of the run. A command written to
 * the SiFive test device stops QEMU with a pass or fail status, or
 * resets the machine. Should the write be ignored, the hart sleeps for
 * ever with interrupts off rather than go back to code that expects
 * the run to be over.
 */

#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/hal/hal_io.h>
#include <cyg/hal/hal_intr.h>

void cyg_hal_riscv_virt_finish(cyg_uint32 command)
{
    CYG_INTERRUPT_STATE old;

    HAL_DISABLE_INTERRUPTS(old);
    (void)old;
    HAL_WRITE_UINT32(CYGHWR_HAL_RISCV_VIRT_TEST_BASE, command);
    for (;;)
        __asm__ __volatile__ ("wfi");
}
