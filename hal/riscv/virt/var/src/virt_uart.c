/*
 * QEMU RISC-V virt variant: diagnostic output on UART0 (a 16550).
 *
 * Polled transmission, interrupts off at the UART. The line settings
 * matter to real 16550s only; QEMU passes the bytes on whatever they
 * are.
 */

#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/hal/hal_io.h>
#include <cyg/hal/hal_diag.h>
#include <cyg/hal/var_io.h>

#define UART_REG(_offset_)      (CYGHWR_HAL_RISCV_VIRT_UART0_BASE + (_offset_))

#define BAUD_DIVISOR                                                    \
    (CYGHWR_HAL_RISCV_VIRT_UART0_CLOCK_HZ / (16 * CYGNUM_HAL_RISCV_VIRT_DIAG_BAUD))

_Static_assert(BAUD_DIVISOR >= 1 && BAUD_DIVISOR <= 0xFFFF,
               "CYGNUM_HAL_RISCV_VIRT_DIAG_BAUD out of the UART's range");

void cyg_hal_riscv_virt_diag_init(void)
{
    HAL_WRITE_UINT8(UART_REG(CYGHWR_HAL_RISCV_VIRT_UART_IER), 0);
    HAL_WRITE_UINT8(UART_REG(CYGHWR_HAL_RISCV_VIRT_UART_LCR),
                    CYGHWR_HAL_RISCV_VIRT_UART_LCR_DLAB);
    HAL_WRITE_UINT8(UART_REG(CYGHWR_HAL_RISCV_VIRT_UART_DLL), BAUD_DIVISOR & 0xFF);
    HAL_WRITE_UINT8(UART_REG(CYGHWR_HAL_RISCV_VIRT_UART_DLM), BAUD_DIVISOR >> 8);
    HAL_WRITE_UINT8(UART_REG(CYGHWR_HAL_RISCV_VIRT_UART_LCR),
                    CYGHWR_HAL_RISCV_VIRT_UART_LCR_8N1);
    HAL_WRITE_UINT8(UART_REG(CYGHWR_HAL_RISCV_VIRT_UART_FCR),
                    CYGHWR_HAL_RISCV_VIRT_UART_FCR_FIFO);
}

void cyg_hal_riscv_virt_diag_write_char(char c)
{
    cyg_uint8 status;

    do {
        HAL_READ_UINT8(UART_REG(CYGHWR_HAL_RISCV_VIRT_UART_LSR), status);
    } while ((status & CYGHWR_HAL_RISCV_VIRT_UART_LSR_THRE) == 0);
    HAL_WRITE_UINT8(UART_REG(CYGHWR_HAL_RISCV_VIRT_UART_THR), c);
}
