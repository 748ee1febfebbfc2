/*
 * Cortex-M: last words before the run ends on an error the HAL cannot
 * recover from.
 *
 * These run in exception handlers, possibly after memory has been
 * damaged, so they use nothing but the diagnostic channel's character
 * output and format numbers themselves.
 */

#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/hal/hal_intr.h>
#include <cyg/hal/hal_diag.h>
#include "cortexm_internal.h"

void hal_cortexm_write_string(const char *text)
{
    for (; *text != '\0'; text++) {
        if (*text == '\n')
            HAL_DIAG_WRITE_CHAR('\r');
        HAL_DIAG_WRITE_CHAR(*text);
    }
}

void hal_cortexm_write_hex(CYG_WORD value)
{
    HAL_DIAG_WRITE_CHAR('0');
    HAL_DIAG_WRITE_CHAR('x');
    for (int shift = 28; shift >= 0; shift -= 4)
        HAL_DIAG_WRITE_CHAR("0123456789abcdef"[(value >> shift) & 0xf]);
}

/* Ends the run as a failure where the platform can say so, and otherwise
 * stops for good; a platform that can only end with success is not asked
 * to, since that would hide the failure. */
void hal_cortexm_end_run_failed(void)
{
    __asm__ __volatile__ ("cpsid i" : : : "memory");
#ifdef CYGHWR_TEST_PROGRAM_EXIT_STATUS
    CYGHWR_TEST_PROGRAM_EXIT_STATUS(1);
#endif
    for (;;)
        __asm__ __volatile__ ("wfi" : : : "memory");
}

void hal_cortexm_fatal(const char *what, CYG_WORD value)
{
    HAL_DIAG_INIT();
    hal_cortexm_write_string("cortexm HAL: ");
    hal_cortexm_write_string(what);
    hal_cortexm_write_string(" ");
    hal_cortexm_write_hex(value);
    hal_cortexm_write_string("\n");
    hal_cortexm_end_run_failed();
}

/* NMI (nothing on the supported boards raises it) and reserved vectors;
 * also SVC and PendSV when the kernel is not configured. */
void hal_cortexm_unexpected_exception(void)
{
    hal_cortexm_fatal("unexpected exception, number", hal_cortexm_ipsr());
}
