/*
 * check_diag.c -- host unit tests of <cyg/infra/diag.h>
 *
 * Part of the Cygnet infrastructure tests. Built against a configured
 * Linux synthetic tree and run on the host:
 *
 *     cc -Wall -Wextra -Werror -I<tree>/install/include check_diag.c \
 *        <tree>/install/lib/libtarget.a $(pkg-config --cflags --libs check)
 *
 * Covers the output primitives (CR LF translation, decimal and hex), the
 * printf formatter (every conversion and its quirks), the buffer forms,
 * the console sink and its replacement, the rejection of bad format
 * strings and the hex dump layouts.
 */

#include "capture.h"

#include <check.h>
#include <stdarg.h>
#include <stdint.h>

#include <pkgconf/infra.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/infra/diag.h>

/* ------------------------------------------------------------------ */
/* Helpers.                                                            */

static char formatted[2048];

/* Not declared with a format attribute: some conversions under test
 * (%b, %D, %q, ...) are not standard. */
static void expect_format(const char *expected, const char *fmt, ...)
{
    va_list ap;
    int n;

    va_start(ap, fmt);
    n = diag_vsnprintf(formatted, sizeof(formatted), fmt, ap);
    va_end(ap);
    ck_assert_msg(strcmp(formatted, expected) == 0,
                  "format \"%s\" gave \"%s\", expected \"%s\"", fmt, formatted, expected);
    ck_assert_msg(n == (int)strlen(expected),
                  "format \"%s\" returned %d, expected %d", fmt, n, (int)strlen(expected));
}

/* A sink for diag_init_putc that collects characters. */
static char sink_text[4096];
static size_t sink_len;
static void **sink_param;

static void sink_putc(char c, void **param)
{
    sink_param = param;
    if (sink_len < sizeof(sink_text) - 1)
        sink_text[sink_len++] = c;
    sink_text[sink_len] = '\0';
}

static void sink_start(void)
{
    sink_len = 0;
    sink_text[0] = '\0';
    sink_param = NULL;
    diag_init_putc(sink_putc);
}

static void sink_stop(void)
{
    diag_init_putc(NULL);
}

/* A printf-like function for diag_vdump_buf_with_offset. */
static char dump_text[8192];
static size_t dump_len;

static int dump_printf(const char *fmt, ...)
{
    va_list ap;
    int n;

    va_start(ap, fmt);
    n = diag_vsnprintf(dump_text + dump_len, sizeof(dump_text) - dump_len, fmt, ap);
    va_end(ap);
    dump_len += (size_t)n;
    return n;
}

/* ------------------------------------------------------------------ */
/* Output primitives: what reaches the channel.                        */

static void write_newlines(void)
{
    diag_write_char('a');
    diag_write_char('\n');
    diag_write_string("b\nc\n");
    diag_write_char('\r');
}

START_TEST(test_write_char_adds_cr_before_lf)
{
    struct capture c;

    capture_run(write_newlines, &c);
    ck_assert_int_eq(c.status, CAPTURE_RETURNED);
    ck_assert_str_eq(c.out, "a\r\nb\r\nc\r\n\r");
}
END_TEST

static void write_numbers(void)
{
    diag_write_dec(0);
    diag_write_char(' ');
    diag_write_dec(123);
    diag_write_char(' ');
    diag_write_dec(-1);
    diag_write_char(' ');
    diag_write_dec(2147483647);
    diag_write_char(' ');
    diag_write_dec(-2147483647 - 1);
    diag_write_char(' ');
    diag_write_hex(0);
    diag_write_char(' ');
    diag_write_hex(0xabcdef);
    diag_write_char(' ');
    diag_write_hex(0xFFFFFFFFu);
    diag_write_char(' ');
    diag_write_hex(0x10);
}

START_TEST(test_write_dec_and_hex)
{
    struct capture c;

    capture_run(write_numbers, &c);
    ck_assert_str_eq(c.out, "0 123 -1 2147483647 -2147483648 0 ABCDEF FFFFFFFF 10");
}
END_TEST

static int console_count;

static void printf_to_console(void)
{
    console_count = diag_printf("x=%d\ny=%s\n", 5, "z");
    /* The count travels back through the exit status. */
    _exit(console_count);
}

START_TEST(test_printf_goes_to_console_with_cr_lf)
{
    struct capture c;

    diag_init();
    capture_run(printf_to_console, &c);
    ck_assert_str_eq(c.out, "x=5\r\ny=z\r\n");
    ck_assert_int_eq(c.status, 8);
}
END_TEST

/* ------------------------------------------------------------------ */
/* The formatter.                                                      */

START_TEST(test_documented_examples)
{
    expect_format("   42", "%5d", 42);
    expect_format("42   ", "%-5d", 42);
    expect_format("00042", "%05d", 42);
    expect_format("ff", "%x", 255);
    expect_format("FF", "%X", 255);
    expect_format("000000ff", "%08x", 255);
    expect_format("-5", "%lld", -5LL);
    expect_format("3000000000", "%u", 3000000000u);
}
END_TEST

START_TEST(test_integers)
{
    expect_format("0", "%d", 0);
    expect_format("-2147483648", "%d", INT32_MIN);
    expect_format("17 18", "%D %U", 17, 18u);
    expect_format("-0042", "%05d", -42);
    expect_format("  -42", "%5d", -42);
    expect_format("-42  |", "%-5d|", -42);
    expect_format("4294967295", "%u", -1);
    expect_format("ffffffff", "%x", -1);
    expect_format("-9223372036854775808", "%lld", INT64_MIN);
    expect_format("18446744073709551615", "%llu", UINT64_MAX);
    expect_format("-123456789", "%ld", -123456789L);
    expect_format("ffffffffffffffff", "%lx", ~0UL);
    expect_format("FEDCBA9876543210", "%llX", 0xFEDCBA9876543210ULL);
    expect_format("12345 abc", "%zu %zx", (size_t)12345, (size_t)0xabc);
}
END_TEST

START_TEST(test_pointer)
{
    char expected[64];

    snprintf(expected, sizeof(expected), "0x%0*lx", (int)(2 * sizeof(unsigned long)), 0x1234ul);
    expect_format(expected, "%p", (void *)0x1234);
    snprintf(expected, sizeof(expected), "0x%0*lx", (int)(2 * sizeof(unsigned long)),
             (unsigned long)(uintptr_t)formatted);
    expect_format(expected, "%p", (void *)formatted);
}
END_TEST

START_TEST(test_binary)
{
    expect_format("1.1", "%b", 5u);
    expect_format(".11", "%b", 6u);
    expect_format("1", "%B", 1u);
    expect_format("....1111", "%b", 0xF0u);
}
END_TEST

START_TEST(test_characters_and_strings)
{
    expect_format("A", "%c", 'A');
    expect_format("C", "%C", 'C');
    expect_format("  A|A  ", "%3c|%-3c", 'A', 'A');
    expect_format("text", "%s", "text");
    expect_format("text", "%S", "text");
    expect_format("  text|text  ", "%6s|%-6s", "text", "text");
    expect_format("<null>", "%s", (char *)NULL);
}
END_TEST

START_TEST(test_precision_only_zero_pads)
{
    expect_format("abcdef", "%.3s", "abcdef");
    expect_format("00042", "%5.3d", 42);
    expect_format("9", "%.4d", 9);
    expect_format("0000ff", "%6.1x", 255);
}
END_TEST

START_TEST(test_unknown_conversions_printed_literally)
{
    expect_format("%q", "%q");
    expect_format("%%", "%%%%");
    expect_format("%y3", "%y%d", 3);
    expect_format("%+d %#x", "%+d %#x");
}
END_TEST

START_TEST(test_not_a_string)
{
    static const char bad[] = { 'x', 0x01, 0 };
    char expected[64];

    snprintf(expected, sizeof(expected), "<Not a string: 0x%lx>", (unsigned long)(uintptr_t)bad);
    expect_format(expected, "%s", bad);
}
END_TEST

START_TEST(test_long_string_is_not_a_string)
{
    static char text[2050];
    char expected[64];

    memset(text, 'a', 2048);
    text[2048] = '\0';
    diag_snprintf(formatted, sizeof(formatted), "%s", text);
    ck_assert_int_eq(strlen(formatted), sizeof(formatted) - 1);
    ck_assert_int_eq(formatted[0], 'a');

    text[2048] = 'a';
    text[2049] = '\0';
    snprintf(expected, sizeof(expected), "<Not a string: 0x%lx>", (unsigned long)(uintptr_t)text);
    expect_format(expected, "%s", text);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Buffers and counts.                                                 */

START_TEST(test_snprintf_returns_count_stored)
{
    char buf[16];

    memset(buf, 'Z', sizeof(buf));
    ck_assert_int_eq(diag_snprintf(buf, 4, "%s", "abcdef"), 3);
    ck_assert_str_eq(buf, "abc");
    ck_assert_int_eq(buf[4], 'Z');

    memset(buf, 'Z', sizeof(buf));
    ck_assert_int_eq(diag_snprintf(buf, 0, "abc"), 0);
    ck_assert_int_eq(buf[0], 'Z');

    ck_assert_int_eq(diag_snprintf(buf, 1, "abc"), 0);
    ck_assert_str_eq(buf, "");

    ck_assert_int_eq(diag_snprintf(buf, sizeof(buf), "%d", 99), 2);
    ck_assert_str_eq(buf, "99");
}
END_TEST

START_TEST(test_sprintf_limit)
{
    static char buf[1100];

    memset(buf, 'Z', sizeof(buf));
    ck_assert_int_eq(diag_sprintf(buf, "%1500d", 7), 1023);
    ck_assert_int_eq(buf[1022], ' ');
    ck_assert_int_eq(buf[1023], '\0');
    ck_assert_int_eq(buf[1024], 'Z');
    ck_assert_int_eq(diag_sprintf(buf, "%s", "short"), 5);
    ck_assert_str_eq(buf, "short");
}
END_TEST

START_TEST(test_printf_sink_and_count)
{
    int n;

    sink_start();
    n = diag_printf("%s=%04x\n", "v", 0x2a);
    sink_stop();
    ck_assert_int_eq(n, 7);
    ck_assert_str_eq(sink_text, "v=002a\n");
    ck_assert_ptr_nonnull(sink_param);
}
END_TEST

static void printf_after_sink_reset(void)
{
    sink_start();
    sink_stop();
    diag_printf("console");
}

START_TEST(test_null_sink_restores_console)
{
    struct capture c;

    capture_run(printf_after_sink_reset, &c);
    ck_assert_str_eq(c.out, "console");
}
END_TEST

/* ------------------------------------------------------------------ */
/* Bad format strings.                                                 */

static char bad_format[40] = "ok\001 then more text, thirty-two+";
static int bad_format_count = -1;

static void printf_bad_format(void)
{
    bad_format_count = diag_printf(bad_format, 0);
    _exit(bad_format_count == 0 ? 0 : 1);
}

static void expected_bad_format_report(char *out, size_t size, const char *fmt)
{
    size_t n = (size_t)snprintf(out, size, "<Bad format string: %lX :",
                                (unsigned long)(uintptr_t)fmt);
    int i;

    for (i = 0; i < 8; i++) {
        uint32_t word;

        memcpy(&word, fmt + 4 * i, sizeof(word));
        n += (size_t)snprintf(out + n, size - n, " %08X", (unsigned)word);
    }
    snprintf(out + n, size - n, ">\r\n");
}

START_TEST(test_bad_format_reported_on_console)
{
    struct capture c;
    char expected[256];

    capture_run(printf_bad_format, &c);
    expected_bad_format_report(expected, sizeof(expected), bad_format);
    ck_assert_str_eq(c.out, expected);
    ck_assert_int_eq(c.status, 0);
}
END_TEST

static void sprintf_bad_format(void)
{
    char buf[16];
    int n;

    memset(buf, 'Z', sizeof(buf));
    n = diag_sprintf(buf, bad_format, 0);
    _exit(n == 0 && buf[0] == '\0' ? 0 : 1);
}

START_TEST(test_bad_format_in_sprintf)
{
    struct capture c;

    capture_run(sprintf_bad_format, &c);
    ck_assert_int_eq(c.status, 0);
    ck_assert_msg(strncmp(c.out, "<Bad format string: ", 20) == 0, "got \"%s\"", c.out);
}
END_TEST

static char long_format[2050];

static void snprintf_long_format(void)
{
    char buf[8];

    _exit(diag_snprintf(buf, sizeof(buf), long_format, 0) == 0 && buf[0] == '\0' ? 0 : 1);
}

START_TEST(test_format_length_limit)
{
    struct capture c;

    /* 2048 characters are accepted... */
    memset(long_format, 'f', 2048);
    long_format[2048] = '\0';
    ck_assert_int_eq(diag_snprintf(formatted, sizeof(formatted), long_format, 0),
                     (int)sizeof(formatted) - 1);

    /* ...2049 are not. */
    long_format[2048] = 'f';
    long_format[2049] = '\0';
    capture_run(snprintf_long_format, &c);
    ck_assert_int_eq(c.status, 0);
    ck_assert_msg(strncmp(c.out, "<Bad format string: ", 20) == 0, "got \"%s\"", c.out);
}
END_TEST

START_TEST(test_format_control_characters_allowed)
{
    ck_assert_int_eq(diag_snprintf(formatted, sizeof(formatted), "\t\r\n\b\033"), 5);
    ck_assert_str_eq(formatted, "\t\r\n\b\033");
}
END_TEST

static char format_with_del[] = "del\177";

static void printf_format_with_del(void)
{
    _exit(diag_printf(format_with_del, 0) == 0 ? 0 : 1);
}

START_TEST(test_format_with_del_refused)
{
    struct capture c;

    capture_run(printf_format_with_del, &c);
    ck_assert_int_eq(c.status, 0);
    ck_assert_msg(strncmp(c.out, "<Bad format string: ", 20) == 0, "got \"%s\"", c.out);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Hex dumps.                                                          */

static unsigned char dump_data[40];

static void fill_dump_data(void)
{
    size_t i;

    for (i = 0; i < sizeof(dump_data); i++)
        dump_data[i] = (unsigned char)(0x41 + i);
    dump_data[3] = 0x00;
    dump_data[4] = 0x7F;
    dump_data[5] = 0x1F;
    dump_data[6] = 0xFF;
}

START_TEST(test_dump_bytes_with_offset)
{
    fill_dump_data();
    dump_len = 0;
    diag_vdump_buf_with_offset(dump_printf, dump_data, 20, dump_data);
    ck_assert_str_eq(dump_text,
        "00000000: 41 42 43 00 7F 1F FF 48  49 4A 4B 4C 4D 4E 4F 50  |ABC....HIJKLMNOP|\n"
        "00000010: 51 52 53 54                                       |QRST|\n");
}
END_TEST

START_TEST(test_dump_end_address_as_length)
{
    fill_dump_data();
    dump_len = 0;
    diag_vdump_buf_with_offset(dump_printf, dump_data + 16,
                               (CYG_ADDRWORD)(dump_data + 20), dump_data);
    ck_assert_str_eq(dump_text,
        "00000010: 51 52 53 54                                       |QRST|\n");
}
END_TEST

START_TEST(test_dump_buf_shows_addresses)
{
    char expected[256];

    fill_dump_data();
    sink_start();
    diag_dump_buf(dump_data + 8, 8);
    sink_stop();
    snprintf(expected, sizeof(expected),
             "%08lX: 49 4A 4B 4C 4D 4E 4F 50                           |IJKLMNOP|\n",
             (unsigned long)(uintptr_t)(dump_data + 8));
    ck_assert_str_eq(sink_text, expected);
}
END_TEST

START_TEST(test_dump_32bit)
{
    static const cyg_uint32 words[6] = {
        0x01234567, 0x89ABCDEF, 0xDEADBEEF, 0x00000000, 0xFFFFFFFF, 0x00C0FFEE
    };

    sink_start();
    diag_dump_buf_with_offset_32bit((cyg_uint32 *)words, sizeof(words), (cyg_uint32 *)words);
    sink_stop();
    ck_assert_str_eq(sink_text,
        "00000000: 01234567 89ABCDEF DEADBEEF 00000000 \n"
        "00000010: FFFFFFFF 00C0FFEE \n");
}
END_TEST

START_TEST(test_dump_16bit)
{
    static const cyg_uint16 halves[10] = {
        0x0001, 0x0203, 0xABCD, 0xFFFF, 0x1234, 0x0000, 0x8000, 0x7FFF, 0xBEEF, 0x00FF
    };

    sink_start();
    diag_dump_buf_with_offset_16bit((cyg_uint16 *)halves, sizeof(halves), (cyg_uint16 *)halves);
    sink_stop();
    ck_assert_str_eq(sink_text,
        "00000000: 0001 0203 ABCD FFFF  1234 0000 8000 7FFF \n"
        "00000010: BEEF 00FF \n");
}
END_TEST

/* ------------------------------------------------------------------ */

static Suite *diag_suite(void)
{
    Suite *s = suite_create("diag");
    TCase *output = tcase_create("output");
    TCase *format = tcase_create("format");
    TCase *buffers = tcase_create("buffers");
    TCase *bad = tcase_create("bad_format");
    TCase *dump = tcase_create("dump");

    tcase_add_test(output, test_write_char_adds_cr_before_lf);
    tcase_add_test(output, test_write_dec_and_hex);
    tcase_add_test(output, test_printf_goes_to_console_with_cr_lf);
    suite_add_tcase(s, output);

    tcase_add_test(format, test_documented_examples);
    tcase_add_test(format, test_integers);
    tcase_add_test(format, test_pointer);
    tcase_add_test(format, test_binary);
    tcase_add_test(format, test_characters_and_strings);
    tcase_add_test(format, test_precision_only_zero_pads);
    tcase_add_test(format, test_unknown_conversions_printed_literally);
    tcase_add_test(format, test_not_a_string);
    tcase_add_test(format, test_long_string_is_not_a_string);
    suite_add_tcase(s, format);

    tcase_add_test(buffers, test_snprintf_returns_count_stored);
    tcase_add_test(buffers, test_sprintf_limit);
    tcase_add_test(buffers, test_printf_sink_and_count);
    tcase_add_test(buffers, test_null_sink_restores_console);
    suite_add_tcase(s, buffers);

    tcase_add_test(bad, test_bad_format_reported_on_console);
    tcase_add_test(bad, test_bad_format_in_sprintf);
    tcase_add_test(bad, test_format_length_limit);
    tcase_add_test(bad, test_format_control_characters_allowed);
    tcase_add_test(bad, test_format_with_del_refused);
    suite_add_tcase(s, bad);

    tcase_add_test(dump, test_dump_bytes_with_offset);
    tcase_add_test(dump, test_dump_end_address_as_length);
    tcase_add_test(dump, test_dump_buf_shows_addresses);
    tcase_add_test(dump, test_dump_32bit);
    tcase_add_test(dump, test_dump_16bit);
    suite_add_tcase(s, dump);

    return s;
}

int main(void)
{
    SRunner *runner = srunner_create(diag_suite());
    int failed;

    srunner_run_all(runner, CK_NORMAL);
    failed = srunner_ntests_failed(runner);
    srunner_free(runner);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
