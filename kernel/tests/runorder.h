#ifndef CYGONCE_KERNEL_TESTS_RUNORDER_H
#define CYGONCE_KERNEL_TESTS_RUNORDER_H
/* runorder.h - the order in which test threads ran, kept as a string of
 * the letters they mark, for the scheduling tests to compare with the
 * order the scheduler owes them. A test clears it by setting trace_len
 * to 0. */

#include <cyg/infra/diag.h>
#include "testaux.h"

static volatile char trace[16];
static volatile int trace_len;

/* Marks beyond the room left are dropped: the comparison then fails. */
static inline void mark(char c)
{
    if (trace_len < (int)sizeof trace - 1)
        trace[trace_len++] = c;
}

static inline cyg_bool_t trace_is(const char *expected)
{
    int i;

    for (i = 0; expected[i] != '\0'; i++)
        if (i >= trace_len || trace[i] != expected[i])
            return false;
    return i == trace_len;
}

/* A failed comparison shows what actually happened. */
static inline void expect_trace(const char *expected)
{
    char actual[sizeof trace];
    int i;

    if (trace_is(expected))
        return;
    for (i = 0; i < trace_len && i < (int)sizeof actual - 1; i++)
        actual[i] = trace[i];
    actual[i] = '\0';
    diag_printf("INFO:<trace \"%s\", expected \"%s\">\n", actual, expected);
    CYG_TEST_FAIL_FINISH("threads ran in the wrong order");
}

/* The entry of a thread whose only work is to mark its letter, given as
 * its data. */
static inline void mark_entry(cyg_addrword_t data)
{
    mark((char)data);
}

#endif /* CYGONCE_KERNEL_TESTS_RUNORDER_H */
