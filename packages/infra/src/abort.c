/*
 * abort.c -- abort() for configurations without a C library
 *
 * Part of the Cygnet infrastructure package (CYGFUN_INFRA_DUMMY_ABORT).
 * Compilers and support libraries may call abort() even when the
 * application never does; here it stops the system, as a failure.
 */

#include <pkgconf/infra.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/infra/cyg_ass.h>
#include <cyg/hal/hal_intr.h>
#include "end_run.h"

void abort(void) CYGBLD_ATTRIB_NORET;

void abort(void)
{
    CYG_INTERRUPT_STATE old_state;

    /* Nothing else may run once the program has given up. */
    HAL_DISABLE_INTERRUPTS(old_state);
    (void)old_state;
    CYG_FAIL("abort() called");
    cyg_infra_end_run(1);
}
