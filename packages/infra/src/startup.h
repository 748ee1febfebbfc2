#ifndef CYGONCE_INFRA_STARTUP_H
#define CYGONCE_INFRA_STARTUP_H
/*
 * startup.h -- the start-up hooks
 *
 * Private to the infrastructure package's sources. Each hook has a weak
 * default in a file of its own, so that a program defining one of them
 * does not link the others' defaults for nothing.
 */

#include <pkgconf/infra.h>
#include <cyg/infra/cyg_type.h>

externC void cyg_start(void);
externC void cyg_prestart(void);
externC void cyg_package_start(void);
externC void cyg_user_start(void);

#endif /* CYGONCE_INFRA_STARTUP_H */
