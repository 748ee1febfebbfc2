/*
 * trace.c -- where trace records go
 *
 * Part of the Cygnet infrastructure package, compiled with
 * CYGDBG_USE_TRACING. The CYGDBG_INFRA_DEBUG_TRACE_ASSERT_* option chosen
 * decides what happens to each record:
 *   NULL    dropped;
 *   SIMPLE  printed at once as   TRACE: FILE[LINE]FUNC() text
 *   FANCY   printed at once, with the current thread: TRACE: <TID>FILE...
 *   BUFFER  kept in a ring of CYGDBG_INFRA_DEBUG_TRACE_BUFFER_SIZE records
 *           and printed by cyg_trace_print() (and on a failed assertion),
 *           which disturbs the timing of the traced code far less.
 * The text is "enter", "args: <message>", "return [<message>]" for
 * function reports, and the formatted message for trace points.
 */

#include <pkgconf/infra.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/infra/cyg_trac.h>
#include <cyg/infra/diag.h>
#include <cyg/hal/hal_intr.h>
#include "location.h"

#define MAX_ARGS 8

struct trace_record {
    cyg_uint32 what;
    const char *func;
    const char *file;
    cyg_uint32 line;
    const char *msg;
    CYG_ADDRWORD args[MAX_ARGS];
};

/* ------------------------------------------------------------------ */
/* Printing one record.                                                */

#if !defined(CYGDBG_INFRA_DEBUG_TRACE_ASSERT_NULL)
static void print_record(const struct trace_record *r, cyg_bool with_thread)
{
    diag_write_string("TRACE: ");
    if (with_thread)
        cyg_infra_write_thread_id();
    cyg_infra_write_place(r->func, r->file, r->line);
    diag_write_char(' ');
    switch (r->what) {
    case cyg_trace_enter:
        diag_write_string("enter");
        break;
    case cyg_trace_args:
        diag_write_string("args: ");
        break;
    case cyg_trace_return:
        diag_write_string(r->msg != NULL ? "return " : "return");
        break;
    default:
        break;
    }
    /* Surplus arguments are harmless: the format reads only its own. */
    if (r->msg != NULL && r->what != cyg_trace_enter)
        diag_printf(r->msg, r->args[0], r->args[1], r->args[2], r->args[3],
                    r->args[4], r->args[5], r->args[6], r->args[7]);
    diag_write_char('\n');
}
#endif

/* ------------------------------------------------------------------ */
/* The buffer.                                                         */

#if defined(CYGDBG_INFRA_DEBUG_TRACE_ASSERT_BUFFER)

#define BUFFER_SIZE CYGDBG_INFRA_DEBUG_TRACE_BUFFER_SIZE

static struct trace_record buffer[BUFFER_SIZE];
static unsigned oldest;         /* index of the oldest record held */
static unsigned held;           /* number of records held */

/* Called with interrupts disabled. */
static void print_buffer(void)
{
    unsigned i;

    for (i = 0; i < held; i++)
        print_record(&buffer[(oldest + i) % BUFFER_SIZE], false);
}

/* Called with interrupts disabled. When the buffer is full, printing
 * empties it, halting keeps the earliest history and wrapping (the
 * default) the latest. */
static void keep_record(const struct trace_record *r)
{
    if (held == BUFFER_SIZE) {
#if defined(CYGDBG_INFRA_DEBUG_TRACE_BUFFER_PRINT)
        print_buffer();
        held = 0;
        oldest = 0;
#elif defined(CYGDBG_INFRA_DEBUG_TRACE_BUFFER_HALT)
        return;
#else
        oldest = (oldest + 1) % BUFFER_SIZE;
        held--;
#endif
    }
    buffer[(oldest + held) % BUFFER_SIZE] = *r;
    held++;
}

static void handle_record(const struct trace_record *r)
{
    keep_record(r);
}

void cyg_trace_print(void) __THROW
{
    CYG_INTERRUPT_STATE old_state;

    HAL_DISABLE_INTERRUPTS(old_state);
    print_buffer();
    HAL_RESTORE_INTERRUPTS(old_state);
}

#else /* records are not kept */

#if defined(CYGDBG_INFRA_DEBUG_TRACE_ASSERT_NULL)
static void handle_record(const struct trace_record *r)
{
    (void)r;
}
#elif defined(CYGDBG_INFRA_DEBUG_TRACE_ASSERT_FANCY)
static void handle_record(const struct trace_record *r)
{
    print_record(r, true);
}
#else
static void handle_record(const struct trace_record *r)
{
    print_record(r, false);
}
#endif

void cyg_trace_print(void) __THROW
{
}

#endif

void cyg_trace_dump(void) __THROW
{
    cyg_trace_print();
}

/* ------------------------------------------------------------------ */
/* Entry points used by the macros of <cyg/infra/cyg_trac.h>.          */

static void trace(cyg_uint32 what, const char *func, const char *file, cyg_uint32 line,
                  const char *msg, const CYG_ADDRWORD *args, int nargs)
{
    struct trace_record r = { what, func, file, line, msg, { 0 } };
    CYG_INTERRUPT_STATE old_state;
    int i;

    for (i = 0; i < nargs; i++)
        r.args[i] = args[i];
    HAL_DISABLE_INTERRUPTS(old_state);
    handle_record(&r);
    HAL_RESTORE_INTERRUPTS(old_state);
}

void cyg_tracemsg(cyg_uint32 what, const char *psz_func, const char *psz_file,
                  cyg_uint32 linenum, const char *psz_msg) __THROW
{
    trace(what, psz_func, psz_file, linenum, psz_msg, NULL, 0);
}

void cyg_tracemsg2(cyg_uint32 what, const char *psz_func, const char *psz_file,
                   cyg_uint32 linenum, const char *psz_msg,
                   CYG_ADDRWORD arg0, CYG_ADDRWORD arg1) __THROW
{
    const CYG_ADDRWORD args[] = { arg0, arg1 };

    trace(what, psz_func, psz_file, linenum, psz_msg, args, 2);
}

void cyg_tracemsg4(cyg_uint32 what, const char *psz_func, const char *psz_file,
                   cyg_uint32 linenum, const char *psz_msg,
                   CYG_ADDRWORD arg0, CYG_ADDRWORD arg1,
                   CYG_ADDRWORD arg2, CYG_ADDRWORD arg3) __THROW
{
    const CYG_ADDRWORD args[] = { arg0, arg1, arg2, arg3 };

    trace(what, psz_func, psz_file, linenum, psz_msg, args, 4);
}

void cyg_tracemsg6(cyg_uint32 what, const char *psz_func, const char *psz_file,
                   cyg_uint32 linenum, const char *psz_msg,
                   CYG_ADDRWORD arg0, CYG_ADDRWORD arg1,
                   CYG_ADDRWORD arg2, CYG_ADDRWORD arg3,
                   CYG_ADDRWORD arg4, CYG_ADDRWORD arg5) __THROW
{
    const CYG_ADDRWORD args[] = { arg0, arg1, arg2, arg3, arg4, arg5 };

    trace(what, psz_func, psz_file, linenum, psz_msg, args, 6);
}

void cyg_tracemsg8(cyg_uint32 what, const char *psz_func, const char *psz_file,
                   cyg_uint32 linenum, const char *psz_msg,
                   CYG_ADDRWORD arg0, CYG_ADDRWORD arg1,
                   CYG_ADDRWORD arg2, CYG_ADDRWORD arg3,
                   CYG_ADDRWORD arg4, CYG_ADDRWORD arg5,
                   CYG_ADDRWORD arg6, CYG_ADDRWORD arg7) __THROW
{
    const CYG_ADDRWORD args[] = { arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7 };

    trace(what, psz_func, psz_file, linenum, psz_msg, args, 8);
}
