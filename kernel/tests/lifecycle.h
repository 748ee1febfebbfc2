#ifndef CYGONCE_KERNEL_TESTS_LIFECYCLE_H
#define CYGONCE_KERNEL_TESTS_LIFECYCLE_H
/* lifecycle.h - what the tests of the thread lifecycle extensions
 * (<cyg/kernel/kapi_ext.h>) share on top of testaux.h: checking the
 * result codes of the extension calls, and building threads in the slots
 * of THREAD_SLOTS from creation attributes. */

#include <cyg/kernel/kapi_ext.h>
#include <cyg/infra/diag.h>
#include "testaux.h"

#ifdef CYGFUN_KERNEL_API_C

/* A call must return `expected'; a mismatch shows what it returned. */
#define EXPECT(call, expected) expect_result((call), (expected), #call, __LINE__)

static inline void expect_result(int got, int expected, const char *call,
                                 int line)
{
    if (got == expected)
        return;
    diag_printf("INFO:<line %d: %s returned %d, expected %d>\n", line, call,
                got, expected);
    CYG_TEST_FAIL_FINISH("an extension call returned the wrong result");
}

#ifdef CYGVAR_KERNEL_THREADS_LIST
/* The threads the kernel knows, idle thread included. */
static inline int count_threads(void)
{
    cyg_handle_t thread = 0;
    cyg_uint16 id = 0;
    int count = 0;

    while (cyg_thread_get_next(&thread, &id))
        count++;
    return count;
}
#endif

#ifdef CYGFUN_KERNEL_THREADS_ATTRIBUTES
/* The attributes of the classic creation of a slot's thread. */
#define SLOT_ATTR(attr, slot, pri, name)                                \
    slot_attr(&(attr), stacks[slot], sizeof stacks[slot], (pri), (name))

static inline void slot_attr(cyg_thread_attr_t *attr, void *stack,
                             cyg_ucount32 size, cyg_priority_t pri,
                             char *name)
{
    cyg_thread_attr_init(attr);
    attr->sched_info = pri;
    attr->name = name;
    attr->stack_base = stack;
    attr->stack_size = size;
}

#define CREATE_EXT_SLOT(slot, attr, entry, data)                        \
    cyg_thread_create_ext(&(attr), (entry), (cyg_addrword_t)(data),     \
                          &handles[slot], &threads[slot])
#endif

#endif /* CYGFUN_KERNEL_API_C */

#endif /* CYGONCE_KERNEL_TESTS_LIFECYCLE_H */
