/*
 * diag_sprintf1.c -- the conversions of the diag_printf formatter
 *
 * Part of the Cygnet infrastructure tests. Each check formats into a
 * buffer with diag_vsprintf and compares the text and the returned
 * count with what the formatter's rules give: the documented examples,
 * every conversion, the flags, widths and length modifiers, and the
 * quirks (a precision only asks for zero padding; unknown conversions
 * are printed as they stand).
 */

#include <pkgconf/infra.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/infra/testcase.h>
#include <cyg/infra/diag.h>
#include <stdarg.h>

static char result[256];
static char report[512];
static int failures;
static int checks;

static int text_length(const char *s)
{
    int n = 0;

    while (s[n] != '\0')
        n++;
    return n;
}

static cyg_bool same_text(const char *a, const char *b)
{
    while (*a != '\0' && *a == *b) {
        a++;
        b++;
    }
    return *a == *b;
}

/*
 * Formats fmt and its arguments and compares with expected. Not declared
 * with a printf format attribute: several conversions under test (%b,
 * %D, %q, ...) are not standard and the compiler would reject them.
 */
static void check(const char *expected, const char *fmt, ...)
{
    va_list ap;
    int count;

    va_start(ap, fmt);
    count = diag_vsprintf(result, fmt, ap);
    va_end(ap);
    checks++;
    if (!same_text(result, expected) || count != text_length(expected)) {
        failures++;
        diag_snprintf(report, sizeof(report),
                      "format \"%s\" gave \"%s\" (count %d), expected \"%s\" (count %d)",
                      fmt, result, count, expected, text_length(expected));
        CYG_TEST_FAIL(report);
    }
}

/* The examples given with the formatter's description. */
static void check_documented_examples(void)
{
    check("   42", "%5d", 42);
    check("42   ", "%-5d", 42);
    check("00042", "%05d", 42);
    check("ff", "%x", 255);
    check("FF", "%X", 255);
    check("000000ff", "%08x", 255);
    check("-5", "%lld", -5LL);
    check("3000000000", "%u", 3000000000u);
}

static void check_signed_decimal(void)
{
    check("0", "%d", 0);
    check("-42", "%d", -42);
    check("2147483647", "%d", 2147483647);
    check("-2147483648", "%d", -2147483647 - 1);
    check("17", "%D", 17);
    check("  -42", "%5d", -42);
    check("-42  |", "%-5d|", -42);
    check("-0042", "%05d", -42);
    check("123", "%2d", 123);
    check("-123456789", "%ld", -123456789L);
    check("-9223372036854775808", "%lld", -9223372036854775807LL - 1);
    check("9223372036854775807", "%lld", 9223372036854775807LL);
}

static void check_unsigned_decimal(void)
{
    check("0", "%u", 0u);
    check("4294967295", "%u", 4294967295u);
    check("17", "%U", 17u);
    check("4000000000", "%lu", 4000000000UL);
    check("18446744073709551615", "%llu", 18446744073709551615ULL);
    check("12345", "%zu", (size_t)12345);
    check("   7", "%4u", 7u);
    check("0007", "%04u", 7u);
}

static void check_hex(void)
{
    check("0", "%x", 0u);
    check("deadbeef", "%x", 0xdeadbeefu);
    check("DEADBEEF", "%X", 0xdeadbeefu);
    check("ffffffff", "%x", -1);
    check("deadbeef", "%lx", 0xdeadbeefUL);
    check("123456789abcdef", "%llx", 0x123456789abcdefULL);
    check("123456789ABCDEF", "%llX", 0x123456789abcdefULL);
    check("abc", "%zx", (size_t)0xabc);
    check("  1f", "%4x", 0x1f);
    check("1f  |", "%-4x|", 0x1f);
}

/* Binary digits come least significant first, as '1' and '.'. */
static void check_binary(void)
{
    check("1", "%b", 1u);
    check("1.1", "%b", 5u);
    check(".11", "%b", 6u);
    check(".......1", "%B", 0x80u);
}

/* %p: "0x" and the value in hex, zero-padded to the digits of a long. */
static void check_pointer(void)
{
    char expected[64];
    unsigned digits = 2 * sizeof(unsigned long);
    unsigned n = 0;
    unsigned i;

    expected[n++] = '0';
    expected[n++] = 'x';
    for (i = 0; i < digits - 4; i++)
        expected[n++] = '0';
    expected[n++] = 'a';
    expected[n++] = 'b';
    expected[n++] = 'c';
    expected[n++] = 'd';
    expected[n] = '\0';
    check(expected, "%p", (void *)(CYG_ADDRWORD)0xabcd);
}

static void check_characters_and_strings(void)
{
    check("A", "%c", 'A');
    check("B", "%C", 'B');
    check("  A", "%3c", 'A');
    check("A  |", "%-3c|", 'A');
    check("hello", "%s", "hello");
    check("hello", "%S", "hello");
    check("     hello", "%10s", "hello");
    check("hello     |", "%-10s|", "hello");
    check("hello", "%3s", "hello");
    check("", "%s", "");
    check("<null>", "%s", (const char *)0);
    check("  <null>", "%8s", (const char *)0);
}

/* A precision never truncates or limits digits: it asks for zeros. */
static void check_precision_quirk(void)
{
    check("abcdef", "%.3s", "abcdef");
    check("00042", "%5.3d", 42);
    check("7", "%.2d", 7);
    check("000000ff", "%8.3x", 255);
    check("-0042", "%5.1d", -42);
}

static void check_literals_and_unknown_conversions(void)
{
    check("plain text", "plain text");
    check("", "");
    check("%", "%%");
    check("100%", "100%%");
    check("%q", "%q");
    check("%w5", "%w%d", 5);
    check("%+d", "%+d", 5);
    check("%#x", "%#x", 5);
    check("% d", "% d", 5);
}

static void check_mixed(void)
{
    check("a1b-2cxyzd", "a%db%dc%sd", 1, -2, "xyz");
    check("[   42|ff  |<null>|%]", "[%5d|%-4x|%s|%%]", 42, 255, (const char *)0);
    check("line\nnext", "line\n%s", "next");
}

externC void cyg_start(void)
{
    CYG_TEST_INIT();

    check_documented_examples();
    check_signed_decimal();
    check_unsigned_decimal();
    check_hex();
    check_binary();
    check_pointer();
    check_characters_and_strings();
    check_precision_quirk();
    check_literals_and_unknown_conversions();
    check_mixed();

    CYG_TEST_CHECK(checks >= 70, "not every check ran");
    if (failures == 0)
        CYG_TEST_PASS_FINISH("diag_sprintf conversions");
    CYG_TEST_FAIL_FINISH("diag_sprintf conversions");
}
