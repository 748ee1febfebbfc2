/*
 * diag_sprintf2.c -- buffers, limits and return values of the diag
 * printf family
 *
 * Part of the Cygnet infrastructure tests. Checks that diag_snprintf
 * stores at most len-1 characters plus a NUL and returns the number
 * stored; that diag_sprintf stops at its internal limit; that the v
 * forms behave like the others; that implausible format strings and %s
 * arguments are refused; and that diag_printf counts what it produces
 * and sends it to the sink given to diag_init_putc.
 *
 * Two checks print a "<Bad format string: ...>" line on the console:
 * that report is part of the behaviour under test.
 */

#include <pkgconf/infra.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/infra/testcase.h>
#include <cyg/infra/diag.h>
#include <stdarg.h>

#define GUARD 0x5A
#define SPRINTF_LIMIT 1024      /* bytes diag_sprintf may store, NUL included */
#define FORMAT_LIMIT 2048       /* longest format string accepted */

static char buffer[SPRINTF_LIMIT + 64];
static char long_text[FORMAT_LIMIT + 2];
static char captured[64];
static int captured_count;
static int failures;
static const char *volatile no_string = 0;

static void fail(const char *what)
{
    failures++;
    CYG_TEST_FAIL(what);
}

static void expect(cyg_bool ok, const char *what)
{
    if (!ok)
        fail(what);
}

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

static void fill(char *p, char c, int n)
{
    while (n-- > 0)
        *p++ = c;
}

/* True when buffer[from..to) still holds the guard bytes. */
static cyg_bool guard_intact(int from, int to)
{
    for (; from < to; from++) {
        if (buffer[from] != (char)GUARD)
            return false;
    }
    return true;
}

static void reset_buffer(void)
{
    fill(buffer, (char)GUARD, sizeof(buffer));
}

/* ------------------------------------------------------------------ */

static void check_snprintf_bounds(void)
{
    int n;

    reset_buffer();
    n = diag_snprintf(buffer, 6, "hello world");
    expect(n == 5, "snprintf returns the count stored, not the full length");
    expect(same_text(buffer, "hello"), "snprintf keeps len-1 characters");
    expect(guard_intact(6, 16), "snprintf writes past len");

    reset_buffer();
    n = diag_snprintf(buffer, 4, "abc");
    expect(n == 3 && same_text(buffer, "abc"), "snprintf with an exact fit");

    reset_buffer();
    n = diag_snprintf(buffer, 4, "%d", 123456);
    expect(n == 3 && same_text(buffer, "123"), "snprintf truncates a number");
    expect(guard_intact(4, 16), "snprintf writes past len with a number");

    reset_buffer();
    n = diag_snprintf(buffer, 1, "abc");
    expect(n == 0 && buffer[0] == '\0', "snprintf with room for the NUL only");
    expect(guard_intact(1, 16), "snprintf(len 1) writes past the NUL");

    reset_buffer();
    n = diag_snprintf(buffer, 0, "abc");
    expect(n == 0, "snprintf with len 0 stores nothing");
    expect(guard_intact(0, 16), "snprintf with len 0 touches the buffer");

    reset_buffer();
    n = diag_snprintf(buffer, 64, "%s-%d", "x", 7);
    expect(n == 3 && same_text(buffer, "x-7"), "snprintf with room to spare");
    expect(guard_intact(4, 64), "snprintf writes past its text");
}

/* diag_sprintf knows no buffer size: it stores at most 1023 characters
 * and the NUL, and returns the count stored. */
static void check_sprintf_limit(void)
{
    int n;

    reset_buffer();
    n = diag_sprintf(buffer, "%2000s", "end");
    expect(n == SPRINTF_LIMIT - 1, "sprintf count at its limit");
    expect(buffer[SPRINTF_LIMIT - 1] == '\0', "sprintf NUL at its limit");
    expect(buffer[0] == ' ' && buffer[SPRINTF_LIMIT - 2] == ' ', "sprintf text at its limit");
    expect(guard_intact(SPRINTF_LIMIT, sizeof(buffer)), "sprintf writes past its limit");

    reset_buffer();
    n = diag_sprintf(buffer, "%s=%u", "v", 42u);
    expect(n == 4 && same_text(buffer, "v=42"), "sprintf short text");
    expect(guard_intact(5, 64), "sprintf writes past its text");
}

static int call_vsprintf(char *buf, const char *fmt, ...)
{
    va_list ap;
    int n;

    va_start(ap, fmt);
    n = diag_vsprintf(buf, fmt, ap);
    va_end(ap);
    return n;
}

static int call_vsnprintf(char *buf, size_t len, const char *fmt, ...)
{
    va_list ap;
    int n;

    va_start(ap, fmt);
    n = diag_vsnprintf(buf, len, fmt, ap);
    va_end(ap);
    return n;
}

static void check_v_forms(void)
{
    int n;

    reset_buffer();
    n = call_vsprintf(buffer, "%d|%s|%x", -3, "ab", 0xbeefu);
    expect(n == 10 && same_text(buffer, "-3|ab|beef"), "vsprintf");

    reset_buffer();
    n = call_vsnprintf(buffer, 5, "%d|%s|%x", -3, "ab", 0xbeefu);
    expect(n == 4 && same_text(buffer, "-3|a"), "vsnprintf truncates");
    expect(guard_intact(5, 16), "vsnprintf writes past len");
}

/* ------------------------------------------------------------------ */

static void check_format_string_checks(void)
{
    int n;

    /* Tab, CR, LF, backspace and escape belong in text. */
    n = diag_snprintf(buffer, 64, "\t\r\n\b\033.");
    expect(n == 6 && same_text(buffer, "\t\r\n\b\033."), "control characters allowed in a format");

    /* The longest acceptable format: 2048 characters. */
    fill(long_text, 'a', FORMAT_LIMIT);
    long_text[FORMAT_LIMIT] = '\0';
    n = diag_snprintf(buffer, sizeof(buffer), long_text, 0);
    expect(n == (int)sizeof(buffer) - 1, "2048-character format refused");

    CYG_TEST_INFO("two <Bad format string> reports follow");

    /* One more character and it is refused: nothing stored, 0 returned. */
    long_text[FORMAT_LIMIT] = 'a';
    long_text[FORMAT_LIMIT + 1] = '\0';
    reset_buffer();
    n = diag_snprintf(buffer, sizeof(buffer), long_text, 0);
    expect(n == 0 && buffer[0] == '\0', "2049-character format accepted");

    /* A character that is not text. */
    long_text[0] = 'o';
    long_text[1] = 'k';
    long_text[2] = 0x01;
    long_text[3] = '\0';
    reset_buffer();
    n = diag_sprintf(buffer, long_text, 0);
    expect(n == 0 && buffer[0] == '\0', "format with a control character accepted");
}

/* Reads the hex digits of "<Not a string: 0x...>" back into a value. */
static cyg_bool parse_not_a_string(const char *s, CYG_ADDRWORD *value)
{
    static const char head[] = "<Not a string: 0x";
    int i;

    for (i = 0; head[i] != '\0'; i++) {
        if (s[i] != head[i])
            return false;
    }
    *value = 0;
    for (s += i; *s != '>'; s++) {
        if (*s >= '0' && *s <= '9')
            *value = *value * 16 + (CYG_ADDRWORD)(*s - '0');
        else if (*s >= 'a' && *s <= 'f')
            *value = *value * 16 + (CYG_ADDRWORD)(*s - 'a' + 10);
        else
            return false;
    }
    return s[1] == '\0';
}

static void check_string_argument_checks(void)
{
    static const char not_text[] = { 'a', 0x02, 'b', 0 };
    CYG_ADDRWORD shown;
    int n;

    n = diag_snprintf(buffer, sizeof(buffer), "%s", not_text);
    expect(parse_not_a_string(buffer, &shown), "string with a control character printed");
    expect(shown == (CYG_ADDRWORD)not_text, "wrong address in <Not a string>");
    expect(n == text_length(buffer), "count of <Not a string>");

    /* Over-long text is refused as well. */
    fill(long_text, 'b', FORMAT_LIMIT + 1);
    long_text[FORMAT_LIMIT + 1] = '\0';
    diag_snprintf(buffer, sizeof(buffer), "%s", long_text);
    expect(parse_not_a_string(buffer, &shown) && shown == (CYG_ADDRWORD)long_text,
           "over-long string printed");

    /* Through a volatile, as the compiler rejects a literal null %s. */
    n = diag_snprintf(buffer, 8, "%s", no_string);
    expect(n == 6 && same_text(buffer, "<null>"), "null string");
}

/* ------------------------------------------------------------------ */

static void capture(char c, void **param)
{
    (void)param;
    if (captured_count < (int)sizeof(captured) - 1)
        captured[captured_count] = c;
    captured_count++;
}

static int call_vprintf(const char *fmt, ...)
{
    va_list ap;
    int n;

    va_start(ap, fmt);
    n = diag_vprintf(fmt, ap);
    va_end(ap);
    return n;
}

/* The sink sees '\n' itself: the CR is added on the way to the channel. */
static void check_printf_sink_and_count(void)
{
    int n;

    captured_count = 0;
    diag_init_putc(capture);
    n = diag_printf("x=%d %s\n", 42, "ok");
    diag_init_putc(0);
    captured[captured_count < (int)sizeof(captured) ? captured_count : 0] = '\0';
    expect(n == 8, "diag_printf count");
    expect(captured_count == 8 && same_text(captured, "x=42 ok\n"), "diag_printf sink output");

    captured_count = 0;
    diag_init_putc(capture);
    n = call_vprintf("%05u|", 12u);
    diag_init_putc(0);
    captured[captured_count < (int)sizeof(captured) ? captured_count : 0] = '\0';
    expect(n == 6 && same_text(captured, "00012|"), "diag_vprintf through the sink");

    /* After the reset, output goes back to the console, not the sink. */
    captured_count = 0;
    n = diag_printf("INFO:<%s>\n", "console again");
    expect(n == 21 && captured_count == 0, "sink still in use after diag_init_putc(0)");
}

externC void cyg_start(void)
{
    CYG_TEST_INIT();

    check_snprintf_bounds();
    check_sprintf_limit();
    check_v_forms();
    check_format_string_checks();
    check_string_argument_checks();
    check_printf_sink_and_count();

    if (failures == 0)
        CYG_TEST_PASS_FINISH("diag_sprintf buffers and limits");
    CYG_TEST_FAIL_FINISH("diag_sprintf buffers and limits");
}
