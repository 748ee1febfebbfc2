#ifndef CYGONCE_HAL_VAR_INTR_H
#define CYGONCE_HAL_VAR_INTR_H
/*
 * Arm MPS2 boards: the external interrupt lines of the CMSDK peripherals
 * and the end of a test run. Included by <cyg/hal/hal_intr.h>, which
 * defines CYGNUM_HAL_INTERRUPT_EXTERNAL(line); not meant to be included
 * on its own.
 */

#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>

/* The FPGA images wire 32 lines to the NVIC. */
#define CYGNUM_HAL_CORTEXM_EXTERNAL_INTERRUPTS  32

#define CYGNUM_HAL_INTERRUPT_UART0_RX           CYGNUM_HAL_INTERRUPT_EXTERNAL(0)
#define CYGNUM_HAL_INTERRUPT_UART0_TX           CYGNUM_HAL_INTERRUPT_EXTERNAL(1)
#define CYGNUM_HAL_INTERRUPT_UART1_RX           CYGNUM_HAL_INTERRUPT_EXTERNAL(2)
#define CYGNUM_HAL_INTERRUPT_UART1_TX           CYGNUM_HAL_INTERRUPT_EXTERNAL(3)
#define CYGNUM_HAL_INTERRUPT_UART2_RX           CYGNUM_HAL_INTERRUPT_EXTERNAL(4)
#define CYGNUM_HAL_INTERRUPT_UART2_TX           CYGNUM_HAL_INTERRUPT_EXTERNAL(5)
#define CYGNUM_HAL_INTERRUPT_GPIO0              CYGNUM_HAL_INTERRUPT_EXTERNAL(6)
#define CYGNUM_HAL_INTERRUPT_GPIO1              CYGNUM_HAL_INTERRUPT_EXTERNAL(7)
#define CYGNUM_HAL_INTERRUPT_TIMER0             CYGNUM_HAL_INTERRUPT_EXTERNAL(8)
#define CYGNUM_HAL_INTERRUPT_TIMER1             CYGNUM_HAL_INTERRUPT_EXTERNAL(9)
#define CYGNUM_HAL_INTERRUPT_DUALTIMER          CYGNUM_HAL_INTERRUPT_EXTERNAL(10)
#define CYGNUM_HAL_INTERRUPT_UART_OVERFLOW      CYGNUM_HAL_INTERRUPT_EXTERNAL(12)
#define CYGNUM_HAL_INTERRUPT_ETHERNET           CYGNUM_HAL_INTERRUPT_EXTERNAL(13)

/* Semihosting SYS_EXIT: a debugger or emulator ends the run with the
 * outcome, which QEMU turns into its exit status (0 or 1). */
externC void hal_cortexm_mps2_exit(int failed) CYGBLD_ATTRIB_NORET;

#define CYGHWR_TEST_PROGRAM_EXIT()              hal_cortexm_mps2_exit(0)
#define CYGHWR_TEST_PROGRAM_EXIT_STATUS(_failed_) \
    hal_cortexm_mps2_exit((_failed_) ? 1 : 0)

/* Facts of the board's memory map (test aids). */
#include <cyg/hal/plf_intr.h>

#endif /* CYGONCE_HAL_VAR_INTR_H */
