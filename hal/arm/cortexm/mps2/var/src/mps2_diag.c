/*
 * Arm MPS2 boards: diagnostic output on a CMSDK APB UART.
 *
 * The UART has a one-byte transmit buffer: a character is written once
 * the "buffer full" flag is clear. The transmitter must be enabled for
 * anything to go out, and the baud divider be at least 16.
 */

#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/hal/hal_diag.h>

#define UART_BASE       (0x40004000u + 0x1000u * CYGNUM_HAL_CORTEXM_MPS2_DIAG_UART)
#define UART_REG(_offset_) (*(volatile cyg_uint32 *)(UART_BASE + (_offset_)))

#define UART_DATA       UART_REG(0x000)
#define UART_STATE      UART_REG(0x004)
#define UART_CTRL       UART_REG(0x008)
#define UART_BAUDDIV    UART_REG(0x010)

#define UART_STATE_TX_FULL  (1u << 0)
#define UART_CTRL_TX_ENABLE (1u << 0)

#define UART_BAUDDIV_MIN    16u

static cyg_uint32 baud_divider(void)
{
    cyg_uint32 divider = CYGNUM_HAL_CORTEXM_MPS2_PERIPHERAL_CLOCK_HZ
                         / CYGNUM_HAL_CORTEXM_MPS2_DIAG_BAUD;
    return divider < UART_BAUDDIV_MIN ? UART_BAUDDIV_MIN : divider;
}

void hal_cortexm_mps2_diag_init(void)
{
    UART_BAUDDIV = baud_divider();
    UART_CTRL |= UART_CTRL_TX_ENABLE;
}

void hal_cortexm_mps2_diag_write_char(char c)
{
    while (UART_STATE & UART_STATE_TX_FULL)
        continue;
    UART_DATA = (cyg_uint8)c;
}
