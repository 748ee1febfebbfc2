/*
 * check_startup.c -- host unit tests of the start-up hooks
 *
 * Part of the Cygnet infrastructure tests. Built against a configured
 * Linux synthetic tree without the kernel and run on the host:
 *
 *     cc -Wall -Wextra -Werror -I<tree>/install/include check_startup.c \
 *        <tree>/install/lib/libtarget.a $(pkg-config --cflags --libs check)
 *
 * The program defines cyg_prestart() and cyg_user_start() but not
 * cyg_start() or cyg_package_start(): the weak defaults of those must
 * run the hooks in order, the program's own versions winning.
 */

#include "capture.h"

#include <check.h>

#include <pkgconf/infra.h>
#include <cyg/infra/cyg_type.h>

externC void cyg_start(void);
externC void cyg_prestart(void);
externC void cyg_package_start(void);
externC void cyg_user_start(void);

static char order[8];
static int calls;

void cyg_prestart(void)
{
    order[calls++] = 'P';
}

void cyg_user_start(void)
{
    order[calls++] = 'U';
}

#ifndef CYGPKG_KERNEL

START_TEST(test_default_cyg_start_runs_hooks_in_order)
{
    calls = 0;
    cyg_start();
    order[calls] = '\0';
    ck_assert_str_eq(order, "PU");
}
END_TEST

START_TEST(test_default_package_start_does_nothing)
{
    calls = 0;
    cyg_package_start();
    ck_assert_int_eq(calls, 0);
}
END_TEST

#endif

static Suite *startup_suite(void)
{
    Suite *s = suite_create("startup");
    TCase *hooks = tcase_create("hooks");

#ifndef CYGPKG_KERNEL
    tcase_add_test(hooks, test_default_cyg_start_runs_hooks_in_order);
    tcase_add_test(hooks, test_default_package_start_does_nothing);
#endif
    suite_add_tcase(s, hooks);
    return s;
}

int main(void)
{
    SRunner *runner = srunner_create(startup_suite());
    int failed;

    srunner_run_all(runner, CK_NORMAL);
    failed = srunner_ntests_failed(runner);
    srunner_free(runner);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
