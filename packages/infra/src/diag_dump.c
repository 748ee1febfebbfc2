/*
 * diag_dump.c -- hex dumps of memory on the diagnostic console
 *
 * Part of the Cygnet infrastructure package. Each line shows 16 bytes,
 * preceded by their address, or by their offset from a base address in
 * the _with_offset forms. The byte form adds the bytes as ASCII; the
 * 16-bit and 32-bit forms read whole units, for device registers and
 * buffers that must be accessed at their natural width.
 */

#include <pkgconf/infra.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/infra/diag.h>

#define BYTES_PER_LINE 16

/* Callers often pass the end of the area instead of its length; since
 * no area ends below its start, a "length" larger than the address
 * itself can only be an end address. */
static CYG_ADDRWORD area_length(const void *p, CYG_ADDRWORD len)
{
    CYG_ADDRWORD start = (CYG_ADDRWORD)p;

    return len > start ? len - start : len;
}

static unsigned long offset_of(const void *p, const void *base)
{
    return (unsigned long)((CYG_ADDRWORD)p - (CYG_ADDRWORD)base);
}

static char printable(cyg_uint8 c)
{
    return (c < 0x20 || c >= 0x7F) ? '.' : (char)c;
}

static void dump_byte_line(__printf_fun *pf, const cyg_uint8 *p, CYG_ADDRWORD count,
                           const cyg_uint8 *base)
{
    CYG_ADDRWORD i;

    pf("%08lX: ", offset_of(p, base));
    for (i = 0; i < BYTES_PER_LINE; i++) {
        if (i < count)
            pf("%02X ", p[i]);
        else
            pf("   ");
        if (i == BYTES_PER_LINE / 2 - 1)
            pf(" ");
    }
    pf(" |");
    for (i = 0; i < count; i++)
        pf("%c", printable(p[i]));
    pf("|\n");
}

void diag_vdump_buf_with_offset(__printf_fun *pf, cyg_uint8 *p, CYG_ADDRWORD s, cyg_uint8 *base)
{
    CYG_ADDRWORD left = area_length(p, s);

    while (left > 0) {
        CYG_ADDRWORD count = left < BYTES_PER_LINE ? left : BYTES_PER_LINE;

        dump_byte_line(pf, p, count, base);
        p += count;
        left -= count;
    }
}

void diag_dump_buf_with_offset(cyg_uint8 *p, CYG_ADDRWORD s, cyg_uint8 *base)
{
    diag_vdump_buf_with_offset(diag_printf, p, s, base);
}

void diag_dump_buf(void *buf, CYG_ADDRWORD len)
{
    diag_dump_buf_with_offset(buf, len, NULL);
}

/*
 * The 16-bit and 32-bit forms. Each unit is read once, at its own width,
 * and only whole units are read: a trailing part-unit is not shown. The
 * 16-bit form splits its line in two halves like the byte form.
 */
static void dump_units(const void *p, CYG_ADDRWORD s, const void *base, unsigned unit_size)
{
    const CYG_ADDRWORD per_line = BYTES_PER_LINE / unit_size;
    const CYG_ADDRWORD units = area_length(p, s) / unit_size;
    const cyg_uint8 *unit = p;
    CYG_ADDRWORD i;

    for (i = 0; i < units; i++, unit += unit_size) {
        CYG_ADDRWORD column = i % per_line;

        if (column == 0)
            diag_printf("%08lX: ", offset_of(unit, base));
        if (unit_size == sizeof(cyg_uint32))
            diag_printf("%08X ", (unsigned)*(const volatile cyg_uint32 *)(const volatile void *)unit);
        else
            diag_printf("%04X ", (unsigned)*(const volatile cyg_uint16 *)(const volatile void *)unit);
        if (unit_size == sizeof(cyg_uint16) && column == per_line / 2 - 1)
            diag_printf(" ");
        if (column == per_line - 1 || i == units - 1)
            diag_printf("\n");
    }
}

void diag_dump_buf_with_offset_32bit(cyg_uint32 *p, CYG_ADDRWORD s, cyg_uint32 *base)
{
    dump_units(p, s, base, sizeof(*p));
}

void diag_dump_buf_32bit(void *buf, CYG_ADDRWORD len)
{
    diag_dump_buf_with_offset_32bit(buf, len, NULL);
}

void diag_dump_buf_with_offset_16bit(cyg_uint16 *p, CYG_ADDRWORD s, cyg_uint16 *base)
{
    dump_units(p, s, base, sizeof(*p));
}

void diag_dump_buf_16bit(void *buf, CYG_ADDRWORD len)
{
    diag_dump_buf_with_offset_16bit(buf, len, NULL);
}
