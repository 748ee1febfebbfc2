#ifndef CYGONCE_HAL_HAL_DIAG_H
#define CYGONCE_HAL_HAL_DIAG_H
/*
 * Arm MPS2 boards: the diagnostic channel is a CMSDK UART (UART0 unless
 * configured otherwise), written by polling, so that it works from any
 * context, with interrupts disabled and in exception handlers.
 */

#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>

externC void hal_cortexm_mps2_diag_init(void);
externC void hal_cortexm_mps2_diag_write_char(char c);

#define HAL_DIAG_INIT()                 hal_cortexm_mps2_diag_init()
#define HAL_DIAG_WRITE_CHAR(_c_)        hal_cortexm_mps2_diag_write_char(_c_)

#endif /* CYGONCE_HAL_HAL_DIAG_H */
