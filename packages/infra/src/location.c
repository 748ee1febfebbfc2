/*
 * location.c -- naming the place an assertion or trace record comes from
 *
 * Part of the Cygnet infrastructure package.
 */

#include <pkgconf/infra.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/infra/diag.h>
#include "location.h"

#ifdef CYGPKG_KERNEL
/* Provided by the kernel; 0xFFFF when no thread is running yet. */
externC cyg_uint16 cyg_kernel_current_thread_id(void);

void cyg_infra_write_thread_id(void)
{
    diag_write_char('<');
    diag_write_hex(cyg_kernel_current_thread_id());
    diag_write_char('>');
}
#else
void cyg_infra_write_thread_id(void)
{
}
#endif

/* __FILE__ may carry the whole build path; the last part is enough to
 * find the line. */
static void write_file(const char *file)
{
    const char *base = file;

    if (file == NULL) {
        diag_write_string("<nofile>");
        return;
    }
    for (; *file != '\0'; file++) {
        if (*file == '/')
            base = file + 1;
    }
    diag_write_string(base);
}

/*
 * A C++ __PRETTY_FUNCTION__ such as "void Cyg_Thread::resume(int)"
 * carries a return type and parameters; only the qualified name is
 * wanted. The name starts after the last space outside template
 * brackets that precedes the '('.
 */
static void write_function(const char *func)
{
    const char *name = func;
    const char *p;
    int depth = 0;

    if (func == NULL) {
        diag_write_string("<nofunc>");
        return;
    }
    for (p = func; *p != '\0' && *p != '('; p++) {
        if (*p == '<')
            depth++;
        else if (*p == '>' && depth > 0)
            depth--;
        else if (*p == ' ' && depth == 0)
            name = p + 1;
    }
    for (; name < p; name++)
        diag_write_char(*name);
    diag_write_string("()");
}

void cyg_infra_write_place(const char *func, const char *file, cyg_uint32 line)
{
    write_file(file);
    diag_write_char('[');
    diag_write_dec((cyg_int32)line);
    diag_write_char(']');
    write_function(func);
}
