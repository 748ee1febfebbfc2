/*
 * memcpy.c -- copy a block of memory
 *
 * Part of the Cygnet infrastructure package. Freestanding: needs nothing
 * but <stddef.h> and the configuration header.
 *
 * The fast version copies whole words when source and destination are
 * equally aligned, and bytes otherwise; CYGIMP_INFRA_PREFER_SMALL_TO_FAST_MEMCPY
 * selects a plain byte loop instead.
 */

#include <pkgconf/infra.h>
#include <stddef.h>
#include "string_word.h"

void *memcpy(void *restrict dst, const void *restrict src, size_t n);

CYG_INFRA_NO_LIBCALL
void *memcpy(void *restrict dst, const void *restrict src, size_t n)
{
    cyg_infra_copy_forwards(dst, src, n);
    return dst;
}
