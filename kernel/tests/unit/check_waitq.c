/* Host unit tests of the wait queues of kernel objects (kqueue.h): FIFO,
 * or priority order with FIFO among equals when the configuration sorts
 * them (CYGK_SORTED_WAIT_QUEUES). Threads are built by hand: a wait
 * queue only reads their priority, node and queue fields. */

#include <pkgconf/kernel.h>
#include <cyg/kernel/kapidata.h>
#include <cyg/kernel/kqueue.h>
#include <cyg/kernel/kthread.h>

#include <check.h>
#include <stdlib.h>
#include <string.h>

#define NTHREADS 6

static cyg_thread threads[NTHREADS];
static cyg_knode queue;
static cyg_knode other_queue;

/* Asleep, so that a priority change requeues it on its wait queue
 * instead of touching a run queue. */
static cyg_thread *make_waiter(int index, cyg_priority_t priority)
{
    cyg_thread *thread = &threads[index];

    memset(thread, 0, sizeof(*thread));
    cygk_list_init(&thread->node);
    thread->priority = priority;
    thread->state = CYGK_STATE_SLEEPING;
    return thread;
}

static void setup(void)
{
    cygk_list_init(&queue);
    cygk_list_init(&other_queue);
}

/* Empty `q' from the front, checking that the threads come out in the
 * order given by `expected' (indexes into threads[]). */
static void check_order(cyg_knode *q, const int *expected, int count)
{
    int i;

    for (i = 0; i < count; i++) {
        cyg_thread *first = cygk_queue_first(q);

        ck_assert_msg(first == &threads[expected[i]],
                      "position %d: expected thread %d, got %ld", i,
                      expected[i], first ? (long)(first - threads) : -1L);
        cygk_queue_dequeue(first);
    }
    ck_assert_ptr_null(cygk_queue_first(q));
    ck_assert(cygk_list_empty(q));
}

START_TEST(empty_queue_has_no_first)
{
    ck_assert_ptr_null(cygk_queue_first(&queue));
    ck_assert(cygk_list_empty(&queue));
}
END_TEST

START_TEST(enqueue_records_queue)
{
    cyg_thread *t = make_waiter(0, 5);

    cygk_queue_enqueue(&queue, t);
    ck_assert_ptr_eq(t->queue, &queue);
    ck_assert_ptr_eq(cygk_queue_first(&queue), t);
    ck_assert(!cygk_list_empty(&queue));
    cygk_queue_dequeue(t);
    ck_assert_ptr_null(t->queue);
    ck_assert_ptr_null(cygk_queue_first(&queue));
}
END_TEST

START_TEST(dequeue_not_waiting_is_harmless)
{
    cyg_thread *waiting = make_waiter(0, 5);
    cyg_thread *idle = make_waiter(1, 5);

    cygk_queue_enqueue(&queue, waiting);
    cygk_queue_dequeue(idle);
    ck_assert_ptr_null(idle->queue);
    ck_assert_ptr_eq(cygk_queue_first(&queue), waiting);
    cygk_queue_dequeue(waiting);
    cygk_queue_dequeue(waiting);
    ck_assert(cygk_list_empty(&queue));
}
END_TEST

START_TEST(equal_priorities_are_fifo)
{
    static const int order[] = { 0, 1, 2, 3 };
    int i;

    for (i = 0; i < 4; i++)
        cygk_queue_enqueue(&queue, make_waiter(i, 7));
    check_order(&queue, order, 4);
}
END_TEST

START_TEST(mixed_priorities)
{
#ifdef CYGK_SORTED_WAIT_QUEUES
    static const int order[] = { 2, 4, 0, 1, 3, 5 };
#else
    static const int order[] = { 0, 1, 2, 3, 4, 5 };
#endif
    static const cyg_priority_t pri[] = { 5, 5, 3, 9, 3, 31 };
    int i;

    for (i = 0; i < NTHREADS; i++)
        cygk_queue_enqueue(&queue, make_waiter(i, pri[i]));
    check_order(&queue, order, NTHREADS);
}
END_TEST

/* Arrivals better than all, worse than all, and between. */
START_TEST(insert_at_both_ends)
{
#ifdef CYGK_SORTED_WAIT_QUEUES
    static const int order[] = { 2, 0, 3, 1 };
#else
    static const int order[] = { 0, 1, 2, 3 };
#endif
    cygk_queue_enqueue(&queue, make_waiter(0, 10));
    cygk_queue_enqueue(&queue, make_waiter(1, 20));
    cygk_queue_enqueue(&queue, make_waiter(2, 0));
    cygk_queue_enqueue(&queue, make_waiter(3, 15));
    check_order(&queue, order, 4);
}
END_TEST

START_TEST(dequeue_middle_keeps_order)
{
    static const int order[] = { 0, 2 };

    cygk_queue_enqueue(&queue, make_waiter(0, 4));
    cygk_queue_enqueue(&queue, make_waiter(1, 4));
    cygk_queue_enqueue(&queue, make_waiter(2, 4));
    cygk_queue_dequeue(&threads[1]);
    ck_assert_ptr_null(threads[1].queue);
    check_order(&queue, order, 2);
}
END_TEST

START_TEST(dequeue_last_then_reenqueue)
{
    static const int order[] = { 1, 0 };

    cygk_queue_enqueue(&queue, make_waiter(0, 4));
    cygk_queue_enqueue(&queue, make_waiter(1, 4));
    cygk_queue_dequeue(&threads[0]);
    cygk_queue_enqueue(&queue, &threads[0]);
    check_order(&queue, order, 2);
}
END_TEST

START_TEST(queues_are_independent)
{
    static const int first_order[] = { 0, 2 };
    static const int second_order[] = { 1, 3 };

    cygk_queue_enqueue(&queue, make_waiter(0, 6));
    cygk_queue_enqueue(&other_queue, make_waiter(1, 2));
    cygk_queue_enqueue(&queue, make_waiter(2, 6));
    cygk_queue_enqueue(&other_queue, make_waiter(3, 8));
    ck_assert_ptr_eq(threads[1].queue, &other_queue);
    check_order(&queue, first_order, 2);
    check_order(&other_queue, second_order, 2);
}
END_TEST

/* A waiter whose priority changes is put back on the same queue, at its
 * new place when the queue is sorted (kapi.md 5.4). */
START_TEST(priority_change_requeues_waiter)
{
#ifdef CYGK_SORTED_WAIT_QUEUES
    static const int order[] = { 2, 0, 1 };
#else
    static const int order[] = { 0, 1, 2 };
#endif
    cygk_queue_enqueue(&queue, make_waiter(0, 10));
    cygk_queue_enqueue(&queue, make_waiter(1, 12));
    cygk_queue_enqueue(&queue, make_waiter(2, 14));
    cygk_thread_set_current_priority(&threads[2], 1);
    ck_assert_uint_eq(threads[2].priority, 1);
    ck_assert_ptr_eq(threads[2].queue, &queue);
    check_order(&queue, order, 3);
}
END_TEST

/* Sorted, it lands behind the waiter of equal priority already there;
 * FIFO, it goes to the tail: the same place here. */
START_TEST(priority_drop_requeues_waiter)
{
    static const int order[] = { 1, 2, 0 };

    cygk_queue_enqueue(&queue, make_waiter(0, 10));
    cygk_queue_enqueue(&queue, make_waiter(1, 12));
    cygk_queue_enqueue(&queue, make_waiter(2, 14));
    cygk_thread_set_current_priority(&threads[0], 14);
    ck_assert_ptr_eq(threads[0].queue, &queue);
    check_order(&queue, order, 3);
}
END_TEST

/* The wake path: the thread leaves its queue and sees its reason. */
START_TEST(wake_takes_waiter_off)
{
    static const int order[] = { 1 };
    cyg_thread *a = make_waiter(0, 10);
    cyg_thread *b = make_waiter(1, 10);

    a->state = CYGK_STATE_SLEEPING | CYGK_STATE_SUSPENDED;
    cygk_queue_enqueue(&queue, a);
    cygk_queue_enqueue(&queue, b);
    cygk_thread_wake(a, CYG_REASON_BREAK);
    ck_assert_ptr_null(a->queue);
    ck_assert_uint_eq(a->state, CYGK_STATE_SUSPENDED);
    ck_assert_uint_eq(a->wake_reason, CYG_REASON_BREAK);
    check_order(&queue, order, 1);
}
END_TEST

static Suite *waitq_suite(void)
{
    Suite *s = suite_create("waitq");
    TCase *tc = tcase_create(
#ifdef CYGK_SORTED_WAIT_QUEUES
        "sorted"
#else
        "fifo"
#endif
        );

    tcase_add_checked_fixture(tc, setup, NULL);
    tcase_add_test(tc, empty_queue_has_no_first);
    tcase_add_test(tc, enqueue_records_queue);
    tcase_add_test(tc, dequeue_not_waiting_is_harmless);
    tcase_add_test(tc, equal_priorities_are_fifo);
    tcase_add_test(tc, mixed_priorities);
    tcase_add_test(tc, insert_at_both_ends);
    tcase_add_test(tc, dequeue_middle_keeps_order);
    tcase_add_test(tc, dequeue_last_then_reenqueue);
    tcase_add_test(tc, queues_are_independent);
    tcase_add_test(tc, priority_change_requeues_waiter);
    tcase_add_test(tc, priority_drop_requeues_waiter);
    tcase_add_test(tc, wake_takes_waiter_off);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(waitq_suite());
    int failed;

    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
