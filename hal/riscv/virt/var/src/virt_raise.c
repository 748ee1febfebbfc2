/*
 * QEMU RISC-V virt variant: interrupts raised by software.
 *
 * The machine software interrupt is the CLINT's msip bit of hart 0. The
 * goldfish RTC is the one PLIC source software can trigger: an alarm
 * set to time 0, long past, fires at once and holds the RTC's interrupt
 * line up until it is cleared, which the dispatcher does when it claims
 * the source (see var_intr.h). Raising either vector again before it is
 * taken changes nothing: it is one pending interrupt.
 */

#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/infra/cyg_ass.h>
#include <cyg/hal/hal_io.h>
#include <cyg/hal/hal_intr.h>
#include "virt_internal.h"

#define RTC_REG(_offset_)       (CYGHWR_HAL_RISCV_VIRT_RTC_BASE + (_offset_))

void cyg_hal_riscv_virt_raise_init(void)
{
    HAL_WRITE_UINT32(CYGHWR_HAL_RISCV_VIRT_CLINT_MSIP, 0);
    HAL_WRITE_UINT32(RTC_REG(CYGHWR_HAL_RISCV_VIRT_RTC_CLEAR_ALARM), 1);
    HAL_WRITE_UINT32(RTC_REG(CYGHWR_HAL_RISCV_VIRT_RTC_CLEAR_INTERRUPT), 1);
    HAL_WRITE_UINT32(RTC_REG(CYGHWR_HAL_RISCV_VIRT_RTC_IRQ_ENABLED), 1);
}

static void raise_rtc_alarm(void)
{
    HAL_WRITE_UINT32(RTC_REG(CYGHWR_HAL_RISCV_VIRT_RTC_ALARM_HIGH), 0);
    HAL_WRITE_UINT32(RTC_REG(CYGHWR_HAL_RISCV_VIRT_RTC_ALARM_LOW), 0);
}

void cyg_hal_riscv_virt_interrupt_raise(cyg_vector_t vector)
{
    CYG_ASSERT(HAL_INTERRUPT_RAISABLE(vector),
               "this vector cannot be raised from software");
    if (vector == CYGNUM_HAL_INTERRUPT_SOFTWARE)
        HAL_WRITE_UINT32(CYGHWR_HAL_RISCV_VIRT_CLINT_MSIP, 1);
    else if (vector == CYGNUM_HAL_INTERRUPT_GOLDFISH_RTC)
        raise_rtc_alarm();
}
