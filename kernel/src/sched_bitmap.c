/* The bitmap scheduler: at most one thread per priority, so a run queue
 * is one bit per priority and the thread table. No timeslicing; wait
 * queues are kept in priority order (kqueue.h). */

#include <cyg/kernel/ksched.h>
#include <cyg/kernel/kqueue.h>
#include <cyg/hal/hal_arch.h>

#if CYGNUM_KERNEL_SCHED_PRIORITIES > 32
# error "the bitmap scheduler holds at most 32 priorities"
#endif

/* The thread owning each priority, runnable or not; the map says which
 * of them are runnable. */
static cyg_thread *cygk_runq_thread[CYGNUM_KERNEL_SCHED_PRIORITIES];
static cyg_uint32 cygk_runq_map;

void cygk_runq_init(void)
{
    cygk_runq_map = 0;
}

void cygk_runq_add(cyg_thread *thread)
{
    cyg_priority_t pri = thread->priority;

    CYG_ASSERT(pri < CYGNUM_KERNEL_SCHED_PRIORITIES, "priority out of range");
    CYG_ASSERT(cygk_runq_thread[pri] == thread,
               "bitmap scheduler: thread does not own its priority");
    cygk_runq_map |= (cyg_uint32)1 << pri;
    if (cygk_current == NULL || pri < cygk_current->priority)
        cygk_need_reschedule = true;
}

void cygk_runq_remove(cyg_thread *thread)
{
    cygk_runq_map &= ~((cyg_uint32)1 << thread->priority);
    if (thread == cygk_current)
        cygk_need_reschedule = true;
}

cyg_thread *cygk_runq_highest(void)
{
    cyg_uint32 pri;

    CYG_ASSERT(cygk_runq_map != 0, "no runnable thread, not even idle");
    HAL_LSBIT_INDEX(pri, cygk_runq_map);
    return cygk_runq_thread[pri];
}

void cygk_runq_rotate(cyg_thread *thread)
{
    (void)thread;
}

cyg_bool_t cygk_runq_claim_priority(cyg_thread *thread, cyg_priority_t priority)
{
    cyg_thread *owner = cygk_runq_thread[priority];

    if (owner != NULL && owner != thread)
        return false;
    cygk_runq_release_priority(thread);
    cygk_runq_thread[priority] = thread;
    return true;
}

void cygk_runq_release_priority(cyg_thread *thread)
{
    if (thread->priority < CYGNUM_KERNEL_SCHED_PRIORITIES &&
        cygk_runq_thread[thread->priority] == thread)
        cygk_runq_thread[thread->priority] = NULL;
}
