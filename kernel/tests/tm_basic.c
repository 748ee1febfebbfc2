/* tm_basic - how long the basic kernel operations take: thread create
 * and delete, yield with and without a switch, suspend and resume,
 * priority change, mutexes free and contended (the owner inheriting the
 * waiter's priority), semaphores, mail boxes and event flags with and
 * without a waiting thread to hand over to, alarms, and a real interrupt
 * through its ISR and DSR to a waiting thread. Each is sampled SAMPLES
 * times.
 *
 * A sample is the time between two clock reads around the operation, or,
 * where the operation switches threads, between a read just before it in
 * one thread and the first thing the woken thread does. Each row is
 * printed raw (bench_sample.h); "clock_read", two reads in a row, is what
 * one read adds to every other row.
 *
 * The same program is a kernel test and the latency benchmark of `make
 * bench', which builds it with TM_BASIC_SAMPLES set to many samples so
 * that the averages of a coarse clock settle; as a test it takes few, as
 * no number is judged. What the test does judge is that every operation
 * had the effect its row claims (the woken thread ran, the owner
 * inherited the waiter's priority, the alarm fired ...). An operation the
 * configuration lacks is left out, and said so on an INFO line. */

#include "bench_sample.h"
#include "bench_intr.h"

/* Each thread has a priority of its own unless sharing one is the point
 * (a yield to a peer); the idle thread keeps the lowest. */
#define PRIO_HIGH       5       /* threads the main thread wakes */
#define PRIO_MAIN       10
#define PRIO_LOW        15      /* suspended, resumed, re-prioritised */
#define PRIO_LOW_ALT    16
#define PRIO_POOL       17      /* .. PRIO_POOL + POOL_THREADS - 1 */
/* Creation and deletion cycle through this many thread objects. */
#define POOL_THREADS    8

#if defined(CYGFUN_KERNEL_API_C) && defined(BENCH_CLOCK_RUNS) \
    && (PRIO_POOL + POOL_THREADS < CYGNUM_KERNEL_SCHED_PRIORITIES)

#ifdef TM_BASIC_SAMPLES
# define SAMPLES        TM_BASIC_SAMPLES
#else
# define SAMPLES        32
#endif
#if SAMPLES % POOL_THREADS
# error "SAMPLES must be a multiple of POOL_THREADS"
#endif

#if defined(CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL_INHERIT) \
    && (defined(CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL_DYNAMIC) \
        || defined(CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL_DEFAULT_INHERIT))
# define MUTEX_INHERITS
#endif
/* A ceiling mutex would lift its owner above the contender, which then
 * never gets to block on it: the contended mutex must inherit, or have no
 * protocol at all. */
#ifdef CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL_DYNAMIC
# ifdef MUTEX_INHERITS
#  define MUTEX_PROTOCOL CYG_MUTEX_INHERIT
# elif defined(CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL_NONE)
#  define MUTEX_PROTOCOL CYG_MUTEX_NONE
# endif
#endif
#if defined(MUTEX_PROTOCOL) \
    || !defined(CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL_DEFAULT_CEILING)
# define MUTEX_CAN_BLOCK
#endif

enum row {
    CLOCK_READ,
    THREAD_CREATE, THREAD_DELETE,
    YIELD_ALONE, YIELD_SWITCH,
    SUSPEND, RESUME, RESUME_SWITCH, SET_PRIORITY,
    MUTEX_LOCK, MUTEX_UNLOCK, MUTEX_LOCK_CONTENDED, MUTEX_UNLOCK_WAKE,
    SEM_POST, SEM_WAIT, SEM_HANDOFF,
    MBOX_PUT, MBOX_GET, MBOX_HANDOFF,
    FLAG_SET, FLAG_WAIT, FLAG_HANDOFF,
    ALARM_INITIALIZE, ALARM_FIRE,
    INTERRUPT_ISR, INTERRUPT_DSR, INTERRUPT_THREAD,
    ROWS
};

static struct bench_sample rows[ROWS] = {
    [CLOCK_READ]           = { .name = "clock_read" },
    [THREAD_CREATE]        = { .name = "thread_create" },
    [THREAD_DELETE]        = { .name = "thread_delete" },
    [YIELD_ALONE]          = { .name = "yield_alone" },
    [YIELD_SWITCH]         = { .name = "yield_switch" },
    [SUSPEND]              = { .name = "suspend" },
    [RESUME]               = { .name = "resume" },
    [RESUME_SWITCH]        = { .name = "resume_switch" },
    [SET_PRIORITY]         = { .name = "set_priority" },
    [MUTEX_LOCK]           = { .name = "mutex_lock" },
    [MUTEX_UNLOCK]         = { .name = "mutex_unlock" },
    [MUTEX_LOCK_CONTENDED] = { .name = "mutex_lock_contended" },
    [MUTEX_UNLOCK_WAKE]    = { .name = "mutex_unlock_wake" },
    [SEM_POST]             = { .name = "sem_post" },
    [SEM_WAIT]             = { .name = "sem_wait" },
    [SEM_HANDOFF]          = { .name = "sem_handoff" },
    [MBOX_PUT]             = { .name = "mbox_put" },
    [MBOX_GET]             = { .name = "mbox_get" },
    [MBOX_HANDOFF]         = { .name = "mbox_handoff" },
    [FLAG_SET]             = { .name = "flag_set" },
    [FLAG_WAIT]            = { .name = "flag_wait" },
    [FLAG_HANDOFF]         = { .name = "flag_handoff" },
    [ALARM_INITIALIZE]     = { .name = "alarm_initialize" },
    [ALARM_FIRE]           = { .name = "alarm_fire" },
    [INTERRUPT_ISR]        = { .name = "interrupt_isr" },
    [INTERRUPT_DSR]        = { .name = "interrupt_dsr" },
    [INTERRUPT_THREAD]     = { .name = "interrupt_thread" },
};

static void record(enum row row, cyg_uint32 from, cyg_uint32 to)
{
    bench_sample_add(&rows[row], from, to);
}

/* Samples one operation that does not switch threads. */
#define TIME(_row_, _operation_)                                        \
    CYG_MACRO_START                                                     \
        cyg_uint32 _start_;                                             \
        bench_dither();                                                 \
        _start_ = bench_clock_read();                                   \
        _operation_;                                                    \
        record((_row_), _start_, bench_clock_read());                   \
    CYG_MACRO_END

/* Read just before a thread wakes another, by the woken one. */
static volatile cyg_uint32 mark;

static void set_mark(void)
{
    bench_dither();
    mark = bench_clock_read();
}

static void record_since_mark(enum row row)
{
    cyg_uint32 now = bench_clock_read();

    record(row, mark, now);
}

/* ------------------------------------------------------------------ */
/* Threads                                                             */

static char main_stack[CYGNUM_HAL_STACK_SIZE_TYPICAL];
static struct bench_thread main_thread;

static char helper_stack[CYGNUM_HAL_STACK_SIZE_TYPICAL];
static struct bench_thread helper;

static char pool_stacks[POOL_THREADS][CYGNUM_HAL_STACK_SIZE_MINIMUM];
static struct bench_thread pool[POOL_THREADS];

static volatile int never_ran = 1;

static void never_runs(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    never_ran = 0;
}

static void start_helper(cyg_thread_entry_t *entry, cyg_priority_t priority)
{
    bench_thread_start(&helper, priority, entry, 0,
                       helper_stack, sizeof helper_stack);
}

static void delete_helper(void)
{
    CHECK(cyg_thread_delete(helper.handle));
}

static void measure_clock(void)
{
    int i;

    for (i = 0; i < SAMPLES; i++)
        TIME(CLOCK_READ, (void)0);
}

static void measure_create_delete(void)
{
    int round, i;
    cyg_bool_t deleted = false;

    for (round = 0; round < SAMPLES / POOL_THREADS; round++) {
        for (i = 0; i < POOL_THREADS; i++)
            TIME(THREAD_CREATE,
                 bench_thread_create(&pool[i], PRIO_POOL + i, never_runs, 0,
                                     pool_stacks[i], sizeof pool_stacks[i]));
        for (i = 0; i < POOL_THREADS; i++) {
            TIME(THREAD_DELETE, deleted = cyg_thread_delete(pool[i].handle));
            CHECK(deleted);
        }
    }
    CHECK(never_ran);
}

static void measure_yield_alone(void)
{
    int i;

    for (i = 0; i < SAMPLES; i++)
        TIME(YIELD_ALONE, cyg_thread_yield());
}

#ifndef BENCH_UNIQUE_PRIORITIES
static volatile int peer_turns;

/* Each side marks, yields, and times the other's yield when it is back. */
static void yield_peer(cyg_addrword_t data)
{
    int i;

    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    for (i = 0; i < SAMPLES; i++) {
        record_since_mark(YIELD_SWITCH);
        peer_turns++;
        set_mark();
        cyg_thread_yield();
    }
}

static void measure_yield_switch(void)
{
    int i;

    start_helper(yield_peer, PRIO_MAIN);
    for (i = 0; i < SAMPLES; i++) {
        set_mark();
        cyg_thread_yield();
        record_since_mark(YIELD_SWITCH);
        CHECK(peer_turns == i + 1);
    }
    delete_helper();
    CHECK(rows[YIELD_SWITCH].count == 2 * SAMPLES);
}
#endif

/* A thread that is runnable but below the main thread: none of these
 * switches threads. */
static void measure_lower_thread(void)
{
    int i;

    bench_thread_start(&helper, PRIO_LOW, never_runs, 0,
                       helper_stack, sizeof helper_stack);
    for (i = 0; i < SAMPLES; i++) {
        TIME(SUSPEND, cyg_thread_suspend(helper.handle));
        TIME(RESUME, cyg_thread_resume(helper.handle));
    }
    for (i = 0; i < SAMPLES; i++)
        TIME(SET_PRIORITY,
             cyg_thread_set_priority(helper.handle,
                                     (i & 1) ? PRIO_LOW : PRIO_LOW_ALT));
    CHECK(cyg_thread_get_priority(helper.handle) == PRIO_LOW);
    CHECK(never_ran);
    delete_helper();
}

/* ------------------------------------------------------------------ */
/* Hand-overs: a helper above the main thread waits, the main thread
 * marks and wakes it, the helper times its own return. */

struct handoff {
    enum row row;
    void (*wait)(void);
    void (*wake)(void);
};

static const struct handoff *current_handoff;

static void handoff_helper(cyg_addrword_t data)
{
    int i;

    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    for (i = 0; i < SAMPLES; i++) {
        current_handoff->wait();
        record_since_mark(current_handoff->row);
    }
}

static void measure_handoff(const struct handoff *h)
{
    int i;

    current_handoff = h;
    start_helper(handoff_helper, PRIO_HIGH);    /* runs until it waits */
    for (i = 0; i < SAMPLES; i++) {
        set_mark();
        h->wake();
        CHECK(rows[h->row].count == (cyg_uint32)i + 1);
    }
    delete_helper();
}

static void suspend_self(void)
{
    cyg_thread_suspend(cyg_thread_self());
}

static void resume_helper(void)
{
    cyg_thread_resume(helper.handle);
}

static const struct handoff resume_handoff = {
    RESUME_SWITCH, suspend_self, resume_helper
};

static void measure_threads(void)
{
    measure_create_delete();
    measure_yield_alone();
#ifndef BENCH_UNIQUE_PRIORITIES
    measure_yield_switch();
#else
    CYG_TEST_INFO("yield_switch left out: no two threads share a priority");
#endif
    measure_lower_thread();
    measure_handoff(&resume_handoff);
}

/* ------------------------------------------------------------------ */
/* Mutexes                                                             */

#ifdef CYGFUN_KERNEL_SYNCH_MUTEX
static cyg_mutex_t mutex;

static void measure_mutex_free(void)
{
    int i;
    cyg_bool_t locked = false;

    cyg_mutex_init(&mutex);
    for (i = 0; i < SAMPLES; i++) {
        TIME(MUTEX_LOCK, locked = cyg_mutex_lock(&mutex));
        CHECK(locked);
        TIME(MUTEX_UNLOCK, cyg_mutex_unlock(&mutex));
    }
    cyg_mutex_destroy(&mutex);
}

#ifdef MUTEX_CAN_BLOCK
static cyg_sem_t contender_go;

/* Locks the mutex the main thread holds: the lock blocks (the main thread
 * inheriting this thread's priority) and the main thread times its own
 * return; the unlock then gives the mutex here, timed on this side. */
static void mutex_contender(cyg_addrword_t data)
{
    int i;
    cyg_bool_t locked;

    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    for (i = 0; i < SAMPLES; i++) {
        CHECK(cyg_semaphore_wait(&contender_go));
        set_mark();
        locked = cyg_mutex_lock(&mutex);
        record_since_mark(MUTEX_UNLOCK_WAKE);
        CHECK(locked);
        cyg_mutex_unlock(&mutex);
    }
}

static void measure_mutex_contended(void)
{
    int i;
    cyg_handle_t self = cyg_thread_self();

    cyg_mutex_init(&mutex);
#ifdef MUTEX_PROTOCOL
    cyg_mutex_set_protocol(&mutex, MUTEX_PROTOCOL);
#endif
    cyg_semaphore_init(&contender_go, 0);
    start_helper(mutex_contender, PRIO_HIGH);   /* runs until it waits */
    for (i = 0; i < SAMPLES; i++) {
        CHECK(cyg_mutex_lock(&mutex));
        cyg_semaphore_post(&contender_go);
        record_since_mark(MUTEX_LOCK_CONTENDED);
#ifdef MUTEX_INHERITS
        CHECK(cyg_thread_get_current_priority(self) == PRIO_HIGH);
#endif
        set_mark();
        cyg_mutex_unlock(&mutex);
        CHECK(rows[MUTEX_UNLOCK_WAKE].count == (cyg_uint32)i + 1);
        CHECK(cyg_thread_get_current_priority(self) == PRIO_MAIN);
    }
    delete_helper();
    cyg_semaphore_destroy(&contender_go);
    cyg_mutex_destroy(&mutex);
}
#endif /* MUTEX_CAN_BLOCK */
#endif /* CYGFUN_KERNEL_SYNCH_MUTEX */

static void measure_mutexes(void)
{
#ifndef CYGFUN_KERNEL_SYNCH_MUTEX
    CYG_TEST_INFO("mutexes left out: not configured");
#else
    measure_mutex_free();
# ifdef MUTEX_CAN_BLOCK
    measure_mutex_contended();
# else
    CYG_TEST_INFO("contended mutex left out: a ceiling lifts the owner "
                  "above the contender");
# endif
#endif
}

/* ------------------------------------------------------------------ */
/* Semaphores                                                          */

static cyg_sem_t sem;

static void measure_semaphore(void)
{
    int i;
    cyg_bool_t taken = false;

    cyg_semaphore_init(&sem, 0);
    for (i = 0; i < SAMPLES; i++)
        TIME(SEM_POST, cyg_semaphore_post(&sem));
    for (i = 0; i < SAMPLES; i++) {
        TIME(SEM_WAIT, taken = cyg_semaphore_wait(&sem));
        CHECK(taken);
    }
}

static void sem_wait_once(void)
{
    CHECK(cyg_semaphore_wait(&sem));
}

static void sem_post_once(void)
{
    cyg_semaphore_post(&sem);
}

static const struct handoff sem_handoff = {
    SEM_HANDOFF, sem_wait_once, sem_post_once
};

static void measure_semaphores(void)
{
    measure_semaphore();
    measure_handoff(&sem_handoff);
}

/* ------------------------------------------------------------------ */
/* Mail boxes: a put and a get in turn, so the box never fills          */

#ifdef CYGFUN_KERNEL_SYNCH_MBOX
static cyg_mbox mbox_object;
static cyg_handle_t mbox;
static int mbox_item;

static cyg_bool_t mbox_put_item(void)
{
#ifdef CYGMFN_KERNEL_SYNCH_MBOXT_PUT_CAN_WAIT
    return cyg_mbox_put(mbox, &mbox_item);
#else
    return cyg_mbox_tryput(mbox, &mbox_item);
#endif
}

static void measure_mbox(void)
{
    int i;
    cyg_bool_t put = false;
    void *got = NULL;

    cyg_mbox_create(&mbox, &mbox_object);
    for (i = 0; i < SAMPLES; i++) {
        TIME(MBOX_PUT, put = mbox_put_item());
        CHECK(put);
        TIME(MBOX_GET, got = cyg_mbox_get(mbox));
        CHECK(got == &mbox_item);
    }
}

static void mbox_get_once(void)
{
    CHECK(cyg_mbox_get(mbox) == &mbox_item);
}

static void mbox_put_once(void)
{
    CHECK(mbox_put_item());
}

static const struct handoff mbox_handoff = {
    MBOX_HANDOFF, mbox_get_once, mbox_put_once
};
#endif /* CYGFUN_KERNEL_SYNCH_MBOX */

static void measure_mboxes(void)
{
#ifdef CYGFUN_KERNEL_SYNCH_MBOX
    measure_mbox();
    measure_handoff(&mbox_handoff);
#else
    CYG_TEST_INFO("mail boxes left out: not configured");
#endif
}

/* ------------------------------------------------------------------ */
/* Event flags                                                         */

#ifdef CYGFUN_KERNEL_SYNCH_FLAGS
#define FLAG_BIT 0x10u
#define FLAG_MODE (CYG_FLAG_WAITMODE_OR | CYG_FLAG_WAITMODE_CLR)

static cyg_flag_t flag;

static void measure_flag(void)
{
    int i;
    cyg_flag_value_t value = 0;

    cyg_flag_init(&flag);
    for (i = 0; i < SAMPLES; i++) {
        TIME(FLAG_SET, cyg_flag_setbits(&flag, FLAG_BIT));
        TIME(FLAG_WAIT, value = cyg_flag_wait(&flag, FLAG_BIT, FLAG_MODE));
        CHECK(value == FLAG_BIT);
        CHECK(cyg_flag_peek(&flag) == 0);
    }
}

static void flag_wait_once(void)
{
    CHECK(cyg_flag_wait(&flag, FLAG_BIT, FLAG_MODE) == FLAG_BIT);
}

static void flag_set_once(void)
{
    cyg_flag_setbits(&flag, FLAG_BIT);
}

static const struct handoff flag_handoff = {
    FLAG_HANDOFF, flag_wait_once, flag_set_once
};
#endif /* CYGFUN_KERNEL_SYNCH_FLAGS */

static void measure_flags(void)
{
#ifdef CYGFUN_KERNEL_SYNCH_FLAGS
    measure_flag();
    measure_handoff(&flag_handoff);
#else
    CYG_TEST_INFO("event flags left out: not configured");
#endif
}

/* ------------------------------------------------------------------ */
/* Alarms, on a counter of their own so that the clock plays no part    */

#ifdef CYGFUN_KERNEL_COUNTERS_ALARMS
static cyg_counter counter_object;
static cyg_handle_t counter;
static cyg_alarm alarm_object;
static cyg_handle_t alarm_handle;
static volatile int alarm_calls;

static void alarm_fn(cyg_handle_t which, cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_handle_t, which);
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    record_since_mark(ALARM_FIRE);
    alarm_calls++;
}

static void measure_alarm(void)
{
    int i;
    cyg_tick_count_t trigger;

    cyg_counter_create(&counter, &counter_object);
    cyg_alarm_create(counter, alarm_fn, 0, &alarm_handle, &alarm_object);
    for (i = 0; i < SAMPLES; i++) {
        trigger = cyg_counter_current_value(counter) + 1;
        TIME(ALARM_INITIALIZE, cyg_alarm_initialize(alarm_handle, trigger, 0));
        CHECK(alarm_calls == i);
        set_mark();
        cyg_counter_tick(counter);
        CHECK(alarm_calls == i + 1);
    }
    cyg_alarm_delete(alarm_handle);
    cyg_counter_delete(counter);
}
#endif /* CYGFUN_KERNEL_COUNTERS_ALARMS */

static void measure_alarms(void)
{
#ifdef CYGFUN_KERNEL_COUNTERS_ALARMS
    measure_alarm();
#else
    CYG_TEST_INFO("alarms left out: not configured");
#endif
}

/* ------------------------------------------------------------------ */
/* A real interrupt: raised by the main thread, its ISR and DSR each read
 * the clock, the DSR posts a semaphore that a helper above the main
 * thread waits on. Everything has happened when the main thread runs
 * again, and it records the three times. */

static cyg_vector_t vector = BENCH_NO_VECTOR;
static cyg_sem_t intr_sem;
static volatile cyg_uint32 isr_time;
static volatile cyg_uint32 dsr_time;
static volatile cyg_uint32 thread_time;
static volatile int intr_rounds;

static cyg_uint32 intr_isr(cyg_vector_t v, cyg_addrword_t data)
{
    isr_time = bench_clock_read();
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    cyg_interrupt_acknowledge(v);
    return CYG_ISR_HANDLED | CYG_ISR_CALL_DSR;
}

static void intr_dsr(cyg_vector_t v, cyg_ucount32 count, cyg_addrword_t data)
{
    dsr_time = bench_clock_read();
    CYG_UNUSED_PARAM(cyg_vector_t, v);
    CYG_UNUSED_PARAM(cyg_ucount32, count);
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    cyg_semaphore_post(&intr_sem);
}

static void intr_waiter(cyg_addrword_t data)
{
    int i;

    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    for (i = 0; i < SAMPLES; i++) {
        CHECK(cyg_semaphore_wait(&intr_sem));
        thread_time = bench_clock_read();
        intr_rounds++;
    }
}

/* A HAL may take a raised interrupt a few instructions late; one that
 * never takes it hangs here until the runner's time limit. */
static void wait_for_round(int round)
{
    while (intr_rounds < round)
        __asm__ __volatile__ ("");
    CHECK(intr_rounds == round);
}

static void measure_interrupt(void)
{
    int i;

    cyg_semaphore_init(&intr_sem, 0);
    bench_intr_attach(vector, intr_isr, intr_dsr);
    start_helper(intr_waiter, PRIO_HIGH);       /* runs until it waits */
    for (i = 0; i < SAMPLES; i++) {
        set_mark();
        BENCH_RAISE(vector);
        wait_for_round(i + 1);
        record(INTERRUPT_ISR, mark, isr_time);
        record(INTERRUPT_DSR, mark, dsr_time);
        record(INTERRUPT_THREAD, mark, thread_time);
    }
    delete_helper();
    cyg_interrupt_mask(vector);
    cyg_interrupt_delete(bench_intr_handle);
}

static void measure_interrupts(void)
{
    if (vector != BENCH_NO_VECTOR)
        measure_interrupt();
    else
        CYG_TEST_INFO("interrupt left out: the HAL raises no free vector");
}

/* ------------------------------------------------------------------ */

static void print_rows(void)
{
    int i;

    bench_clock_describe();
    for (i = 0; i < ROWS; i++)
        bench_sample_print(&rows[i]);
}

static void run_measurements(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    measure_clock();
    measure_threads();
    measure_mutexes();
    measure_semaphores();
    measure_mboxes();
    measure_flags();
    measure_alarms();
    measure_interrupts();
    print_rows();
    CYG_TEST_PASS_FINISH("latencies measured");
}

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    vector = bench_intr_free_vector();
    bench_thread_start(&main_thread, PRIO_MAIN, run_measurements, 0,
                       main_stack, sizeof main_stack);
    cyg_scheduler_start();
}

#elif !defined(CYGFUN_KERNEL_API_C)
NA_MAIN("Needs the kernel C API")
#elif !defined(BENCH_CLOCK_RUNS)
NA_MAIN("Needs a clock to time with: the real-time clock is not configured")
#else
NA_MAIN("Needs more priority levels")
#endif
