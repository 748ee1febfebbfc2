/* kstats - runtime statistics: a thread that keeps the CPU for ten ticks
 * is charged ten ticks' worth of time (CYG_THREAD_RUNTIME_PER_TICK units
 * each, within a tick), a blocked thread nothing more; a second read
 * right after the first reports no recent time; read together, the
 * recent times of all threads add up to the interval they cover; the
 * CPU load is near 1000 while a thread spins and near 0 while all
 * sleep; a restarted thread starts again from 0. Without assertions, a
 * thread that was deleted is refused (CYG_THREAD_EINVAL). Times are
 * counted in ticks, so the host's speed does not matter. */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>
#include "lifecycle.h"

#if defined(CYGFUN_KERNEL_API_C) && defined(CYGFUN_KERNEL_THREADS_RUNTIME_STATS) \
    && defined(CYGFUN_KERNEL_THREADS_TIMER) && (CYGNUM_KERNEL_SCHED_PRIORITIES >= 24)

#define PRIO_CONTROL 10
#define PRIO_LOW     15
#define SPIN_TICKS   10

#define TICK CYG_THREAD_RUNTIME_PER_TICK

enum { W, THREAD_COUNT };

THREAD_SLOTS(THREAD_COUNT);
static cyg_sem_t go;
static volatile int spins_done;

/* Each go: keep the CPU for SPIN_TICKS ticks. */
static void spinner_entry(cyg_addrword_t data)
{
    cyg_tick_count_t end;

    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    for (;;) {
        cyg_semaphore_wait(&go);
        end = cyg_current_time() + SPIN_TICKS;
        while (cyg_current_time() < end)
            ;
        spins_done++;
    }
}

static cyg_thread_runtime_t read_runtime(cyg_handle_t thread)
{
    cyg_thread_runtime_t rt;

    EXPECT(cyg_thread_runtime_get(thread, &rt), CYG_THREAD_OK);
    return rt;
}

static void show(const char *what, cyg_uint64 value)
{
    diag_printf("INFO:<%s: %u.%03u ticks>\n", what, (unsigned)(value / TICK),
                (unsigned)(value % TICK * 1000 / TICK));
}

/* The spinner's ten ticks, then nothing while it waits. */
static void check_busy_thread(void)
{
    cyg_thread_runtime_t before, after, again;
    cyg_handle_t w = handles[W];

    before = read_runtime(w);
    cyg_semaphore_post(&go);
    cyg_thread_delay(SPIN_TICKS + 3);
    CHECK(spins_done == 1);
    after = read_runtime(w);
    show("spinner, recent", after.recent);
    CHECK(after.total == before.total + after.recent);
    CHECK(after.recent >= (SPIN_TICKS - 1) * TICK);
    CHECK(after.recent <= (SPIN_TICKS + 1) * TICK);
    CHECK(after.interval >= after.recent);
    again = read_runtime(w);
    CHECK(again.recent == 0 && again.total == after.total);
    CHECK(again.interval < SPIN_TICKS * TICK);      /* from the last read */
}

/* With the scheduler locked no thread but the reader runs, so reads of
 * every thread cover the same interval, to within the reads' own time. */
static cyg_uint64 sum_recent(cyg_uint64 *interval)
{
    cyg_handle_t thread = 0;
    cyg_uint16 id = 0;
    cyg_uint64 sum = 0;
    cyg_thread_runtime_t rt;

    *interval = 0;
    cyg_scheduler_lock();
    while (cyg_thread_get_next(&thread, &id)) {
        rt = read_runtime(thread);
        sum += rt.recent;
        if (rt.interval > *interval)
            *interval = rt.interval;
    }
    cyg_scheduler_unlock();
    return sum;
}

static void check_conservation(void)
{
    cyg_uint64 interval, sum;

    sum_recent(&interval);
    cyg_semaphore_post(&go);
    cyg_thread_delay(SPIN_TICKS + 5);
    sum = sum_recent(&interval);
    show("all threads, recent", sum);
    show("interval", interval);
    CHECK(interval >= (SPIN_TICKS + 4) * TICK);
    CHECK(sum <= interval + TICK / 2 && sum + TICK / 2 >= interval);
}

static void check_cpu_load(void)
{
    cyg_uint32 busy, idle;

    cyg_thread_cpu_load();
    cyg_semaphore_post(&go);
    cyg_thread_delay(SPIN_TICKS - 1);
    busy = cyg_thread_cpu_load();
    cyg_thread_delay(3);
    cyg_thread_cpu_load();
    cyg_thread_delay(SPIN_TICKS);
    idle = cyg_thread_cpu_load();
    diag_printf("INFO:<CPU load: %u/1000 spinning, %u/1000 idle>\n",
                (unsigned)busy, (unsigned)idle);
    CHECK(busy >= 800 && busy <= 1000);
    CHECK(idle <= 200);
}

static void quick_entry(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
}

/* A killed thread keeps its time until deleted; a restart clears it. */
static void check_end_and_restart(void)
{
    cyg_handle_t w = handles[W];
    cyg_thread_runtime_t rt;

    cyg_thread_kill(w);
    let_others_run();
    rt = read_runtime(w);
    CHECK(rt.total >= 3 * (SPIN_TICKS - 1) * TICK);
    cyg_thread_resume(w);                           /* restart */
    rt = read_runtime(w);
    CHECK(rt.total == 0);
    cyg_thread_kill(w);
    CHECK(cyg_thread_delete(w));
#ifndef CYGDBG_USE_ASSERTS
    EXPECT(cyg_thread_runtime_get(w, &rt), CYG_THREAD_EINVAL);
    EXPECT(cyg_thread_runtime_get(cyg_thread_self(), NULL), CYG_THREAD_EINVAL);
#endif
    START_SLOT(W, PRIO_LOW, quick_entry, 0, "kstats quick");
    let_others_run();
    rt = read_runtime(handles[W]);
    CHECK(rt.total < SPIN_TICKS * TICK);
    CHECK(cyg_thread_delete(handles[W]));
}

static void control_entry(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    START_SLOT(W, PRIO_LOW, spinner_entry, 0, "kstats spinner");
    let_others_run();
    check_busy_thread();
    check_conservation();
    check_cpu_load();
    check_end_and_restart();
    CYG_TEST_PASS_FINISH("Runtime statistics OK");
}

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    cyg_semaphore_init(&go, 0);
    start_watchdog();
    run_main_thread(PRIO_CONTROL, control_entry, "kstats control");
}

#else

NA_MAIN("Needs CYGFUN_KERNEL_THREADS_RUNTIME_STATS, thread timers and 24 priorities")

#endif
