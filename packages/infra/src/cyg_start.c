/*
 * cyg_start.c -- the default system start-up
 *
 * Part of the Cygnet infrastructure package. The HAL calls cyg_start()
 * once static constructors have run. A program may define cyg_start()
 * itself to take over completely; the default runs the hooks, which
 * are the usual places for configuration-specific and application
 * set-up, then hands the processor to the scheduler.
 */

#include <pkgconf/infra.h>
#include <cyg/infra/cyg_type.h>
#include "startup.h"

#ifdef CYGPKG_KERNEL
/* Provided by the kernel: starts the scheduler, with or without the
 * kernel C API, and never returns. */
externC void cyg_kernel_start(void) CYGBLD_ATTRIB_NORET;
#endif

CYGBLD_ATTRIB_WEAK
void cyg_start(void)
{
    cyg_prestart();
    cyg_package_start();
    cyg_user_start();
#ifdef CYGPKG_KERNEL
    cyg_kernel_start();
#endif
}
