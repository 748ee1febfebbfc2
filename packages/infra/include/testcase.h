#ifndef CYGONCE_INFRA_TESTCASE_H
#define CYGONCE_INFRA_TESTCASE_H
/*
 * testcase.h -- test harness API
 *
 * Part of the Cygnet infrastructure package; eCos-compatible API and
 * output. A test reports through lines on the diagnostic channel:
 * PASS:<...>, FAIL:<...> Line: N, File: F, EXIT:<...>, INFO:<...>,
 * NOTAPPLICABLE:<...>. The run ends through cyg_test_exit(), which
 * reports failure to the host (where the HAL can) if any FAIL line was
 * printed.
 */

#include <cyg/infra/cyg_type.h>

typedef enum {
    CYGNUM_TEST_FAIL,
    CYGNUM_TEST_PASS,
    CYGNUM_TEST_EXIT,
    CYGNUM_TEST_INFO,
    CYGNUM_TEST_GDBCMD,
    CYGNUM_TEST_NA
} Cyg_test_code;

externC void cyg_test_output(Cyg_test_code _status_, const char* _msg_,
                             int _line_number_, const char* _file_);
externC void cyg_test_init(void);
externC void cyg_test_exit(void) CYGBLD_ATTRIB_NORET;
externC int cyg_test_is_simulator;

#define CYG_TEST_OUTPUT_(_code_, _msg_) \
    cyg_test_output((_code_), (_msg_), __LINE__, __FILE__)

#define CYG_TEST_INIT() cyg_test_init()

#define CYG_TEST_INFO(_msg_) \
    CYG_MACRO_START CYG_TEST_OUTPUT_(CYGNUM_TEST_INFO, _msg_); CYG_MACRO_END
#define CYG_TEST_PASS(_msg_) \
    CYG_MACRO_START CYG_TEST_OUTPUT_(CYGNUM_TEST_PASS, _msg_); CYG_MACRO_END
#define CYG_TEST_FAIL(_msg_) \
    CYG_MACRO_START CYG_TEST_OUTPUT_(CYGNUM_TEST_FAIL, _msg_); CYG_MACRO_END
#define CYG_TEST_GDBCMD(_command_) \
    CYG_MACRO_START CYG_TEST_OUTPUT_(CYGNUM_TEST_GDBCMD, _command_); CYG_MACRO_END

/* An expression, so that it may stand where a value is expected. */
#define CYG_TEST_EXIT(_msg_) \
    (CYG_TEST_OUTPUT_(CYGNUM_TEST_EXIT, _msg_), cyg_test_exit())

#define CYG_TEST_NA(_msg_)                              \
    CYG_MACRO_START                                     \
        CYG_TEST_OUTPUT_(CYGNUM_TEST_NA, _msg_);        \
        cyg_test_exit();                                \
    CYG_MACRO_END

/* A compound test is several tests linked into one program: each part
 * returns to the driver instead of ending the run. */
#ifdef CYG_COMPOUND_TEST
# define CYG_TEST_FINISH(_msg_)                         \
    CYG_MACRO_START                                     \
        CYG_TEST_OUTPUT_(CYGNUM_TEST_EXIT, _msg_);      \
        return 0;                                       \
    CYG_MACRO_END
#else
# define CYG_TEST_FINISH(_msg_) CYG_TEST_EXIT(_msg_)
#endif

#define CYG_TEST_STILL_ALIVE(_ctr_, _msg_) CYG_TEST_INFO(_msg_)

#define CYG_TEST_PASS_FINISH(_msg_) \
    CYG_MACRO_START CYG_TEST_PASS(_msg_); CYG_TEST_FINISH("done"); CYG_MACRO_END
#define CYG_TEST_FAIL_FINISH(_msg_) \
    CYG_MACRO_START CYG_TEST_FAIL(_msg_); CYG_TEST_FINISH("done"); CYG_MACRO_END

#define CYG_TEST_CHECK(_chk_, _msg_)                    \
    CYG_MACRO_START                                     \
        if (!(_chk_)) {                                 \
            CYG_TEST_FAIL(_msg_);                       \
            cyg_test_exit();                            \
        }                                               \
    CYG_MACRO_END

#define CYG_TEST_PASS_FAIL(_cdn_, _msg_)                \
    CYG_MACRO_START                                     \
        if (_cdn_)                                      \
            CYG_TEST_PASS(_msg_);                       \
        else                                            \
            CYG_TEST_FAIL(_msg_);                       \
    CYG_MACRO_END

/* Obsolete forms, kept for old tests. */
#define CYG_TEST_PASS_EXIT(_msg_) \
    CYG_MACRO_START CYG_TEST_PASS(_msg_); CYG_TEST_EXIT("done"); CYG_MACRO_END
#define CYG_TEST_FAIL_EXIT(_msg_) \
    CYG_MACRO_START CYG_TEST_FAIL(_msg_); CYG_TEST_EXIT("done"); CYG_MACRO_END

#endif /* CYGONCE_INFRA_TESTCASE_H */
