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
    unsigned char *d = dst;
    const unsigned char *s = src;

#ifndef CYGIMP_INFRA_PREFER_SMALL_TO_FAST_MEMCPY
    /* Words can only be used when both pointers reach a word boundary
     * together, and only pay off for blocks of a few words. */
    if (n >= 4 * WORD_SIZE && MISALIGNED(d) == MISALIGNED(s)) {
        cyg_infra_word *dw;
        const cyg_infra_word *sw;

        while (MISALIGNED(d)) {
            *d++ = *s++;
            n--;
        }
        dw = (cyg_infra_word *)(void *)d;
        sw = (const cyg_infra_word *)(const void *)s;
        while (n >= 4 * WORD_SIZE) {
            dw[0] = sw[0];
            dw[1] = sw[1];
            dw[2] = sw[2];
            dw[3] = sw[3];
            dw += 4;
            sw += 4;
            n -= 4 * WORD_SIZE;
        }
        while (n >= WORD_SIZE) {
            *dw++ = *sw++;
            n -= WORD_SIZE;
        }
        d = (unsigned char *)dw;
        s = (const unsigned char *)sw;
    }
#endif

    while (n--)
        *d++ = *s++;
    return dst;
}
