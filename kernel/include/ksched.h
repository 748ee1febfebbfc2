#ifndef CYGONCE_KERNEL_KSCHED_H
#define CYGONCE_KERNEL_KSCHED_H
/* Kernel-internal: the scheduler lock, the current thread and the run
 * queue interface that each scheduler (sched_mlqueue.c, sched_bitmap.c)
 * implements. */

#include <cyg/kernel/kapidata.h>
#include <cyg/hal/hal_arch.h>
#include <cyg/infra/cyg_ass.h>

/* The lock counts nested holders. It is 1 during initialization, and
 * whenever the kernel switches threads: a thread always resumes inside
 * cygk_sched_unlock_inner() (or, the first time, in its start-up
 * trampoline), which brings it back to 0. */
extern volatile cyg_ucount32 cygk_sched_lock_count;
extern cyg_thread *cygk_current;
extern volatile cyg_bool_t cygk_need_reschedule;
extern cyg_bool_t cygk_sched_started;
extern cyg_thread cygk_idle_thread;

void cygk_sched_unlock_inner(void);

static inline void cygk_sched_lock(void)
{
    cygk_sched_lock_count++;
    HAL_REORDER_BARRIER();
}

static inline void cygk_sched_unlock(void)
{
    HAL_REORDER_BARRIER();
    if (cygk_sched_lock_count == 1)
        cygk_sched_unlock_inner();
    else
        cygk_sched_lock_count--;
}

/* Give up the processor if the current thread may no longer run or a
 * better one is ready, keeping the caller's hold on the lock. */
void cygk_sched_reschedule(void);

/* Assertion for every call that may block: only legal from a thread,
 * after the scheduler started, with no lock but the caller's own. */
#define CYGK_ASSERT_MAY_BLOCK()                                             \
    CYG_MACRO_START                                                         \
    CYG_ASSERT(cygk_sched_started,                                          \
               "blocking call before the scheduler started");               \
    CYG_ASSERT(cygk_sched_lock_count == 1,                                  \
               "blocking call from a DSR, an alarm or with the scheduler locked"); \
    CYG_MACRO_END

/* ------------------------------------------------------------------ */
/* Run queues (one implementation per scheduler)                       */

void cygk_runq_init(void);
/* Make `thread' runnable: to the tail of its priority's queue. */
void cygk_runq_add(cyg_thread *thread);
void cygk_runq_remove(cyg_thread *thread);
/* The thread that should run: the head of the best non-empty level. */
cyg_thread *cygk_runq_highest(void);
/* Move the head of `thread''s level behind its peers (yield, timeslice). */
void cygk_runq_rotate(cyg_thread *thread);
/* Let `thread' own `priority' (before it takes it): always possible,
 * except on the bitmap scheduler when another live thread has it. */
cyg_bool_t cygk_runq_claim_priority(cyg_thread *thread, cyg_priority_t priority);
/* An exiting or deleted thread gives its priority back. */
void cygk_runq_release_priority(cyg_thread *thread);

#ifdef CYGSEM_KERNEL_SCHED_TIMESLICE
/* Called once per real-time clock tick, scheduler locked. */
void cygk_sched_timeslice_tick(void);
void cygk_sched_timeslice_reset(void);
#endif

#endif /* CYGONCE_KERNEL_KSCHED_H */
