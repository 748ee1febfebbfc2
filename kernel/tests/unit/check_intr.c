/* Unit tests of the kernel's end-of-interrupt entry point
 * (hal/common/doc/porting.md) in the form the HAL uses:
 * cyg_kernel_interrupt_end(), which returns with interrupts disabled,
 * or, for a HAL that switches threads in an exception of its own,
 * cyg_kernel_interrupt_deliver(), which returns with them enabled. Both
 * are called here as a HAL would, with interrupts disabled.
 *
 * Linked against libtarget.a only: no start-up constructor has run and
 * no thread exists, so each test sets the scheduler lock by hand (1: the
 * interrupted code holds it; 0: it does not) and never lets a switch
 * become due while end() could act on it. */

#include <pkgconf/kernel.h>
#include <cyg/kernel/kapidata.h>
#include <cyg/kernel/ksched.h>
#include <cyg/kernel/kintr.h>
#include <cyg/hal/hal_intr.h>

#include <check.h>
#include <stdlib.h>
#include <string.h>

#ifdef CYGIMP_KERNEL_INTERRUPTS_DSRS

#define MAX_CALLS 8

#if defined(CYGIMP_KERNEL_INTERRUPTS_DSRS_TABLE) \
    || defined(CYGSEM_KERNEL_INTERRUPTS_DSRS_LIST_FIFO)
# define DSRS_IN_POSTING_ORDER 1
#else
# define DSRS_IN_POSTING_ORDER 0
#endif

/* What each DSR call saw. */
struct dsr_call {
    cyg_vector_t vector;
    cyg_ucount32 count;
    cyg_addrword_t data;
    cyg_ucount32 lock;
    int interrupts_enabled;
};

static struct dsr_call calls[MAX_CALLS];
static int ncalls;
static cyg_interrupt intr_a, intr_b;

/* Set by a test: what the next DSR call does besides recording. */
static int dsr_asks_reschedule;
static cyg_interrupt *dsr_posts;

static cyg_bool deliver(cyg_uint32 result, cyg_interrupt *intr);

static void record_dsr(cyg_vector_t vector, cyg_ucount32 count,
                       cyg_addrword_t data)
{
    CYG_INTERRUPT_STATE state;

    ck_assert_int_lt(ncalls, MAX_CALLS);
    HAL_QUERY_INTERRUPTS(state);
    calls[ncalls].vector = vector;
    calls[ncalls].count = count;
    calls[ncalls].data = data;
    calls[ncalls].lock = cygk_sched.lock_count;
    calls[ncalls].interrupts_enabled = state != 0;
    ncalls++;
    if (dsr_asks_reschedule) {
        dsr_asks_reschedule = 0;
        cygk_sched.need_reschedule = true;
    }
    if (dsr_posts != NULL) {
        /* As a more urgent interrupt taken during the DSR would. */
        CYG_INTERRUPT_STATE old;
        cyg_interrupt *intr = dsr_posts;

        dsr_posts = NULL;
        HAL_DISABLE_INTERRUPTS(old);
        ck_assert(!deliver(CYG_ISR_CALL_DSR, intr));
        HAL_RESTORE_INTERRUPTS(old);
    }
}

static void setup(void)
{
    CYG_INTERRUPT_STATE old;

    memset(calls, 0, sizeof calls);
    ncalls = 0;
    dsr_asks_reschedule = 0;
    dsr_posts = NULL;
    cygk_interrupt_init(&intr_a, 3, 0, 0xA, NULL, record_dsr);
    cygk_interrupt_init(&intr_b, 4, 0, 0xB, NULL, record_dsr);
    cygk_sched.need_reschedule = false;
    HAL_DISABLE_INTERRUPTS(old);
    (void)old;
}

/* What a HAL does at the end of an interrupt whose ISR returned RESULT,
 * leaving interrupts disabled, as the next interrupt finds them. Only
 * the exception form says whether a switch is due: end() would make it,
 * and no thread exists here. */
#ifdef HAL_THREAD_SWITCH_IN_EXCEPTION
static cyg_bool deliver(cyg_uint32 result, cyg_interrupt *intr)
{
    cyg_bool switch_due = cyg_kernel_interrupt_deliver(result, (CYG_ADDRWORD)intr);
    CYG_INTERRUPT_STATE state;

    HAL_QUERY_INTERRUPTS(state);
    ck_assert_msg(state != 0, "interrupts must be enabled on return");
    HAL_DISABLE_INTERRUPTS(state);
    return switch_due;
}
#else
static cyg_bool deliver(cyg_uint32 result, cyg_interrupt *intr)
{
    CYG_INTERRUPT_STATE state;

    cyg_kernel_interrupt_end(result, (CYG_ADDRWORD)intr);
    HAL_QUERY_INTERRUPTS(state);
    ck_assert_msg(state == 0, "interrupts must be disabled on return");
    return false;
}
#endif

static void expect_call(int index, cyg_interrupt *intr, cyg_ucount32 count)
{
    ck_assert_int_gt(ncalls, index);
    ck_assert_uint_eq(calls[index].vector, intr->vector);
    ck_assert_uint_eq(calls[index].data, intr->data);
    ck_assert_uint_eq(calls[index].count, count);
    ck_assert_uint_eq(calls[index].lock, 1);
    ck_assert(calls[index].interrupts_enabled);
}

START_TEST(unlocked_dsr_runs_at_once)
{
    cygk_sched.lock_count = 0;
    ck_assert(!deliver(CYG_ISR_HANDLED | CYG_ISR_CALL_DSR, &intr_a));
    ck_assert_int_eq(ncalls, 1);
    expect_call(0, &intr_a, 1);
    ck_assert_uint_eq(cygk_sched.lock_count, 0);
    ck_assert(!cygk_dsr_pending());
}
END_TEST

START_TEST(locked_dsr_waits_and_counts)
{
    cygk_sched.lock_count = 1;
    ck_assert(!deliver(CYG_ISR_CALL_DSR, &intr_a));
    ck_assert(!deliver(CYG_ISR_CALL_DSR, &intr_a));
    ck_assert_int_eq(ncalls, 0);
    ck_assert(cygk_dsr_pending());
    ck_assert_uint_eq(cygk_sched.lock_count, 1);

    /* The holder's unlock is not simulated: the next interrupt that
     * finds the scheduler unlocked delivers both requests in one call. */
    cygk_sched.lock_count = 0;
    ck_assert(!deliver(CYG_ISR_HANDLED, NULL));
    ck_assert_int_eq(ncalls, 1);
    expect_call(0, &intr_a, 2);
    ck_assert(!cygk_dsr_pending());
}
END_TEST

START_TEST(no_dsr_unless_asked)
{
    cyg_interrupt no_dsr;

    cygk_interrupt_init(&no_dsr, 5, 0, 0, NULL, NULL);
    cygk_sched.lock_count = 0;
    ck_assert(!deliver(CYG_ISR_HANDLED, &intr_a));
    ck_assert(!deliver(CYG_ISR_CALL_DSR, NULL));
    ck_assert(!deliver(CYG_ISR_CALL_DSR, &no_dsr));
    ck_assert_int_eq(ncalls, 0);
    ck_assert(!cygk_dsr_pending());
    ck_assert_uint_eq(cygk_sched.lock_count, 0);
}
END_TEST

START_TEST(queued_dsrs_keep_their_order)
{
    cygk_sched.lock_count = 1;
    deliver(CYG_ISR_CALL_DSR, &intr_a);
    cygk_sched.lock_count = 0;
    deliver(CYG_ISR_CALL_DSR, &intr_b);
    ck_assert_int_eq(ncalls, 2);
    if (DSRS_IN_POSTING_ORDER) {
        expect_call(0, &intr_a, 1);
        expect_call(1, &intr_b, 1);
    } else {
        expect_call(0, &intr_b, 1);
        expect_call(1, &intr_a, 1);
    }
}
END_TEST

START_TEST(dsr_of_an_interrupt_taken_meanwhile_runs_too)
{
    cygk_sched.lock_count = 0;
    dsr_posts = &intr_b;
    deliver(CYG_ISR_CALL_DSR, &intr_a);
    ck_assert_int_eq(ncalls, 2);
    expect_call(0, &intr_a, 1);
    expect_call(1, &intr_b, 1);
    ck_assert(!cygk_dsr_pending());
    ck_assert_uint_eq(cygk_sched.lock_count, 0);
}
END_TEST

#ifdef HAL_THREAD_SWITCH_IN_EXCEPTION
START_TEST(dsr_making_a_thread_ready_asks_for_a_switch)
{
    cygk_sched.lock_count = 0;
    dsr_asks_reschedule = 1;
    ck_assert(deliver(CYG_ISR_CALL_DSR, &intr_a));
    ck_assert_uint_eq(cygk_sched.lock_count, 0);
    cygk_sched.need_reschedule = false;

    /* With the lock held nothing runs, so no switch is due yet. */
    cygk_sched.lock_count = 1;
    dsr_asks_reschedule = 1;
    ck_assert(!deliver(CYG_ISR_CALL_DSR, &intr_a));
    ck_assert_int_eq(ncalls, 1);
    ck_assert(!cygk_sched.need_reschedule);
}
END_TEST

#else

START_TEST(end_runs_the_dsr_or_leaves_it_to_the_holder)
{
    CYG_INTERRUPT_STATE state;

    cygk_sched.lock_count = 1;
    cyg_kernel_interrupt_end(CYG_ISR_CALL_DSR, (CYG_ADDRWORD)&intr_a);
    ck_assert_int_eq(ncalls, 0);
    ck_assert(cygk_dsr_pending());

    cygk_sched.lock_count = 0;
    cyg_kernel_interrupt_end(CYG_ISR_CALL_DSR, (CYG_ADDRWORD)&intr_b);
    HAL_QUERY_INTERRUPTS(state);
    ck_assert(state == 0);
    ck_assert_int_eq(ncalls, 2);
    ck_assert(!cygk_dsr_pending());
    ck_assert_uint_eq(cygk_sched.lock_count, 0);

    /* A split HAL's thread-context call with nothing to do. */
    cyg_kernel_interrupt_end(0, 0);
    ck_assert_int_eq(ncalls, 2);
    ck_assert_uint_eq(cygk_sched.lock_count, 0);
}
END_TEST
#endif

static void add_tests(TCase *tc)
{
    tcase_add_checked_fixture(tc, setup, NULL);
    tcase_add_test(tc, unlocked_dsr_runs_at_once);
    tcase_add_test(tc, locked_dsr_waits_and_counts);
    tcase_add_test(tc, no_dsr_unless_asked);
    tcase_add_test(tc, queued_dsrs_keep_their_order);
    tcase_add_test(tc, dsr_of_an_interrupt_taken_meanwhile_runs_too);
#ifdef HAL_THREAD_SWITCH_IN_EXCEPTION
    tcase_add_test(tc, dsr_making_a_thread_ready_asks_for_a_switch);
#else
    tcase_add_test(tc, end_runs_the_dsr_or_leaves_it_to_the_holder);
#endif
}

#else /* !CYGIMP_KERNEL_INTERRUPTS_DSRS */

static void setup(void)
{
    CYG_INTERRUPT_STATE old;

    cygk_sched.need_reschedule = false;
    HAL_DISABLE_INTERRUPTS(old);
    (void)old;
}

#ifdef HAL_THREAD_SWITCH_IN_EXCEPTION
/* Without DSRs there is only a switch to report, when it can be made. */
START_TEST(without_dsrs_only_a_switch_is_reported)
{
    CYG_INTERRUPT_STATE state;

    cygk_sched.lock_count = 0;
    ck_assert(!cyg_kernel_interrupt_deliver(CYG_ISR_CALL_DSR, 0));
    HAL_DISABLE_INTERRUPTS(state);
    cygk_sched.need_reschedule = true;
    cygk_sched.lock_count = 1;
    ck_assert(!cyg_kernel_interrupt_deliver(CYG_ISR_CALL_DSR, 0));
    HAL_DISABLE_INTERRUPTS(state);
    cygk_sched.lock_count = 0;
    ck_assert(cyg_kernel_interrupt_deliver(CYG_ISR_CALL_DSR, 0));
    HAL_QUERY_INTERRUPTS(state);
    ck_assert(state != 0);
    cygk_sched.need_reschedule = false;
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, without_dsrs_only_a_switch_is_reported);
}

#else

/* Without DSRs, end() has only a switch to make, and none while the
 * interrupted code holds the lock. */
START_TEST(without_dsrs_end_leaves_a_holder_alone)
{
    CYG_INTERRUPT_STATE state;

    cygk_sched.lock_count = 0;
    cyg_kernel_interrupt_end(CYG_ISR_CALL_DSR, 0);
    ck_assert_uint_eq(cygk_sched.lock_count, 0);
    cygk_sched.need_reschedule = true;
    cygk_sched.lock_count = 1;
    cyg_kernel_interrupt_end(CYG_ISR_CALL_DSR, 0);
    ck_assert_uint_eq(cygk_sched.lock_count, 1);
    ck_assert(cygk_sched.need_reschedule);
    HAL_QUERY_INTERRUPTS(state);
    ck_assert(state == 0);
    cygk_sched.need_reschedule = false;
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, without_dsrs_end_leaves_a_holder_alone);
}
#endif

#endif

static Suite *intr_suite(void)
{
    Suite *suite = suite_create("interrupt end");
    TCase *tc = tcase_create("deliver");

    tcase_add_checked_fixture(tc, setup, NULL);
    add_tests(tc);
    suite_add_tcase(suite, tc);
    return suite;
}

int main(void)
{
    SRunner *runner = srunner_create(intr_suite());
    int failed;

    srunner_run_all(runner, CK_NORMAL);
    failed = srunner_ntests_failed(runner);
    srunner_free(runner);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
