/*
 * memmove.c -- copy a block of memory that may overlap its destination
 *
 * Part of the Cygnet infrastructure package. Freestanding: needs nothing
 * but <stddef.h> and the configuration header.
 *
 * The copy runs forwards when the destination lies below the source (or
 * the blocks do not overlap) and backwards otherwise, so every byte is
 * read before it is overwritten. Like memcpy(), the fast version moves
 * whole words when both blocks are equally aligned;
 * CYGIMP_INFRA_PREFER_SMALL_TO_FAST_MEMCPY selects plain byte loops.
 */

#include <pkgconf/infra.h>
#include <stddef.h>
#include "string_word.h"

void *memmove(void *dst, const void *src, size_t n);

CYG_INFRA_NO_LIBCALL
static void copy_backwards(unsigned char *d, const unsigned char *s, size_t n)
{
    /* d and s point just past the ends of the blocks. */
#ifndef CYGIMP_INFRA_PREFER_SMALL_TO_FAST_MEMCPY
    if (n >= 4 * WORD_SIZE && MISALIGNED(d) == MISALIGNED(s)) {
        cyg_infra_word *dw;
        const cyg_infra_word *sw;

        while (MISALIGNED(d)) {
            *--d = *--s;
            n--;
        }
        dw = (cyg_infra_word *)(void *)d;
        sw = (const cyg_infra_word *)(const void *)s;
        while (n >= WORD_SIZE) {
            *--dw = *--sw;
            n -= WORD_SIZE;
        }
        d = (unsigned char *)dw;
        s = (const unsigned char *)sw;
    }
#endif

    while (n--)
        *--d = *--s;
}

CYG_INFRA_NO_LIBCALL
void *memmove(void *dst, const void *src, size_t n)
{
    unsigned char *d = dst;
    const unsigned char *s = src;

    /* Compare addresses as integers: relational operators on pointers
     * into different objects are undefined. Unsigned wrap-around makes
     * d - s >= n true both when d lies below s and when the blocks are
     * disjoint, the two cases where copying forwards is safe. */
    if ((size_t)d - (size_t)s >= n)
        cyg_infra_copy_forwards(d, s, n);
    else if (d != s)
        copy_backwards(d + n, s + n, n);
    return dst;
}
