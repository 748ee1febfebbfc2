/*
 * cyg_prestart.c -- default for the earliest start-up hook
 *
 * Part of the Cygnet infrastructure package. A platform or application
 * may define cyg_prestart() for set-up that must precede every package's
 * start-up; by default there is none.
 */

#include <pkgconf/infra.h>
#include <cyg/infra/cyg_type.h>
#include "startup.h"

CYGBLD_ATTRIB_WEAK
void cyg_prestart(void)
{
}
