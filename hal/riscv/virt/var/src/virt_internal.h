#ifndef CYGONCE_HAL_VIRT_INTERNAL_H
#define CYGONCE_HAL_VIRT_INTERNAL_H
/*
 * QEMU RISC-V virt variant: what the variant's own sources share and
 * applications do not see.
 */

#include <cyg/infra/cyg_type.h>

/* virt_plic.c: every source masked, at the lowest priority. */
externC void cyg_hal_riscv_virt_plic_init(void);

/* virt_clock.c: the timer interrupt put off for good. */
externC void cyg_hal_riscv_virt_clock_stop(void);

/* virt_raise.c: nothing raised, the RTC's interrupt line ready. */
externC void cyg_hal_riscv_virt_raise_init(void);

#endif /* CYGONCE_HAL_VIRT_INTERNAL_H */
