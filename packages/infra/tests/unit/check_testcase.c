/*
 * check_testcase.c -- host unit tests of <cyg/infra/testcase.h>
 *
 * Part of the Cygnet infrastructure tests. Built against a configured
 * Linux synthetic tree and run on the host:
 *
 *     cc -Wall -Wextra -Werror -I<tree>/install/include check_testcase.c \
 *        <tree>/install/lib/libtarget.a $(pkg-config --cflags --libs check)
 *
 * Checks the exact text of every test output line (with CR LF line
 * ends), which macros end the run, and the run's exit status: failure
 * when a FAIL line was printed, success otherwise (NOTAPPLICABLE
 * included).
 */

#include "capture.h"

#include <check.h>

#include <pkgconf/infra.h>
#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/infra/testcase.h>
#include <cyg/hal/hal_intr.h>

/* ------------------------------------------------------------------ */
/* cyg_test_output: one line per status.                               */

static void output_each_status(void)
{
    cyg_test_output(CYGNUM_TEST_PASS, "p", 1, "f.c");
    cyg_test_output(CYGNUM_TEST_FAIL, "fail msg", 9, "tfmt.c");
    cyg_test_output(CYGNUM_TEST_EXIT, "done", 3, "f.c");
    cyg_test_output(CYGNUM_TEST_INFO, "i", 4, "f.c");
    cyg_test_output(CYGNUM_TEST_GDBCMD, "g", 5, "f.c");
    cyg_test_output(CYGNUM_TEST_NA, "n", 6, "f.c");
    cyg_test_output((Cyg_test_code)42, "u", 7, "f.c");
}

START_TEST(test_output_lines)
{
    struct capture c;

    capture_run(output_each_status, &c);
    ck_assert_int_eq(c.status, CAPTURE_RETURNED);
    ck_assert_str_eq(c.out,
                     "PASS:<p>\r\n"
                     "FAIL:<fail msg> Line: 9, File: tfmt.c\r\n"
                     "EXIT:<done>\r\n"
                     "INFO:<i>\r\n"
                     "GDB:<g>\r\n"
                     "NOTAPPLICABLE:<n>\r\n"
                     "UNKNOWN STATUS:<u>\r\n");
}
END_TEST

static void output_special_messages(void)
{
    cyg_test_output(CYGNUM_TEST_INFO, "two\nlines", 1, "f.c");
    cyg_test_output(CYGNUM_TEST_PASS, "", 1, "f.c");
    cyg_test_output(CYGNUM_TEST_FAIL, "x", 12345, "/some/dir/file.c");
}

START_TEST(test_output_messages_verbatim)
{
    struct capture c;

    capture_run(output_special_messages, &c);
    ck_assert_str_eq(c.out,
                     "INFO:<two\r\nlines>\r\n"
                     "PASS:<>\r\n"
                     "FAIL:<x> Line: 12345, File: /some/dir/file.c\r\n");
}
END_TEST

/* ------------------------------------------------------------------ */
/* The macros: text, line numbers and how the run ends.                */

static void pass_finish(void)
{
    CYG_TEST_INIT();
    CYG_TEST_PASS_FINISH("all good");
}

START_TEST(test_pass_finish_exits_successfully)
{
    struct capture c;

    capture_run(pass_finish, &c);
    ck_assert_str_eq(c.out, "PASS:<all good>\r\nEXIT:<done>\r\n");
    ck_assert(c.exited);
    ck_assert_int_eq(c.status, 0);
}
END_TEST

/* The code runs in a child process: the expected line numbers are
 * known at compile time instead. */
enum { FAIL_LINE = __LINE__ + 3 };
static void fail_then_finish(void)
{
    CYG_TEST_FAIL("bad");
    CYG_TEST_PASS("later good");
    CYG_TEST_FINISH("done");
}

START_TEST(test_any_fail_makes_the_run_fail)
{
    struct capture c;
    char expected[256];

    capture_run(fail_then_finish, &c);
    snprintf(expected, sizeof(expected),
             "FAIL:<bad> Line: %d, File: %s\r\nPASS:<later good>\r\nEXIT:<done>\r\n",
             (int)FAIL_LINE, __FILE__);
    ck_assert_str_eq(c.out, expected);
    ck_assert_int_eq(c.status, 1);
}
END_TEST

enum { CHECK_LINE = __LINE__ + 4 };
static void check_false(void)
{
    CYG_TEST_CHECK(1 + 1 == 2, "arithmetic");
    CYG_TEST_CHECK(1 + 1 == 3, "wrong sum");
    CYG_TEST_PASS("not reached");
}

START_TEST(test_check_fails_and_exits_without_exit_line)
{
    struct capture c;
    char expected[256];

    capture_run(check_false, &c);
    snprintf(expected, sizeof(expected), "FAIL:<wrong sum> Line: %d, File: %s\r\n",
             (int)CHECK_LINE, __FILE__);
    ck_assert_str_eq(c.out, expected);
    ck_assert_int_eq(c.status, 1);
}
END_TEST

static void not_applicable(void)
{
    CYG_TEST_NA("feature configured out");
    CYG_TEST_PASS("not reached");
}

START_TEST(test_na_exits_successfully_without_exit_line)
{
    struct capture c;

    capture_run(not_applicable, &c);
    ck_assert_str_eq(c.out, "NOTAPPLICABLE:<feature configured out>\r\n");
    ck_assert_int_eq(c.status, 0);
}
END_TEST

static void fail_finish(void)
{
    CYG_TEST_FAIL_FINISH("broken");
}

START_TEST(test_fail_finish)
{
    struct capture c;

    capture_run(fail_finish, &c);
    ck_assert_msg(strncmp(c.out, "FAIL:<broken> Line: ", 20) == 0, "got \"%s\"", c.out);
    ck_assert_msg(strstr(c.out, "\r\nEXIT:<done>\r\n") != NULL, "got \"%s\"", c.out);
    ck_assert_int_eq(c.status, 1);
}
END_TEST

static void info_and_pass_fail(void)
{
    CYG_TEST_INFO("info");
    CYG_TEST_STILL_ALIVE(3, "alive");
    CYG_TEST_PASS_FAIL(2 > 1, "yes");
    CYG_TEST_GDBCMD("cmd");
}

START_TEST(test_non_ending_macros_return)
{
    struct capture c;

    capture_run(info_and_pass_fail, &c);
    ck_assert_str_eq(c.out, "INFO:<info>\r\nINFO:<alive>\r\nPASS:<yes>\r\nGDB:<cmd>\r\n");
    ck_assert_int_eq(c.status, CAPTURE_RETURNED);
}
END_TEST

static void pass_fail_false(void)
{
    CYG_TEST_PASS_FAIL(0, "no");
    cyg_test_exit();
}

START_TEST(test_pass_fail_false_is_a_failure)
{
    struct capture c;

    capture_run(pass_fail_false, &c);
    ck_assert_msg(strncmp(c.out, "FAIL:<no> Line: ", 16) == 0, "got \"%s\"", c.out);
    ck_assert_int_eq(c.status, 1);
}
END_TEST

static void exit_in_expression(void)
{
    int unused = 0;

    /* CYG_TEST_EXIT is an expression. */
    unused ? (void)0 : CYG_TEST_EXIT("expr");
}

START_TEST(test_exit_is_an_expression)
{
    struct capture c;

    capture_run(exit_in_expression, &c);
    ck_assert_str_eq(c.out, "EXIT:<expr>\r\n");
    ck_assert_int_eq(c.status, 0);
}
END_TEST

START_TEST(test_codes_and_simulator_flag)
{
    ck_assert_int_eq(CYGNUM_TEST_FAIL, 0);
    ck_assert_int_eq(CYGNUM_TEST_PASS, 1);
    ck_assert_int_eq(CYGNUM_TEST_EXIT, 2);
    ck_assert_int_eq(CYGNUM_TEST_INFO, 3);
    ck_assert_int_eq(CYGNUM_TEST_GDBCMD, 4);
    ck_assert_int_eq(CYGNUM_TEST_NA, 5);
#ifdef CYGHWR_TARGET_SIMULATOR_NO_GDB_WORKING
    ck_assert_int_eq(cyg_test_is_simulator, 1);
#else
    ck_assert_int_eq(cyg_test_is_simulator, 0);
#endif
}
END_TEST

/* ------------------------------------------------------------------ */

static Suite *testcase_suite(void)
{
    Suite *s = suite_create("testcase");
    TCase *output = tcase_create("output");
    TCase *macros = tcase_create("macros");

    tcase_add_test(output, test_output_lines);
    tcase_add_test(output, test_output_messages_verbatim);
    suite_add_tcase(s, output);

    tcase_add_test(macros, test_pass_finish_exits_successfully);
    tcase_add_test(macros, test_any_fail_makes_the_run_fail);
    tcase_add_test(macros, test_check_fails_and_exits_without_exit_line);
    tcase_add_test(macros, test_na_exits_successfully_without_exit_line);
    tcase_add_test(macros, test_fail_finish);
    tcase_add_test(macros, test_non_ending_macros_return);
    tcase_add_test(macros, test_pass_fail_false_is_a_failure);
    tcase_add_test(macros, test_exit_is_an_expression);
    tcase_add_test(macros, test_codes_and_simulator_flag);
    suite_add_tcase(s, macros);

    return s;
}

int main(void)
{
    SRunner *runner = srunner_create(testcase_suite());
    int failed;

    srunner_run_all(runner, CK_NORMAL);
    failed = srunner_ntests_failed(runner);
    srunner_free(runner);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
