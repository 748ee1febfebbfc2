/*
 * Linux synthetic target: last words before the process ends on an error
 * the HAL cannot recover from. Called from signal handlers, so it uses
 * nothing but write(2) and _exit(2), and formats the number itself.
 */

#define _XOPEN_SOURCE 700

#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>
#include "synth_internal.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

static void write_text(const char *text, size_t length)
{
    while (length > 0) {
        ssize_t written = write(STDERR_FILENO, text, length);
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return;
        text += written;
        length -= (size_t)written;
    }
}

static void write_string(const char *text)
{
    write_text(text, strlen(text));
}

static void write_hex(CYG_ADDRWORD value)
{
    char digits[2 + 2 * sizeof value];
    size_t first = sizeof digits;

    do {
        digits[--first] = "0123456789abcdef"[value & 0xf];
        value >>= 4;
    } while (value != 0);
    digits[--first] = 'x';
    digits[--first] = '0';
    write_text(&digits[first], sizeof digits - first);
}

void cyg_hal_synth_fatal(const char *what, CYG_ADDRWORD value)
{
    write_string("synth HAL: ");
    write_string(what);
    write_string(" ");
    write_hex(value);
    write_string("\n");
    _exit(1);
}
