#ifndef CYGONCE_INFRA_LOCATION_H
#define CYGONCE_INFRA_LOCATION_H
/*
 * location.h -- naming the place an assertion or trace record comes from
 *
 * Private to the infrastructure package's sources.
 */

#include <pkgconf/infra.h>
#include <cyg/infra/cyg_type.h>

/* Writes "<TID>", the current thread's id, when the kernel is
 * configured; nothing otherwise. */
externC void cyg_infra_write_thread_id(void);

/*
 * Writes "FILE[LINE]FUNC()" with diag_write_*: the base name of file and
 * the bare name of func. Missing names show as <nofile> and <nofunc>.
 */
externC void cyg_infra_write_place(const char *func, const char *file, cyg_uint32 line);

#endif /* CYGONCE_INFRA_LOCATION_H */
