/*
 * diag_write.c -- the diagnostic output primitives
 *
 * Part of the Cygnet infrastructure package. Everything diag prints,
 * test output included, ends up in diag_write_char(), the single place
 * that talks to the HAL's channel.
 */

#include <pkgconf/infra.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/infra/diag.h>
#include <cyg/hal/hal_diag.h>

/* The HAL readies its channel from a static initializer, before any
 * application code can print. */
void diag_init(void)
{
}

/* Terminals and serial consoles want CR LF; sources just write '\n'. */
void diag_write_char(char c)
{
    if (c == '\n')
        HAL_DIAG_WRITE_CHAR('\r');
    HAL_DIAG_WRITE_CHAR(c);
}

void diag_write_string(const char *psz)
{
    while (*psz != '\0')
        diag_write_char(*psz++);
}

/* Digits come out least significant first, so they are collected in a
 * buffer and written in reverse. */
static void write_unsigned(cyg_uint32 n, cyg_uint32 base)
{
    static const char digits[] = "0123456789ABCDEF";
    char buf[32];
    int count = 0;

    do {
        buf[count++] = digits[n % base];
        n /= base;
    } while (n != 0);
    while (count > 0)
        diag_write_char(buf[--count]);
}

void diag_write_dec(cyg_int32 n)
{
    cyg_uint32 magnitude = (cyg_uint32)n;

    if (n < 0) {
        diag_write_char('-');
        /* Negating in unsigned arithmetic is exact even for the most
         * negative value. */
        magnitude = 0u - magnitude;
    }
    write_unsigned(magnitude, 10);
}

void diag_write_hex(cyg_uint32 n)
{
    write_unsigned(n, 16);
}
