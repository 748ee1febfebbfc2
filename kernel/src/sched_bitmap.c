/* The bitmap scheduler: at most one thread per priority, so a run queue
 * is one bit per priority and the thread table. No timeslicing; wait
 * queues are kept in priority order (kqueue.h). */

#include <cyg/kernel/ksched.h>
#include <cyg/kernel/kqueue.h>
#include <cyg/hal/hal_arch.h>

/* The owners and the map are cygk_sched.runq (ksched.h), where the
 * inline hot path finds them. */
#define RUNQ cygk_sched.runq

void cygk_runq_init(void)
{
    RUNQ.map = 0;
}

void cygk_runq_add(cyg_thread *thread)
{
    cyg_priority_t pri = thread->priority;

    CYG_ASSERT(pri < CYGNUM_KERNEL_SCHED_PRIORITIES, "priority out of range");
    CYG_ASSERT(RUNQ.owner[pri] == thread,
               "bitmap scheduler: thread does not own its priority");
    RUNQ.map |= (cyg_uint32)1 << pri;
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
    cyg_thread *owner = RUNQ.owner[priority];

    if (owner != NULL && owner != thread)
        return false;
    cygk_runq_release_priority(thread);
    RUNQ.owner[priority] = thread;
    return true;
}

void cygk_runq_release_priority(cyg_thread *thread)
{
    if (thread->priority < CYGNUM_KERNEL_SCHED_PRIORITIES &&
        RUNQ.owner[thread->priority] == thread)
        RUNQ.owner[thread->priority] = NULL;
}
