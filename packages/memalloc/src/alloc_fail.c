/* The default out-of-memory hook: weak, so that an application's own
 * cyg_memalloc_alloc_fail takes its place at link time. */

#include <cyg/memalloc/kapi.h>

CYGBLD_ATTRIB_WEAK void cyg_memalloc_alloc_fail(char *file, int line,
                                                cyg_int32 size)
{
    (void)file;
    (void)line;
    (void)size;
}
