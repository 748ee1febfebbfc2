/* kthread1 - several threads: suspend and resume counts observed through
 * what the threads do, priority order between them, cyg_thread_yield
 * among equal priorities (multi-level queue scheduler only), exit by
 * returning from the entry function, and the restart of an exited thread
 * by cyg_thread_resume. No clock needed. */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>
#include "testaux.h"

#if defined(CYGFUN_KERNEL_API_C) && (CYGNUM_KERNEL_SCHED_PRIORITIES >= 24)

#define PRIO_CONTROL 5
#define PRIO_W1      10
#define PRIO_W2      11
#define PRIO_YIELD   12
#define PRIO_R       14
#define PRIO_R_LATER 15

#define YIELD_ROUNDS 3
#define R_DATA       ((cyg_addrword_t)0x5EED)

enum { W1, W2, Y1, Y2, Y3, R, THREAD_COUNT };

THREAD_SLOTS(THREAD_COUNT);

static volatile int w_runs[THREAD_COUNT];

/* Which threads ran, in order. */
static volatile int run_log[3 * YIELD_ROUNDS + 8];
static volatile int run_log_len;

static volatile int r_runs;
static volatile cyg_addrword_t r_data;
static volatile cyg_priority_t r_prio;
static volatile cyg_uint16 r_id;

static void log_run(int who)
{
    if (run_log_len < (int)(sizeof run_log / sizeof run_log[0]))
        run_log[run_log_len] = who;
    run_log_len++;
}

/* A worker runs one step each time it is resumed, then suspends itself. */
static void worker_entry(cyg_addrword_t data)
{
    int self = (int)data;

    for (;;) {
        w_runs[self]++;
        log_run(self);
        cyg_thread_suspend(cyg_thread_self());
    }
}

#ifdef CYGSEM_KERNEL_SCHED_MLQUEUE
static void yield_entry(cyg_addrword_t data)
{
    int round;

    for (round = 0; round < YIELD_ROUNDS; round++) {
        log_run((int)data);
        cyg_thread_yield();
    }
}
#endif

static void restart_entry(cyg_addrword_t data)
{
    cyg_handle_t self = cyg_thread_self();

    r_data = data;
    r_prio = cyg_thread_get_priority(self);
    r_id = cyg_thread_get_id(self);
    r_runs++;
}

static void check_counting(void)
{
    cyg_handle_t w1 = handles[W1];

    cyg_thread_resume(w1);
    CHECK(w_runs[W1] == 0);         /* lower priority: waits its turn */
    let_others_run();
    CHECK(w_runs[W1] == 1);
    CHECK(state_of(w1) == STATE_SUSPENDED);

    cyg_thread_suspend(w1);
    cyg_thread_suspend(w1);
    cyg_thread_resume(w1);
    cyg_thread_resume(w1);
    let_others_run();
    CHECK(w_runs[W1] == 1);         /* count back to one: still suspended */
    cyg_thread_resume(w1);
    let_others_run();
    CHECK(w_runs[W1] == 2);

    /* Suspending a runnable thread before it gets the CPU holds it back. */
    cyg_thread_resume(w1);
    cyg_thread_suspend(w1);
    let_others_run();
    CHECK(w_runs[W1] == 2);
    cyg_thread_resume(w1);
    let_others_run();
    CHECK(w_runs[W1] == 3);
}

/* A resume at count zero is not remembered for the next suspend. */
static void check_lost_resume(void)
{
    cyg_handle_t w2 = handles[W2];

    cyg_thread_resume(w2);
    cyg_thread_resume(w2);
    cyg_thread_suspend(w2);
    let_others_run();
    CHECK(w_runs[W2] == 0);
    cyg_thread_resume(w2);
    let_others_run();
    CHECK(w_runs[W2] == 1);
}

/* Both workers made runnable at once run in priority order, whatever the
 * order of the resumes. */
static void check_priority_order(void)
{
    run_log_len = 0;
    cyg_thread_resume(handles[W2]);
    cyg_thread_resume(handles[W1]);
    let_others_run();
    CHECK(run_log_len == 2);
    CHECK(run_log[0] == W1 && run_log[1] == W2);
}

/* Yield gives the CPU to the next thread of the same priority only. */
static void check_yield(void)
{
    int before = w_runs[W1];

    cyg_thread_resume(handles[W1]);
    cyg_thread_yield();             /* nobody else at this priority */
    CHECK(w_runs[W1] == before);
    let_others_run();
    CHECK(w_runs[W1] == before + 1);

#ifdef CYGSEM_KERNEL_SCHED_MLQUEUE
    int round, i;

    run_log_len = 0;
    cyg_thread_resume(handles[Y1]);
    cyg_thread_resume(handles[Y2]);
    cyg_thread_resume(handles[Y3]);
    let_others_run();
    CHECK(run_log_len == 3 * YIELD_ROUNDS);
    for (round = 0; round < YIELD_ROUNDS; round++)
        for (i = 0; i < 3; i++)
            CHECK(run_log[3 * round + i] == Y1 + i);
    CHECK(state_of(handles[Y1]) == STATE_EXITED);
    CHECK(state_of(handles[Y2]) == STATE_EXITED);
    CHECK(state_of(handles[Y3]) == STATE_EXITED);
    for (i = Y1; i <= Y3; i++)
        CHECK(cyg_thread_delete(handles[i]));
#else
    CYG_TEST_INFO("one thread per priority: yield between peers not tested");
#endif
}

/* Returning from the entry function is cyg_thread_exit; resuming the
 * exited thread builds it again from its entry, data and stack, with its
 * current base priority and a new id. */
static void check_restart(void)
{
    cyg_handle_t r = handles[R];
    cyg_uint16 first_id;

    cyg_thread_resume(r);
    let_others_run();
    CHECK(r_runs == 1);
    CHECK(r_data == R_DATA);
    CHECK(r_prio == PRIO_R);
    CHECK(state_of(r) == STATE_EXITED);
    first_id = r_id;
    CHECK(first_id == cyg_thread_get_id(r));

    cyg_thread_set_priority(r, PRIO_R_LATER);
    cyg_thread_resume(r);
    let_others_run();
    CHECK(r_runs == 2);
    CHECK(r_data == R_DATA);
    CHECK(r_prio == PRIO_R_LATER);
    CHECK(r_id != first_id);
    CHECK(r_id == cyg_thread_get_id(r));
    CHECK(state_of(r) == STATE_EXITED);
    CHECK(cyg_thread_delete(r));
}

static void control_entry(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);

    check_counting();
    check_lost_resume();
    check_priority_order();
    check_yield();
    check_restart();
    CYG_TEST_PASS_FINISH("Kernel C API Thread 1 OK");
}

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    CREATE_SLOT(W1, PRIO_W1, worker_entry, W1, "worker 1");
    CREATE_SLOT(W2, PRIO_W2, worker_entry, W2, "worker 2");
#ifdef CYGSEM_KERNEL_SCHED_MLQUEUE
    CREATE_SLOT(Y1, PRIO_YIELD, yield_entry, Y1, "yield 1");
    CREATE_SLOT(Y2, PRIO_YIELD, yield_entry, Y2, "yield 2");
    CREATE_SLOT(Y3, PRIO_YIELD, yield_entry, Y3, "yield 3");
#endif
    CREATE_SLOT(R, PRIO_R, restart_entry, R_DATA, "restart");
    run_main_thread(PRIO_CONTROL, control_entry, "control");
}

#else

NA_MAIN("Needs the kernel C API and at least 24 priorities")

#endif
