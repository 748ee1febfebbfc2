/* The multi-level queue scheduler: one FIFO run queue per priority and a
 * bitmap of the non-empty ones, so that finding the next thread is one
 * HAL_LSBIT_INDEX whatever the number of threads. A queue is a ring of
 * its threads' nodes with no sentinel, and RUNQ.head[] points at each
 * ring's head (NULL when empty): the tail is the head's predecessor, and
 * sending the head behind its peers (a yield, the end of a timeslice) is
 * one pointer move. The running thread stays at the head of its queue:
 * preempted, it resumes before its peers. */

#include <cyg/kernel/ksched.h>
#include <cyg/kernel/kqueue.h>
#include <cyg/hal/hal_arch.h>

/* The queues are cygk_sched.runq (ksched.h), where the inline hot path
 * (highest, rotate) finds them. */
#define RUNQ cygk_sched.runq

void cygk_runq_init(void)
{
    int i;

    for (i = 0; i < CYGNUM_KERNEL_SCHED_PRIORITIES; i++)
        RUNQ.head[i] = NULL;
    RUNQ.map = 0;
}

void cygk_runq_add(cyg_thread *thread)
{
    cyg_priority_t pri = thread->priority;
    cyg_knode *node = &thread->node;
    cyg_knode *head;

    CYG_ASSERT(pri < CYGNUM_KERNEL_SCHED_PRIORITIES, "priority out of range");
    head = RUNQ.head[pri];
    if (head == NULL) {
        cygk_list_init(node);
        RUNQ.head[pri] = node;
        RUNQ.map |= (cyg_uint32)1 << pri;
    } else {
        cygk_list_insert_before(head, node);
    }
    if (cygk_sched.current == NULL || pri < cygk_sched.current->priority)
        cygk_sched.need_reschedule = true;
}

void cygk_runq_remove(cyg_thread *thread)
{
    cygk_runq_take_out(thread);
    if (thread == cygk_sched.current)
        cygk_sched.need_reschedule = true;
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

void cygk_sched_timeslice_tick(void)
{
    cyg_thread *self = cygk_sched.current;

    if (self == NULL || --cygk_sched.timeslice_left > 0)
        return;
    cygk_sched.timeslice_left = CYGK_SLICE_TICKS(self);
# ifdef CYGSEM_KERNEL_SCHED_TIMESLICE_ENABLE
    if (!self->timeslice_enabled)
        return;
# endif
    /* Only a thread still at the head of its runnable queue has a slice
     * to give up. */
    if (self->state == 0 && RUNQ.head[self->priority] == &self->node)
        cygk_runq_rotate(self);
}

#endif
