/* kattr - cyg_thread_create_ext and its attributes: cyg_thread_attr_init
 * gives the documented defaults, with which create_ext builds the same
 * thread as cyg_thread_create (suspended, name, stack, priority); a
 * start delay of 0 starts it at once; the exit hook runs once, when the
 * thread is deleted or joined (not when it merely exits), unlocked, with
 * the thread's handle, its data, and the thread's id already 0; the
 * essential flag is set from the attributes; a thread's own timeslice
 * holds (multi-level queue scheduler): threads with slices of 2 and 6
 * ticks alternate in runs of those lengths. Without assertions, invalid
 * attributes return CYG_THREAD_EINVAL and build nothing. */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>
#include "lifecycle.h"

#if defined(CYGFUN_KERNEL_API_C) && defined(CYGFUN_KERNEL_THREADS_ATTRIBUTES) \
    && (CYGNUM_KERNEL_SCHED_PRIORITIES >= 24)

#define PRIO_HIGH    3
#define PRIO_CONTROL 10
#define PRIO_PEERS   14
#define PRIO_LOW     15

enum { A, B, THREAD_COUNT };

THREAD_SLOTS(THREAD_COUNT);

static volatile int runs_of[THREAD_COUNT];
static volatile int hook_calls;
static volatile cyg_handle_t hook_thread;
static volatile cyg_addrword_t hook_data;
static volatile cyg_uint16 hook_saw_id;
static volatile cyg_ucount32 hook_saw_lock;
static volatile cyg_addrword_t hook_saw_stack;

static void count_entry(cyg_addrword_t data)
{
    runs_of[data]++;
}

static void check_defaults(void)
{
    cyg_thread_attr_t attr;

    cyg_thread_attr_init(&attr);
    CHECK(attr.sched_info == CYGNUM_KERNEL_SCHED_PRIORITIES / 2);
    CHECK(attr.name == NULL && attr.stack_base == NULL);
    CHECK(attr.stack_size == 0);
    CHECK(attr.start_delay == CYG_THREAD_FOREVER);
    CHECK(attr.flags == 0 && attr.timeslice == 0);
    CHECK(attr.exit_hook == NULL && attr.exit_hook_data == 0);
}

/* Default attributes: what cyg_thread_create builds. */
static void check_classic_equivalent(void)
{
    cyg_thread_attr_t attr;
    cyg_thread_info info;
    cyg_handle_t t;

    runs_of[A] = 0;
    SLOT_ATTR(attr, A, PRIO_HIGH, "kattr classic");
    EXPECT(CREATE_EXT_SLOT(A, attr, count_entry, A), CYG_THREAD_OK);
    t = handles[A];
    CHECK(t == (cyg_handle_t)&threads[A]);
    CHECK(cyg_thread_get_info(t, cyg_thread_get_id(t), &info));
    CHECK(info.state == STATE_SUSPENDED);
#ifdef CYGVAR_KERNEL_THREADS_NAME
    CHECK(info.name == attr.name);
#endif
    CHECK(info.set_pri == PRIO_HIGH && info.cur_pri == PRIO_HIGH);
    CHECK(cyg_thread_get_stack_base(t) == (cyg_addrword_t)stacks[A]);
    CHECK(cyg_thread_get_stack_size(t) == sizeof stacks[A]);
    let_others_run();
    CHECK(runs_of[A] == 0);
    cyg_thread_resume(t);
    CHECK(runs_of[A] == 1 && state_of(t) == STATE_EXITED);
    CHECK(cyg_thread_delete(t));

    SLOT_ATTR(attr, A, PRIO_HIGH, "kattr now");
    attr.start_delay = 0;
    EXPECT(CREATE_EXT_SLOT(A, attr, count_entry, A), CYG_THREAD_OK);
    CHECK(runs_of[A] == 2);
    CHECK(cyg_thread_delete(handles[A]));
}

static void exit_hook(cyg_handle_t thread, cyg_addrword_t data)
{
    hook_calls++;
    hook_thread = thread;
    hook_data = data;
    hook_saw_id = cyg_thread_get_id(thread);
    hook_saw_lock = cyg_scheduler_read_lock();
    hook_saw_stack = cyg_thread_get_stack_base(thread);
}

static void create_hooked(cyg_addrword_t data)
{
    cyg_thread_attr_t attr;

    hook_calls = 0;
    hook_saw_id = 0xFFFF;
    hook_saw_lock = 99;
    SLOT_ATTR(attr, A, PRIO_LOW, "kattr hooked");
    attr.exit_hook = exit_hook;
    attr.exit_hook_data = data;
    EXPECT(CREATE_EXT_SLOT(A, attr, count_entry, A), CYG_THREAD_OK);
}

static void check_hook_ran(cyg_addrword_t data)
{
    CHECK(hook_calls == 1);
    CHECK(hook_thread == handles[A] && hook_data == data);
    CHECK(hook_saw_id == 0 && hook_saw_lock == 0);
    CHECK(hook_saw_stack == (cyg_addrword_t)stacks[A]);
}

/* The hook belongs to the end of the thread object, not of a run: an
 * exited thread may still be restarted. */
static void check_exit_hook(void)
{
    create_hooked(0x1234);
    cyg_thread_resume(handles[A]);
    let_others_run();
    CHECK(state_of(handles[A]) == STATE_EXITED && hook_calls == 0);
    CHECK(cyg_thread_delete(handles[A]));
    check_hook_ran(0x1234);

    create_hooked(0x5678);                  /* never started */
    CHECK(cyg_thread_delete(handles[A]));
    check_hook_ran(0x5678);

#ifdef CYGFUN_KERNEL_THREADS_JOIN
    create_hooked(0x9ABC);
    cyg_thread_resume(handles[A]);
    EXPECT(cyg_thread_join(handles[A], CYG_THREAD_FOREVER), CYG_THREAD_OK);
    check_hook_ran(0x9ABC);
#endif

    /* Classic threads have no hook. */
    hook_calls = 0;
    START_SLOT(A, PRIO_HIGH, count_entry, A, "kattr classic");
    CHECK(cyg_thread_delete(handles[A]));
    CHECK(hook_calls == 0);
}

#ifdef CYGFUN_KERNEL_THREADS_ESSENTIAL
static void check_essential_flag(void)
{
    cyg_thread_attr_t attr;

    SLOT_ATTR(attr, A, PRIO_HIGH, "kattr essential");
    attr.flags = CYG_THREAD_ESSENTIAL;
    EXPECT(CREATE_EXT_SLOT(A, attr, count_entry, A), CYG_THREAD_OK);
    CHECK(cyg_thread_is_essential(handles[A]));
    cyg_thread_set_essential(handles[A], false);
    CHECK(!cyg_thread_is_essential(handles[A]));
    cyg_thread_resume(handles[A]);          /* may exit now */
    CHECK(state_of(handles[A]) == STATE_EXITED);
    CHECK(cyg_thread_delete(handles[A]));
}
#endif

#if defined(CYGSEM_KERNEL_SCHED_MLQUEUE) && defined(CYGSEM_KERNEL_SCHED_TIMESLICE) \
    && defined(CYGFUN_KERNEL_THREADS_TIMER)
#define SLICE_WINDOW 48

static volatile int owner;
static volatile int slice_runs[THREAD_COUNT], slice_ticks[THREAD_COUNT];
static volatile cyg_tick_count_t slice_end;

/* Spin, counting the runs this thread gets and the ticks that pass while
 * it keeps the CPU (a late clock interrupt may bring several at once). */
static void slicer_entry(cyg_addrword_t me)
{
    cyg_tick_count_t seen = 0, now;

    while ((now = cyg_current_time()) < slice_end) {
        if (owner != (int)me) {
            /* `now' may date from before the other thread's run; a run
             * that begins as the window closes does not count. */
            owner = (int)me;
            seen = cyg_current_time();
            if (seen < slice_end)
                slice_runs[me]++;
        } else {
            slice_ticks[me] += (int)(now - seen);
            seen = now;
        }
    }
}

static void create_slicer(int slot, cyg_ucount32 slice)
{
    cyg_thread_attr_t attr;

    SLOT_ATTR(attr, slot, PRIO_PEERS, "kattr slicer");
    attr.timeslice = slice;
    EXPECT(CREATE_EXT_SLOT(slot, attr, slicer_entry, slot), CYG_THREAD_OK);
}

/* A run of a slice of n ticks sees n - 1 ticks pass. */
static void check_timeslices(void)
{
    int a_per_run, b_per_run;

    owner = -1;
    create_slicer(A, 2);
    create_slicer(B, 6);
    slice_end = cyg_current_time() + SLICE_WINDOW;
    cyg_thread_resume(handles[A]);
    cyg_thread_resume(handles[B]);
    cyg_thread_delay(SLICE_WINDOW + 2);
    CHECK(state_of(handles[A]) == STATE_EXITED);
    CHECK(state_of(handles[B]) == STATE_EXITED);
    CHECK(slice_runs[A] >= 3 && slice_runs[B] >= 3);
    a_per_run = slice_ticks[A] / slice_runs[A];
    b_per_run = slice_ticks[B] / slice_runs[B];
    diag_printf("INFO:<slices of 2 and 6 ticks: %d and %d runs, %d and %d ticks per run>\n",
                slice_runs[A], slice_runs[B], a_per_run, b_per_run);
    CHECK(a_per_run >= 1 && a_per_run <= 2);
    CHECK(b_per_run >= 4 && b_per_run <= 6);
    CHECK(cyg_thread_delete(handles[A]));
    CHECK(cyg_thread_delete(handles[B]));
}
#endif

#ifndef CYGDBG_USE_ASSERTS
/* Refused attributes build nothing: the handle is not even written. */
static void expect_refused(const cyg_thread_attr_t *attr,
                           cyg_thread_entry_t *entry)
{
    handles[A] = 0;
    EXPECT(cyg_thread_create_ext(attr, entry, 0, &handles[A], &threads[A]),
           CYG_THREAD_EINVAL);
    CHECK(handles[A] == 0);
}

static void check_refusals(void)
{
    cyg_thread_attr_t attr;

    expect_refused(NULL, count_entry);
    SLOT_ATTR(attr, A, PRIO_LOW, "kattr bad");
    expect_refused(&attr, NULL);
    attr.sched_info = CYGNUM_KERNEL_SCHED_PRIORITIES;
    expect_refused(&attr, count_entry);
    SLOT_ATTR(attr, A, PRIO_LOW, "kattr bad");
    attr.flags = 0x80;
    expect_refused(&attr, count_entry);
    SLOT_ATTR(attr, A, PRIO_LOW, "kattr bad");
    attr.stack_size = CYGNUM_HAL_STACK_SIZE_MINIMUM - 16;
    expect_refused(&attr, count_entry);
# ifndef CYGFUN_KERNEL_THREADS_STACK_ALLOCATION
    SLOT_ATTR(attr, A, PRIO_LOW, "kattr bad");
    attr.stack_base = NULL;
    expect_refused(&attr, count_entry);
# endif
# ifndef CYGFUN_KERNEL_THREADS_DELAYED_START
    SLOT_ATTR(attr, A, PRIO_LOW, "kattr bad");
    attr.start_delay = 5;
    expect_refused(&attr, count_entry);
# endif
}
#endif

static void control_entry(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    check_defaults();
    check_classic_equivalent();
    check_exit_hook();
#ifdef CYGFUN_KERNEL_THREADS_ESSENTIAL
    check_essential_flag();
#endif
#if defined(CYGSEM_KERNEL_SCHED_MLQUEUE) && defined(CYGSEM_KERNEL_SCHED_TIMESLICE) \
    && defined(CYGFUN_KERNEL_THREADS_TIMER)
    check_timeslices();
#else
    CYG_TEST_INFO("no timeslicing or no thread timers: per-thread slices not tested");
#endif
#ifndef CYGDBG_USE_ASSERTS
    check_refusals();
#endif
    CYG_TEST_PASS_FINISH("Creation attributes OK");
}

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    start_watchdog();
    run_main_thread(PRIO_CONTROL, control_entry, "kattr control");
}

#else

NA_MAIN("Needs CYGFUN_KERNEL_THREADS_ATTRIBUTES and at least 24 priorities")

#endif
