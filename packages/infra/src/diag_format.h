#ifndef CYGONCE_INFRA_DIAG_FORMAT_H
#define CYGONCE_INFRA_DIAG_FORMAT_H
/*
 * diag_format.h -- the formatter shared by the diag_printf family
 *
 * Private to the infrastructure package's sources.
 */

#include <pkgconf/infra.h>
#include <cyg/infra/cyg_type.h>
#include <stdarg.h>

/* Where formatted characters go; param is passed through unchanged. */
typedef void cyg_infra_diag_putc_fn(char c, void **param);

/*
 * Formats fmt with ap, giving each character to putc. Returns the
 * number of characters produced, or 0 after reporting on the console a
 * format string that does not look like one (see diag_format.c).
 */
externC int cyg_infra_diag_format(cyg_infra_diag_putc_fn *putc, void **param,
                                  const char *fmt, va_list ap);

#endif /* CYGONCE_INFRA_DIAG_FORMAT_H */
