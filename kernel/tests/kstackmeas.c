/* kstackmeas - cyg_thread_measure_stack_usage: a high-water mark in whole
 * words that is small but not zero for a thread that never ran, grows
 * past the size of the frames of a deeper call, does not shrink when
 * the call returns, stays within the stack, reads the same from another
 * thread and in cyg_thread_get_info; the <cyg/kernel/test/stackmon.h>
 * helpers print their reports. */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>
#include "testaux.h"

#if defined(CYGFUN_KERNEL_API_C) && defined(CYGFUN_KERNEL_THREADS_STACK_MEASUREMENT) \
    && (CYGNUM_KERNEL_SCHED_PRIORITIES >= 24)

#include <cyg/kernel/test/stackmon.h>

#define PRIO_MAIN   10
#define PRIO_OTHER  12

/* Eight frames of at least a kilobyte each: deeper than anything the
 * thread did before (host signal frames included). */
#define DEPTH       8
#define FRAME_BYTES 1024

enum { MAIN, OTHER, THREAD_COUNT };

THREAD_SLOTS(THREAD_COUNT);

static volatile cyg_uint32 measured_by_other;

/* Each level writes all of its buffer, so the whole frame is touched, and
 * uses the result after the inner call, so the call is not a tail call. */
static __attribute__((noinline)) int go_deep(int depth)
{
    volatile char buffer[FRAME_BYTES];
    int i, sum = 0;

    for (i = 0; i < FRAME_BYTES; i++)
        buffer[i] = (char)(i + depth);
    if (depth > 1)
        sum = go_deep(depth - 1);
    for (i = 0; i < FRAME_BYTES; i += 64)
        sum += buffer[i];
    return sum;
}

static void other_entry(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    measured_by_other = cyg_thread_measure_stack_usage(handles[MAIN]);
}

static void check_usage(cyg_uint32 used, cyg_uint32 size)
{
    CHECK(used > 0);
    CHECK(used < size);
    CHECK(used % sizeof(cyg_uint32) == 0);
}

static void main_entry(cyg_addrword_t data)
{
    cyg_handle_t self = cyg_thread_self();
    cyg_uint32 size = cyg_thread_get_stack_size(self);
    cyg_uint32 fresh, before, deep, after;
    cyg_thread_info info;

    CYG_UNUSED_PARAM(cyg_addrword_t, data);

    /* Never ran: only its initial context is on the stack. */
    fresh = cyg_thread_measure_stack_usage(handles[OTHER]);
    check_usage(fresh, sizeof stacks[OTHER]);
    CHECK(fresh < sizeof stacks[OTHER] / 2);

    before = cyg_thread_measure_stack_usage(self);
    check_usage(before, size);
    CHECK(go_deep(DEPTH) != 0);
    deep = cyg_thread_measure_stack_usage(self);
    check_usage(deep, size);
    CHECK(deep > before);
    CHECK(deep >= DEPTH * FRAME_BYTES);
    after = cyg_thread_measure_stack_usage(self);
    CHECK(after >= deep);

    CHECK(cyg_thread_get_info(self, cyg_thread_get_id(self), &info));
    CHECK(info.stack_used == after);

    cyg_thread_resume(handles[OTHER]);
    let_others_run();
    CHECK(measured_by_other >= after);
    CHECK(measured_by_other < size);

    cyg_test_dump_thread_stack_stats("kstackmeas main", self);
    cyg_test_dump_thread_stack_stats("kstackmeas other", handles[OTHER]);
    cyg_test_dump_idlethread_stack_stats("kstackmeas");
    CYG_TEST_PASS_FINISH("Stack measurement OK");
}

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    CREATE_SLOT(MAIN, PRIO_MAIN, main_entry, 0, "kstackmeas main");
    CREATE_SLOT(OTHER, PRIO_OTHER, other_entry, 0, "kstackmeas other");
    cyg_thread_resume(handles[MAIN]);
    cyg_scheduler_start();
}

#else

NA_MAIN("Needs the kernel C API, stack measurement and 24 priorities")

#endif
