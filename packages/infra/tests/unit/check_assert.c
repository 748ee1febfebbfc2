/*
 * check_assert.c -- host unit tests of <cyg/infra/cyg_ass.h> and
 * <cyg/infra/cyg_type.h>
 *
 * Part of the Cygnet infrastructure tests. Built against a configured
 * Linux synthetic tree and run on the host:
 *
 *     cc -Wall -Wextra -Werror -I<tree>/install/include check_assert.c \
 *        <tree>/install/lib/libtarget.a $(pkg-config --cflags --libs check)
 *
 * Checks the "ASSERT FAIL:" line, that the default cyg_assert_fail ends
 * the run as a failure, the assertion macros as configured (asserts on
 * or off), the pointer checks, and the basic types and helpers.
 */

#include "capture.h"

#include <check.h>
#include <stdint.h>

#include <pkgconf/infra.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/infra/cyg_ass.h>
#include <cyg/infra/cyg_trac.h>

/* With the kernel configured, the line names the current thread; none
 * runs here. */
#ifdef CYGPKG_KERNEL
# define TID "<FFFF>"
#else
# define TID ""
#endif

/* ------------------------------------------------------------------ */
/* The assertion line.                                                 */

static void assert_msg_variants(void)
{
    cyg_assert_msg("my_function", "/path/to/src/file.c", 42, "it broke");
    cyg_assert_msg("void Cyg_Thread::resume(int, char *)", "thread.cxx", 412,
                   "SUSPENDED bit not set");
    cyg_assert_msg("int tmpl<int, long>::get(void) const", "t.cxx", 1, "m");
    cyg_assert_msg(NULL, NULL, 7, "no names");
}

START_TEST(test_assert_msg_line)
{
    struct capture c;

    capture_run(assert_msg_variants, &c);
    ck_assert_int_eq(c.status, CAPTURE_RETURNED);
    ck_assert_str_eq(c.out,
                     "ASSERT FAIL: " TID "file.c[42]my_function() it broke\r\n"
                     "ASSERT FAIL: " TID "thread.cxx[412]Cyg_Thread::resume() SUSPENDED bit not set\r\n"
                     "ASSERT FAIL: " TID "t.cxx[1]tmpl<int, long>::get() m\r\n"
                     "ASSERT FAIL: " TID "<nofile>[7]<nofunc> no names\r\n");
}
END_TEST

static void assert_fail_default(void)
{
    cyg_assert_fail("f", "dir/x.c", 3, "fatal");
}

START_TEST(test_assert_fail_ends_run_as_failure)
{
    struct capture c;

    capture_run(assert_fail_default, &c);
    ck_assert_str_eq(c.out, "ASSERT FAIL: " TID "x.c[3]f() fatal\r\n");
    ck_assert(c.exited);
    ck_assert_int_eq(c.status, 1);
}
END_TEST

/* ------------------------------------------------------------------ */
/* The macros, as configured.                                          */

static int evaluations;

static int counted(int value)
{
    evaluations++;
    return value;
}

/* Runs in a child process: the line is known at compile time. */
enum { ASSERT_LINE = __LINE__ + 3 };
static void failing_assert(void)
{
    CYG_ASSERT(counted(0), "must hold");
}

#ifdef CYGDBG_USE_ASSERTS

START_TEST(test_assert_macro_reports_and_stops)
{
    struct capture c;
    char line[256];
    char expected[600];

    capture_run(failing_assert, &c);
    snprintf(line, sizeof(line), "ASSERT FAIL: " TID "check_assert.c[%d]%s %s\r\n",
             (int)ASSERT_LINE,
# ifdef CYGDBG_INFRA_DEBUG_FUNCTION_PSEUDOMACRO
             "failing_assert()",
# else
             "<nofunc>",
# endif
# ifdef CYGDBG_INFRA_DEBUG_ASSERT_MESSAGE
             "must hold"
# else
             "<nomsg>"
# endif
        );
# ifdef CYGDBG_INFRA_DEBUG_ASSERT_MESSAGE
    /* cyg_assert_msg, then the default cyg_assert_fail. */
    snprintf(expected, sizeof(expected), "%s%s", line, line);
# else
    snprintf(expected, sizeof(expected), "%s", line);
# endif
    ck_assert_str_eq(c.out, expected);
    ck_assert_int_eq(c.status, 1);
}
END_TEST

START_TEST(test_passing_asserts_are_silent)
{
    evaluations = 0;
    CYG_ASSERT(counted(1), "holds");
    CYG_ASSERTC(counted(1));
    CYG_CHECK_DATA_PTR(&evaluations, "valid");
    CYG_CHECK_FUNC_PTRC(counted);
    ck_assert_int_eq(evaluations, 2);
}
END_TEST

#else /* !CYGDBG_USE_ASSERTS */

START_TEST(test_disabled_asserts_evaluate_nothing)
{
    evaluations = 0;
    CYG_ASSERT(counted(0), "never checked");
    CYG_ASSERTC(counted(0));
    CYG_FAIL("never reported");
    CYG_PRECONDITION(counted(0), "p");
    CYG_POSTCONDITIONC(counted(0));
    CYG_LOOP_INVARIANTC(counted(0));
    CYG_INVARIANTC(counted(0));
    CYG_CHECK_DATA_PTRC((void *)(intptr_t)counted(0));
    ck_assert_int_eq(evaluations, 0);
    ck_assert_int_eq(counted(1), 1);
}
END_TEST

#endif

/* Tracing macros compile whatever the configuration. */
static int traced_function(int x)
{
    CYG_REPORT_FUNCTYPE("returning %d");
    CYG_REPORT_FUNCARG1D(x);
    CYG_TRACE1(0, "x is %d", x);
    CYG_TRACE0B("user trace");
    CYG_REPORT_RETVAL(x + 1);
    return x + 1;
}

START_TEST(test_trace_macros_compile)
{
    ck_assert_int_eq(traced_function(1), 2);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Pointer checks.                                                     */

static void some_function(void)
{
}

START_TEST(test_pointer_checks)
{
    static int data;
    int local;

    ck_assert(!cyg_check_data_ptr(NULL));
    ck_assert(cyg_check_data_ptr(&data));
    ck_assert(cyg_check_data_ptr(&local));
    ck_assert(!cyg_check_func_ptr(NULL));
    ck_assert(cyg_check_func_ptr(some_function));
}
END_TEST

/* ------------------------------------------------------------------ */
/* cyg_type.h.                                                         */

START_TEST(test_type_sizes)
{
    ck_assert_uint_eq(sizeof(cyg_uint8), 1);
    ck_assert_uint_eq(sizeof(cyg_int16), 2);
    ck_assert_uint_eq(sizeof(cyg_uint32), 4);
    ck_assert_uint_eq(sizeof(cyg_int64), 8);
    ck_assert_uint_eq(sizeof(CYG_WORD), 4);
    ck_assert_uint_eq(sizeof(CYG_BYTE), 1);
    ck_assert_uint_eq(sizeof(CYG_WORD16), 2);
    ck_assert_uint_eq(sizeof(CYG_WORD64), 8);
    ck_assert_uint_eq(sizeof(CYG_ADDRWORD), sizeof(void *));
    ck_assert_uint_eq(sizeof(CYG_ADDRESS), sizeof(void *));
    ck_assert((cyg_uint8)-1 == 255);
    ck_assert((cyg_int8)-1 < 0);
    ck_assert(sizeof(cyg_ucount8) * 8 >= 8 && sizeof(cyg_count32) * 8 >= 32);
    ck_assert(sizeof(cyg_ucount64) * 8 >= 64);
}
END_TEST

START_TEST(test_pointer_round_trip)
{
    static int target;
    CYG_ADDRWORD word = (CYG_ADDRWORD)&target;

    ck_assert_ptr_eq((int *)word, &target);
}
END_TEST

START_TEST(test_bool_and_helpers)
{
    bool yes = true;
    bool no = false;
    int array[7];
    CYG_ADDRWORD data = 3;

    ck_assert(yes);
    ck_assert(!no);
    ck_assert_int_eq(true, 1);
    ck_assert_int_eq(false, 0);
    ck_assert_uint_eq(CYG_NELEM(array), 7);
    CYG_UNUSED_PARAM(CYG_ADDRWORD, data);
    CYG_EMPTY_STATEMENT;
    ck_assert_int_eq(CYG_LSBFIRST, 1234);
    ck_assert_int_eq(CYG_MSBFIRST, 4321);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    ck_assert_int_eq(CYG_BYTEORDER, CYG_LSBFIRST);
#else
    ck_assert_int_eq(CYG_BYTEORDER, CYG_MSBFIRST);
#endif
    ck_assert_int_eq(CYGARC_ALIGNMENT, 1 << CYGARC_P2ALIGNMENT);
}
END_TEST

START_TEST(test_init_priorities)
{
    ck_assert_int_eq(CYG_INIT_HAL, 10000);
    ck_assert_int_eq(CYG_INIT_SCHEDULER, 11000);
    ck_assert_int_eq(CYG_INIT_IDLE_THREAD, 11100);
    ck_assert_int_eq(CYG_INIT_INTERRUPTS, 12000);
    ck_assert_int_eq(CYG_INIT_CLOCK, 14000);
    ck_assert_int_eq(CYG_INIT_THREADS, 16000);
    ck_assert_int_eq(CYG_INIT_KERNEL, 19000);
    ck_assert_int_eq(CYG_INIT_MEMALLOC, 20000);
    ck_assert_int_eq(CYG_INIT_BUS_SPI, 32000);
    ck_assert_int_eq(CYG_INIT_DEV_FLASH, 37000);
    ck_assert_int_eq(CYG_INIT_LIBC, 56000);
    ck_assert_int_eq(CYG_INIT_APPLICATION, 60000);
    ck_assert_int_eq(CYG_INIT_DEFAULT, 65535);
}
END_TEST

/* Static constructors run in CYGBLD_ATTRIB_C_INIT_PRI order. */
static int init_order[2];
static int init_count;

static void CYGBLD_ATTRIB_C_INIT_PRI(CYG_INIT_APPLICATION) runs_second(void)
{
    init_order[init_count++] = 2;
}

static void CYGBLD_ATTRIB_C_INIT_BEFORE(CYG_INIT_APPLICATION) runs_first(void)
{
    init_order[init_count++] = 1;
}

START_TEST(test_c_init_priority_order)
{
    ck_assert_int_eq(init_count, 2);
    ck_assert_int_eq(init_order[0], 1);
    ck_assert_int_eq(init_order[1], 2);
}
END_TEST

/* ------------------------------------------------------------------ */

static Suite *assert_suite(void)
{
    Suite *s = suite_create("assert");
    TCase *lines = tcase_create("lines");
    TCase *macros = tcase_create("macros");
    TCase *types = tcase_create("types");

    tcase_add_test(lines, test_assert_msg_line);
    tcase_add_test(lines, test_assert_fail_ends_run_as_failure);
    suite_add_tcase(s, lines);

#ifdef CYGDBG_USE_ASSERTS
    tcase_add_test(macros, test_assert_macro_reports_and_stops);
    tcase_add_test(macros, test_passing_asserts_are_silent);
#else
    tcase_add_test(macros, test_disabled_asserts_evaluate_nothing);
    (void)failing_assert;
#endif
    tcase_add_test(macros, test_trace_macros_compile);
    tcase_add_test(macros, test_pointer_checks);
    suite_add_tcase(s, macros);

    tcase_add_test(types, test_type_sizes);
    tcase_add_test(types, test_pointer_round_trip);
    tcase_add_test(types, test_bool_and_helpers);
    tcase_add_test(types, test_init_priorities);
    tcase_add_test(types, test_c_init_priority_order);
    suite_add_tcase(s, types);

    return s;
}

int main(void)
{
    SRunner *runner = srunner_create(assert_suite());
    int failed;

    srunner_run_all(runner, CK_NORMAL);
    failed = srunner_ntests_failed(runner);
    srunner_free(runner);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
