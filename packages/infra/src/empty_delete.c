/*
 * empty_delete.c -- C++ delete operators that do nothing
 *
 * Part of the Cygnet infrastructure package
 * (CYGFUN_INFRA_EMPTY_DELETE_FUNCTIONS). A C++ class with a virtual
 * destructor makes the compiler reference operator delete even when no
 * object is ever deleted, and a system without a heap has no C++
 * library to provide one. Freeing nothing is then correct.
 *
 * The package is C, so the operators are defined under their names in
 * the Itanium C++ ABI, which GCC uses on every Cygnet target:
 *     _ZdlPv   operator delete(void *)
 *     _ZdaPv   operator delete[](void *)
 *     _ZdlPv?  operator delete(void *, size_t)     (sized, C++14)
 *     _ZdaPv?  operator delete[](void *, size_t)
 * where ? encodes size_t: m for unsigned long, j for unsigned int.
 */

#include <pkgconf/infra.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/infra/cyg_ass.h>
#include <stddef.h>

/* A program that deletes often probably expects its memory back; in
 * debug builds that is worth an assertion. */
#if defined(CYGDBG_USE_ASSERTS) && defined(CYGNUM_INFRA_EMPTY_DELETE_THRESHOLD)
static void count_delete(void)
{
    static cyg_uint32 calls;

    calls++;
    CYG_ASSERT(calls <= CYGNUM_INFRA_EMPTY_DELETE_THRESHOLD,
               "operator delete called too often: the memory is never freed");
}
#else
static void count_delete(void)
{
}
#endif

void _ZdlPv(void *p);
void _ZdaPv(void *p);

void _ZdlPv(void *p)
{
    (void)p;
    count_delete();
}

void _ZdaPv(void *p)
{
    (void)p;
    count_delete();
}

#if __SIZEOF_SIZE_T__ == __SIZEOF_LONG__
# define SIZED_DELETE   _ZdlPvm
# define SIZED_DELETE_A _ZdaPvm
#else
# define SIZED_DELETE   _ZdlPvj
# define SIZED_DELETE_A _ZdaPvj
#endif

void SIZED_DELETE(void *p, size_t size);
void SIZED_DELETE_A(void *p, size_t size);

void SIZED_DELETE(void *p, size_t size)
{
    (void)p;
    (void)size;
    count_delete();
}

void SIZED_DELETE_A(void *p, size_t size)
{
    (void)p;
    (void)size;
    count_delete();
}
