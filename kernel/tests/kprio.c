/* kprio - thread priorities: get and set, current priority equal to the
 * set one without mutexes, a suspended or sleeping thread keeps the new
 * priority for when it runs, raising a runnable thread above the caller
 * preempts the caller at once, lowering the caller below a runnable
 * thread gives that thread the CPU, a priority change moves a runnable
 * thread to the tail of its new queue (multi-level queue scheduler), and
 * a waiting thread's place in a sorted wait queue follows its priority
 * (FIFO queues ignore it). */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>
#include "runorder.h"

#if defined(CYGFUN_KERNEL_API_C) && (CYGNUM_KERNEL_SCHED_PRIORITIES >= 24)

#define PRIO_CONTROL 10

enum { T1, T2, T3, THREAD_COUNT };

THREAD_SLOTS(THREAD_COUNT);
static cyg_sem_t sem;

static volatile cyg_priority_t seen_prio[THREAD_COUNT];

/* Marks its letter (given as data) with the priority it runs at. */
static void mark_prio_entry(cyg_addrword_t data)
{
    cyg_handle_t self = cyg_thread_self();
    int slot = (int)(data >> 8);

    seen_prio[slot] = cyg_thread_get_priority(self);
    CHECK(cyg_thread_get_current_priority(self) == seen_prio[slot]);
    mark((char)(data & 0xFF));
}

static void wait_entry(cyg_addrword_t data)
{
    CHECK(cyg_semaphore_wait(&sem));
    mark((char)data);
}

static void make(int slot, cyg_priority_t pri, cyg_thread_entry_t *entry,
                 char letter)
{
    CREATE_SLOT(slot, pri, entry, ((cyg_addrword_t)slot << 8) | (cyg_uint8)letter,
                "kprio");
}

static void check_get_set(void)
{
    cyg_handle_t self = cyg_thread_self();

    CHECK(cyg_thread_get_priority(self) == PRIO_CONTROL);
    CHECK(cyg_thread_get_current_priority(self) == PRIO_CONTROL);
    cyg_thread_set_priority(self, PRIO_CONTROL + 1);
    CHECK(cyg_thread_get_priority(self) == PRIO_CONTROL + 1);
    CHECK(cyg_thread_get_current_priority(self) == PRIO_CONTROL + 1);
    cyg_thread_set_priority(self, PRIO_CONTROL);
    CHECK(cyg_thread_get_priority(self) == PRIO_CONTROL);

    /* Changed while suspended: the thread runs at the new priority. */
    make(T1, 15, mark_prio_entry, 'a');
    cyg_thread_set_priority(handles[T1], 16);
    CHECK(cyg_thread_get_priority(handles[T1]) == 16);
    CHECK(cyg_thread_get_current_priority(handles[T1]) == 16);
    trace_len = 0;
    cyg_thread_resume(handles[T1]);
    let_others_run();
    expect_trace("a");
    CHECK(seen_prio[T1] == 16);
    delete_threads(handles, T1, T1);
}

static void check_preemption(void)
{
    /* Raising a runnable thread above the caller switches at once. */
    make(T1, 15, mark_prio_entry, 'r');
    trace_len = 0;
    cyg_thread_resume(handles[T1]);
    expect_trace("");
    cyg_thread_set_priority(handles[T1], PRIO_CONTROL - 2);
    expect_trace("r");
    CHECK(seen_prio[T1] == PRIO_CONTROL - 2);

    /* Lowering the caller below a runnable thread does the same. */
    make(T2, PRIO_CONTROL + 3, mark_prio_entry, 'l');
    cyg_thread_resume(handles[T2]);
    expect_trace("r");
    cyg_thread_set_priority(cyg_thread_self(), PRIO_CONTROL + 4);
    expect_trace("rl");
    cyg_thread_set_priority(cyg_thread_self(), PRIO_CONTROL);

    /* Raising a runnable thread that stays below the caller does not. */
    make(T3, 17, mark_prio_entry, 's');
    cyg_thread_resume(handles[T3]);
    cyg_thread_set_priority(handles[T3], PRIO_CONTROL + 1);
    expect_trace("rl");
    let_others_run();
    expect_trace("rls");
    CHECK(seen_prio[T3] == PRIO_CONTROL + 1);
    delete_threads(handles, T1, T3);
}

#ifdef CYGSEM_KERNEL_SCHED_MLQUEUE
/* Three runnable threads queued at one priority; moving the first away
 * and back puts it behind the others. */
static void check_requeue(void)
{
    make(T1, 12, mark_prio_entry, 'x');
    make(T2, 12, mark_prio_entry, 'y');
    make(T3, 12, mark_prio_entry, 'z');
    trace_len = 0;
    cyg_thread_resume(handles[T1]);
    cyg_thread_resume(handles[T2]);
    cyg_thread_resume(handles[T3]);
    cyg_thread_set_priority(handles[T1], 13);
    cyg_thread_set_priority(handles[T1], 12);
    let_others_run();
    expect_trace("yzx");
    delete_threads(handles, T1, T3);
}
#endif

/* p (priority 14) and then q (15) wait on the semaphore; then one of
 * them changes priority, and two posts show who is woken first. */
static void run_waiters(int changed, cyg_priority_t new_pri,
                        const char *expected)
{
    make(T1, 14, wait_entry, 'p');
    make(T2, 15, wait_entry, 'q');
    trace_len = 0;
    cyg_thread_resume(handles[T1]);
    cyg_thread_resume(handles[T2]);
    let_others_run();                   /* both asleep, p first */
    expect_trace("");
    cyg_thread_set_priority(handles[changed], new_pri);
    cyg_semaphore_post(&sem);
    let_others_run();
    cyg_semaphore_post(&sem);
    let_others_run();
    expect_trace(expected);
    delete_threads(handles, T1, T2);
}

/* A waiting thread whose priority changes is queued again: sorted queues
 * place it by its new priority, FIFO queues put it at the tail. */
static void check_wait_queue_order(void)
{
#if defined(CYGIMP_KERNEL_SCHED_SORTED_QUEUES) || defined(CYGSEM_KERNEL_SCHED_BITMAP)
    run_waiters(T2, 13, "qp");          /* q now above p */
#else
    run_waiters(T2, 13, "pq");          /* q stays behind p */
#endif
    run_waiters(T1, 16, "qp");          /* p below q, or moved behind it */
}

#ifdef CYGFUN_KERNEL_THREADS_TIMER
static void nap_entry(cyg_addrword_t data)
{
    cyg_thread_delay(2);
    mark_prio_entry(data);
}

/* Raised above the caller while asleep: preempts the caller on waking. */
static void check_sleeping_change(void)
{
    volatile unsigned long spins = 0;
    cyg_tick_count_t start = cyg_current_time();

    make(T1, 15, nap_entry, 'n');
    trace_len = 0;
    cyg_thread_resume(handles[T1]);
    let_others_run();                   /* asleep now */
    cyg_thread_set_priority(handles[T1], PRIO_CONTROL - 1);
    expect_trace("");
    while (trace_len == 0 && cyg_current_time() < start + 50)
        spins++;
    expect_trace("n");
    CHECK(seen_prio[T1] == PRIO_CONTROL - 1);
    delete_threads(handles, T1, T1);
}
#endif

static void control_entry(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    check_get_set();
    check_preemption();
#ifdef CYGSEM_KERNEL_SCHED_MLQUEUE
    check_requeue();
#endif
    check_wait_queue_order();
#ifdef CYGFUN_KERNEL_THREADS_TIMER
    check_sleeping_change();
#endif
    CYG_TEST_PASS_FINISH("Thread priorities OK");
}

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    cyg_semaphore_init(&sem, 0);
    run_main_thread(PRIO_CONTROL, control_entry, "kprio control");
}

#else

NA_MAIN("Needs the kernel C API and at least 24 priorities")

#endif
