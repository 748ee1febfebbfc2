/*
 * diag_format.c -- the formatter behind diag_printf and friends
 *
 * Part of the Cygnet infrastructure package. A deliberately small,
 * eCos-compatible subset of printf:
 *
 *     %[-][0][width][.digits][l|ll|z]conversion
 *
 * with conversions d D u U x X p s S c C b B and %%. The precision is
 * read but only asks for zero padding; it never truncates. Anything
 * else after a '%' is printed as it stands, '%' included.
 *
 * Diagnostic output is often the last resort when something has gone
 * badly wrong, so the formatter guards against the commonest garbage:
 * a format string, or a %s argument, that is not plausible text is
 * reported instead of being followed into the weeds.
 */

#include <pkgconf/infra.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/infra/diag.h>
#include <stdint.h>
#include "diag_format.h"

/* Longest plausible format string or %s argument. */
#define TEXT_LIMIT 2048

/* Widths beyond this are surely corrupt formats; capping them also
 * keeps the arithmetic from overflowing. */
#define WIDTH_LIMIT 4096

/* Enough for 64 binary digits, or for a "not a string" report. */
#define FIELD_BUFFER_SIZE 72

static const char lower_digits[] = "0123456789abcdef";
static const char upper_digits[] = "0123456789ABCDEF";

struct output {
    cyg_infra_diag_putc_fn *putc;
    void **param;
    int count;
};

enum length { LENGTH_INT, LENGTH_LONG, LENGTH_LONG_LONG };

struct conversion {
    cyg_bool left;              /* '-': pad on the right */
    cyg_bool zero;              /* '0' or a precision: pad with zeros */
    unsigned width;
    enum length length;
    char type;                  /* the conversion character */
};

/* ------------------------------------------------------------------ */
/* Plausibility checks.                                                */

static cyg_bool is_text_char(unsigned char c)
{
    if (c >= 0x20 && c < 0x7F)
        return true;
    return c == '\n' || c == '\r' || c == '\b' || c == '\t' || c == 0x1B;
}

/* The length of s, or -1 when s is too long or holds a character that
 * text does not contain. */
static long text_length(const char *s)
{
    long n;

    for (n = 0; s[n] != '\0'; n++) {
        if (n >= TEXT_LIMIT || !is_text_char((unsigned char)s[n]))
            return -1;
    }
    return n;
}

/* ------------------------------------------------------------------ */
/* Rejecting a format string.                                          */

static void write_hex_digits(uintmax_t value, unsigned min_digits)
{
    char buf[2 * sizeof(uintmax_t)];
    unsigned n = 0;

    do {
        buf[n++] = upper_digits[value & 0xF];
        value >>= 4;
    } while (value != 0 && n < sizeof(buf));
    while (n < min_digits && n < sizeof(buf))
        buf[n++] = '0';
    while (n > 0)
        diag_write_char(buf[--n]);
}

/* The report goes straight to the console, bypassing any diag_init_putc
 * sink or sprintf buffer: it is meant for whoever watches the target.
 * The words after the address show what the pointer really points at. */
static void report_bad_format(const char *fmt)
{
    int i;

    diag_write_string("<Bad format string: ");
    write_hex_digits((uintptr_t)fmt, 1);
    diag_write_string(" :");
    for (i = 0; fmt != NULL && i < 8; i++) {
        union {
            cyg_uint32 word;
            char bytes[4];
        } u;
        int k;

        for (k = 0; k < 4; k++)
            u.bytes[k] = fmt[4 * i + k];
        diag_write_char(' ');
        write_hex_digits(u.word, 8);
    }
    diag_write_string(">\n");
}

/* ------------------------------------------------------------------ */
/* Output.                                                             */

static void emit(struct output *out, char c)
{
    out->putc(c, out->param);
    out->count++;
}

static void emit_repeated(struct output *out, char c, unsigned n)
{
    while (n-- > 0)
        emit(out, c);
}

static void emit_chars(struct output *out, const char *s, unsigned n)
{
    while (n-- > 0)
        emit(out, *s++);
}

/* Lays out prefix (sign or "0x") and body in the field width: zero
 * padding goes between the two, space padding outside. */
static void emit_field(struct output *out, const struct conversion *conv,
                       const char *prefix, const char *body, unsigned body_len)
{
    unsigned prefix_len = 0;
    unsigned used;
    unsigned pad;

    while (prefix[prefix_len] != '\0')
        prefix_len++;
    used = prefix_len + body_len;
    pad = conv->width > used ? conv->width - used : 0;

    if (conv->left) {
        emit_chars(out, prefix, prefix_len);
        emit_chars(out, body, body_len);
        emit_repeated(out, ' ', pad);
    } else if (conv->zero) {
        emit_chars(out, prefix, prefix_len);
        emit_repeated(out, '0', pad);
        emit_chars(out, body, body_len);
    } else {
        emit_repeated(out, ' ', pad);
        emit_chars(out, prefix, prefix_len);
        emit_chars(out, body, body_len);
    }
}

/* ------------------------------------------------------------------ */
/* Parsing a conversion.                                               */

static cyg_bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* size_t is read as whichever standard type has its size. */
static enum length size_t_length(void)
{
    if (sizeof(size_t) == sizeof(unsigned long))
        return LENGTH_LONG;
    if (sizeof(size_t) == sizeof(unsigned int))
        return LENGTH_INT;
    return LENGTH_LONG_LONG;
}

/* Parses what follows a '%'; returns a pointer to the conversion
 * character (possibly the terminating NUL). */
static const char *parse_conversion(const char *fmt, struct conversion *conv)
{
    conv->left = false;
    conv->zero = false;
    conv->width = 0;
    conv->length = LENGTH_INT;

    if (*fmt == '-') {
        conv->left = true;
        fmt++;
    }
    if (*fmt == '0')
        conv->zero = true;
    for (; is_digit(*fmt); fmt++) {
        conv->width = conv->width * 10 + (unsigned)(*fmt - '0');
        if (conv->width > WIDTH_LIMIT)
            conv->width = WIDTH_LIMIT;
    }
    if (*fmt == '.') {
        conv->zero = true;
        for (fmt++; is_digit(*fmt); fmt++)
            ;
    }
    if (*fmt == 'l') {
        conv->length = LENGTH_LONG;
        if (*++fmt == 'l') {
            conv->length = LENGTH_LONG_LONG;
            fmt++;
        }
    } else if (*fmt == 'z') {
        conv->length = size_t_length();
        fmt++;
    }
    conv->type = *fmt;
    return fmt;
}

/* ------------------------------------------------------------------ */
/* Fetching arguments and turning them into text.                      */

static unsigned long long fetch_unsigned(va_list *ap, enum length length)
{
    switch (length) {
    case LENGTH_LONG:
        return va_arg(*ap, unsigned long);
    case LENGTH_LONG_LONG:
        return va_arg(*ap, unsigned long long);
    default:
        return va_arg(*ap, unsigned int);
    }
}

static long long fetch_signed(va_list *ap, enum length length)
{
    switch (length) {
    case LENGTH_LONG:
        return va_arg(*ap, long);
    case LENGTH_LONG_LONG:
        return va_arg(*ap, long long);
    default:
        return va_arg(*ap, int);
    }
}

/* Writes value into buf, most significant digit first, with at least
 * min_digits digits; returns the number written. */
static unsigned render_number(char *buf, unsigned long long value, unsigned base,
                              const char *digits, unsigned min_digits)
{
    char reversed[FIELD_BUFFER_SIZE];
    unsigned n = 0;
    unsigned i;

    do {
        reversed[n++] = digits[value % base];
        value /= base;
    } while (value != 0);
    while (n < min_digits)
        reversed[n++] = '0';
    for (i = 0; i < n; i++)
        buf[i] = reversed[n - 1 - i];
    return n;
}

/* %b: the bits as '1' and '.', least significant first. */
static unsigned render_bits(char *buf, unsigned long long value)
{
    unsigned n = 0;

    do {
        buf[n++] = (value & 1) ? '1' : '.';
        value >>= 1;
    } while (value != 0);
    return n;
}

/* What a %s argument that is not text prints instead. */
static unsigned render_not_a_string(char *buf, const char *s)
{
    static const char head[] = "<Not a string: 0x";
    unsigned n;

    for (n = 0; head[n] != '\0'; n++)
        buf[n] = head[n];
    n += render_number(buf + n, (uintptr_t)s, 16, lower_digits, 1);
    buf[n++] = '>';
    return n;
}

static void convert_signed(struct output *out, const struct conversion *conv, va_list *ap)
{
    char buf[FIELD_BUFFER_SIZE];
    long long value = fetch_signed(ap, conv->length);
    unsigned long long magnitude = (unsigned long long)value;
    unsigned n;

    /* Unsigned negation is exact even for the most negative value. */
    if (value < 0)
        magnitude = 0 - magnitude;
    n = render_number(buf, magnitude, 10, lower_digits, 1);
    emit_field(out, conv, value < 0 ? "-" : "", buf, n);
}

static void convert_unsigned(struct output *out, const struct conversion *conv,
                             va_list *ap, unsigned base, const char *digits)
{
    char buf[FIELD_BUFFER_SIZE];
    unsigned n = render_number(buf, fetch_unsigned(ap, conv->length), base, digits, 1);

    emit_field(out, conv, "", buf, n);
}

static void convert_bits(struct output *out, const struct conversion *conv, va_list *ap)
{
    char buf[FIELD_BUFFER_SIZE];
    unsigned n = render_bits(buf, fetch_unsigned(ap, conv->length));

    emit_field(out, conv, "", buf, n);
}

static void convert_pointer(struct output *out, const struct conversion *conv, va_list *ap)
{
    char buf[FIELD_BUFFER_SIZE];
    uintptr_t value = (uintptr_t)va_arg(*ap, void *);
    unsigned n = render_number(buf, value, 16, lower_digits, 2 * sizeof(unsigned long));

    emit_field(out, conv, "0x", buf, n);
}

static void convert_char(struct output *out, const struct conversion *conv, va_list *ap)
{
    char c = (char)va_arg(*ap, int);

    emit_field(out, conv, "", &c, 1);
}

static void convert_string(struct output *out, const struct conversion *conv, va_list *ap)
{
    char buf[FIELD_BUFFER_SIZE];
    const char *s = va_arg(*ap, const char *);
    long len;

    if (s == NULL)
        s = "<null>";
    len = text_length(s);
    if (len < 0) {
        len = render_not_a_string(buf, s);
        s = buf;
    }
    emit_field(out, conv, "", s, (unsigned)len);
}

static void convert(struct output *out, const struct conversion *conv, va_list *ap)
{
    switch (conv->type) {
    case 'd': case 'D':
        convert_signed(out, conv, ap);
        break;
    case 'u': case 'U':
        convert_unsigned(out, conv, ap, 10, lower_digits);
        break;
    case 'x':
        convert_unsigned(out, conv, ap, 16, lower_digits);
        break;
    case 'X':
        convert_unsigned(out, conv, ap, 16, upper_digits);
        break;
    case 'b': case 'B':
        convert_bits(out, conv, ap);
        break;
    case 'p':
        convert_pointer(out, conv, ap);
        break;
    case 'c': case 'C':
        convert_char(out, conv, ap);
        break;
    case 's': case 'S':
        convert_string(out, conv, ap);
        break;
    case '%':
        emit(out, '%');
        break;
    default:
        emit(out, '%');
        emit(out, conv->type);
        break;
    }
}

/* ------------------------------------------------------------------ */

int cyg_infra_diag_format(cyg_infra_diag_putc_fn *putc, void **param,
                          const char *fmt, va_list ap)
{
    struct output out = { putc, param, 0 };
    struct conversion conv;
    va_list args;

    if (fmt == NULL || text_length(fmt) < 0) {
        report_bad_format(fmt);
        return 0;
    }

    /* A copy, because helpers need a pointer to it and a va_list
     * parameter may really be a pointer already. */
    va_copy(args, ap);
    while (*fmt != '\0') {
        if (*fmt != '%') {
            emit(&out, *fmt++);
            continue;
        }
        fmt = parse_conversion(fmt + 1, &conv);
        if (conv.type == '\0') {
            /* A lone '%' at the end is shown, not lost. */
            emit(&out, '%');
            break;
        }
        fmt++;
        convert(&out, &conv, &args);
    }
    va_end(args);
    return out.count;
}
