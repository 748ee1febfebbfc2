#ifndef CYGONCE_HAL_HAL_DIAG_H
#define CYGONCE_HAL_HAL_DIAG_H
/*
 * QEMU RISC-V virt variant: the diagnostic channel is UART0, a 16550,
 * written by polling: it is used from interrupt handlers and just before
 * the run ends, where nothing may wait for an interrupt.
 */

#include <cyg/infra/cyg_type.h>

externC void cyg_hal_riscv_virt_diag_init(void);
externC void cyg_hal_riscv_virt_diag_write_char(char c);

#define HAL_DIAG_INIT()                 cyg_hal_riscv_virt_diag_init()
#define HAL_DIAG_WRITE_CHAR(_c_)        cyg_hal_riscv_virt_diag_write_char(_c_)

#endif /* CYGONCE_HAL_HAL_DIAG_H */
