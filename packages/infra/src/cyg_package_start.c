/*
 * cyg_package_start.c -- default for the package start-up hook
 *
 * Part of the Cygnet infrastructure package. Packages that need
 * starting outside the static constructors are started here; a
 * configuration may replace the whole hook with its own.
 */

#include <pkgconf/infra.h>
#include <cyg/infra/cyg_type.h>
#include "startup.h"

#ifdef CYGSEM_START_UITRON_COMPATIBILITY
externC void cyg_uitron_start(void);
#endif

CYGBLD_ATTRIB_WEAK
void cyg_package_start(void)
{
#ifdef CYGSEM_START_UITRON_COMPATIBILITY
    cyg_uitron_start();
#endif
}
