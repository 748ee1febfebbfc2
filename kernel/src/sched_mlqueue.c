/* The multi-level queue scheduler: one FIFO run queue per priority and a
 * bitmap of the non-empty ones, so that finding the next thread is one
 * HAL_LSBIT_INDEX whatever the number of threads. The running thread
 * stays at the head of its queue: preempted, it resumes before its
 * peers; yielding or at the end of its timeslice it goes to the tail. */

#include <cyg/kernel/ksched.h>
#include <cyg/kernel/kqueue.h>
#include <cyg/hal/hal_arch.h>

#if CYGNUM_KERNEL_SCHED_PRIORITIES > 32
# error "the run queue map holds at most 32 priorities"
#endif

static cyg_knode cygk_runq[CYGNUM_KERNEL_SCHED_PRIORITIES];
static cyg_uint32 cygk_runq_map;

void cygk_runq_init(void)
{
    int i;

    for (i = 0; i < CYGNUM_KERNEL_SCHED_PRIORITIES; i++)
        cygk_list_init(&cygk_runq[i]);
    cygk_runq_map = 0;
}

void cygk_runq_add(cyg_thread *thread)
{
    cyg_priority_t pri = thread->priority;

    CYG_ASSERT(pri < CYGNUM_KERNEL_SCHED_PRIORITIES, "priority out of range");
    cygk_list_append(&cygk_runq[pri], &thread->node);
    cygk_runq_map |= (cyg_uint32)1 << pri;
    if (cygk_current == NULL || pri < cygk_current->priority)
        cygk_need_reschedule = true;
}

void cygk_runq_remove(cyg_thread *thread)
{
    cyg_priority_t pri = thread->priority;

    cygk_list_remove(&thread->node);
    if (cygk_list_empty(&cygk_runq[pri]))
        cygk_runq_map &= ~((cyg_uint32)1 << pri);
    if (thread == cygk_current)
        cygk_need_reschedule = true;
}

cyg_thread *cygk_runq_highest(void)
{
    cyg_uint32 pri;

    CYG_ASSERT(cygk_runq_map != 0, "no runnable thread, not even idle");
    HAL_LSBIT_INDEX(pri, cygk_runq_map);
    return cygk_queue_thread(cygk_runq[pri].next);
}

void cygk_runq_rotate(cyg_thread *thread)
{
    cyg_knode *queue = &cygk_runq[thread->priority];
    cyg_knode *head = queue->next;

    if (head == queue || head->next == queue)
        return;
    cygk_list_remove(head);
    cygk_list_append(queue, head);
    cygk_need_reschedule = true;
}

cyg_bool_t cygk_runq_claim_priority(cyg_thread *thread, cyg_priority_t priority)
{
    (void)thread;
    (void)priority;
    return true;
}

void cygk_runq_release_priority(cyg_thread *thread)
{
    (void)thread;
}

#ifdef CYGSEM_KERNEL_SCHED_TIMESLICE

static cyg_ucount32 cygk_timeslice_left = CYGNUM_KERNEL_SCHED_TIMESLICE_TICKS;

/* Creation attributes may give a thread a slice of its own. */
#ifdef CYGFUN_KERNEL_THREADS_ATTRIBUTES
# define CYGK_SLICE_TICKS(t) ((t)->timeslice_ticks)
#else
# define CYGK_SLICE_TICKS(t) CYGNUM_KERNEL_SCHED_TIMESLICE_TICKS
#endif

void cygk_sched_timeslice_reset(void)
{
    cygk_timeslice_left = CYGK_SLICE_TICKS(cygk_current);
}

void cygk_sched_timeslice_tick(void)
{
    cyg_thread *self = cygk_current;

    if (self == NULL || --cygk_timeslice_left > 0)
        return;
    cygk_timeslice_left = CYGK_SLICE_TICKS(self);
# ifdef CYGSEM_KERNEL_SCHED_TIMESLICE_ENABLE
    if (!self->timeslice_enabled)
        return;
# endif
    /* Only a thread still at the head of its runnable queue has a slice
     * to give up. */
    if (self->state == 0 && cygk_runq[self->priority].next == &self->node)
        cygk_runq_rotate(self);
}

#endif
