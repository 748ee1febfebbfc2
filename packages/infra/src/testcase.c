/*
 * testcase.c -- the test harness behind <cyg/infra/testcase.h>
 *
 * Part of the Cygnet infrastructure package. Test programs report
 * through lines on the diagnostic channel, which a harness on the host
 * reads; where the HAL can also pass an exit status to the host, the
 * status says whether any FAIL line was printed, so that a runner need
 * not parse the output to know the verdict.
 */

#include <pkgconf/infra.h>
#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/infra/testcase.h>
#include <cyg/infra/diag.h>
#include <cyg/hal/hal_intr.h>
#include "end_run.h"

#ifdef CYGHWR_TARGET_SIMULATOR_NO_GDB_WORKING
int cyg_test_is_simulator = 1;
#else
int cyg_test_is_simulator = 0;
#endif

static volatile cyg_bool test_failed = false;

void cyg_test_init(void)
{
}

static void write_tagged(const char *tag, const char *msg)
{
    diag_write_string(tag);
    diag_write_string(":<");
    diag_write_string(msg);
    diag_write_char('>');
}

void cyg_test_output(Cyg_test_code status, const char *msg, int line, const char *file)
{
    switch (status) {
    case CYGNUM_TEST_FAIL:
        test_failed = true;
        write_tagged("FAIL", msg);
        diag_write_string(" Line: ");
        diag_write_dec(line);
        diag_write_string(", File: ");
        diag_write_string(file);
        break;
    case CYGNUM_TEST_PASS:
        write_tagged("PASS", msg);
        break;
    case CYGNUM_TEST_EXIT:
        write_tagged("EXIT", msg);
        break;
    case CYGNUM_TEST_INFO:
        write_tagged("INFO", msg);
        break;
    case CYGNUM_TEST_GDBCMD:
        write_tagged("GDB", msg);
        break;
    case CYGNUM_TEST_NA:
        write_tagged("NOTAPPLICABLE", msg);
        break;
    default:
        write_tagged("UNKNOWN STATUS", msg);
        break;
    }
    diag_write_char('\n');
}

/* Boards without a way to report to the host may be reset instead, so
 * that an automated run moves on to the next test. */
void cyg_test_exit(void)
{
#if !defined(CYGHWR_TEST_PROGRAM_EXIT_STATUS) && !defined(CYGHWR_TEST_PROGRAM_EXIT) && \
    defined(CYGSEM_INFRA_RESET_ON_TEST_EXIT)
    HAL_PLATFORM_RESET();
#endif
    cyg_infra_end_run(test_failed);
}
