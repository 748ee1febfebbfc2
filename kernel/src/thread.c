/* Threads: construction, the state machine (suspend, sleep, exit), the
 * sleep/wake protocol of blocking calls and priority changes. */

#include <cyg/kernel/kthread.h>
#include <cyg/kernel/kclock.h>
#include <cyg/kernel/kintr.h>
#include <cyg/hal/hal_arch.h>
#include <cyg/infra/cyg_ass.h>

#ifdef CYGVAR_KERNEL_THREADS_LIST
cyg_thread *cygk_thread_list;
#endif

static cyg_uint16 cygk_next_unique_id = 1;

static void cygk_thread_list_remove(cyg_thread *thread)
{
#ifdef CYGVAR_KERNEL_THREADS_LIST
    cyg_thread **link;

    for (link = &cygk_thread_list; *link != NULL; link = &(*link)->list_next) {
        if (*link == thread) {
# ifdef CYGFUN_KERNEL_THREADS_INSPECTION
            cygk_inspect_thread_removed(thread);
# endif
            *link = thread->list_next;
            break;
        }
    }
#else
    (void)thread;
#endif
}

void cygk_thread_destroy(cyg_thread *thread)
{
    cygk_thread_list_remove(thread);
    thread->unique_id = 0;
#ifdef CYGFUN_KERNEL_THREADS_STACK_ALLOCATION
    cygk_stack_pool_free(thread);
#endif
}

void cygk_thread_reap(cyg_thread *thread)
{
#ifdef CYGFUN_KERNEL_THREADS_ATTRIBUTES
    void (*hook)(cyg_handle_t, cyg_addrword_t) = thread->exit_hook;
    cyg_addrword_t data = thread->exit_hook_data;

    thread->exit_hook = NULL;
#endif
    cygk_thread_destroy(thread);
    cygk_sched_unlock();
#ifdef CYGFUN_KERNEL_THREADS_ATTRIBUTES
    if (hook != NULL)
        hook((cyg_handle_t)thread, data);
#endif
}

static void cygk_thread_list_add(cyg_thread *thread)
{
#ifdef CYGVAR_KERNEL_THREADS_LIST
    cyg_thread **link = &cygk_thread_list;

    while (*link != NULL)
        link = &(*link)->list_next;
    thread->list_next = NULL;
    *link = thread;
#else
    (void)thread;
#endif
}

/* Every thread starts here, with the scheduler lock at 1 (it was switched
 * to from inside the scheduler) and interrupts enabled. */
static void cygk_thread_trampoline(CYG_ADDRWORD arg)
{
    cyg_thread *self = (cyg_thread *)arg;

    cygk_sched_unlock();
    self->entry(self->entry_data);
    cygk_thread_exit_self();
}

#ifdef CYGFUN_KERNEL_THREADS_TIMER
/* The thread's timer ends a timed sleep or, before the thread ever ran,
 * its delayed start. */
static void cygk_thread_timeout(cyg_handle_t alarm, cyg_addrword_t data)
{
    cyg_thread *thread = (cyg_thread *)data;

    (void)alarm;
#ifdef CYGFUN_KERNEL_THREADS_DELAYED_START
    if (thread->state & CYGK_STATE_CREATING) {
        cygk_start_due(thread);
        return;
    }
#endif
    cygk_thread_wake(thread, CYG_REASON_TIMEOUT);
}
#endif

/* The parts of construction that a restart (resume of an exited thread)
 * repeats. */
static void cygk_thread_reset(cyg_thread *thread)
{
    CYG_ADDRESS sp;

    thread->state = CYGK_STATE_SUSPENDED;
    thread->suspend_count = 1;
    thread->queue = NULL;
    cygk_list_init(&thread->node);
    thread->wake_reason = CYG_REASON_NONE;
    thread->sleep_reason = CYG_REASON_NONE;
    thread->unique_id = cygk_next_unique_id++;
    if (cygk_next_unique_id == 0)
        cygk_next_unique_id = 1;
#ifdef CYGK_PRIORITY_BOOSTS
    thread->priority = thread->base_priority;
    thread->mutex_count = 0;
#endif
#ifdef CYGVAR_KERNEL_THREADS_DATA
    {
        int i;
        for (i = 0; i < CYGNUM_KERNEL_THREADS_DATA_MAX; i++)
            thread->data[i] = 0;
    }
#endif
#if defined(CYGPKG_KERNEL_THREADS_DESTRUCTORS) && \
    defined(CYGSEM_KERNEL_THREADS_DESTRUCTORS_PER_THREAD)
    {
        int i;
        for (i = 0; i < CYGNUM_KERNEL_THREADS_DESTRUCTORS; i++)
            thread->destructors[i].fn = NULL;
    }
#endif
#ifdef CYGK_EXCEPTION_HANDLERS
    cygk_exception_init_thread(thread);
#endif
#ifdef CYGFUN_KERNEL_THREADS_JOIN
    cygk_list_init(&thread->join_queue);
    thread->joining = NULL;
#endif
#ifdef CYGFUN_KERNEL_THREADS_RUNTIME_STATS
    cygk_runtime_reset(thread);
#endif
    cygk_stack_prepare(thread);
    sp = thread->stack_base + thread->stack_size;
#ifdef CYGK_STACK_CHECKING
    sp -= CYGK_STACK_SIGNATURE_SIZE;
#endif
    sp &= ~(CYG_ADDRESS)(CYGARC_ALIGNMENT - 1);
    HAL_THREAD_INIT_CONTEXT(sp, (CYG_ADDRWORD)thread, cygk_thread_trampoline,
                            thread->unique_id);
    thread->stack_ptr = sp;
}

void cygk_thread_init(cyg_thread *thread, cyg_priority_t priority,
                      cyg_thread_entry_t *entry, cyg_addrword_t entry_data,
                      char *name, CYG_ADDRESS stack_base,
                      cyg_uint32 stack_size)
{
    CYG_ASSERT(entry != NULL, "thread entry is NULL");
    CYG_ASSERT(stack_base != 0, "thread stack is NULL");
    CYG_ASSERT(stack_size >= CYGNUM_HAL_STACK_SIZE_MINIMUM,
               "stack size below CYGNUM_HAL_STACK_SIZE_MINIMUM");
    CYG_ASSERT(priority < CYGNUM_KERNEL_SCHED_PRIORITIES,
               "priority out of range");

    thread->priority = CYGNUM_KERNEL_SCHED_PRIORITIES; /* owns none yet */
    cygk_sched_lock();
    if (!cygk_runq_claim_priority(thread, priority))
        CYG_FAIL("bitmap scheduler: priority already in use");
    thread->priority = priority;
#ifdef CYGK_PRIORITY_BOOSTS
    thread->base_priority = priority;
#endif
    thread->entry = entry;
    thread->entry_data = entry_data;
    thread->stack_base = stack_base;
    thread->stack_size = stack_size;
#ifdef CYGVAR_KERNEL_THREADS_NAME
    thread->name = name;
#else
    (void)name;
#endif
#ifdef CYGSEM_KERNEL_SCHED_TIMESLICE_ENABLE
    thread->timeslice_enabled = true;
#endif
#ifdef CYGFUN_KERNEL_THREADS_ESSENTIAL
    thread->essential = false;
#endif
#ifdef CYGFUN_KERNEL_THREADS_STACK_ALLOCATION
    thread->stack_allocated = false;
#endif
#ifdef CYGFUN_KERNEL_THREADS_ATTRIBUTES
    thread->exit_hook = NULL;
    thread->exit_hook_data = 0;
# ifdef CYGSEM_KERNEL_SCHED_TIMESLICE
    thread->timeslice_ticks = CYGNUM_KERNEL_SCHED_TIMESLICE_TICKS;
# endif
#endif
#ifdef CYGFUN_KERNEL_THREADS_TIMER
    cygk_alarm_init(&thread->timer, &cygk_rtc.counter, cygk_thread_timeout,
                    (cyg_addrword_t)thread);
#endif
    cygk_thread_reset(thread);
    cygk_thread_list_add(thread);
    cygk_sched_unlock();
}

void cygk_thread_set_state(cyg_thread *thread, cyg_uint32 state)
{
    cyg_uint32 old = thread->state;

    thread->state = state;
    if (old == CYGK_STATE_RUNNING && state != CYGK_STATE_RUNNING)
        cygk_runq_remove(thread);
    else if (old != CYGK_STATE_RUNNING && state == CYGK_STATE_RUNNING)
        cygk_runq_add(thread);
}

void cygk_thread_wake(cyg_thread *thread, cyg_reason_t reason)
{
    if (!(thread->state & CYGK_STATE_SLEEPING))
        return;
    cygk_queue_dequeue(thread);
#ifdef CYGFUN_KERNEL_THREADS_TIMER
    cygk_alarm_disable(&thread->timer);
#endif
    thread->wake_reason = reason;
    cygk_thread_set_state(thread, thread->state & ~CYGK_STATE_SLEEPING);
}

/* The caller may hold the lock once more only in one case: a thread's own
 * exit path. */
static cyg_reason_t cygk_thread_finish_sleep(void)
{
    cyg_thread *self = cygk_sched.current;

    cygk_sched_reschedule();
    if (self->wake_reason == CYG_REASON_EXIT) {
        cygk_sched_unlock();
        cygk_thread_exit_self();
    }
    return (cyg_reason_t)self->wake_reason;
}

cyg_reason_t cygk_thread_block(cyg_knode *queue, cyg_bool_t timed,
                               cyg_tick_count_t abstime)
{
    cyg_thread *self = cygk_sched.current;

    CYGK_ASSERT_MAY_BLOCK();
#ifdef CYGFUN_KERNEL_THREADS_TIMER
    if (timed && abstime <= cygk_rtc_now())
        return CYG_REASON_TIMEOUT;
#else
    (void)abstime;
    CYG_ASSERT(!timed, "timed wait without CYGFUN_KERNEL_THREADS_TIMER");
#endif
    self->wake_reason = CYG_REASON_NONE;
    self->sleep_reason = timed ? CYG_REASON_TIMEOUT : CYG_REASON_WAIT;
    cygk_thread_set_state(self, self->state | CYGK_STATE_SLEEPING);
    if (queue != NULL)
        cygk_queue_enqueue(queue, self);
#ifdef CYGFUN_KERNEL_THREADS_TIMER
    if (timed)
        cygk_alarm_initialize(&self->timer, abstime, 0);
#endif
    return cygk_thread_finish_sleep();
}

#ifdef CYGFUN_KERNEL_THREADS_TIMER
/* Sleep for `ticks'. A delay of 0 does not sleep: it only puts the
 * caller behind its peers, who run at the next reschedule (kapi.md 5.3). */
cyg_reason_t cygk_thread_delay(cyg_tick_count_t ticks)
{
    cyg_thread *self = cygk_sched.current;

    CYGK_ASSERT_MAY_BLOCK();
    if (ticks == 0) {
        cyg_bool_t pending = cygk_sched.need_reschedule;

        cygk_runq_remove(self);
        cygk_runq_add(self);
        cygk_sched.need_reschedule = pending;
        return CYG_REASON_TIMEOUT;
    }
    self->wake_reason = CYG_REASON_NONE;
    self->sleep_reason = CYG_REASON_DELAY;
    cygk_thread_set_state(self, self->state | CYGK_STATE_SLEEPING);
    cygk_alarm_initialize(&self->timer, cygk_rtc_now() + ticks, 0);
    return cygk_thread_finish_sleep();
}
#endif

void cygk_thread_set_current_priority(cyg_thread *thread,
                                      cyg_priority_t priority)
{
    cyg_knode *queue;

    if (thread->priority == priority)
        return;
    if (thread->state == CYGK_STATE_RUNNING) {
        cygk_runq_remove(thread);
        thread->priority = priority;
        cygk_runq_add(thread);
    } else if ((queue = thread->queue) != NULL) {
        cygk_queue_dequeue(thread);
        thread->priority = priority;
        cygk_queue_enqueue(queue, thread);
    } else {
        thread->priority = priority;
    }
}

cyg_bool_t cygk_thread_set_priority(cyg_thread *thread, cyg_priority_t priority)
{
    if (!cygk_runq_claim_priority(thread, priority))
        return false;
#ifdef CYGK_PRIORITY_BOOSTS
    thread->base_priority = priority;
    if (thread->mutex_count == 0 || priority < thread->priority)
#endif
        cygk_thread_set_current_priority(thread, priority);
    return true;
}

void cygk_thread_suspend(cyg_thread *thread)
{
    CYG_ASSERT(thread->suspend_count < CYGNUM_KERNEL_MAX_SUSPEND_COUNT_ASSERT,
               "suspend count too high");
    CYG_ASSERT(thread != &cygk_idle_thread, "the idle thread cannot be suspended");
    thread->suspend_count++;
    cygk_thread_set_state(thread, thread->state | CYGK_STATE_SUSPENDED);
}

void cygk_thread_resume(cyg_thread *thread)
{
    /* The usual case, first: suspended once and nothing else (neither
     * exited nor waiting for a delayed start). */
    if (thread->state == CYGK_STATE_SUSPENDED && thread->suspend_count == 1) {
        thread->suspend_count = 0;
        thread->state = CYGK_STATE_RUNNING;
        cygk_runq_add(thread);
        return;
    }
    if (thread->state & CYGK_STATE_EXITED) {
        /* An exited thread restarts from its entry point. */
        CYG_ASSERT(thread->unique_id != 0, "resume of a deleted thread");
        if (!cygk_runq_claim_priority(thread, CYGK_BASE_PRIORITY(thread))) {
            CYG_FAIL("bitmap scheduler: priority already in use");
            return;
        }
        cygk_thread_reset(thread);
    }
    if (thread->suspend_count == 0)
        return;
    if (--thread->suspend_count == 0) {
#ifdef CYGFUN_KERNEL_THREADS_DELAYED_START
        cygk_start_forget(thread);
#endif
        cygk_thread_set_state(thread, thread->state & ~CYGK_STATE_SUSPENDED);
    }
}

/* The thread is over: off the run queue until a restart, its timer
 * cancelled, its priority given back, its joiners woken. */
static void cygk_thread_end(cyg_thread *thread)
{
#ifdef CYGFUN_KERNEL_THREADS_TIMER
    cygk_alarm_disable(&thread->timer);
#endif
    thread->suspend_count = 0;
    cygk_thread_set_state(thread, CYGK_STATE_EXITED);
    cygk_runq_release_priority(thread);
#ifdef CYGFUN_KERNEL_THREADS_JOIN
    cygk_join_thread_ended(thread);
#endif
#ifdef CYGFUN_KERNEL_THREADS_INSPECTION
    cygk_inspect_thread_ended(thread);
#endif
}

/* Kill another thread (kapi.md 5.3): it no longer runs, except that one
 * asleep in a blocking call wakes with CYG_REASON_EXIT and exits from
 * there the next time it runs. */
void cygk_thread_kill(cyg_thread *thread)
{
    CYG_ASSERT(thread != &cygk_idle_thread, "the idle thread cannot be killed");
    if (thread->state & CYGK_STATE_EXITED)
        return;
    thread->suspend_count = 0;
    if (thread->state & CYGK_STATE_SLEEPING) {
        cygk_thread_set_state(thread, thread->state & ~CYGK_STATE_SUSPENDED);
        cygk_thread_wake(thread, CYG_REASON_EXIT);
        return;
    }
    cygk_thread_end(thread);
}

void cygk_thread_exit_self(void)
{
    cyg_thread *self = cygk_sched.current;

    CYG_ASSERT(self != &cygk_idle_thread, "the idle thread cannot exit");
#ifdef CYGFUN_KERNEL_THREADS_ESSENTIAL
    cygk_essential_check(self, "exited");
#endif
#ifdef CYGPKG_KERNEL_THREADS_DESTRUCTORS
    cygk_thread_run_destructors(self);
#endif
#ifdef CYGDBG_KERNEL_THREADS_STACK_MEASUREMENT_VERBOSE_EXIT
    cygk_stack_report_exit(self);
#endif
    cygk_sched_lock();
    cygk_thread_end(self);
    cygk_sched_reschedule();
    CYG_FAIL("an exited thread ran again");
    for (;;)
        ;
}
