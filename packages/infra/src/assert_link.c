/*
 * assert_link.c -- links the default cyg_assert_fail() into every program
 *
 * Part of the Cygnet infrastructure package, compiled into libextras.a,
 * which the HAL links whole into every program.
 *
 * <cyg/infra/cyg_ass.h> declares cyg_assert_fail() weak so that a
 * program may replace it. The price is that every reference to it is
 * weak too, and a weak reference does not make the linker take the
 * default from libtarget.a: code whose only reference is that one (the
 * kernel's fatal-error checks, assertions built without messages)
 * would call address 0. The strong reference below, which does not see
 * the header, brings the default in, unless the program defines its own
 * and the linker has found that first.
 */

#include <pkgconf/infra.h>
#include <cyg/infra/cyg_type.h>

externC void cyg_assert_fail(const char *psz_func, const char *psz_file,
                             cyg_uint32 linenum, const char *psz_msg);

static void (*const assert_fail_reference)(const char *, const char *, cyg_uint32, const char *)
    CYGBLD_ATTRIB_USED = cyg_assert_fail;
