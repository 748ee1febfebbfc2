/*
 * cyg_user_start.c -- default for the application start-up hook
 *
 * Part of the Cygnet infrastructure package. Applications normally
 * define cyg_user_start() to create their threads and other objects;
 * the scheduler starts when it returns. The default does nothing, for
 * programs that do all their work in static constructors.
 */

#include <pkgconf/infra.h>
#include <cyg/infra/cyg_type.h>
#include "startup.h"

CYGBLD_ATTRIB_WEAK
void cyg_user_start(void)
{
}
