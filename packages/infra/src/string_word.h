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

#endif /* CYGONCE_INFRA_STRING_WORD_H */
