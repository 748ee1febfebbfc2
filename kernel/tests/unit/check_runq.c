/* Host unit tests of the run queue of the configured scheduler (ksched.h).
 *
 * Linked against libtarget.a only: no start-up constructor has run, so
 * the run queue starts uninitialised, there is no idle thread and the
 * scheduler lock stays at 1. Each test builds its own queue, which lets
 * it look at the choices of cygk_runq_highest() without any thread
 * actually running. */

#include <pkgconf/kernel.h>
#include <cyg/kernel/kapidata.h>
#include <cyg/kernel/ksched.h>
#include <cyg/kernel/kthread.h>
#include <cyg/kernel/kqueue.h>
#include <cyg/hal/hal_arch.h>

#include <check.h>
#include <stdlib.h>
#include <string.h>

#define NTHREADS 8
#define NO_PRIORITY ((cyg_priority_t)CYGNUM_KERNEL_SCHED_PRIORITIES)
#define LOWEST_PRIORITY ((cyg_priority_t)(CYGNUM_KERNEL_SCHED_PRIORITIES - 1))

static cyg_thread threads[NTHREADS];

/* Only what the run queue reads: the priority (owned, for the bitmap
 * scheduler) and the list node. */
static cyg_thread *make_thread(int index, cyg_priority_t priority)
{
    cyg_thread *thread = &threads[index];

    memset(thread, 0, sizeof(*thread));
    thread->priority = NO_PRIORITY;
    cygk_list_init(&thread->node);
    ck_assert_msg(cygk_runq_claim_priority(thread, priority),
                  "priority %u should be free", (unsigned)priority);
    thread->priority = priority;
    return thread;
}

/* A list of threads and its length, for the two helpers below. */
#define LIST(...) (cyg_thread *[]){ __VA_ARGS__ }, \
    (int)(sizeof((cyg_thread *[]){ __VA_ARGS__ }) / sizeof(cyg_thread *))

static void add_all(cyg_thread *const *list, int count)
{
    int i;

    for (i = 0; i < count; i++)
        cygk_runq_add(list[i]);
}

/* The run queue hands out exactly these threads, in this order, as each
 * one is taken off in turn. */
static void expect_order(cyg_thread *const *list, int count)
{
    int i;

    for (i = 0; i < count; i++) {
        ck_assert_ptr_eq(cygk_runq_highest(), list[i]);
        cygk_runq_remove(list[i]);
    }
}

/* As if `thread' were running, with no reschedule asked for yet. */
static void make_current(cyg_thread *thread)
{
    cygk_sched.current = thread;
    cygk_sched.need_reschedule = false;
}

/* Rotating the level of the running thread `thread' changes nothing. */
static void expect_rotate_no_op(cyg_thread *thread)
{
    make_current(thread);
    cygk_runq_rotate(thread);
    ck_assert(!cygk_sched.need_reschedule);
    ck_assert_ptr_eq(cygk_runq_highest(), thread);
}

static void setup(void)
{
    cygk_runq_init();
    cygk_sched.current = NULL;
    cygk_sched.need_reschedule = false;
}

/* The bitmap scheduler keeps owners across cygk_runq_init(), and the
 * thread list keeps the threads built by cygk_thread_init(): forget them
 * so that a run without fork (CK_FORK=no) starts clean too. */
static void teardown(void)
{
    int i;

    for (i = 0; i < NTHREADS; i++)
        cygk_runq_release_priority(&threads[i]);
    cygk_sched.current = NULL;
#ifdef CYGVAR_KERNEL_THREADS_LIST
    cygk_thread_list = NULL;
#endif
}

/* ------------------------------------------------------------------ */
/* Both schedulers                                                     */

START_TEST(single_thread_is_highest)
{
    cyg_thread *t = make_thread(0, 5);

    cygk_runq_add(t);
    ck_assert_ptr_eq(cygk_runq_highest(), t);
}
END_TEST

START_TEST(highest_priority_first)
{
    cyg_thread *mid = make_thread(0, 7);
    cyg_thread *best = make_thread(1, 3);
    cyg_thread *worst = make_thread(2, 12);

    add_all(LIST(mid, best, worst));
    expect_order(LIST(best, mid, worst));
}
END_TEST

START_TEST(extreme_priorities)
{
    cyg_thread *top = make_thread(0, 0);
    cyg_thread *bottom = make_thread(1, LOWEST_PRIORITY);

    cygk_runq_add(bottom);
    ck_assert_ptr_eq(cygk_runq_highest(), bottom);
    cygk_runq_add(top);
    ck_assert_ptr_eq(cygk_runq_highest(), top);
    cygk_runq_remove(top);
    ck_assert_ptr_eq(cygk_runq_highest(), bottom);
}
END_TEST

/* Removing from the middle or the end must not disturb the better
 * levels; emptying the best level must uncover the next one. */
START_TEST(priority_map_after_removals)
{
    cyg_thread *p1 = make_thread(0, 1);
    cyg_thread *p2 = make_thread(1, 2);
    cyg_thread *p30 = make_thread(2, 30);

    cygk_runq_add(p30);
    cygk_runq_add(p2);
    cygk_runq_add(p1);
    cygk_runq_remove(p2);
    ck_assert_ptr_eq(cygk_runq_highest(), p1);
    cygk_runq_remove(p30);
    ck_assert_ptr_eq(cygk_runq_highest(), p1);
    cygk_runq_add(p30);
    cygk_runq_remove(p1);
    ck_assert_ptr_eq(cygk_runq_highest(), p30);
    cygk_runq_add(p2);
    ck_assert_ptr_eq(cygk_runq_highest(), p2);
    cygk_runq_remove(p2);
    ck_assert_ptr_eq(cygk_runq_highest(), p30);
}
END_TEST

START_TEST(add_better_than_current_asks_reschedule)
{
    cyg_thread *current = make_thread(0, 10);
    cyg_thread *better = make_thread(1, 5);
    cyg_thread *worse = make_thread(2, 20);

    cygk_runq_add(current);
    make_current(current);
    cygk_runq_add(worse);
    ck_assert(!cygk_sched.need_reschedule);
    cygk_runq_add(better);
    ck_assert(cygk_sched.need_reschedule);
}
END_TEST

START_TEST(remove_current_asks_reschedule)
{
    cyg_thread *current = make_thread(0, 10);
    cyg_thread *other = make_thread(1, 20);

    add_all(LIST(current, other));
    make_current(current);
    cygk_runq_remove(other);
    ck_assert(!cygk_sched.need_reschedule);
    cygk_runq_add(other);
    cygk_runq_remove(current);
    ck_assert(cygk_sched.need_reschedule);
    ck_assert_ptr_eq(cygk_runq_highest(), other);
}
END_TEST

START_TEST(claim_own_priority_again)
{
    cyg_thread *t = make_thread(0, 9);

    ck_assert(cygk_runq_claim_priority(t, 9));
    ck_assert(cygk_runq_claim_priority(t, 9));
}
END_TEST

/* The thread state bits and the run queue must agree: a thread is on a
 * run queue exactly when its state is RUNNING (kthread.h). */
static char stacks[2][CYGNUM_HAL_STACK_SIZE_TYPICAL]
    CYGBLD_ATTRIB_ALIGN(CYGARC_ALIGNMENT);

static void never_runs(cyg_addrword_t data)
{
    (void)data;
    abort();
}

static void init_thread(cyg_thread *thread, int index, cyg_priority_t priority)
{
    memset(thread, 0, sizeof(*thread));
    cygk_thread_init(thread, priority, never_runs, 0, "unit",
                     (CYG_ADDRESS)stacks[index], sizeof(stacks[index]));
}

START_TEST(state_changes_move_threads)
{
    cyg_thread *low = &threads[0];
    cyg_thread *high = &threads[1];

    init_thread(low, 0, 9);
    init_thread(high, 1, 4);
    ck_assert_uint_eq(low->state, CYGK_STATE_SUSPENDED);
    ck_assert_uint_eq(low->suspend_count, 1);
    ck_assert_uint_eq(low->priority, 9);

    cygk_thread_resume(low);
    ck_assert_uint_eq(low->state, CYGK_STATE_RUNNING);
    ck_assert_ptr_eq(cygk_runq_highest(), low);
    cygk_thread_resume(high);
    ck_assert_ptr_eq(cygk_runq_highest(), high);

    cygk_thread_suspend(high);
    ck_assert_uint_eq(high->state, CYGK_STATE_SUSPENDED);
    ck_assert_ptr_eq(cygk_runq_highest(), low);

    /* Sleeping and suspended at once: both must clear before it runs. */
    cygk_thread_set_state(low, CYGK_STATE_SLEEPING);
    cygk_thread_resume(high);
    ck_assert_ptr_eq(cygk_runq_highest(), high);
    cygk_thread_suspend(low);
    ck_assert_uint_eq(low->state, CYGK_STATE_SLEEPING | CYGK_STATE_SUSPENDED);
    cygk_thread_wake(low, CYG_REASON_DONE);
    ck_assert_uint_eq(low->state, CYGK_STATE_SUSPENDED);
    ck_assert_uint_eq(low->wake_reason, CYG_REASON_DONE);
    cygk_thread_suspend(high);
    cygk_thread_resume(low);
    ck_assert_uint_eq(low->state, CYGK_STATE_RUNNING);
    ck_assert_ptr_eq(cygk_runq_highest(), low);
}
END_TEST

START_TEST(suspend_counts_nest)
{
    cyg_thread *t = &threads[0];
    cyg_thread *idle = make_thread(1, LOWEST_PRIORITY);

    cygk_runq_add(idle);
    init_thread(t, 0, 6);
    cygk_thread_suspend(t);
    ck_assert_uint_eq(t->suspend_count, 2);
    cygk_thread_resume(t);
    ck_assert_uint_eq(t->state, CYGK_STATE_SUSPENDED);
    ck_assert_ptr_eq(cygk_runq_highest(), idle);
    cygk_thread_resume(t);
    ck_assert_uint_eq(t->state, CYGK_STATE_RUNNING);
    ck_assert_ptr_eq(cygk_runq_highest(), t);
    /* A resume at count 0 is ignored and does not pre-credit a suspend. */
    cygk_thread_resume(t);
    ck_assert_uint_eq(t->suspend_count, 0);
    cygk_thread_suspend(t);
    ck_assert_uint_eq(t->state, CYGK_STATE_SUSPENDED);
    ck_assert_ptr_eq(cygk_runq_highest(), idle);
}
END_TEST

START_TEST(priority_change_requeues)
{
    cyg_thread *a = &threads[0];
    cyg_thread *b = &threads[1];

    init_thread(a, 0, 10);
    init_thread(b, 1, 12);
    cygk_thread_resume(a);
    cygk_thread_resume(b);
    ck_assert_ptr_eq(cygk_runq_highest(), a);
    ck_assert(cygk_runq_claim_priority(b, 3));
    cygk_thread_set_current_priority(b, 3);
    ck_assert_uint_eq(b->priority, 3);
    ck_assert_ptr_eq(cygk_runq_highest(), b);
    cygk_thread_suspend(b);
    ck_assert_ptr_eq(cygk_runq_highest(), a);
}
END_TEST

START_TEST(kill_takes_thread_off)
{
    cyg_thread *a = &threads[0];
    cyg_thread *b = &threads[1];

    init_thread(a, 0, 10);
    init_thread(b, 1, 12);
    cygk_thread_resume(a);
    cygk_thread_resume(b);
    cygk_thread_kill(a);
    ck_assert_uint_eq(a->state, CYGK_STATE_EXITED);
    ck_assert_ptr_eq(cygk_runq_highest(), b);
}
END_TEST

#ifdef CYGSEM_KERNEL_SCHED_MLQUEUE
/* ------------------------------------------------------------------ */
/* Multi-level queue                                                   */

START_TEST(fifo_within_a_level)
{
    cyg_thread *a = make_thread(0, 8);
    cyg_thread *b = make_thread(1, 8);
    cyg_thread *c = make_thread(2, 8);

    add_all(LIST(a, b, c));
    expect_order(LIST(a, b, c));
}
END_TEST

START_TEST(readd_goes_to_tail)
{
    cyg_thread *a = make_thread(0, 8);
    cyg_thread *b = make_thread(1, 8);

    add_all(LIST(a, b));
    cygk_runq_remove(a);
    cygk_runq_add(a);
    expect_order(LIST(b, a));
}
END_TEST

START_TEST(remove_middle_keeps_order)
{
    cyg_thread *a = make_thread(0, 8);
    cyg_thread *b = make_thread(1, 8);
    cyg_thread *c = make_thread(2, 8);

    add_all(LIST(a, b, c));
    cygk_runq_remove(b);
    expect_order(LIST(a, c));
    cygk_runq_add(b);
    ck_assert_ptr_eq(cygk_runq_highest(), b);
}
END_TEST

/* A level with threads left keeps its bit in the map. */
START_TEST(level_stays_while_not_empty)
{
    cyg_thread *a = make_thread(0, 4);
    cyg_thread *b = make_thread(1, 4);
    cyg_thread *low = make_thread(2, 20);

    add_all(LIST(low, a, b));
    cygk_runq_remove(a);
    expect_order(LIST(b, low));
}
END_TEST

START_TEST(rotate_cycles_a_level)
{
    cyg_thread *a = make_thread(0, 8);
    cyg_thread *b = make_thread(1, 8);
    cyg_thread *c = make_thread(2, 8);

    add_all(LIST(a, b, c));
    make_current(a);
    cygk_runq_rotate(a);
    ck_assert(cygk_sched.need_reschedule);
    ck_assert_ptr_eq(cygk_runq_highest(), b);
    cygk_runq_rotate(b);
    ck_assert_ptr_eq(cygk_runq_highest(), c);
    cygk_runq_rotate(c);
    /* After a full turn the order is the original one. */
    expect_order(LIST(a, b, c));
}
END_TEST

START_TEST(rotate_alone_is_no_op)
{
    cyg_thread *a = make_thread(0, 8);

    cygk_runq_add(a);
    expect_rotate_no_op(a);
}
END_TEST

/* Rotation is per level: a better level keeps its head. */
START_TEST(rotate_touches_one_level)
{
    cyg_thread *h1 = make_thread(0, 2);
    cyg_thread *h2 = make_thread(1, 2);
    cyg_thread *l1 = make_thread(2, 9);
    cyg_thread *l2 = make_thread(3, 9);

    add_all(LIST(h1, h2, l1, l2));
    cygk_runq_rotate(l1);
    expect_order(LIST(h1, h2, l2, l1));
}
END_TEST

START_TEST(mlqueue_shares_priorities)
{
    cyg_thread *a = make_thread(0, 6);
    cyg_thread *b = make_thread(1, 6);

    /* Another thread at the same level is no obstacle. */
    ck_assert(cygk_runq_claim_priority(b, 6));
    add_all(LIST(a, b));
    expect_order(LIST(a, b));
}
END_TEST
#endif /* CYGSEM_KERNEL_SCHED_MLQUEUE */

#ifdef CYGSEM_KERNEL_SCHED_BITMAP
/* ------------------------------------------------------------------ */
/* Bitmap                                                              */

START_TEST(bitmap_one_thread_per_priority)
{
    cyg_thread *owner = make_thread(0, 4);
    cyg_thread *other = make_thread(1, 7);

    ck_assert(!cygk_runq_claim_priority(other, 4));
    ck_assert_uint_eq(other->priority, 7);
    /* Still owner of 7: nobody else may take it. */
    ck_assert(!cygk_runq_claim_priority(owner, 7));
    (void)owner;
}
END_TEST

/* Claiming a new priority gives the old one back. */
START_TEST(bitmap_claim_moves_ownership)
{
    cyg_thread *a = make_thread(0, 4);
    cyg_thread *b = make_thread(1, 9);

    ck_assert(cygk_runq_claim_priority(a, 6));
    a->priority = 6;
    ck_assert(cygk_runq_claim_priority(b, 4));
    ck_assert(!cygk_runq_claim_priority(b, 6));
}
END_TEST

START_TEST(bitmap_release_frees_priority)
{
    cyg_thread *a = make_thread(0, 4);
    cyg_thread *b = make_thread(1, 9);

    cygk_runq_release_priority(a);
    ck_assert(cygk_runq_claim_priority(b, 4));
    b->priority = 4;
    cygk_runq_add(b);
    ck_assert_ptr_eq(cygk_runq_highest(), b);
}
END_TEST

/* Leaving the run queue does not give the priority up. */
START_TEST(bitmap_removed_thread_keeps_priority)
{
    cyg_thread *a = make_thread(0, 4);
    cyg_thread *b = make_thread(1, 9);

    add_all(LIST(a, b));
    cygk_runq_remove(a);
    ck_assert_ptr_eq(cygk_runq_highest(), b);
    ck_assert(!cygk_runq_claim_priority(b, 4));
    cygk_runq_add(a);
    ck_assert_ptr_eq(cygk_runq_highest(), a);
}
END_TEST

START_TEST(bitmap_rotate_is_no_op)
{
    cyg_thread *a = make_thread(0, 4);
    cyg_thread *b = make_thread(1, 9);

    add_all(LIST(a, b));
    expect_rotate_no_op(a);
}
END_TEST

START_TEST(bitmap_every_priority)
{
    int pri;

    for (pri = 0; pri < NTHREADS; pri++)
        cygk_runq_add(make_thread(pri, (cyg_priority_t)(LOWEST_PRIORITY - pri)));
    for (pri = NTHREADS - 1; pri >= 0; pri--) {
        ck_assert_ptr_eq(cygk_runq_highest(), &threads[pri]);
        if (pri > 0)
            cygk_runq_remove(&threads[pri]);
    }
}
END_TEST

/* Killing (exiting) gives the priority back; resuming the exited thread
 * claims it again. */
START_TEST(bitmap_kill_releases_priority)
{
    cyg_thread *a = &threads[0];
    cyg_thread *b = make_thread(1, 20);

    init_thread(a, 0, 10);
    cygk_thread_resume(a);
    ck_assert(!cygk_runq_claim_priority(b, 10));
    cygk_thread_kill(a);
    ck_assert(cygk_runq_claim_priority(b, 10));
    ck_assert(cygk_runq_claim_priority(b, 20));
}
END_TEST
#endif /* CYGSEM_KERNEL_SCHED_BITMAP */

static Suite *runq_suite(void)
{
    Suite *s = suite_create("runq");
    TCase *tc = tcase_create("common");

    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, single_thread_is_highest);
    tcase_add_test(tc, highest_priority_first);
    tcase_add_test(tc, extreme_priorities);
    tcase_add_test(tc, priority_map_after_removals);
    tcase_add_test(tc, add_better_than_current_asks_reschedule);
    tcase_add_test(tc, remove_current_asks_reschedule);
    tcase_add_test(tc, claim_own_priority_again);
    tcase_add_test(tc, state_changes_move_threads);
    tcase_add_test(tc, suspend_counts_nest);
    tcase_add_test(tc, priority_change_requeues);
    tcase_add_test(tc, kill_takes_thread_off);
    suite_add_tcase(s, tc);

#ifdef CYGSEM_KERNEL_SCHED_MLQUEUE
    tc = tcase_create("mlqueue");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, fifo_within_a_level);
    tcase_add_test(tc, readd_goes_to_tail);
    tcase_add_test(tc, remove_middle_keeps_order);
    tcase_add_test(tc, level_stays_while_not_empty);
    tcase_add_test(tc, rotate_cycles_a_level);
    tcase_add_test(tc, rotate_alone_is_no_op);
    tcase_add_test(tc, rotate_touches_one_level);
    tcase_add_test(tc, mlqueue_shares_priorities);
    suite_add_tcase(s, tc);
#endif
#ifdef CYGSEM_KERNEL_SCHED_BITMAP
    tc = tcase_create("bitmap");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, bitmap_one_thread_per_priority);
    tcase_add_test(tc, bitmap_claim_moves_ownership);
    tcase_add_test(tc, bitmap_release_frees_priority);
    tcase_add_test(tc, bitmap_removed_thread_keeps_priority);
    tcase_add_test(tc, bitmap_rotate_is_no_op);
    tcase_add_test(tc, bitmap_every_priority);
    tcase_add_test(tc, bitmap_kill_releases_priority);
    suite_add_tcase(s, tc);
#endif
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(runq_suite());
    int failed;

    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
