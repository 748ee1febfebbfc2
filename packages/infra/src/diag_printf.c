/*
 * diag_printf.c -- formatted output to the diagnostic console
 *
 * Part of the Cygnet infrastructure package. The console sink can be
 * replaced with diag_init_putc(), to send diag_printf output elsewhere
 * (another device, a log buffer) without touching the callers.
 */

#include <pkgconf/infra.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/infra/diag.h>
#include <stdarg.h>
#include "diag_format.h"

static void console_putc(char c, void **param)
{
    (void)param;
    diag_write_char(c);
}

static cyg_infra_diag_putc_fn *printf_sink = console_putc;

/* A null sink puts the console back. */
void diag_init_putc(void (*putc)(char c, void **param))
{
    printf_sink = putc != NULL ? putc : console_putc;
}

int diag_vprintf(const char *fmt, va_list ap)
{
    void *param = NULL;

    return cyg_infra_diag_format(printf_sink, &param, fmt, ap);
}

int diag_printf(const char *fmt, ...)
{
    va_list ap;
    int count;

    va_start(ap, fmt);
    count = diag_vprintf(fmt, ap);
    va_end(ap);
    return count;
}
