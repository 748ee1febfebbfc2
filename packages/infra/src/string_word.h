#ifndef CYGONCE_INFRA_STRING_WORD_H
#define CYGONCE_INFRA_STRING_WORD_H
/*
 * string_word.h -- what memcpy.c, memmove.c and memset.c share
 *
 * Private to the infrastructure package's sources.
 */

#include <stddef.h>

/*
 * The compiler recognises copy and fill loops and may replace them by
 * calls to memcpy(), memmove() or memset(), which inside those functions
 * themselves would recurse forever.
 */
#if defined(__GNUC__) && !defined(__clang__)
# define CYG_INFRA_NO_LIBCALL __attribute__((__optimize__("no-tree-loop-distribute-patterns")))
#else
# define CYG_INFRA_NO_LIBCALL
#endif

/* A machine word that may alias any other type, so that word accesses to
 * the caller's objects are well defined for the optimiser. */
#if defined(__GNUC__)
typedef size_t __attribute__((__may_alias__)) cyg_infra_word;
#else
typedef size_t cyg_infra_word;
#endif

#define WORD_SIZE       (sizeof(cyg_infra_word))
#define WORD_MASK       (WORD_SIZE - 1)
#define MISALIGNED(p)   ((size_t)(p) & WORD_MASK)

/*
 * Copies N bytes from S to D, lowest address first: what memcpy() does,
 * and what memmove() does when D lies below S (every word is read before
 * the copy reaches it). Whole words are moved when both pointers share
 * their alignment and the block is large enough for it to pay off.
 */
CYG_INFRA_NO_LIBCALL
static inline void cyg_infra_copy_forwards(unsigned char *d, const unsigned char *s, size_t n)
{
#if !defined(CYGIMP_INFRA_PREFER_SMALL_TO_FAST_MEMCPY)
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
}

#endif /* CYGONCE_INFRA_STRING_WORD_H */
