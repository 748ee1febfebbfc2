/* tm_basic - latency of the basic kernel operations: thread create and
 * delete, yield, suspend and resume, priority change, mutexes (free and
 * contended), semaphores, mail boxes, event flags and alarms. Each
 * operation is timed SAMPLES times and reported as a table of average,
 * minimum and maximum in nanoseconds.
 *
 * It only measures: no time is ever judged too long, since the numbers
 * depend on the host or board. What it does check is that every
 * operation had the effect the API promises (the woken thread ran, the
 * owner inherited the waiter's priority, the alarm fired ...), so that
 * the numbers describe what they claim to. */

/* clock_gettime from the host C library on the synthetic target. */
#define _POSIX_C_SOURCE 200809L

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>
#include <cyg/infra/diag.h>
#include "testaux.h"

/* The clock: the host's monotonic clock on the synthetic target, else
 * the real-time clock's ticks plus the HAL's count within the tick.
 * Defining TM_BASIC_HAL_CLOCK tries the second on the synthetic target. */
#if defined(CYGPKG_HAL_SYNTH) && !defined(TM_BASIC_HAL_CLOCK)
# define TIME_FROM_HOST
#elif defined(CYGVAR_KERNEL_COUNTERS_CLOCK)
# define TIME_FROM_RTC
#endif

#if defined(CYGFUN_KERNEL_API_C) && (CYGNUM_KERNEL_SCHED_PRIORITIES >= 16) \
    && (defined(TIME_FROM_HOST) || defined(TIME_FROM_RTC))

#include <cyg/hal/hal_arch.h>
#include <cyg/hal/hal_intr.h>
#ifdef TIME_FROM_HOST
# include <time.h>
#endif

#define SAMPLES         32
/* Thread create/delete cycle through this many thread objects, in
 * SAMPLES / POOL_THREADS rounds, to keep the stacks' memory small. */
#define POOL_THREADS    8

/* Every thread has a priority of its own unless sharing is the point
 * (yield to a peer), so the bitmap scheduler runs all the rest. */
#define PRIO_HIGH       1       /* threads woken by the main thread */
#define PRIO_MAIN       2
#define PRIO_LOW        3       /* suspend/resume/priority change target */
#define PRIO_LOW_ALT    4
#define PRIO_POOL       5       /* .. PRIO_POOL + POOL_THREADS - 1 */

#if defined(CYGINT_KERNEL_SCHEDULER_UNIQUE_PRIORITIES) && \
    CYGINT_KERNEL_SCHEDULER_UNIQUE_PRIORITIES
# define ONE_THREAD_PER_PRIORITY
#endif

#if defined(CYGSEM_KERNEL_SCHED_MLQUEUE) && \
    defined(CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL_INHERIT) && \
    (defined(CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL_DYNAMIC) || \
     defined(CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL_DEFAULT_INHERIT))
# define MUTEX_INHERITS
#endif
/* A ceiling mutex would lift its owner above the waiter, which then never
 * gets to block on it. */
#if !defined(CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL_DEFAULT_CEILING) \
    || defined(CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL_DYNAMIC)
# define MUTEX_CAN_BLOCK
#endif

/* ------------------------------------------------------------------ */
/* The clock                                                           */

#ifdef TIME_FROM_HOST

#define CLOCK_NAME "host CLOCK_MONOTONIC"

static cyg_uint64 now_ns(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (cyg_uint64)ts.tv_sec * 1000000000u + (cyg_uint64)ts.tv_nsec;
}

#else /* TIME_FROM_RTC */

#define CLOCK_NAME "real-time clock and HAL_CLOCK_READ"
#define UNITS_PER_TICK ((cyg_uint64)CYGNUM_HAL_RTC_PERIOD)

static cyg_uint64 last_units;

/* While the scheduler is locked the clock's DSR waits, so the tick count
 * can lag behind a HAL counter that has already started the next tick:
 * a reading that goes backwards is one tick late. */
static cyg_uint64 now_ns(void)
{
    cyg_tick_count_t ticks, again;
    cyg_uint32 in_tick;
    cyg_uint64 units;

    do {
        ticks = cyg_current_time();
        HAL_CLOCK_READ(&in_tick);
        again = cyg_current_time();
    } while (ticks != again);
    units = ticks * UNITS_PER_TICK + in_tick;
    if (units < last_units)
        units += UNITS_PER_TICK;
    last_units = units;
    return (units / UNITS_PER_TICK) * CYGNUM_HAL_RTC_NUMERATOR
               / CYGNUM_HAL_RTC_DENOMINATOR
           + (units % UNITS_PER_TICK) * CYGNUM_HAL_RTC_NUMERATOR
               / (CYGNUM_HAL_RTC_DENOMINATOR * UNITS_PER_TICK);
}

#endif

/* ------------------------------------------------------------------ */
/* Measurements                                                        */

struct measurement {
    const char *name;
    cyg_uint32 count;
    cyg_uint64 total;
    cyg_uint32 min;
    cyg_uint32 max;
};

enum row {
    CLOCK_READ,
    THREAD_CREATE, THREAD_DELETE,
    YIELD_ALONE, YIELD_SWITCH,
    SUSPEND, RESUME, RESUME_SWITCH, SET_PRIORITY,
    MUTEX_LOCK, MUTEX_UNLOCK, MUTEX_LOCK_BLOCKS, MUTEX_UNLOCK_WAKES,
    SEM_POST, SEM_WAIT, SEM_POST_WAKES,
    MBOX_PUT, MBOX_GET, MBOX_PUT_WAKES,
    FLAG_SET, FLAG_WAIT, FLAG_SET_WAKES,
    ALARM_INIT, ALARM_TICK_FIRES, ALARM_INIT_FIRES,
    ROWS
};

static struct measurement rows[ROWS] = {
    [CLOCK_READ]         = { .name = "clock read (overhead in every row)" },
    [THREAD_CREATE]      = { .name = "thread create" },
    [THREAD_DELETE]      = { .name = "thread delete, never run" },
    [YIELD_ALONE]        = { .name = "yield, alone at its priority" },
    [YIELD_SWITCH]       = { .name = "yield to a peer (switch)" },
    [SUSPEND]            = { .name = "suspend a runnable thread" },
    [RESUME]             = { .name = "resume a lower thread" },
    [RESUME_SWITCH]      = { .name = "resume a higher thread (switch)" },
    [SET_PRIORITY]       = { .name = "set priority of a runnable thread" },
    [MUTEX_LOCK]         = { .name = "mutex lock, free" },
    [MUTEX_UNLOCK]       = { .name = "mutex unlock, no waiter" },
#ifdef MUTEX_INHERITS
    [MUTEX_LOCK_BLOCKS]  = { .name = "mutex lock, blocks, owner inherits" },
#else
    [MUTEX_LOCK_BLOCKS]  = { .name = "mutex lock, blocks (switch)" },
#endif
    [MUTEX_UNLOCK_WAKES] = { .name = "mutex unlock, wakes waiter (switch)" },
    [SEM_POST]           = { .name = "semaphore post, no waiter" },
    [SEM_WAIT]           = { .name = "semaphore wait, count > 0" },
    [SEM_POST_WAKES]     = { .name = "semaphore post, wakes waiter (switch)" },
    [MBOX_PUT]           = { .name = "mbox put, no waiter" },
    [MBOX_GET]           = { .name = "mbox get, item ready" },
    [MBOX_PUT_WAKES]     = { .name = "mbox put, wakes getter (switch)" },
    [FLAG_SET]           = { .name = "flag setbits, no waiter" },
    [FLAG_WAIT]          = { .name = "flag wait, bits already set" },
    [FLAG_SET_WAKES]     = { .name = "flag setbits, wakes waiter (switch)" },
    [ALARM_INIT]         = { .name = "alarm initialize, later trigger" },
    [ALARM_TICK_FIRES]   = { .name = "counter tick to alarm function" },
    [ALARM_INIT_FIRES]   = { .name = "alarm initialize to alarm function" },
};

static void record(enum row row, cyg_uint64 start, cyg_uint64 end)
{
    struct measurement *m = &rows[row];
    cyg_uint32 ns = end > start ? (cyg_uint32)(end - start) : 0;

    if (m->count == 0 || ns < m->min)
        m->min = ns;
    if (m->count == 0 || ns > m->max)
        m->max = ns;
    m->total += ns;
    m->count++;
}

static void print_table(void)
{
    int i;

    diag_printf("tm_basic: %d samples per operation, times from %s\n",
                SAMPLES, CLOCK_NAME);
    diag_printf("%-40s %9s %9s %9s\n", "operation", "avg", "min", "max");
    for (i = 0; i < ROWS; i++) {
        const struct measurement *m = &rows[i];

        if (m->count == 0)
            diag_printf("%-40s %9s %9s %9s    (not in this configuration)\n",
                        m->name, "-", "-", "-");
        else
            diag_printf("%-40s %9u %9u %9u ns\n", m->name,
                        (unsigned)(m->total / m->count),
                        (unsigned)m->min, (unsigned)m->max);
    }
}

/* Set by one thread just before it wakes another, read by the woken one. */
static volatile cyg_uint64 mark;

/* ------------------------------------------------------------------ */
/* Threads                                                             */

static char main_stack[CYGNUM_HAL_STACK_SIZE_TYPICAL];
static cyg_thread main_thread;
static cyg_handle_t main_handle;

static char helper_stack[CYGNUM_HAL_STACK_SIZE_TYPICAL];
static cyg_thread helper_thread;
static cyg_handle_t helper_handle;

static char pool_stacks[POOL_THREADS][CYGNUM_HAL_STACK_SIZE_MINIMUM];
static cyg_thread pool_threads[POOL_THREADS];
static cyg_handle_t pool_handles[POOL_THREADS];

static volatile int lower_thread_ran;

static void never_runs(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    lower_thread_ran = 1;
}

static void start_helper(cyg_thread_entry_t *entry, cyg_priority_t priority)
{
    cyg_thread_create(priority, entry, 0, "tm_basic helper",
                      helper_stack, sizeof helper_stack,
                      &helper_handle, &helper_thread);
    cyg_thread_resume(helper_handle);
}

/* The helper has returned from its entry function by now. */
static void finish_helper(void)
{
    CHECK(cyg_thread_delete(helper_handle));
}

static void measure_clock(void)
{
    int i;

    for (i = 0; i < SAMPLES; i++) {
        cyg_uint64 start = now_ns();
        record(CLOCK_READ, start, now_ns());
    }
}

static void measure_create_delete(void)
{
    int round, i;
    cyg_uint64 start;
    cyg_bool_t deleted;

    for (round = 0; round < SAMPLES / POOL_THREADS; round++) {
        for (i = 0; i < POOL_THREADS; i++) {
            start = now_ns();
            cyg_thread_create(PRIO_POOL + i, never_runs, i, "tm_basic pool",
                              pool_stacks[i], sizeof pool_stacks[i],
                              &pool_handles[i], &pool_threads[i]);
            record(THREAD_CREATE, start, now_ns());
        }
        for (i = 0; i < POOL_THREADS; i++) {
            start = now_ns();
            deleted = cyg_thread_delete(pool_handles[i]);
            record(THREAD_DELETE, start, now_ns());
            CHECK(deleted);
        }
    }
    CHECK(!lower_thread_ran);
}

static void measure_yield_alone(void)
{
    int i;
    cyg_uint64 start;

    for (i = 0; i < SAMPLES; i++) {
        start = now_ns();
        cyg_thread_yield();
        record(YIELD_ALONE, start, now_ns());
    }
}

#ifndef ONE_THREAD_PER_PRIORITY
static void yield_peer(cyg_addrword_t data)
{
    int i;

    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    cyg_thread_yield();         /* the main thread starts the timed loop */
    for (i = 0; i < SAMPLES; i++) {
        record(YIELD_SWITCH, mark, now_ns());
        cyg_thread_yield();
    }
}

static void measure_yield_switch(void)
{
    int i;

    start_helper(yield_peer, PRIO_MAIN);
    cyg_thread_yield();
    for (i = 0; i < SAMPLES; i++) {
        mark = now_ns();
        cyg_thread_yield();
    }
    finish_helper();
    CHECK(rows[YIELD_SWITCH].count == SAMPLES);
}
#endif

/* Suspend, resume and priority changes of a thread that is runnable but
 * below the main thread, so none of them switches threads. */
static void measure_lower_thread(void)
{
    int i;
    cyg_uint64 start;

    cyg_thread_create(PRIO_LOW, never_runs, 0, "tm_basic lower",
                      helper_stack, sizeof helper_stack,
                      &helper_handle, &helper_thread);
    cyg_thread_resume(helper_handle);
    for (i = 0; i < SAMPLES; i++) {
        start = now_ns();
        cyg_thread_suspend(helper_handle);
        record(SUSPEND, start, now_ns());
        start = now_ns();
        cyg_thread_resume(helper_handle);
        record(RESUME, start, now_ns());
    }
    for (i = 0; i < SAMPLES; i++) {
        start = now_ns();
        cyg_thread_set_priority(helper_handle,
                                (i & 1) ? PRIO_LOW : PRIO_LOW_ALT);
        record(SET_PRIORITY, start, now_ns());
    }
    CHECK(cyg_thread_get_priority(helper_handle) == PRIO_LOW);
    CHECK(!lower_thread_ran);
    finish_helper();
}

/* ------------------------------------------------------------------ */
/* Wake-ups: a higher-priority helper blocks in `wait`, the main thread
 * notes the time and calls `wake`, the helper takes the time as soon as
 * it runs again. */

struct wakeup {
    enum row row;
    void (*wait)(void);
    void (*wake)(void);
};

static const struct wakeup *current_wakeup;

static void wakeup_helper(cyg_addrword_t data)
{
    int i;

    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    for (i = 0; i < SAMPLES; i++) {
        current_wakeup->wait();
        record(current_wakeup->row, mark, now_ns());
    }
}

static void measure_wakeup(const struct wakeup *w)
{
    int i;

    current_wakeup = w;
    start_helper(wakeup_helper, PRIO_HIGH);     /* runs until it waits */
    for (i = 0; i < SAMPLES; i++) {
        mark = now_ns();
        w->wake();
    }
    finish_helper();
    CHECK(rows[w->row].count == SAMPLES);
}

static void suspend_self(void)
{
    cyg_thread_suspend(cyg_thread_self());
}

static void resume_helper(void)
{
    cyg_thread_resume(helper_handle);
}

static const struct wakeup resume_wakeup = {
    RESUME_SWITCH, suspend_self, resume_helper
};

/* ------------------------------------------------------------------ */
/* Mutexes                                                             */

static cyg_mutex_t mutex;

static void measure_mutex_free(void)
{
    int i;
    cyg_uint64 start;
    cyg_bool_t locked;

    cyg_mutex_init(&mutex);
    for (i = 0; i < SAMPLES; i++) {
        start = now_ns();
        locked = cyg_mutex_lock(&mutex);
        record(MUTEX_LOCK, start, now_ns());
        CHECK(locked);
        start = now_ns();
        cyg_mutex_unlock(&mutex);
        record(MUTEX_UNLOCK, start, now_ns());
    }
    cyg_mutex_destroy(&mutex);
}

#ifdef MUTEX_CAN_BLOCK
static cyg_sem_t contender_go;

/* Takes the mutex while the main thread holds it: the lock blocks, the
 * main thread runs again and notes the time, then unlocks, which brings
 * the contender back. */
static void mutex_contender(cyg_addrword_t data)
{
    int i;
    cyg_bool_t locked;

    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    for (i = 0; i < SAMPLES; i++) {
        cyg_semaphore_wait(&contender_go);
        mark = now_ns();
        locked = cyg_mutex_lock(&mutex);
        record(MUTEX_UNLOCK_WAKES, mark, now_ns());
        CHECK(locked);
        cyg_mutex_unlock(&mutex);
    }
}

static void measure_mutex_contended(void)
{
    int i;

    cyg_mutex_init(&mutex);
#if defined(CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL_DYNAMIC)
# ifdef MUTEX_INHERITS
    cyg_mutex_set_protocol(&mutex, CYG_MUTEX_INHERIT);
# else
    cyg_mutex_set_protocol(&mutex, CYG_MUTEX_NONE);
# endif
#endif
    cyg_semaphore_init(&contender_go, 0);
    start_helper(mutex_contender, PRIO_HIGH);   /* runs until it waits */
    for (i = 0; i < SAMPLES; i++) {
        CHECK(cyg_mutex_lock(&mutex));
        cyg_semaphore_post(&contender_go);
        record(MUTEX_LOCK_BLOCKS, mark, now_ns());
#ifdef MUTEX_INHERITS
        CHECK(cyg_thread_get_current_priority(main_handle) == PRIO_HIGH);
#endif
        mark = now_ns();
        cyg_mutex_unlock(&mutex);
        CHECK(cyg_thread_get_current_priority(main_handle) == PRIO_MAIN);
    }
    finish_helper();
    CHECK(rows[MUTEX_LOCK_BLOCKS].count == SAMPLES);
    CHECK(rows[MUTEX_UNLOCK_WAKES].count == SAMPLES);
    cyg_semaphore_destroy(&contender_go);
    cyg_mutex_destroy(&mutex);
}
#endif

/* ------------------------------------------------------------------ */
/* Semaphores                                                          */

static cyg_sem_t sem;

static void measure_semaphore(void)
{
    int i;
    cyg_uint64 start;
    cyg_bool_t taken;

    cyg_semaphore_init(&sem, 0);
    for (i = 0; i < SAMPLES; i++) {
        start = now_ns();
        cyg_semaphore_post(&sem);
        record(SEM_POST, start, now_ns());
    }
    for (i = 0; i < SAMPLES; i++) {
        start = now_ns();
        taken = cyg_semaphore_wait(&sem);
        record(SEM_WAIT, start, now_ns());
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

static const struct wakeup sem_wakeup = {
    SEM_POST_WAKES, sem_wait_once, sem_post_once
};

/* ------------------------------------------------------------------ */
/* Mail boxes                                                          */

static cyg_mbox mbox_storage;
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

/* One put then one get, so the box never fills up. */
static void measure_mbox(void)
{
    int i;
    cyg_uint64 start;
    cyg_bool_t put;
    void *got;

    cyg_mbox_create(&mbox, &mbox_storage);
    for (i = 0; i < SAMPLES; i++) {
        start = now_ns();
        put = mbox_put_item();
        record(MBOX_PUT, start, now_ns());
        CHECK(put);
        start = now_ns();
        got = cyg_mbox_get(mbox);
        record(MBOX_GET, start, now_ns());
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

static const struct wakeup mbox_wakeup = {
    MBOX_PUT_WAKES, mbox_get_once, mbox_put_once
};

/* ------------------------------------------------------------------ */
/* Event flags                                                         */

#define FLAG_BIT 0x10u

static cyg_flag_t flag;

static void measure_flag(void)
{
    int i;
    cyg_uint64 start;
    cyg_flag_value_t value;

    cyg_flag_init(&flag);
    for (i = 0; i < SAMPLES; i++) {
        start = now_ns();
        cyg_flag_setbits(&flag, FLAG_BIT);
        record(FLAG_SET, start, now_ns());
        start = now_ns();
        value = cyg_flag_wait(&flag, FLAG_BIT,
                              CYG_FLAG_WAITMODE_OR | CYG_FLAG_WAITMODE_CLR);
        record(FLAG_WAIT, start, now_ns());
        CHECK(value == FLAG_BIT);
        CHECK(cyg_flag_peek(&flag) == 0);
    }
}

static void flag_wait_once(void)
{
    CHECK(cyg_flag_wait(&flag, FLAG_BIT,
                        CYG_FLAG_WAITMODE_OR | CYG_FLAG_WAITMODE_CLR)
          == FLAG_BIT);
}

static void flag_set_once(void)
{
    cyg_flag_setbits(&flag, FLAG_BIT);
}

static const struct wakeup flag_wakeup = {
    FLAG_SET_WAKES, flag_wait_once, flag_set_once
};

/* ------------------------------------------------------------------ */
/* Alarms, on a counter of their own so the clock interrupt plays no
 * part */

static cyg_counter counter_storage;
static cyg_handle_t counter;
static cyg_alarm alarm_storage;
static cyg_handle_t alarm_handle;
static enum row alarm_row;
static volatile int alarm_calls;

static void alarm_fn(cyg_handle_t which, cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_handle_t, which);
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    record(alarm_row, mark, now_ns());
    alarm_calls++;
}

static void measure_alarm(void)
{
    int i;
    cyg_uint64 start;
    cyg_tick_count_t trigger;

    cyg_counter_create(&counter, &counter_storage);
    cyg_alarm_create(counter, alarm_fn, 0, &alarm_handle, &alarm_storage);
    alarm_row = ALARM_TICK_FIRES;
    for (i = 0; i < SAMPLES; i++) {
        trigger = cyg_counter_current_value(counter) + 1;
        start = now_ns();
        cyg_alarm_initialize(alarm_handle, trigger, 0);
        record(ALARM_INIT, start, now_ns());
        CHECK(alarm_calls == i);
        mark = now_ns();
        cyg_counter_tick(counter);
        CHECK(alarm_calls == i + 1);
    }
    alarm_row = ALARM_INIT_FIRES;
    for (i = 0; i < SAMPLES; i++) {
        trigger = cyg_counter_current_value(counter);
        mark = now_ns();
        cyg_alarm_initialize(alarm_handle, trigger, 0);
    }
    CHECK(alarm_calls == 2 * SAMPLES);
    cyg_alarm_delete(alarm_handle);
    cyg_counter_delete(counter);
}

/* ------------------------------------------------------------------ */

static void run_measurements(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    measure_clock();
    measure_create_delete();
    measure_yield_alone();
#ifndef ONE_THREAD_PER_PRIORITY
    measure_yield_switch();
#endif
    measure_lower_thread();
    measure_wakeup(&resume_wakeup);
    measure_mutex_free();
#ifdef MUTEX_CAN_BLOCK
    measure_mutex_contended();
#endif
    measure_semaphore();
    measure_wakeup(&sem_wakeup);
    measure_mbox();
    measure_wakeup(&mbox_wakeup);
    measure_flag();
    measure_wakeup(&flag_wakeup);
    measure_alarm();
    print_table();
    CYG_TEST_PASS_FINISH("Basic timing OK");
}

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    cyg_thread_create(PRIO_MAIN, run_measurements, 0, "tm_basic main",
                      main_stack, sizeof main_stack,
                      &main_handle, &main_thread);
    cyg_thread_resume(main_handle);
    cyg_scheduler_start();
}

#else /* not applicable */

# ifndef CYGFUN_KERNEL_API_C
NA_MAIN("Kernel C API layer disabled")
# elif !(defined(TIME_FROM_HOST) || defined(TIME_FROM_RTC))
NA_MAIN("No clock to time with (CYGVAR_KERNEL_COUNTERS_CLOCK)")
# else
NA_MAIN("Needs 16 priority levels")
# endif

#endif
