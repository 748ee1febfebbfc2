/* kthread0 - thread basics through the C API: creation leaves a thread
 * suspended with the handle equal to its object's address, suspend and
 * resume count, cyg_thread_self, the state values, unique ids, the stack
 * base and size given at creation, and the deletion of an exited thread
 * whose storage is then reused. One or two threads at a time, no clock. */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>
#include "testaux.h"

#if defined(CYGFUN_KERNEL_API_C) && (CYGNUM_KERNEL_SCHED_PRIORITIES >= 24)

#define PRIO_MAIN   4
#define PRIO_B      6

enum { MAIN, B, THREAD_COUNT };

THREAD_SLOTS(THREAD_COUNT);
static char name_main[] = "kthread0 main";
static char name_b[] = "kthread0 b";
static char name_again[] = "kthread0 b again";

static volatile int b_runs;
static volatile cyg_handle_t b_self;
static volatile cyg_addrword_t b_data;

static void b_entry(cyg_addrword_t data)
{
    b_self = cyg_thread_self();
    b_data = data;
    b_runs++;
}

static void check_creation(void)
{
    cyg_handle_t m = handles[MAIN], b = handles[B];

    CHECK(m == (cyg_handle_t)&threads[MAIN]);
    CHECK(b == (cyg_handle_t)&threads[B]);
    CHECK(cyg_thread_self() == m);
    CHECK(cyg_thread_get_stack_base(m) == (cyg_addrword_t)stacks[MAIN]);
    CHECK(cyg_thread_get_stack_size(m) == sizeof stacks[MAIN]);
    CHECK(cyg_thread_get_stack_base(b) == (cyg_addrword_t)stacks[B]);
    CHECK(cyg_thread_get_stack_size(b) == sizeof stacks[B]);
    CHECK(cyg_thread_get_priority(m) == PRIO_MAIN);
    CHECK(cyg_thread_get_priority(b) == PRIO_B);
    CHECK(cyg_thread_get_current_priority(b) == PRIO_B);
    CHECK(state_of(m) == STATE_RUNNING);
    CHECK(state_of(b) == STATE_SUSPENDED);
}

/* Ids come from one counter bumped by every construction, starting at 1;
 * the two threads were constructed one after the other. */
static void check_ids(void)
{
    cyg_uint16 idle = cyg_thread_get_id(cyg_thread_idle_thread());
    cyg_uint16 m = cyg_thread_get_id(handles[MAIN]);
    cyg_uint16 b = cyg_thread_get_id(handles[B]);

    CHECK(idle != 0 && m != 0 && b != 0);
    CHECK(m != idle && b != idle);
    CHECK(b == m + 1);
}

/* A newly created thread starts with a suspend count of one; every
 * suspend adds one and every resume takes one off. */
static void check_suspend_counting(void)
{
    cyg_handle_t b = handles[B];

    cyg_thread_suspend(b);
    cyg_thread_suspend(b);
    cyg_thread_resume(b);
    cyg_thread_resume(b);
    CHECK(state_of(b) == STATE_SUSPENDED);
    let_others_run();
    CHECK(b_runs == 0);

    cyg_thread_resume(b);
    CHECK(state_of(b) == STATE_RUNNING);
    CHECK(b_runs == 0);             /* lower priority: not run yet */

    /* A resume at count zero is lost: it does not cancel the next suspend. */
    cyg_thread_resume(b);
    cyg_thread_suspend(b);
    CHECK(state_of(b) == STATE_SUSPENDED);
    let_others_run();
    CHECK(b_runs == 0);

    cyg_thread_resume(b);
    let_others_run();
    CHECK(b_runs == 1);
    CHECK(b_self == b);
    CHECK(b_data == (cyg_addrword_t)0xB0B);
    CHECK(state_of(b) == STATE_EXITED);
}

/* Deleting an exited thread frees its storage and stack for reuse; the
 * deleted handle answers id 0 and no longer yields information. */
static void check_delete_and_reuse(void)
{
    cyg_handle_t b = handles[B], again;
    cyg_uint16 old_id = cyg_thread_get_id(b);
    cyg_thread_info info;

    CHECK(cyg_thread_delete(b));
    CHECK(cyg_thread_get_id(b) == 0);
    CHECK(!cyg_thread_get_info(b, old_id, &info));

    cyg_thread_create(PRIO_B + 1, b_entry, (cyg_addrword_t)0xB0B, name_again,
                      stacks[B], sizeof stacks[B], &again, &threads[B]);
    CHECK(again == (cyg_handle_t)&threads[B]);
    CHECK(cyg_thread_get_id(again) > old_id);
    CHECK(cyg_thread_get_priority(again) == PRIO_B + 1);
    CHECK(state_of(again) == STATE_SUSPENDED);
    cyg_thread_resume(again);
    let_others_run();
    CHECK(b_runs == 2);
    CHECK(b_self == again);
    CHECK(state_of(again) == STATE_EXITED);
    CHECK(cyg_thread_delete(again));
    CHECK(cyg_thread_get_id(again) == 0);
}

static void main_entry(cyg_addrword_t data)
{
    CHECK(data == (cyg_addrword_t)0x3A1);
    CHECK(cyg_scheduler_read_lock() == 0);
    check_creation();
    check_ids();
    check_suspend_counting();
    check_delete_and_reuse();
    CYG_TEST_PASS_FINISH("Kernel C API Thread 0 OK");
}

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    CREATE_SLOT(MAIN, PRIO_MAIN, main_entry, 0x3A1, name_main);
    CREATE_SLOT(B, PRIO_B, b_entry, 0xB0B, name_b);
    cyg_thread_resume(handles[MAIN]);
    cyg_scheduler_start();
}

#else /* configuration without what the test needs */

NA_MAIN("Needs the kernel C API and at least 24 priorities")

#endif
