/* Runtime statistics: the time each thread spends on the CPU, measured
 * with the "fine clock" every HAL offers: clock interrupts taken times
 * the clock period, plus HAL_CLOCK_READ, the time elapsed within the
 * current tick, in the same HAL clock units. Each switch charges the
 * thread leaving the CPU with the time since it got it, so the threads'
 * times add up to the time elapsed since the scheduler started.
 *
 * A clock that has wrapped while interrupts are off reads low until its
 * interrupt is taken, which would make time run backwards: the fine
 * clock never goes below its last reading, so such a stretch is charged
 * to the next reading instead. Everything here runs with the scheduler
 * locked (the switch, and the calls below), so the readings are
 * serialised. */

#include <cyg/kernel/kapi_ext.h>
#include <cyg/kernel/kthread.h>
#include <cyg/kernel/kclock.h>
#include <cyg/hal/hal_intr.h>
#include <cyg/infra/cyg_ass.h>

volatile cyg_tick_count_t cygk_rtc_isr_ticks;

static cyg_uint64 cygk_fine_last;     /* the latest fine clock reading */
static cyg_uint64 cygk_runtime_since; /* when the current thread got the CPU */
static cyg_uint64 cygk_load_at;       /* the previous cyg_thread_cpu_load */
static cyg_uint64 cygk_load_idle;     /* the idle thread's time then */

/* Before the scheduler starts the clock may not run yet: time is 0. */
static cyg_uint64 cygk_fine_now(void)
{
    cyg_tick_count_t ticks;
    cyg_uint32 within;
    cyg_uint64 now;

    if (!cygk_sched.started)
        return cygk_fine_last;
    do {
        ticks = cygk_rtc_isr_ticks;
        HAL_CLOCK_READ(&within);
    } while (ticks != cygk_rtc_isr_ticks);
    now = ticks * (cyg_uint64)CYGNUM_KERNEL_COUNTERS_RTC_PERIOD + within;
    if (now < cygk_fine_last)
        return cygk_fine_last;
    cygk_fine_last = now;
    return now;
}

void cygk_runtime_start(void)
{
    cygk_runtime_since = cygk_fine_now();
    cygk_load_at = cygk_runtime_since;
}

void cygk_runtime_switch(cyg_thread *prev)
{
    cyg_uint64 now = cygk_fine_now();

    prev->runtime_total += now - cygk_runtime_since;
    cygk_runtime_since = now;
}

void cygk_runtime_reset(cyg_thread *thread)
{
    thread->runtime_total = 0;
    thread->runtime_seen = 0;
    thread->runtime_read_at = cygk_fine_now();
}

/* The thread's time up to `now', the current one's running slice
 * included. */
static cyg_uint64 cygk_runtime_total(const cyg_thread *thread, cyg_uint64 now)
{
    if (thread == cygk_sched.current && cygk_sched.started)
        return thread->runtime_total + (now - cygk_runtime_since);
    return thread->runtime_total;
}

cyg_thread_result_t cyg_thread_runtime_get(cyg_handle_t handle,
                                           cyg_thread_runtime_t *runtime)
{
    cyg_thread *thread = (cyg_thread *)handle;
    cyg_uint64 now, total;

    cygk_sched_lock();
    if (!cygk_thread_known(thread) || runtime == NULL) {
        CYG_FAIL("runtime_get of a thread never created or deleted, or NULL result");
        cygk_sched_unlock();
        return CYG_THREAD_EINVAL;
    }
    now = cygk_fine_now();
    total = cygk_runtime_total(thread, now);
    runtime->total = total;
    runtime->recent = total - thread->runtime_seen;
    runtime->interval = now - thread->runtime_read_at;
    thread->runtime_seen = total;
    thread->runtime_read_at = now;
    cygk_sched_unlock();
    return CYG_THREAD_OK;
}

cyg_uint32 cyg_thread_cpu_load(void)
{
    cyg_uint64 now, idle, elapsed, idle_part;

    cygk_sched_lock();
    now = cygk_fine_now();
    idle = cygk_runtime_total(&cygk_idle_thread, now);
    elapsed = now - cygk_load_at;
    idle_part = idle - cygk_load_idle;
    cygk_load_at = now;
    cygk_load_idle = idle;
    cygk_sched_unlock();
    if (elapsed == 0)
        return 0;
    if (idle_part > elapsed)
        idle_part = elapsed;
    return (cyg_uint32)((elapsed - idle_part) * 1000 / elapsed);
}
