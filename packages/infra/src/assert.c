/*
 * assert.c -- reporting a failed assertion
 *
 * Part of the Cygnet infrastructure package. Compiled whatever the
 * assertion options: the kernel reports fatal conditions (stack
 * overflow, for one) through these functions in release builds too.
 *
 * The default cyg_assert_fail() is weak so that a program (a test of
 * misuse detection, typically) can take over. It shares this file with
 * cyg_assert_msg() on purpose: <cyg/infra/cyg_ass.h> declares it weak,
 * so references to it are weak and never make the linker take it from
 * the library by themselves. Code that calls cyg_assert_msg() brings it
 * in; assert_link.c makes sure of it for every other program.
 */

#include <pkgconf/infra.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/infra/cyg_ass.h>
#include <cyg/infra/cyg_trac.h>
#include <cyg/infra/diag.h>
#include <cyg/hal/hal_intr.h>
#include "location.h"
#include "end_run.h"

/* The buffered trace records show what led to the failure. */
#if defined(CYGDBG_USE_TRACING) && defined(CYGDBG_INFRA_DEBUG_TRACE_ASSERT_BUFFER) && \
    defined(CYGDBG_INFRA_DEBUG_TRACE_BUFFER_PRINT_ON_ASSERT)
# define PRINT_TRACE_HISTORY() cyg_trace_print()
#else
# define PRINT_TRACE_HISTORY() CYG_EMPTY_STATEMENT
#endif

/* "ASSERT FAIL: <TID>FILE[LINE]FUNC() MESSAGE". Interrupts are off
 * while the line is written so that nothing else printing can break
 * it up. */
static void write_assert_line(const char *psz_func, const char *psz_file,
                              cyg_uint32 linenum, const char *psz_msg)
{
    CYG_INTERRUPT_STATE old_state;

    HAL_DISABLE_INTERRUPTS(old_state);
    diag_write_string("ASSERT FAIL: ");
    cyg_infra_write_thread_id();
    cyg_infra_write_place(psz_func, psz_file, linenum);
    diag_write_char(' ');
    diag_write_string(psz_msg != NULL ? psz_msg : "<nomsg>");
    diag_write_char('\n');
    HAL_RESTORE_INTERRUPTS(old_state);
}

void cyg_assert_msg(const char *psz_func, const char *psz_file,
                    cyg_uint32 linenum, const char *psz_msg) __THROW
{
    write_assert_line(psz_func, psz_file, linenum, psz_msg);
}

/*
 * The line is printed again because cyg_assert_msg() is not called when
 * assertion texts are configured out. The null trace and assertion
 * module asks for silence.
 */
CYGBLD_ATTRIB_WEAK
void cyg_assert_fail(const char *psz_func, const char *psz_file,
                     cyg_uint32 linenum, const char *psz_msg) __THROW
{
    CYG_INTERRUPT_STATE old_state;

    HAL_DISABLE_INTERRUPTS(old_state);
    (void)old_state;
#ifndef CYGDBG_INFRA_DEBUG_TRACE_ASSERT_NULL
    write_assert_line(psz_func, psz_file, linenum, psz_msg);
    PRINT_TRACE_HISTORY();
#else
    (void)psz_func;
    (void)psz_file;
    (void)linenum;
    (void)psz_msg;
#endif
    cyg_infra_end_run(1);
}
