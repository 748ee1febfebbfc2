#ifndef CYGONCE_INFRA_DIAG_H
#define CYGONCE_INFRA_DIAG_H
/*
 * diag.h -- polled diagnostic output
 *
 * Part of the Cygnet infrastructure package; eCos-compatible API.
 * Output goes straight to the HAL's diagnostic channel, character by
 * character, without buffering or locking, so it may be used from any
 * context (including interrupt handlers and before the scheduler runs).
 * Every '\n' reaches the channel as "\r\n".
 */

#include <pkgconf/infra.h>
#include <cyg/infra/cyg_type.h>
#include <stdarg.h>

externC void diag_init(void);
externC void diag_write_char(char c);
externC void diag_write_string(const char *psz);
externC void diag_write_dec( cyg_int32 n);
externC void diag_write_hex( cyg_uint32 n);

externC void diag_dump_buf(void *buf, CYG_ADDRWORD len);
externC void diag_dump_buf_32bit(void *buf, CYG_ADDRWORD len);
externC void diag_dump_buf_16bit(void *buf, CYG_ADDRWORD len);
typedef int __printf_fun(const char *fmt, ...);
externC void diag_vdump_buf_with_offset(__printf_fun *pf, cyg_uint8 *p, CYG_ADDRWORD s, cyg_uint8 *base);
externC void diag_dump_buf_with_offset(cyg_uint8 *p, CYG_ADDRWORD s, cyg_uint8 *base);
externC void diag_dump_buf_with_offset_32bit(cyg_uint32 *p, CYG_ADDRWORD s, cyg_uint32 *base);
externC void diag_dump_buf_with_offset_16bit(cyg_uint16 *p, CYG_ADDRWORD s, cyg_uint16 *base);

externC int  diag_printf( const char *fmt, ... ) CYGBLD_ATTRIB_PRINTF_FORMAT(1,2);
externC void diag_init_putc(void (*putc)(char c, void **param));
externC int  diag_sprintf(char *buf, const char *fmt, ...) CYGBLD_ATTRIB_PRINTF_FORMAT(2,3);
externC int  diag_snprintf(char *buf, size_t len, const char *fmt, ...) CYGBLD_ATTRIB_PRINTF_FORMAT(3,4);
externC int  diag_vsprintf(char *buf, const char *fmt, va_list ap) CYGBLD_ATTRIB_PRINTF_FORMAT(2,0);
externC int  diag_vsnprintf(char *buf, size_t len, const char *fmt, va_list ap) CYGBLD_ATTRIB_PRINTF_FORMAT(3,0);
externC int  diag_vprintf(const char *fmt, va_list ap) CYGBLD_ATTRIB_PRINTF_FORMAT(1,0);

/* Output is not shared with any other user of the channel, so there is
 * nothing to synchronise. */
#define DIAG_DEVICE_START_SYNC()
#define DIAG_DEVICE_END_SYNC()

#endif /* CYGONCE_INFRA_DIAG_H */
