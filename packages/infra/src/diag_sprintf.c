/*
 * diag_sprintf.c -- formatted output into a character buffer
 *
 * Part of the Cygnet infrastructure package. Every variant bounds what
 * it stores and always leaves a NUL-terminated string (unless given no
 * room at all); each returns the number of characters actually stored,
 * not the length the full text would have had.
 */

#include <pkgconf/infra.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/infra/diag.h>
#include <stdarg.h>
#include "diag_format.h"

/* The unbounded forms still stop here: their callers cannot say how
 * large the buffer is, and diagnostic text has no business being
 * longer. */
#define SPRINTF_BUFFER_LIMIT 1024

struct buffer_sink {
    char *next;
    size_t room;                /* characters still storable, NUL excluded */
    int stored;
};

static void store_char(char c, void **param)
{
    struct buffer_sink *sink = *param;

    if (sink->room > 0) {
        *sink->next++ = c;
        sink->room--;
        sink->stored++;
    }
}

int diag_vsnprintf(char *buf, size_t len, const char *fmt, va_list ap)
{
    struct buffer_sink sink;
    void *param = &sink;

    if (len == 0)
        return 0;
    sink.next = buf;
    sink.room = len - 1;
    sink.stored = 0;
    cyg_infra_diag_format(store_char, &param, fmt, ap);
    *sink.next = '\0';
    return sink.stored;
}

int diag_snprintf(char *buf, size_t len, const char *fmt, ...)
{
    va_list ap;
    int count;

    va_start(ap, fmt);
    count = diag_vsnprintf(buf, len, fmt, ap);
    va_end(ap);
    return count;
}

int diag_vsprintf(char *buf, const char *fmt, va_list ap)
{
    return diag_vsnprintf(buf, SPRINTF_BUFFER_LIMIT, fmt, ap);
}

int diag_sprintf(char *buf, const char *fmt, ...)
{
    va_list ap;
    int count;

    va_start(ap, fmt);
    count = diag_vsprintf(buf, fmt, ap);
    va_end(ap);
    return count;
}
