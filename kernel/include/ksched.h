#ifndef CYGONCE_KERNEL_KSCHED_H
#define CYGONCE_KERNEL_KSCHED_H
/* Kernel-internal: the scheduler lock, the current thread and the run
 * queue interface that each scheduler (sched_mlqueue.c, sched_bitmap.c)
 * implements. */

#include <cyg/kernel/kapidata.h>
#include <cyg/kernel/kqueue.h>
#include <cyg/hal/hal_arch.h>
#include <cyg/infra/cyg_ass.h>

#if CYGNUM_KERNEL_SCHED_PRIORITIES > 32
# error "the run queue map holds at most 32 priorities"
#endif

/* CYGK_FAST_PATH marks the common part that several operations share,
 * inlined into each; CYGK_RARE_PATH the rare part of an operation, kept
 * out of line so that the common part needs no stack frame of its own.
 * Builds optimised for size keep one copy of the first and leave the
 * second to the compiler. */
#ifdef __OPTIMIZE_SIZE__
# define CYGK_FAST_PATH __attribute__((noinline))
# define CYGK_RARE_PATH
#else
# define CYGK_FAST_PATH inline
# define CYGK_RARE_PATH __attribute__((noinline))
#endif

/* The run queues, whose layout belongs to the configured scheduler, and
 * a bitmap of the priorities with a runnable thread. */
struct cygk_runq {
#ifdef CYGSEM_KERNEL_SCHED_MLQUEUE
    /* Each priority's FIFO: a ring of its threads' nodes, no sentinel;
     * the head (NULL when empty) runs next, the tail is its predecessor. */
    cyg_knode *head[CYGNUM_KERNEL_SCHED_PRIORITIES];
#else
    /* The thread owning each priority, runnable or not. */
    cyg_thread *owner[CYGNUM_KERNEL_SCHED_PRIORITIES];
#endif
    cyg_uint32 map;
};

/* The scheduler's state, in one structure so that the hot paths reach
 * all of it from one base address.
 *
 * The lock counts nested holders. It is 1 during initialization, and
 * whenever the kernel switches threads: a thread always resumes at one of
 * the kernel's switch points (or, the first time, in its start-up
 * trampoline), whose unlock brings it back to 0. The small fields come
 * first, where short instructions reach them. */
struct cygk_sched_state {
    volatile cyg_ucount32 lock_count;
    cyg_thread *current;
    volatile cyg_bool_t need_reschedule;
#ifdef CYGIMP_KERNEL_INTERRUPTS_DSRS_LIST
    cyg_interrupt *volatile dsr_head;   /* pending DSRs (intr.c) */
# ifdef CYGSEM_KERNEL_INTERRUPTS_DSRS_LIST_FIFO
    cyg_interrupt *volatile dsr_tail;
# endif
#elif defined(CYGIMP_KERNEL_INTERRUPTS_DSRS)
    volatile cyg_ucount32 dsr_in, dsr_out;  /* the DSR ring's ends (intr.c) */
#endif
    cyg_bool_t started;
#ifdef CYGSEM_KERNEL_SCHED_TIMESLICE
    cyg_ucount32 timeslice_left;    /* ticks left of the current slice */
#endif
    struct cygk_runq runq;
};
extern struct cygk_sched_state cygk_sched;
extern cyg_thread cygk_idle_thread;

/* The caller holds the lock once: deliver the DSRs, switch to a better
 * thread, until there is nothing left to do, then release the lock. */
void cygk_sched_unlock_inner(void);

static inline void cygk_sched_lock(void)
{
    cygk_sched.lock_count++;
    HAL_REORDER_BARRIER();
}

/* Out of line (sched.c): inline at every call it would cost more code
 * than it saves time. */
void cygk_sched_unlock(void);

/* Is there work for the last unlock: DSRs waiting, or a better thread? */
static inline cyg_bool_t cygk_sched_work_pending(void)
{
#if defined(CYGIMP_KERNEL_INTERRUPTS_DSRS_LIST)
    return cygk_sched.dsr_head != NULL || cygk_sched.need_reschedule;
#elif defined(CYGIMP_KERNEL_INTERRUPTS_DSRS)
    return cygk_sched.dsr_in != cygk_sched.dsr_out || cygk_sched.need_reschedule;
#else
    return cygk_sched.need_reschedule;
#endif
}

/* The last unlock needs no interrupt masking: the lock is released first
 * and the work looked for after, so that an interrupt in between finds
 * the scheduler unlocked and has its DSRs delivered at once (the HAL
 * contract), while one before it left its DSRs where the test sees
 * them. For a holder that knows it holds the lock once, such as a thread
 * back from a switch. */
static inline void cygk_sched_unlock_once(void)
{
    HAL_REORDER_BARRIER();
    cygk_sched.lock_count = 0;
    HAL_REORDER_BARRIER();
    if (cygk_sched_work_pending()) {
        cygk_sched.lock_count = 1;
        HAL_REORDER_BARRIER();
        cygk_sched_unlock_inner();
    }
}

/* Give up the processor if the current thread may no longer run or a
 * better one is ready, keeping the caller's hold on the lock. */
void cygk_sched_reschedule(void);

/* Assertion for every call that may block: only legal from a thread,
 * after the scheduler started, with no lock but the caller's own. */
#define CYGK_ASSERT_MAY_BLOCK()                                             \
    CYG_MACRO_START                                                         \
    CYG_ASSERT(cygk_sched.started,                                          \
               "blocking call before the scheduler started");               \
    CYG_ASSERT(cygk_sched.lock_count == 1,                                  \
               "blocking call from a DSR, an alarm or with the scheduler locked"); \
    CYG_MACRO_END

/* ------------------------------------------------------------------ */
/* Run queues (one implementation per scheduler)                       */

void cygk_runq_init(void);
/* Make `thread' runnable: to the tail of its priority's queue. */
void cygk_runq_add(cyg_thread *thread);
void cygk_runq_remove(cyg_thread *thread);

/* The thread that should run: the head of the best non-empty level.
 * Inline, as the next function: they are on the path of every switch. */
static inline cyg_thread *cygk_runq_highest(void)
{
    cyg_uint32 pri;

    CYG_ASSERT(cygk_sched.runq.map != 0, "no runnable thread, not even idle");
    HAL_LSBIT_INDEX(pri, cygk_sched.runq.map);
#ifdef CYGSEM_KERNEL_SCHED_MLQUEUE
    return cygk_queue_thread(cygk_sched.runq.head[pri]);
#else
    return cygk_sched.runq.owner[pri];
#endif
}

/* Take `thread' out of the run queue, leaving the reschedule decision to
 * the caller. Inline: a thread suspending itself does it on its way to
 * the switch. */
static inline void cygk_runq_take_out(cyg_thread *thread)
{
#ifdef CYGSEM_KERNEL_SCHED_MLQUEUE
    cyg_knode **head = &cygk_sched.runq.head[thread->priority];
    cyg_knode *node = &thread->node;

    if (node->next == node) {
        *head = NULL;
        cygk_sched.runq.map &= ~((cyg_uint32)1 << thread->priority);
    } else {
        if (*head == node)
            *head = node->next;
        cygk_list_remove(node);
    }
#else
    cygk_sched.runq.map &= ~((cyg_uint32)1 << thread->priority);
#endif
}

/* Move the head of `thread''s level behind its peers (yield, timeslice):
 * the ring's head moves one node on. The bitmap scheduler has no peers. */
static inline void cygk_runq_rotate(cyg_thread *thread)
{
#ifdef CYGSEM_KERNEL_SCHED_MLQUEUE
    cyg_knode **head = &cygk_sched.runq.head[thread->priority];

    if (*head == NULL || (*head)->next == *head)
        return;
    *head = (*head)->next;
    cygk_sched.need_reschedule = true;
#else
    (void)thread;
#endif
}
/* Let `thread' own `priority' (before it takes it): always possible,
 * except on the bitmap scheduler when another live thread has it. */
cyg_bool_t cygk_runq_claim_priority(cyg_thread *thread, cyg_priority_t priority);
/* An exiting or deleted thread gives its priority back. */
void cygk_runq_release_priority(cyg_thread *thread);

#ifdef CYGSEM_KERNEL_SCHED_TIMESLICE
/* Called once per real-time clock tick, scheduler locked. */
void cygk_sched_timeslice_tick(void);

/* Creation attributes may give a thread a slice of its own. */
# ifdef CYGFUN_KERNEL_THREADS_ATTRIBUTES
#  define CYGK_SLICE_TICKS(t) ((t)->timeslice_ticks)
# else
#  define CYGK_SLICE_TICKS(t) CYGNUM_KERNEL_SCHED_TIMESLICE_TICKS
# endif

/* Inline: every switch and yield starts a slice. */
static inline void cygk_sched_timeslice_reset(void)
{
    cygk_sched.timeslice_left = CYGK_SLICE_TICKS(cygk_sched.current);
}
#endif

#endif /* CYGONCE_KERNEL_KSCHED_H */
