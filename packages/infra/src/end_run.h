#ifndef CYGONCE_INFRA_END_RUN_H
#define CYGONCE_INFRA_END_RUN_H
/*
 * end_run.h -- stopping the system for good
 *
 * Private to the infrastructure package's sources.
 */

#include <pkgconf/infra.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/hal/hal_intr.h>

/*
 * Ends the run, telling the host whether it failed when the HAL can
 * (the status form is a Cygnet addition; a HAL with only the plain exit
 * reports success either way). Without either, the system stops here.
 */
static inline void cyg_infra_end_run(int failed) CYGBLD_ATTRIB_NORET;
static inline void cyg_infra_end_run(int failed)
{
#if defined(CYGHWR_TEST_PROGRAM_EXIT_STATUS)
    CYGHWR_TEST_PROGRAM_EXIT_STATUS(failed);
#elif defined(CYGHWR_TEST_PROGRAM_EXIT)
    (void)failed;
    CYGHWR_TEST_PROGRAM_EXIT();
#else
    (void)failed;
#endif
    for (;;)
        ;
}

#endif /* CYGONCE_INFRA_END_RUN_H */
