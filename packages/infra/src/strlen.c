/*
 * strlen.c -- strlen() for configurations without a C library
 *
 * Part of the Cygnet infrastructure package (CYGFUN_INFRA_DUMMY_STRLEN).
 * The compiler may emit calls to strlen() on its own, so one must exist
 * even when the application never calls it.
 */

#include <pkgconf/infra.h>
#include <stddef.h>
#include "string_word.h"

size_t strlen(const char *s);

CYG_INFRA_NO_LIBCALL
size_t strlen(const char *s)
{
    const char *end = s;

    while (*end != '\0')
        end++;
    return (size_t)(end - s);
}
