/*
 * memset.c -- fill a block of memory with a byte value
 *
 * Part of the Cygnet infrastructure package. Freestanding: needs nothing
 * but <stddef.h> and the configuration header.
 *
 * The fast version stores whole words once the destination is aligned;
 * CYGIMP_INFRA_PREFER_SMALL_TO_FAST_MEMSET selects a plain byte loop
 * instead.
 */

#include <pkgconf/infra.h>
#include <stddef.h>
#include "string_word.h"

void *memset(void *dst, int c, size_t n);

CYG_INFRA_NO_LIBCALL
void *memset(void *dst, int c, size_t n)
{
    unsigned char *d = dst;
    unsigned char byte = (unsigned char)c;

#ifndef CYGIMP_INFRA_PREFER_SMALL_TO_FAST_MEMSET
    if (n >= 4 * WORD_SIZE) {
        cyg_infra_word *dw;
        cyg_infra_word pattern;

        while (MISALIGNED(d)) {
            *d++ = byte;
            n--;
        }
        /* ~0 / 0xFF is 0x0101...01 whatever the word size, so the product
         * repeats the byte in every byte of the word. */
        pattern = ((cyg_infra_word)~(cyg_infra_word)0 / 0xFF) * byte;
        dw = (cyg_infra_word *)(void *)d;
        while (n >= 4 * WORD_SIZE) {
            dw[0] = pattern;
            dw[1] = pattern;
            dw[2] = pattern;
            dw[3] = pattern;
            dw += 4;
            n -= 4 * WORD_SIZE;
        }
        while (n >= WORD_SIZE) {
            *dw++ = pattern;
            n -= WORD_SIZE;
        }
        d = (unsigned char *)dw;
    }
#endif

    while (n--)
        *d++ = byte;
    return dst;
}
