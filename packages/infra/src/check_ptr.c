/*
 * check_ptr.c -- plausibility checks on pointers
 *
 * Part of the Cygnet infrastructure package. The checks are cheap and
 * coarse: they catch null pointers and data pointers aimed at program
 * code, the commonest results of a mixed-up argument.
 */

#include <pkgconf/infra.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/infra/cyg_ass.h>

/* Bounds of the program text, where the target's linker script names
 * them; weak, so that their absence leaves them at 0. */
extern char _stext[] CYGBLD_ATTRIB_WEAK;
extern char _etext[] CYGBLD_ATTRIB_WEAK;

static cyg_bool is_in_text(const void *ptr)
{
    CYG_ADDRWORD start = (CYG_ADDRWORD)_stext;
    CYG_ADDRWORD end = (CYG_ADDRWORD)_etext;
    CYG_ADDRWORD addr = (CYG_ADDRWORD)ptr;

    if (start == 0 || end == 0)
        return false;
    return addr >= start && addr < end;
}

cyg_bool cyg_check_data_ptr(const void *ptr)
{
    return ptr != NULL && !is_in_text(ptr);
}

cyg_bool cyg_check_func_ptr(void (*ptr)(void))
{
    return ptr != NULL;
}
