/* cygnet-unit: link extras.o */
/* Host unit tests of the kernel C API with the scheduler running, on the
 * Linux synthetic target.
 *
 * Linked with extras.o: the HAL start-up and the kernel's constructors
 * have built the scheduler, the idle thread and the real-time clock
 * before main() runs (our main() overrides the HAL's weak one). Each test
 * runs in a child process (Check's fork mode): it builds threads, starts
 * the scheduler, which never returns, and ends the child from a thread
 * with exit(0) once its checks are made. A failed ck_assert ends the
 * child at once with the failure recorded.
 *
 * The synthetic clock is SIGALRM from an interval timer, which the HAL's
 * constructor started. Check, in fork mode, takes SIGALRM in the parent
 * for its test timeouts: any tick there would look like a timeout and
 * kill the child. So main() stops the timer before running the tests,
 * and each child, which inherits Check's handler but no timer, puts the
 * HAL's handler back and restarts the clock before it starts the
 * scheduler.
 *
 * The tests of a primitive compiled out (CYGFUN_KERNEL_SYNCH_*) are not
 * built. */

#include <pkgconf/kernel.h>
#include <cyg/kernel/kapi.h>
#include <cyg/hal/hal_arch.h>
#include <cyg/hal/hal_intr.h>

#include <check.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>

#define NTHREADS 8
#define STACK_SIZE (64 * 1024)
#define MAX_EVENTS 64
#define CHILD_TIMEOUT 10

#define LOWEST_PRIORITY ((cyg_priority_t)(CYGNUM_KERNEL_SCHED_PRIORITIES - 1))

#define STATE_RUNNING   0
#define STATE_SLEEPING  1
#define STATE_SUSPENDED 4
#define STATE_EXITED    16

static struct sigaction hal_clock_action;

static char stacks[NTHREADS][STACK_SIZE] CYGBLD_ATTRIB_ALIGN(CYGARC_ALIGNMENT);
static cyg_thread thread_obj[NTHREADS];
static cyg_handle_t th[NTHREADS];

/* What the threads did, in order. */
static volatile int events[MAX_EVENTS];
static volatile int nevents;

/* Objects the threads of a test share. */
static cyg_sem_t sem;
#ifdef CYGFUN_KERNEL_SYNCH_MUTEX
static cyg_mutex_t mutex;
#endif
#ifdef CYGFUN_KERNEL_SYNCH_CONDVAR
static cyg_cond_t cond;
#endif
#ifdef CYGFUN_KERNEL_SYNCH_FLAGS
static cyg_flag_t flag;
#endif
#ifdef CYGFUN_KERNEL_SYNCH_MBOX
static cyg_mbox mbox;
static cyg_handle_t mbox_h;
#endif
static volatile cyg_addrword_t results[NTHREADS];

/* ------------------------------------------------------------------ */
/* Harness                                                             */

static void spawn(int i, cyg_priority_t priority, cyg_thread_entry_t *entry,
                  cyg_addrword_t data, char *name)
{
    cyg_thread_create(priority, entry, data, name, stacks[i],
                      sizeof(stacks[i]), &th[i], &thread_obj[i]);
}

static void spawn_and_resume(int i, cyg_priority_t priority,
                             cyg_thread_entry_t *entry, cyg_addrword_t data)
{
    spawn(i, priority, entry, data, "worker");
    cyg_thread_resume(th[i]);
}

/* Start the scheduler with `entry' as the first thread (index 0). */
static void run_with_controller(cyg_priority_t priority,
                                cyg_thread_entry_t *entry)
{
    ck_assert_uint_eq(cyg_scheduler_read_lock(), 1);
    spawn(0, priority, entry, 0, "controller");
    cyg_thread_resume(th[0]);
    sigaction(SIGALRM, &hal_clock_action, NULL);
    HAL_CLOCK_INITIALIZE(CYGNUM_KERNEL_COUNTERS_RTC_PERIOD);
    cyg_scheduler_start();
}

/* A test that runs `ctrl' as its controller thread at `priority'. */
#define CONTROLLED_TEST(name, priority, ctrl)                           \
    START_TEST(name)                                                    \
    {                                                                   \
        run_with_controller((priority), (ctrl));                        \
    }                                                                   \
    END_TEST

/* The end of a passing test, from a thread. The scheduler stays locked so
 * that no other thread runs in the middle of exit(). */
static void pass(void)
{
    cyg_scheduler_lock();
    exit(0);
}

static void note(int event)
{
    cyg_scheduler_lock();
    if (nevents < MAX_EVENTS)
        events[nevents] = event;
    nevents++;
    cyg_scheduler_unlock();
}

static void check_events(const int *expected, int count)
{
    int i;

    ck_assert_int_eq(nevents, count);
    for (i = 0; i < count; i++)
        ck_assert_msg(events[i] == expected[i], "event %d is %d, expected %d",
                      i, events[i], expected[i]);
}

static cyg_uint32 state_of(cyg_handle_t thread)
{
    cyg_thread_info info;

    ck_assert(cyg_thread_get_info(thread, cyg_thread_get_id(thread), &info));
    return info.state;
}

/* Let lower-priority threads run for a while. */
static void pause_ticks(cyg_tick_count_t ticks)
{
    cyg_thread_delay(ticks);
}

/* ------------------------------------------------------------------ */
/* Scheduler and thread basics                                         */

static void lock_counts_ctrl(cyg_addrword_t data)
{
    (void)data;
    ck_assert_uint_eq(cyg_scheduler_read_lock(), 0);
    cyg_scheduler_lock();
    cyg_scheduler_lock();
    ck_assert_uint_eq(cyg_scheduler_read_lock(), 2);
    cyg_scheduler_unlock();
    cyg_scheduler_unlock();
    ck_assert_uint_eq(cyg_scheduler_read_lock(), 0);
    cyg_scheduler_safe_lock();
    cyg_scheduler_safe_lock();
    ck_assert_uint_eq(cyg_scheduler_read_lock(), 1);
    cyg_scheduler_unlock();
    ck_assert_uint_eq(cyg_scheduler_read_lock(), 0);
    pass();
}

CONTROLLED_TEST(scheduler_lock_counts, 10, lock_counts_ctrl)

static void noting_entry(cyg_addrword_t data)
{
    note((int)data);
}

/* A thread made runnable with a better priority than the caller runs
 * before the call returns; a worse one waits for the caller to block. */
static void preemption_ctrl(cyg_addrword_t data)
{
    static const int expected[] = { 1, 2, 3 };

    (void)data;
    ck_assert_ptr_eq((void *)cyg_thread_self(), &thread_obj[0]);
    spawn_and_resume(1, 5, noting_entry, 1);
    ck_assert_int_eq(nevents, 1);
    spawn_and_resume(2, 15, noting_entry, 3);
    ck_assert_int_eq(nevents, 1);
    note(2);
    pause_ticks(2);
    check_events(expected, 3);
    ck_assert_uint_eq(state_of(th[1]), STATE_EXITED);
    ck_assert_uint_eq(state_of(th[2]), STATE_EXITED);
    pass();
}

CONTROLLED_TEST(preemption_by_priority, 10, preemption_ctrl)

static void set_priority_ctrl(cyg_addrword_t data)
{
    (void)data;
    spawn_and_resume(1, 20, noting_entry, 1);
    ck_assert_int_eq(nevents, 0);
    cyg_thread_set_priority(th[1], 4);
    ck_assert_int_eq(nevents, 1);
    ck_assert_uint_eq(cyg_thread_get_priority(th[1]), 4);
    ck_assert_uint_eq(cyg_thread_get_current_priority(th[1]), 4);
    /* Lowering oneself below a runnable thread gives it the CPU. */
    spawn_and_resume(2, 12, noting_entry, 2);
    ck_assert_int_eq(nevents, 1);
    cyg_thread_set_priority(cyg_thread_self(), 14);
    ck_assert_int_eq(nevents, 2);
    ck_assert_uint_eq(cyg_thread_get_priority(cyg_thread_self()), 14);
    pass();
}

CONTROLLED_TEST(set_priority_reschedules, 10, set_priority_ctrl)

#ifdef CYGSEM_KERNEL_SCHED_BITMAP
static void bitmap_priority_ctrl(cyg_addrword_t data)
{
    (void)data;
    spawn(1, 20, noting_entry, 1, "worker");
    /* Priority 10 is the controller's: the change must not happen. */
    cyg_thread_set_priority(th[1], 10);
    ck_assert_uint_eq(cyg_thread_get_priority(th[1]), 20);
    ck_assert_uint_eq(cyg_thread_get_current_priority(th[1]), 20);
    cyg_thread_set_priority(th[1], 21);
    ck_assert_uint_eq(cyg_thread_get_priority(th[1]), 21);
    pass();
}

CONTROLLED_TEST(bitmap_priority_taken, 10, bitmap_priority_ctrl)
#endif

#ifdef CYGSEM_KERNEL_SCHED_MLQUEUE
static void yielding_entry(cyg_addrword_t data)
{
    int i;

    for (i = 0; i < 3; i++) {
        note((int)data);
        cyg_thread_yield();
    }
}

static void yield_ctrl(cyg_addrword_t data)
{
    static const int expected[] = { 1, 2, 1, 2, 1, 2, 9 };

    (void)data;
    /* Both are better than the controller: they run as soon as it lets
     * go, taking turns. */
    cyg_scheduler_lock();
    spawn_and_resume(1, 8, yielding_entry, 1);
    spawn_and_resume(2, 8, yielding_entry, 2);
    cyg_scheduler_unlock();
    note(9);
    check_events(expected, 7);
    pass();
}

CONTROLLED_TEST(yield_rotates_peers, 10, yield_ctrl)

/* Alone at its level, yield returns at once. */
static void lonely_yield_ctrl(cyg_addrword_t data)
{
    (void)data;
    spawn_and_resume(1, 20, noting_entry, 1);
    cyg_thread_yield();
    ck_assert_int_eq(nevents, 0);
    pass();
}

CONTROLLED_TEST(yield_alone, 10, lonely_yield_ctrl)

/* A preempted thread resumes before its peers of the same priority. */
static void preempted_entry(cyg_addrword_t data)
{
    note((int)data);
    if (data == 1) {
        spawn_and_resume(3, 2, noting_entry, 3);
        note(4);
    }
}

static void preempted_ctrl(cyg_addrword_t data)
{
    static const int expected[] = { 1, 3, 4, 2 };

    (void)data;
    cyg_scheduler_lock();
    spawn_and_resume(1, 8, preempted_entry, 1);
    spawn_and_resume(2, 8, preempted_entry, 2);
    cyg_scheduler_unlock();
    check_events(expected, 4);
    pass();
}

CONTROLLED_TEST(preempted_thread_stays_first, 10, preempted_ctrl)

# ifdef CYGSEM_KERNEL_SCHED_TIMESLICE
#  define SPIN_LIMIT 100

/* Spins without yielding until the peer has run too, or gives up. */
static void spinner_entry(cyg_addrword_t data)
{
    cyg_tick_count_t start = cyg_current_time();

    note((int)data);
    while (nevents < 2 && cyg_current_time() - start < SPIN_LIMIT)
        continue;
    results[data] = nevents >= 2;
}

static void timeslice_ctrl(cyg_addrword_t data)
{
    cyg_tick_count_t start = cyg_current_time();

    (void)data;
    cyg_scheduler_lock();
    spawn_and_resume(1, 8, spinner_entry, 1);
    spawn_and_resume(2, 8, spinner_entry, 2);
    cyg_scheduler_unlock();
    ck_assert_int_eq(nevents, 2);
    ck_assert_int_eq(results[1], 1);
    ck_assert_int_eq(results[2], 1);
    ck_assert(cyg_current_time() - start >= CYGNUM_KERNEL_SCHED_TIMESLICE_TICKS - 1);
    ck_assert(cyg_current_time() - start < SPIN_LIMIT);
    pass();
}

CONTROLLED_TEST(timeslice_shares_level, 10, timeslice_ctrl)
# endif
#endif

/* ------------------------------------------------------------------ */
/* Suspend, resume, kill, delete                                       */

static void sem_waiter_entry(cyg_addrword_t data)
{
    note((int)data);
    results[data] = cyg_semaphore_wait(&sem);
    note((int)data + 100);
}

static void suspend_ctrl(cyg_addrword_t data)
{
    (void)data;
    cyg_semaphore_init(&sem, 0);
    spawn(1, 15, sem_waiter_entry, 1, "worker");
    ck_assert_uint_eq(state_of(th[1]), STATE_SUSPENDED);
    cyg_thread_resume(th[1]);
    ck_assert_uint_eq(state_of(th[1]), STATE_RUNNING);
    cyg_thread_suspend(th[1]);
    cyg_thread_suspend(th[1]);
    cyg_thread_resume(th[1]);
    ck_assert_uint_eq(state_of(th[1]), STATE_SUSPENDED);
    pause_ticks(2);
    ck_assert_int_eq(nevents, 0);
    cyg_thread_resume(th[1]);
    ck_assert_uint_eq(state_of(th[1]), STATE_RUNNING);
    /* Extra resumes are ignored: one suspend stops it again. */
    cyg_thread_resume(th[1]);
    cyg_thread_resume(th[1]);
    cyg_thread_suspend(th[1]);
    ck_assert_uint_eq(state_of(th[1]), STATE_SUSPENDED);
    cyg_thread_resume(th[1]);
    pause_ticks(2);
    ck_assert_int_eq(nevents, 1);
    ck_assert_uint_eq(state_of(th[1]), STATE_SLEEPING);
    /* Asleep and suspended; woken, it stays suspended. */
    cyg_thread_suspend(th[1]);
    ck_assert_uint_eq(state_of(th[1]), STATE_SLEEPING | STATE_SUSPENDED);
    cyg_semaphore_post(&sem);
    ck_assert_uint_eq(state_of(th[1]), STATE_SUSPENDED);
    pause_ticks(2);
    ck_assert_int_eq(nevents, 1);
    cyg_thread_resume(th[1]);
    pause_ticks(2);
    ck_assert_int_eq(nevents, 2);
    ck_assert_int_eq(results[1], 1);
    ck_assert_uint_eq(state_of(th[1]), STATE_EXITED);
    pass();
}

CONTROLLED_TEST(suspend_counting, 10, suspend_ctrl)

static void self_suspend_entry(cyg_addrword_t data)
{
    note(1);
    cyg_thread_suspend(cyg_thread_self());
    note((int)data);
}

static void self_suspend_ctrl(cyg_addrword_t data)
{
    static const int expected[] = { 1, 2 };

    (void)data;
    spawn_and_resume(1, 5, self_suspend_entry, 2);
    ck_assert_int_eq(nevents, 1);
    ck_assert_uint_eq(state_of(th[1]), STATE_SUSPENDED);
    cyg_thread_resume(th[1]);
    check_events(expected, 2);
    pass();
}

CONTROLLED_TEST(suspend_self, 10, self_suspend_ctrl)

static void kill_runnable_ctrl(cyg_addrword_t data)
{
    cyg_uint16 id;

    (void)data;
    spawn_and_resume(1, 15, noting_entry, 1);
    id = cyg_thread_get_id(th[1]);
    cyg_thread_kill(th[1]);
    ck_assert_uint_eq(state_of(th[1]), STATE_EXITED);
    pause_ticks(2);
    ck_assert_int_eq(nevents, 0);
    ck_assert(cyg_thread_delete(th[1]));
    ck_assert_uint_eq(cyg_thread_get_id(th[1]), 0);
#ifdef CYGVAR_KERNEL_THREADS_LIST
    ck_assert_ptr_null((void *)cyg_thread_find(id));
#endif
    {
        cyg_thread_info info;
        ck_assert(!cyg_thread_get_info(th[1], id, &info));
    }
    pass();
}

CONTROLLED_TEST(kill_runnable_thread, 10, kill_runnable_ctrl)

/* A sleeping victim of lower priority is only woken by the kill: delete
 * fails until it has run to its exit. */
static void kill_sleeper_ctrl(cyg_addrword_t data)
{
    (void)data;
    cyg_semaphore_init(&sem, 0);
    spawn_and_resume(1, 15, sem_waiter_entry, 1);
    pause_ticks(2);
    ck_assert_uint_eq(state_of(th[1]), STATE_SLEEPING);
    ck_assert(!cyg_thread_delete(th[1]));
    ck_assert(cyg_thread_get_id(th[1]) != 0);
    ck_assert(!(state_of(th[1]) & STATE_EXITED));
    pause_ticks(2);
    ck_assert_uint_eq(state_of(th[1]), STATE_EXITED);
    /* It left through the blocking call, which never returned. */
    ck_assert_int_eq(nevents, 1);
    ck_assert(cyg_thread_delete(th[1]));
    ck_assert_uint_eq(cyg_thread_get_id(th[1]), 0);
    cyg_semaphore_destroy(&sem);
    pass();
}

CONTROLLED_TEST(kill_sleeping_thread, 10, kill_sleeper_ctrl)

static void kill_self_entry(cyg_addrword_t data)
{
    note((int)data);
    cyg_thread_kill(cyg_thread_self());
    note(99);
}

static void exit_entry(cyg_addrword_t data)
{
    note((int)data);
    cyg_thread_exit();
    note(99);
}

static void exits_ctrl(cyg_addrword_t data)
{
    static const int expected[] = { 1, 2, 3 };

    (void)data;
    spawn_and_resume(1, 5, noting_entry, 1);
    spawn_and_resume(2, 5 + 1, exit_entry, 2);
    spawn_and_resume(3, 5 + 2, kill_self_entry, 3);
    check_events(expected, 3);
    ck_assert_uint_eq(state_of(th[1]), STATE_EXITED);
    ck_assert_uint_eq(state_of(th[2]), STATE_EXITED);
    ck_assert_uint_eq(state_of(th[3]), STATE_EXITED);
    pass();
}

CONTROLLED_TEST(thread_exits, 10, exits_ctrl)

/* Resuming an exited thread restarts it from its entry, with a new id. */
static void restart_ctrl(cyg_addrword_t data)
{
    static const int expected[] = { 7, 7 };
    cyg_uint16 first_id;

    (void)data;
    spawn_and_resume(1, 5, noting_entry, 7);
    ck_assert_uint_eq(state_of(th[1]), STATE_EXITED);
    first_id = cyg_thread_get_id(th[1]);
    cyg_thread_resume(th[1]);
    check_events(expected, 2);
    ck_assert(cyg_thread_get_id(th[1]) != first_id);
    ck_assert_uint_eq(state_of(th[1]), STATE_EXITED);
    pass();
}

CONTROLLED_TEST(resume_restarts_exited, 10, restart_ctrl)

#ifdef CYGVAR_KERNEL_THREADS_DATA
static cyg_ucount32 data_index;

static void data_entry(cyg_addrword_t data)
{
    results[data] = cyg_thread_get_data(data_index);
    cyg_thread_set_data(data_index, 7);
    results[data + 4] = *cyg_thread_get_data_ptr(data_index);
}

static void thread_data_ctrl(cyg_addrword_t data)
{
    cyg_ucount32 second;

    (void)data;
    /* The slots below CYGNUM_KERNEL_THREADS_DATA_ALL are reserved. */
    data_index = cyg_thread_new_data_index();
    ck_assert_uint_eq(data_index, 4);
    second = cyg_thread_new_data_index();
    ck_assert_uint_eq(second, 5);
# if CYGNUM_KERNEL_THREADS_DATA_MAX == 6 && !defined(CYGDBG_USE_ASSERTS)
    ck_assert_uint_eq(cyg_thread_new_data_index(), (cyg_ucount32)-1);
# endif
    cyg_thread_free_data_index(second);
    ck_assert_uint_eq(cyg_thread_new_data_index(), second);

    ck_assert(cyg_thread_get_data(data_index) == 0);
    cyg_thread_set_data(data_index, 42);
    spawn_and_resume(1, 5, data_entry, 1);
    ck_assert(results[1] == 0);
    ck_assert(results[5] == 7);
    ck_assert(cyg_thread_get_data(data_index) == 42);
    *cyg_thread_get_data_ptr(data_index) = 43;
    ck_assert(cyg_thread_get_data(data_index) == 43);
    pass();
}

CONTROLLED_TEST(per_thread_data, 10, thread_data_ctrl)
#endif

static void delay_entry(cyg_addrword_t data)
{
    cyg_tick_count_t start = cyg_current_time();

    (void)data;
    cyg_thread_delay(1000);
    results[1] = (cyg_addrword_t)(cyg_current_time() - start);
    note(1);
}

static void release_ctrl(cyg_addrword_t data)
{
    (void)data;
    cyg_semaphore_init(&sem, 0);
    spawn_and_resume(1, 5, delay_entry, 0);
    spawn_and_resume(2, 6, sem_waiter_entry, 2);
    ck_assert_uint_eq(state_of(th[1]), STATE_SLEEPING);
    cyg_thread_release(th[1]);
    ck_assert_int_eq(nevents, 2);
    ck_assert(results[1] < 1000);
    cyg_thread_release(th[2]);
    ck_assert_int_eq(nevents, 3);
    ck_assert_int_eq(events[2], 102);
    ck_assert_int_eq(results[2], 0);
    ck_assert_uint_eq(state_of(th[2]), STATE_EXITED);
    /* Releasing a thread that does not sleep does nothing. */
    spawn_and_resume(3, 20, noting_entry, 3);
    cyg_thread_release(th[3]);
    ck_assert_uint_eq(state_of(th[3]), STATE_RUNNING);
    pass();
}

CONTROLLED_TEST(release_breaks_waits, 10, release_ctrl)

/* ------------------------------------------------------------------ */
/* Identity and information                                            */

static void info_ctrl(cyg_addrword_t data)
{
    cyg_thread_info info;
    cyg_handle_t idle = cyg_thread_idle_thread();
    cyg_handle_t h = 0;
    cyg_uint16 id = 0;
    int seen = 0;

    (void)data;
    spawn(1, 12, noting_entry, 1, "alpha");
    memset(&info, 0xA5, sizeof(info));
    ck_assert(cyg_thread_get_info(th[1], cyg_thread_get_id(th[1]), &info));
    ck_assert_ptr_eq((void *)info.handle, (void *)th[1]);
    ck_assert_ptr_eq((void *)th[1], &thread_obj[1]);
    ck_assert_uint_eq(info.id, cyg_thread_get_id(th[1]));
    ck_assert_uint_eq(info.state, STATE_SUSPENDED);
#ifdef CYGVAR_KERNEL_THREADS_NAME
    ck_assert_str_eq(info.name, "alpha");
#else
    ck_assert_ptr_null(info.name);
#endif
    ck_assert_uint_eq(info.set_pri, 12);
    ck_assert_uint_eq(info.cur_pri, 12);
    ck_assert(info.stack_base == (cyg_addrword_t)stacks[1]);
    ck_assert_uint_eq(info.stack_size, STACK_SIZE);
    ck_assert(info.stack_used <= STACK_SIZE);
    ck_assert(cyg_thread_get_stack_base(th[1]) == (cyg_addrword_t)stacks[1]);
    ck_assert_uint_eq(cyg_thread_get_stack_size(th[1]), STACK_SIZE);

    ck_assert(!cyg_thread_get_info(th[1], info.id + 1, &info));
    ck_assert(!cyg_thread_get_info(th[1], cyg_thread_get_id(th[1]), NULL));

    ck_assert(cyg_thread_get_info(cyg_thread_self(),
                                  cyg_thread_get_id(cyg_thread_self()), &info));
    ck_assert_uint_eq(info.state, STATE_RUNNING);

    ck_assert(cyg_thread_get_info(idle, cyg_thread_get_id(idle), &info));
    ck_assert_uint_eq(info.set_pri, LOWEST_PRIORITY);
    ck_assert_uint_eq(info.state, STATE_RUNNING);
#ifdef CYGVAR_KERNEL_THREADS_NAME
    ck_assert_str_eq(info.name, "Idle Thread");
#endif

#ifdef CYGVAR_KERNEL_THREADS_LIST
    /* Creation order: idle (a constructor), controller, alpha. */
    while (cyg_thread_get_next(&h, &id)) {
        static const int order[] = { -1, 0, 1 };
        cyg_handle_t want;

        ck_assert_int_lt(seen, 3);
        want = order[seen] < 0 ? idle : th[order[seen]];
        ck_assert_ptr_eq((void *)h, (void *)want);
        ck_assert_uint_eq(id, cyg_thread_get_id(want));
        seen++;
    }
    ck_assert_int_eq(seen, 3);
    ck_assert(h == 0 && id == 0);
    ck_assert_ptr_eq((void *)cyg_thread_find(cyg_thread_get_id(th[1])),
                     (void *)th[1]);
    ck_assert_ptr_eq((void *)cyg_thread_find(cyg_thread_get_id(idle)),
                     (void *)idle);
    /* A stale id ends the walk. */
    h = th[1];
    id = (cyg_uint16)(cyg_thread_get_id(th[1]) + 1);
    ck_assert(!cyg_thread_get_next(&h, &id));
    ck_assert(h == 0 && id == 0);
#else
    (void)h;
    (void)id;
    (void)seen;
#endif
    pass();
}

CONTROLLED_TEST(thread_info_fields, 10, info_ctrl)

START_TEST(idle_thread_exists)
{
    cyg_handle_t idle = cyg_thread_idle_thread();

    ck_assert(idle != 0);
    ck_assert_uint_eq(cyg_thread_get_priority(idle), LOWEST_PRIORITY);
    ck_assert_uint_eq(cyg_thread_get_id(idle), 1);
    ck_assert_uint_eq(cyg_scheduler_read_lock(), 1);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Semaphores                                                          */

/* Waiters of different priorities queue up in the order 14, 10, 12;
 * posts hand the count out in queue order, FIFO or by priority. */
static void sem_order_ctrl(cyg_addrword_t data)
{
#if defined(CYGIMP_KERNEL_SCHED_SORTED_QUEUES) || defined(CYGSEM_KERNEL_SCHED_BITMAP)
    static const int expected[] = { 1, 2, 3, 102, 103, 101 };
#else
    static const int expected[] = { 1, 2, 3, 101, 102, 103 };
#endif
    cyg_count32 count = -1;

    (void)data;
    cyg_semaphore_init(&sem, 0);
    spawn_and_resume(1, 14, sem_waiter_entry, 1);
    spawn_and_resume(2, 10, sem_waiter_entry, 2);
    spawn_and_resume(3, 12, sem_waiter_entry, 3);
    cyg_semaphore_post(&sem);
    cyg_semaphore_post(&sem);
    cyg_semaphore_post(&sem);
    check_events(expected, 6);
    cyg_semaphore_peek(&sem, &count);
    ck_assert_int_eq(count, 0);
    pass();
}

CONTROLLED_TEST(semaphore_wake_order, 20, sem_order_ctrl)

/* The woken waiter takes the count only when it runs: a better thread
 * may take it first, and the waiter sleeps again. */
static void sem_steal_ctrl(cyg_addrword_t data)
{
    cyg_count32 count = -1;

    (void)data;
    cyg_semaphore_init(&sem, 0);
    spawn_and_resume(1, 15, sem_waiter_entry, 1);
    pause_ticks(2);
    ck_assert_uint_eq(state_of(th[1]), STATE_SLEEPING);
    cyg_semaphore_post(&sem);
    ck_assert_uint_eq(state_of(th[1]), STATE_RUNNING);
    ck_assert(cyg_semaphore_trywait(&sem));
    ck_assert(!cyg_semaphore_trywait(&sem));
    pause_ticks(2);
    ck_assert_uint_eq(state_of(th[1]), STATE_SLEEPING);
    ck_assert_int_eq(nevents, 1);
    cyg_semaphore_post(&sem);
    pause_ticks(2);
    ck_assert_int_eq(nevents, 2);
    ck_assert_int_eq(results[1], 1);
    cyg_semaphore_peek(&sem, &count);
    ck_assert_int_eq(count, 0);
    pass();
}

CONTROLLED_TEST(semaphore_stolen_wakeup, 10, sem_steal_ctrl)

static void sem_counts_ctrl(cyg_addrword_t data)
{
    cyg_count32 count = 0;

    (void)data;
    cyg_semaphore_init(&sem, 2);
    ck_assert(cyg_semaphore_wait(&sem));
    ck_assert(cyg_semaphore_trywait(&sem));
    ck_assert(!cyg_semaphore_trywait(&sem));
    /* A negative count does not block and keeps going down. */
    cyg_semaphore_init(&sem, -2);
    ck_assert(cyg_semaphore_wait(&sem));
    cyg_semaphore_peek(&sem, &count);
    ck_assert_int_eq(count, -3);
    ck_assert(!cyg_semaphore_trywait(&sem));
    pass();
}

CONTROLLED_TEST(semaphore_counts, 10, sem_counts_ctrl)

#ifdef CYGFUN_KERNEL_THREADS_TIMER
static void timed_ctrl(cyg_addrword_t data)
{
    cyg_tick_count_t now, deadline;

    (void)data;
    cyg_semaphore_init(&sem, 0);
    now = cyg_current_time();
    ck_assert(!cyg_semaphore_timed_wait(&sem, now));
    ck_assert(!cyg_semaphore_timed_wait(&sem, 0));
    ck_assert(cyg_current_time() - now < 2);
    cyg_semaphore_post(&sem);
    ck_assert(cyg_semaphore_timed_wait(&sem, 0));

    deadline = cyg_current_time() + 3;
    ck_assert(!cyg_semaphore_timed_wait(&sem, deadline));
    ck_assert(cyg_current_time() >= deadline);

#ifdef CYGFUN_KERNEL_SYNCH_MBOX
    deadline = cyg_current_time() + 2;
    ck_assert_ptr_null(cyg_mbox_timed_get(mbox_h, deadline));
    ck_assert(cyg_current_time() >= deadline);
#endif

#ifdef CYGFUN_KERNEL_SYNCH_FLAGS
    cyg_flag_init(&flag);
    deadline = cyg_current_time() + 2;
    ck_assert_uint_eq(cyg_flag_timed_wait(&flag, 1, CYG_FLAG_WAITMODE_OR,
                                          deadline), 0);
    ck_assert(cyg_current_time() >= deadline);
#endif

#if defined(CYGFUN_KERNEL_SYNCH_CONDVAR) && defined(CYGMFN_KERNEL_SYNCH_CONDVAR_TIMED_WAIT)
    /* Timed out, the mutex is ours again all the same. */
    cyg_mutex_init(&mutex);
    cyg_cond_init(&cond, &mutex);
    ck_assert(cyg_mutex_lock(&mutex));
    deadline = cyg_current_time() + 2;
    ck_assert(!cyg_cond_timed_wait(&cond, deadline));
    ck_assert(cyg_current_time() >= deadline);
    ck_assert(!cyg_mutex_trylock(&mutex));
    cyg_mutex_unlock(&mutex);
#endif

    now = cyg_current_time();
    cyg_thread_delay(4);
    ck_assert(cyg_current_time() - now >= 4);
    pass();
}

START_TEST(timed_waits_time_out)
{
#ifdef CYGFUN_KERNEL_SYNCH_MBOX
    cyg_mbox_create(&mbox_h, &mbox);
#endif
    run_with_controller(10, timed_ctrl);
}
END_TEST
#endif

/* ------------------------------------------------------------------ */
/* Mutexes and condition variables                                     */

#ifdef CYGFUN_KERNEL_SYNCH_MUTEX
static void mutex_locker_entry(cyg_addrword_t data)
{
    results[data] = cyg_mutex_lock(&mutex);
    note((int)data);
    if (results[data])
        cyg_mutex_unlock(&mutex);
}

static void mutex_basics_ctrl(cyg_addrword_t data)
{
    static const int expected[] = { 1, 2 };

    (void)data;
    cyg_mutex_init(&mutex);
    ck_assert(cyg_mutex_trylock(&mutex));
    ck_assert(!cyg_mutex_trylock(&mutex));
    spawn_and_resume(1, 5, mutex_locker_entry, 1);
    spawn_and_resume(2, 6, mutex_locker_entry, 2);
    ck_assert_int_eq(nevents, 0);
    cyg_mutex_unlock(&mutex);
    check_events(expected, 2);
    ck_assert_int_eq(results[1], 1);
    ck_assert_int_eq(results[2], 1);
    /* release: every waiter gives up. The second waiter is the better
     * one, so that it can still queue up if the first boosted us. */
    ck_assert(cyg_mutex_lock(&mutex));
    spawn_and_resume(3, 7, mutex_locker_entry, 3);
    spawn_and_resume(4, 4, mutex_locker_entry, 4);
    ck_assert_int_eq(nevents, 2);
    cyg_mutex_release(&mutex);
    pause_ticks(2);
    ck_assert_int_eq(nevents, 4);
    ck_assert_int_eq(results[3], 0);
    ck_assert_int_eq(results[4], 0);
    cyg_mutex_unlock(&mutex);
    cyg_mutex_destroy(&mutex);
    pass();
}

CONTROLLED_TEST(mutex_lock_unlock_release, 10, mutex_basics_ctrl)
#endif

#if defined(CYGFUN_KERNEL_SYNCH_MUTEX) && \
    defined(CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL_INHERIT) && \
    (defined(CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL_DYNAMIC) || \
     defined(CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL_DEFAULT_INHERIT))
# define TEST_INHERIT 1

static cyg_mutex_t mutex2;

static void inherit_mutex_init(cyg_mutex_t *m)
{
    cyg_mutex_init(m);
# ifdef CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL_DYNAMIC
    cyg_mutex_set_protocol(m, CYG_MUTEX_INHERIT);
# endif
}

/* The classic inversion: low holds, high waits, medium is ready. With
 * inheritance medium must not run before high. */
static void inherit_ctrl(cyg_addrword_t data)
{
    static const int expected[] = { 1, 2 };
    cyg_handle_t self = cyg_thread_self();
    cyg_thread_info info;

    (void)data;
    inherit_mutex_init(&mutex);
    ck_assert(cyg_mutex_lock(&mutex));
    spawn_and_resume(1, 5, mutex_locker_entry, 1);
    ck_assert_int_eq(nevents, 0);
    ck_assert_uint_eq(cyg_thread_get_current_priority(self), 5);
    ck_assert_uint_eq(cyg_thread_get_priority(self), 20);
    ck_assert(cyg_thread_get_info(self, cyg_thread_get_id(self), &info));
    ck_assert_uint_eq(info.cur_pri, 5);
    ck_assert_uint_eq(info.set_pri, 20);
    spawn_and_resume(2, 10, noting_entry, 2);
    ck_assert_int_eq(nevents, 0);
    cyg_mutex_unlock(&mutex);
    check_events(expected, 2);
    ck_assert_uint_eq(cyg_thread_get_current_priority(self), 20);
    pass();
}

CONTROLLED_TEST(mutex_priority_inheritance, 20, inherit_ctrl)

/* Boosts last while any protocol mutex is held (SIMPLE), and a base
 * priority change while boosted only takes effect when it is better. */
static void inherit_nested_ctrl(cyg_addrword_t data)
{
    cyg_handle_t self = cyg_thread_self();

    (void)data;
    inherit_mutex_init(&mutex);
    inherit_mutex_init(&mutex2);
    ck_assert(cyg_mutex_lock(&mutex));
    ck_assert(cyg_mutex_lock(&mutex2));
    spawn_and_resume(1, 8, mutex_locker_entry, 1);
    ck_assert_uint_eq(cyg_thread_get_current_priority(self), 8);
    cyg_thread_set_priority(self, 22);
    ck_assert_uint_eq(cyg_thread_get_priority(self), 22);
    ck_assert_uint_eq(cyg_thread_get_current_priority(self), 8);
    cyg_mutex_unlock(&mutex);
    /* Still boosted by mutex2, to the waiter's own level: let it run. */
    ck_assert_uint_eq(cyg_thread_get_current_priority(self), 8);
    pause_ticks(2);
    ck_assert_int_eq(nevents, 1);
    ck_assert_uint_eq(cyg_thread_get_current_priority(self), 8);
    cyg_thread_set_priority(self, 3);
    ck_assert_uint_eq(cyg_thread_get_current_priority(self), 3);
    cyg_mutex_unlock(&mutex2);
    ck_assert_uint_eq(cyg_thread_get_current_priority(self), 3);
    ck_assert_uint_eq(cyg_thread_get_priority(self), 3);
    pass();
}

CONTROLLED_TEST(mutex_inheritance_nested, 20, inherit_nested_ctrl)

# ifndef CYGIMP_KERNEL_SCHED_SORTED_QUEUES
static void relay_entry(cyg_addrword_t data)
{
    ck_assert(cyg_mutex_lock(&mutex));
    results[data] = cyg_thread_get_current_priority(cyg_thread_self());
    note((int)data);
    cyg_mutex_unlock(&mutex);
    results[data + 4] = cyg_thread_get_current_priority(cyg_thread_self());
}

/* On unlock with waiters left, the first woken one carries the boost on
 * (kapi.md 14): here the waiter of priority 9 queued before the one of
 * priority 5, so it runs at 5 while it holds the mutex. */
static void relay_ctrl(cyg_addrword_t data)
{
    static const int expected[] = { 1, 2 };

    (void)data;
    inherit_mutex_init(&mutex);
    ck_assert(cyg_mutex_lock(&mutex));
    spawn_and_resume(1, 9, relay_entry, 1);
    spawn_and_resume(2, 5, relay_entry, 2);
    ck_assert_uint_eq(cyg_thread_get_current_priority(cyg_thread_self()), 5);
    cyg_mutex_unlock(&mutex);
    check_events(expected, 2);
    ck_assert_uint_eq(results[1], 5);
    ck_assert_uint_eq(results[5], 9);
    ck_assert_uint_eq(results[2], 5);
    ck_assert_uint_eq(cyg_thread_get_current_priority(th[1]), 9);
    ck_assert_uint_eq(cyg_thread_get_current_priority(cyg_thread_self()), 20);
    pass();
}

CONTROLLED_TEST(mutex_inheritance_relay, 20, relay_ctrl)
# endif
#endif

#if defined(CYGFUN_KERNEL_SYNCH_MUTEX) && \
    defined(CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL_CEILING) && \
    defined(CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL_DYNAMIC)
# define TEST_CEILING 1

static void ceiling_ctrl(cyg_addrword_t data)
{
    cyg_handle_t self = cyg_thread_self();

    (void)data;
    cyg_mutex_init(&mutex);
    cyg_mutex_set_protocol(&mutex, CYG_MUTEX_CEILING);
    cyg_mutex_set_ceiling(&mutex, 3);
    ck_assert(cyg_mutex_lock(&mutex));
    ck_assert_uint_eq(cyg_thread_get_current_priority(self), 3);
    ck_assert_uint_eq(cyg_thread_get_priority(self), 15);
    cyg_mutex_unlock(&mutex);
    ck_assert_uint_eq(cyg_thread_get_current_priority(self), 15);
    ck_assert(cyg_mutex_trylock(&mutex));
    ck_assert_uint_eq(cyg_thread_get_current_priority(self), 3);
    cyg_mutex_unlock(&mutex);
    /* A ceiling worse than the owner changes nothing. */
    cyg_mutex_set_ceiling(&mutex, 25);
    ck_assert(cyg_mutex_lock(&mutex));
    ck_assert_uint_eq(cyg_thread_get_current_priority(self), 15);
    cyg_mutex_unlock(&mutex);
    /* NONE: no boost even when a better thread waits. */
    cyg_mutex_set_protocol(&mutex, CYG_MUTEX_NONE);
    ck_assert(cyg_mutex_lock(&mutex));
    spawn_and_resume(1, 5, mutex_locker_entry, 1);
    ck_assert_uint_eq(cyg_thread_get_current_priority(self), 15);
    cyg_mutex_unlock(&mutex);
    ck_assert_int_eq(nevents, 1);
    pass();
}

CONTROLLED_TEST(mutex_ceiling_and_none, 15, ceiling_ctrl)
#endif

#ifdef CYGFUN_KERNEL_SYNCH_CONDVAR
static void cond_waiter_entry(cyg_addrword_t data)
{
    cyg_mutex_lock(&mutex);
    note((int)data);
    results[data] = cyg_cond_wait(&cond);
    /* The mutex is ours again. */
    results[data + 4] = !cyg_mutex_trylock(&mutex);
    note((int)data + 100);
    cyg_mutex_unlock(&mutex);
}

static void cond_ctrl(cyg_addrword_t data)
{
    static const int expected[] = { 1, 2, 3, 101, 102, 103 };
    int i;

    (void)data;
    cyg_mutex_init(&mutex);
    cyg_cond_init(&cond, &mutex);
    /* No memory of a signal nobody waits for. */
    cyg_cond_signal(&cond);
    spawn_and_resume(1, 5, cond_waiter_entry, 1);
    spawn_and_resume(2, 6, cond_waiter_entry, 2);
    spawn_and_resume(3, 7, cond_waiter_entry, 3);
    ck_assert_int_eq(nevents, 3);
    cyg_cond_signal(&cond);
    ck_assert_int_eq(nevents, 4);
    cyg_cond_broadcast(&cond);
    check_events(expected, 6);
    for (i = 1; i <= 3; i++) {
        ck_assert_int_eq(results[i], 1);
        ck_assert_int_eq(results[i + 4], 1);
    }
    ck_assert(cyg_mutex_trylock(&mutex));
    cyg_mutex_unlock(&mutex);
    pass();
}

CONTROLLED_TEST(cond_signal_broadcast, 10, cond_ctrl)
#endif

/* ------------------------------------------------------------------ */
/* Flags                                                               */

#ifdef CYGFUN_KERNEL_SYNCH_FLAGS
static const struct {
    cyg_flag_value_t pattern;
    cyg_flag_mode_t  mode;
} flag_waits[] = {
    [1] = { 0x3, CYG_FLAG_WAITMODE_AND },
    [2] = { 0x1, CYG_FLAG_WAITMODE_OR },
    [3] = { 0x4, CYG_FLAG_WAITMODE_OR | CYG_FLAG_WAITMODE_CLR },
    [4] = { 0x4, CYG_FLAG_WAITMODE_OR },
};

static void flag_waiter_entry(cyg_addrword_t data)
{
    results[data] = cyg_flag_wait(&flag, flag_waits[data].pattern,
                                  flag_waits[data].mode);
    note((int)data);
}

static void flag_ctrl(cyg_addrword_t data)
{
    static const int expected[] = { 2, 1, 3, 4 };
    int i;

    (void)data;
    cyg_flag_init(&flag);
    ck_assert(!cyg_flag_waiting(&flag));
    for (i = 1; i <= 4; i++)
        spawn_and_resume(i, (cyg_priority_t)(9 + i), flag_waiter_entry,
                         (cyg_addrword_t)i);
    ck_assert(cyg_flag_waiting(&flag));
    ck_assert_int_eq(nevents, 0);
    cyg_flag_setbits(&flag, 0x1);
    ck_assert_int_eq(nevents, 1);
    cyg_flag_setbits(&flag, 0x2);
    ck_assert_int_eq(nevents, 2);
    ck_assert_uint_eq(cyg_flag_peek(&flag), 0x3);
    /* The CLR waiter empties the flag: the next one keeps waiting. */
    cyg_flag_setbits(&flag, 0x4);
    ck_assert_int_eq(nevents, 3);
    ck_assert_uint_eq(cyg_flag_peek(&flag), 0);
    ck_assert(cyg_flag_waiting(&flag));
    cyg_flag_setbits(&flag, 0x4);
    check_events(expected, 4);
    ck_assert_uint_eq(results[1], 0x3);
    ck_assert_uint_eq(results[2], 0x1);
    ck_assert_uint_eq(results[3], 0x7);
    ck_assert_uint_eq(results[4], 0x4);
    ck_assert_uint_eq(cyg_flag_peek(&flag), 0x4);
    ck_assert(!cyg_flag_waiting(&flag));
    pass();
}

CONTROLLED_TEST(flag_wake_order, 20, flag_ctrl)

/* One setbits may satisfy several waiters at once; each gets the value
 * of its moment. */
static void flag_many_ctrl(cyg_addrword_t data)
{
    (void)data;
    cyg_flag_init(&flag);
    spawn_and_resume(1, 10, flag_waiter_entry, 1);
    spawn_and_resume(2, 11, flag_waiter_entry, 2);
    spawn_and_resume(4, 12, flag_waiter_entry, 4);
    cyg_flag_setbits(&flag, 0x7);
    ck_assert_int_eq(nevents, 3);
    ck_assert_uint_eq(results[1], 0x7);
    ck_assert_uint_eq(results[2], 0x7);
    ck_assert_uint_eq(results[4], 0x7);
    cyg_flag_maskbits(&flag, 0x5);
    ck_assert_uint_eq(cyg_flag_peek(&flag), 0x5);
    ck_assert_uint_eq(cyg_flag_poll(&flag, 0x3, CYG_FLAG_WAITMODE_AND), 0);
    ck_assert_uint_eq(cyg_flag_poll(&flag, 0x3, CYG_FLAG_WAITMODE_OR), 0x5);
    ck_assert_uint_eq(cyg_flag_poll(&flag, 0, CYG_FLAG_WAITMODE_OR), 0);
    ck_assert_uint_eq(cyg_flag_poll(&flag, 0x1, 4), 0);
    ck_assert_uint_eq(cyg_flag_wait(&flag, 0x1, 8), 0);
    ck_assert_uint_eq(cyg_flag_poll(&flag, 0x4,
                                    CYG_FLAG_WAITMODE_AND | CYG_FLAG_WAITMODE_CLR),
                      0x5);
    ck_assert_uint_eq(cyg_flag_peek(&flag), 0);
    pass();
}

CONTROLLED_TEST(flag_several_woken, 20, flag_many_ctrl)
#endif

/* ------------------------------------------------------------------ */
/* Mail boxes                                                          */

#ifdef CYGFUN_KERNEL_SYNCH_MBOX
# define ITEM(n) ((void *)(cyg_addrword_t)(0x1000 + (n)))

static void mbox_getter_entry(cyg_addrword_t data)
{
    results[data] = (cyg_addrword_t)cyg_mbox_get(mbox_h);
    note((int)data);
}

static void mbox_fifo_ctrl(cyg_addrword_t data)
{
    int i;

    (void)data;
    cyg_mbox_create(&mbox_h, &mbox);
    ck_assert_ptr_eq((void *)mbox_h, &mbox);
    ck_assert_int_eq(cyg_mbox_peek(mbox_h), 0);
    ck_assert_ptr_null(cyg_mbox_tryget(mbox_h));
    ck_assert_ptr_null(cyg_mbox_peek_item(mbox_h));
    for (i = 0; i < CYGNUM_KERNEL_SYNCH_MBOX_QUEUE_SIZE; i++)
        ck_assert(cyg_mbox_tryput(mbox_h, ITEM(i)));
    ck_assert(!cyg_mbox_tryput(mbox_h, ITEM(99)));
    ck_assert_int_eq(cyg_mbox_peek(mbox_h), CYGNUM_KERNEL_SYNCH_MBOX_QUEUE_SIZE);
    ck_assert_ptr_eq(cyg_mbox_peek_item(mbox_h), ITEM(0));
    /* Wrap the ring around once. */
    for (i = 0; i < 3; i++) {
        ck_assert_ptr_eq(cyg_mbox_get(mbox_h), ITEM(i));
        ck_assert(cyg_mbox_tryput(mbox_h, ITEM(100 + i)));
    }
    for (i = 3; i < CYGNUM_KERNEL_SYNCH_MBOX_QUEUE_SIZE; i++)
        ck_assert_ptr_eq(cyg_mbox_tryget(mbox_h), ITEM(i));
    for (i = 0; i < 3; i++)
        ck_assert_ptr_eq(cyg_mbox_tryget(mbox_h), ITEM(100 + i));
    ck_assert_ptr_null(cyg_mbox_tryget(mbox_h));

    /* Getters queue up and are served one item each, in order. */
    spawn_and_resume(1, 5, mbox_getter_entry, 1);
    spawn_and_resume(2, 6, mbox_getter_entry, 2);
    ck_assert(cyg_mbox_waiting_to_get(mbox_h));
    ck_assert(cyg_mbox_tryput(mbox_h, ITEM(1)));
    ck_assert_int_eq(nevents, 1);
    ck_assert_ptr_eq((void *)results[1], ITEM(1));
    ck_assert(cyg_mbox_tryput(mbox_h, ITEM(2)));
    ck_assert_ptr_eq((void *)results[2], ITEM(2));
    ck_assert(!cyg_mbox_waiting_to_get(mbox_h));
    ck_assert_int_eq(cyg_mbox_peek(mbox_h), 0);

    /* A released getter gets NULL. */
    spawn_and_resume(3, 7, mbox_getter_entry, 3);
    cyg_thread_release(th[3]);
    ck_assert_int_eq(nevents, 3);
    ck_assert_ptr_null((void *)results[3]);
    pass();
}

CONTROLLED_TEST(mbox_fifo, 10, mbox_fifo_ctrl)

# ifdef CYGMFN_KERNEL_SYNCH_MBOXT_PUT_CAN_WAIT
static void mbox_putter_entry(cyg_addrword_t data)
{
    results[data] = cyg_mbox_put(mbox_h, ITEM(50 + data));
    note((int)data);
}

static void mbox_put_ctrl(cyg_addrword_t data)
{
    int i;

    (void)data;
    cyg_mbox_create(&mbox_h, &mbox);
    ck_assert(!cyg_mbox_waiting_to_put(mbox_h));
    for (i = 0; i < CYGNUM_KERNEL_SYNCH_MBOX_QUEUE_SIZE; i++)
        ck_assert(cyg_mbox_put(mbox_h, ITEM(i)));
    spawn_and_resume(1, 5, mbox_putter_entry, 1);
    spawn_and_resume(2, 6, mbox_putter_entry, 2);
    ck_assert_int_eq(nevents, 0);
    ck_assert(cyg_mbox_waiting_to_put(mbox_h));
    /* Each get makes room for the first putter. */
    ck_assert_ptr_eq(cyg_mbox_tryget(mbox_h), ITEM(0));
    ck_assert_int_eq(nevents, 1);
    ck_assert_ptr_eq(cyg_mbox_get(mbox_h), ITEM(1));
    ck_assert_int_eq(nevents, 2);
    ck_assert(!cyg_mbox_waiting_to_put(mbox_h));
    for (i = 2; i < CYGNUM_KERNEL_SYNCH_MBOX_QUEUE_SIZE; i++)
        ck_assert_ptr_eq(cyg_mbox_get(mbox_h), ITEM(i));
    ck_assert_ptr_eq(cyg_mbox_get(mbox_h), ITEM(51));
    ck_assert_ptr_eq(cyg_mbox_get(mbox_h), ITEM(52));
    ck_assert_int_eq(results[1], 1);
    ck_assert_int_eq(results[2], 1);

    /* A released putter gives up; its item is not stored. */
    for (i = 0; i < CYGNUM_KERNEL_SYNCH_MBOX_QUEUE_SIZE; i++)
        ck_assert(cyg_mbox_tryput(mbox_h, ITEM(i)));
    spawn_and_resume(3, 7, mbox_putter_entry, 3);
    cyg_thread_release(th[3]);
    ck_assert_int_eq(results[3], 0);
    ck_assert_int_eq(cyg_mbox_peek(mbox_h), CYGNUM_KERNEL_SYNCH_MBOX_QUEUE_SIZE);
    pass();
}

CONTROLLED_TEST(mbox_put_waits, 10, mbox_put_ctrl)
# endif
#endif

/* ------------------------------------------------------------------ */

static Suite *api_suite(void)
{
    Suite *s = suite_create("api");
    TCase *tc;

    tc = tcase_create("threads");
    tcase_set_timeout(tc, CHILD_TIMEOUT);
    tcase_add_test(tc, idle_thread_exists);
    tcase_add_exit_test(tc, scheduler_lock_counts, 0);
    tcase_add_exit_test(tc, preemption_by_priority, 0);
    tcase_add_exit_test(tc, set_priority_reschedules, 0);
#ifdef CYGSEM_KERNEL_SCHED_BITMAP
    tcase_add_exit_test(tc, bitmap_priority_taken, 0);
#endif
#ifdef CYGSEM_KERNEL_SCHED_MLQUEUE
    tcase_add_exit_test(tc, yield_rotates_peers, 0);
    tcase_add_exit_test(tc, yield_alone, 0);
    tcase_add_exit_test(tc, preempted_thread_stays_first, 0);
# ifdef CYGSEM_KERNEL_SCHED_TIMESLICE
    tcase_add_exit_test(tc, timeslice_shares_level, 0);
# endif
#endif
    tcase_add_exit_test(tc, suspend_counting, 0);
    tcase_add_exit_test(tc, suspend_self, 0);
    tcase_add_exit_test(tc, kill_runnable_thread, 0);
    tcase_add_exit_test(tc, kill_sleeping_thread, 0);
    tcase_add_exit_test(tc, thread_exits, 0);
    tcase_add_exit_test(tc, resume_restarts_exited, 0);
#ifdef CYGVAR_KERNEL_THREADS_DATA
    tcase_add_exit_test(tc, per_thread_data, 0);
#endif
    tcase_add_exit_test(tc, release_breaks_waits, 0);
    tcase_add_exit_test(tc, thread_info_fields, 0);
    suite_add_tcase(s, tc);

    tc = tcase_create("synch");
    tcase_set_timeout(tc, CHILD_TIMEOUT);
    tcase_add_exit_test(tc, semaphore_wake_order, 0);
    tcase_add_exit_test(tc, semaphore_stolen_wakeup, 0);
    tcase_add_exit_test(tc, semaphore_counts, 0);
#ifdef CYGFUN_KERNEL_THREADS_TIMER
    tcase_add_exit_test(tc, timed_waits_time_out, 0);
#endif
#ifdef CYGFUN_KERNEL_SYNCH_MUTEX
    tcase_add_exit_test(tc, mutex_lock_unlock_release, 0);
#endif
#ifdef TEST_INHERIT
    tcase_add_exit_test(tc, mutex_priority_inheritance, 0);
    tcase_add_exit_test(tc, mutex_inheritance_nested, 0);
# ifndef CYGIMP_KERNEL_SCHED_SORTED_QUEUES
    tcase_add_exit_test(tc, mutex_inheritance_relay, 0);
# endif
#endif
#ifdef TEST_CEILING
    tcase_add_exit_test(tc, mutex_ceiling_and_none, 0);
#endif
#ifdef CYGFUN_KERNEL_SYNCH_CONDVAR
    tcase_add_exit_test(tc, cond_signal_broadcast, 0);
#endif
#ifdef CYGFUN_KERNEL_SYNCH_FLAGS
    tcase_add_exit_test(tc, flag_wake_order, 0);
    tcase_add_exit_test(tc, flag_several_woken, 0);
#endif
#ifdef CYGFUN_KERNEL_SYNCH_MBOX
    tcase_add_exit_test(tc, mbox_fifo, 0);
# ifdef CYGMFN_KERNEL_SYNCH_MBOXT_PUT_CAN_WAIT
    tcase_add_exit_test(tc, mbox_put_waits, 0);
# endif
#endif
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    static const struct itimerval stopped;
    SRunner *sr;
    int failed;

    /* The HAL's clock handler, installed by its constructor. */
    sigaction(SIGALRM, NULL, &hal_clock_action);
    setitimer(ITIMER_REAL, &stopped, NULL);
    sr = srunner_create(api_suite());
    /* Every test starts a scheduler that never returns. */
    srunner_set_fork_status(sr, CK_FORK);
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
