/* Interrupt objects, the DSR queue and the kernel's end-of-interrupt
 * entry point. ISRs run with interrupts disabled and may only talk to
 * the interrupt controller; anything touching kernel objects goes in the
 * DSR, which runs as soon as the scheduler lock is free. */

#include <cyg/kernel/kintr.h>
#include <cyg/kernel/ksched.h>
#include <cyg/hal/hal_intr.h>
#include <cyg/infra/cyg_ass.h>

#ifdef CYGIMP_KERNEL_INTERRUPTS_DSRS

# ifdef CYGIMP_KERNEL_INTERRUPTS_DSRS_LIST
/* Pending DSRs, linked through the interrupt objects: an object is on the
 * list at most once, its count says how often it was posted. The list's
 * head is cygk_sched.dsr_head (ksched.h), where the scheduler's unlock
 * finds it next to the lock. */

void cygk_dsr_post(cyg_interrupt *intr)
{
    if (intr->dsr_count++ != 0)
        return;
    intr->next_dsr = NULL;
#  ifdef CYGSEM_KERNEL_INTERRUPTS_DSRS_LIST_FIFO
    if (cygk_sched.dsr_head == NULL)
        cygk_sched.dsr_head = intr;
    else
        cygk_sched.dsr_tail->next_dsr = intr;
    cygk_sched.dsr_tail = intr;
#  else
    intr->next_dsr = cygk_sched.dsr_head;
    cygk_sched.dsr_head = intr;
#  endif
}

/* Take the next pending DSR and its count (interrupts disabled). */
static cyg_interrupt *cygk_dsr_take(cyg_ucount32 *count)
{
    cyg_interrupt *intr = cygk_sched.dsr_head;

    if (intr != NULL) {
        cygk_sched.dsr_head = intr->next_dsr;
        *count = intr->dsr_count;
        intr->dsr_count = 0;
    }
    return intr;
}

# else /* CYGIMP_KERNEL_INTERRUPTS_DSRS_TABLE */
/* A ring of posted DSRs; a posting that finds it full is lost. */
static cyg_interrupt *cygk_dsr_table[CYGNUM_KERNEL_INTERRUPTS_DSRS_TABLE_SIZE];
/* Its ends are cygk_sched.dsr_in and dsr_out (ksched.h). */

void cygk_dsr_post(cyg_interrupt *intr)
{
    cyg_ucount32 next = (cygk_sched.dsr_in + 1) % CYGNUM_KERNEL_INTERRUPTS_DSRS_TABLE_SIZE;

    intr->dsr_count++;
    if (next == cygk_sched.dsr_out)
        return;
    cygk_dsr_table[cygk_sched.dsr_in] = intr;
    cygk_sched.dsr_in = next;
}

static cyg_interrupt *cygk_dsr_take(cyg_ucount32 *count)
{
    while (cygk_sched.dsr_in != cygk_sched.dsr_out) {
        cyg_interrupt *intr = cygk_dsr_table[cygk_sched.dsr_out];

        cygk_sched.dsr_out = (cygk_sched.dsr_out + 1) % CYGNUM_KERNEL_INTERRUPTS_DSRS_TABLE_SIZE;
        /* An object posted twice has all its requests counted already. */
        if (intr->dsr_count != 0) {
            *count = intr->dsr_count;
            intr->dsr_count = 0;
            return intr;
        }
    }
    return NULL;
}
# endif

void cygk_dsr_run_all(void)
{
    for (;;) {
        CYG_INTERRUPT_STATE old;
        cyg_interrupt *intr;
        cyg_ucount32 count = 0;

        HAL_DISABLE_INTERRUPTS(old);
        intr = cygk_dsr_take(&count);
        HAL_RESTORE_INTERRUPTS(old);
        if (intr == NULL)
            return;
        intr->dsr(intr->vector, count, intr->data);
    }
}

#endif /* CYGIMP_KERNEL_INTERRUPTS_DSRS */

/* The HAL contract (hal/common/doc/porting.md): a HAL calls
 * cyg_kernel_interrupt_end() at the end of every interrupt if it may
 * switch threads there. One that switches in an exception of its own
 * (HAL_THREAD_SWITCH_IN_EXCEPTION, Cortex-M's PendSV) calls
 * cyg_kernel_interrupt_deliver() instead, and when told a switch is due
 * takes that exception, which calls cyg_kernel_interrupt_switch()
 * (sched.c); where interrupts nest, the nested ones call
 * cyg_kernel_interrupt_post(). All are called with interrupts disabled
 * and return with them disabled.
 *
 * The scheduler lock is 0 only once the scheduler has started, so a 0
 * says both that the interrupted code left DSR delivery to the end of
 * the interrupt and that there are threads to switch. */

#ifdef CYGIMP_KERNEL_INTERRUPTS_DSRS
/* The interrupt object whose DSR the ISR's result asks for, or NULL. */
static inline cyg_interrupt *cygk_dsr_requested(cyg_uint32 isr_ret,
                                                 CYG_ADDRWORD intr_object)
{
    cyg_interrupt *intr = (cyg_interrupt *)intr_object;

    if ((isr_ret & CYG_ISR_CALL_DSR) && intr != NULL)
        return intr;
    return NULL;
}

/* The DSR of an object created without one, so that the interrupt path
 * need not test for it. */
static void cygk_dsr_none(cyg_vector_t vector, cyg_ucount32 count,
                          cyg_addrword_t data)
{
    (void)vector;
    (void)count;
    (void)data;
}
#endif

#ifdef CYGSEM_HAL_COMMON_INTERRUPTS_ALLOW_NESTING
cyg_bool cyg_kernel_interrupt_post(cyg_uint32 isr_ret, CYG_ADDRWORD intr_object)
{
# ifdef CYGIMP_KERNEL_INTERRUPTS_DSRS
    cyg_interrupt *intr = cygk_dsr_requested(isr_ret, intr_object);

    if (intr != NULL)
        cygk_dsr_post(intr);
    return cygk_sched.lock_count == 0 && cygk_dsr_pending();
# else
    (void)isr_ret;
    (void)intr_object;
    return false;
# endif
}
#endif

/* DSRs run at the end of an interrupt, in its context and on its stack,
 * when the interrupted code does not hold the lock (code holding it
 * delivers them when it unlocks). When nothing else is queued the
 * requested DSR is called at once, without a trip through the queue;
 * anything queued before or meanwhile (by more urgent interrupts) runs
 * after it, in order. */
#ifdef CYGIMP_KERNEL_INTERRUPTS_DSRS
/* Whether the requested DSR, if any, can be called at once. */
static inline cyg_bool cygk_dsr_direct(cyg_interrupt *intr)
{
    return intr != NULL && cygk_sched.lock_count == 0 && !cygk_dsr_pending();
}

/* Call it, holding the lock, with interrupts enabled; the lock is still
 * held on return. */
static inline void cygk_dsr_call(cyg_interrupt *intr)
{
    cygk_sched.lock_count = 1;
    HAL_ENABLE_INTERRUPTS();
    intr->dsr(intr->vector, 1, intr->data);
}
#endif

#ifdef HAL_THREAD_SWITCH_IN_EXCEPTION
/* The end of an interrupt for a HAL that switches threads in an
 * exception of its own: DSRs only. */
# ifdef CYGIMP_KERNEL_INTERRUPTS_DSRS
/* Everything else, with interrupts disabled: queue the requested DSR,
 * then run the queue unless the interrupted code holds the lock.
 * Returns whether a switch is due. */
static CYGK_RARE_PATH
cyg_bool cygk_deliver_queued(cyg_uint32 isr_ret, CYG_ADDRWORD intr_object)
{
    cyg_interrupt *intr = cygk_dsr_requested(isr_ret, intr_object);
    CYG_INTERRUPT_STATE old;

    if (intr != NULL)
        cygk_dsr_post(intr);
    if (cygk_sched.lock_count != 0)
        return false;
    cygk_sched.lock_count = 1;
    while (cygk_dsr_pending()) {
        HAL_ENABLE_INTERRUPTS();
        cygk_dsr_run_all();
        HAL_DISABLE_INTERRUPTS(old);
    }
    (void)old;
    cygk_sched.lock_count = 0;
    return cygk_sched.need_reschedule;
}
# endif

/* Returns with interrupts enabled: the HAL has nothing left to do but
 * request its switching exception, which a more urgent interrupt taken
 * meanwhile may request too. After a direct call the lock is released
 * before the queue is looked at, so that a DSR queued after the look
 * finds the lock free and is delivered by its own interrupt. */
cyg_bool cyg_kernel_interrupt_deliver(cyg_uint32 isr_ret, CYG_ADDRWORD intr_object)
{
    CYG_INTERRUPT_STATE old;
    cyg_bool switch_due;
#ifdef CYGIMP_KERNEL_INTERRUPTS_DSRS
    cyg_interrupt *intr = cygk_dsr_requested(isr_ret, intr_object);

    if (!cygk_dsr_direct(intr)) {
        switch_due = cygk_deliver_queued(isr_ret, intr_object);
        HAL_ENABLE_INTERRUPTS();
        return switch_due;
    }
    cygk_dsr_call(intr);
    cygk_sched.lock_count = 0;
    HAL_REORDER_BARRIER();
    if (!cygk_dsr_pending())
        return cygk_sched.need_reschedule;
    HAL_DISABLE_INTERRUPTS(old);
    switch_due = cygk_deliver_queued(0, 0);
#else
    (void)isr_ret;
    (void)intr_object;
    switch_due = cygk_sched.lock_count == 0 && cygk_sched.need_reschedule;
#endif
    (void)old;
    HAL_ENABLE_INTERRUPTS();
    return switch_due;
}

#else /* !HAL_THREAD_SWITCH_IN_EXCEPTION */
/* The end of an interrupt for the other HALs: DSRs, then the switch.
 * Returns with interrupts disabled. A direct call keeps the lock for
 * the unlock that runs what else is pending and switches. */
void cyg_kernel_interrupt_end(cyg_uint32 isr_ret, CYG_ADDRWORD intr_object)
{
    CYG_INTERRUPT_STATE old;
#ifdef CYGIMP_KERNEL_INTERRUPTS_DSRS
    cyg_interrupt *intr = cygk_dsr_requested(isr_ret, intr_object);

    if (cygk_dsr_direct(intr)) {
        cygk_dsr_call(intr);
        cygk_sched_unlock_inner();
        HAL_DISABLE_INTERRUPTS(old);
        return;
    }
    if (intr != NULL)
        cygk_dsr_post(intr);
#else
    (void)isr_ret;
    (void)intr_object;
#endif
    if (cygk_sched.lock_count == 0 && cygk_sched_work_pending()) {
        cygk_sched.lock_count = 1;
        HAL_ENABLE_INTERRUPTS();
        cygk_sched_unlock_inner();
        HAL_DISABLE_INTERRUPTS(old);
    }
    (void)old;
}
#endif /* HAL_THREAD_SWITCH_IN_EXCEPTION */

/* ------------------------------------------------------------------ */
/* Interrupt objects                                                   */

void cygk_interrupt_init(cyg_interrupt *intr, cyg_vector_t vector,
                         cyg_priority_t priority, cyg_addrword_t data,
                         cyg_ISR_t *isr, cyg_DSR_t *dsr)
{
    intr->vector = vector;
    intr->priority = priority;
    intr->isr = isr;
    intr->data = data;
#ifdef CYGIMP_KERNEL_INTERRUPTS_DSRS
    intr->dsr = dsr != NULL ? dsr : cygk_dsr_none;
    intr->dsr_count = 0;
# ifdef CYGIMP_KERNEL_INTERRUPTS_DSRS_LIST
    intr->next_dsr = NULL;
# endif
#else
    intr->dsr = dsr;
#endif
#ifdef CYGIMP_KERNEL_INTERRUPTS_CHAIN
    intr->next = NULL;
    intr->attached = false;
#endif
}

#ifdef CYGIMP_KERNEL_INTERRUPTS_CHAIN
/* With chaining the HAL sees one ISR per vector: this one, which calls
 * the attached objects in priority order and queues their DSRs itself. */
static cyg_interrupt *cygk_chain[CYGNUM_HAL_ISR_COUNT];

static cyg_uint32 cygk_chain_isr(cyg_vector_t vector, cyg_addrword_t data)
{
    cyg_interrupt *intr;
    cyg_uint32 handled = 0;

    (void)data;
    for (intr = cygk_chain[vector - CYGNUM_HAL_ISR_MIN]; intr != NULL;
         intr = intr->next) {
        cyg_uint32 ret = intr->isr(vector, intr->data);

# ifdef CYGIMP_KERNEL_INTERRUPTS_DSRS
        if (ret & CYG_ISR_CALL_DSR)
            cygk_dsr_post(intr);
# endif
        handled |= ret & CYG_ISR_HANDLED;
        if (ret & CYG_ISR_HANDLED)
            break;
    }
    return handled;
}

void cygk_interrupt_attach(cyg_interrupt *intr)
{
    cyg_interrupt **link;
    cyg_uint32 index = intr->vector - CYGNUM_HAL_ISR_MIN;
    CYG_INTERRUPT_STATE old;

    CYG_ASSERT((cyg_uint32)(intr->vector - CYGNUM_HAL_ISR_MIN) < CYGNUM_HAL_ISR_COUNT,
               "Invalid vector");
    HAL_DISABLE_INTERRUPTS(old);
    if (!intr->attached) {
        if (cygk_chain[index] == NULL) {
            HAL_INTERRUPT_SET_LEVEL(intr->vector, intr->priority);
            HAL_INTERRUPT_ATTACH(intr->vector, cygk_chain_isr, 0, 0);
        }
        for (link = &cygk_chain[index]; *link != NULL; link = &(*link)->next)
            if ((*link)->priority > intr->priority)
                break;
        intr->next = *link;
        *link = intr;
        intr->attached = true;
    }
    HAL_RESTORE_INTERRUPTS(old);
}

void cygk_interrupt_detach(cyg_interrupt *intr)
{
    cyg_interrupt **link;
    cyg_uint32 index = intr->vector - CYGNUM_HAL_ISR_MIN;
    CYG_INTERRUPT_STATE old;

    HAL_DISABLE_INTERRUPTS(old);
    for (link = &cygk_chain[index]; *link != NULL; link = &(*link)->next) {
        if (*link == intr) {
            *link = intr->next;
            intr->attached = false;
            break;
        }
    }
    if (cygk_chain[index] == NULL)
        HAL_INTERRUPT_DETACH(intr->vector, cygk_chain_isr);
    HAL_RESTORE_INTERRUPTS(old);
}

#else /* !CYGIMP_KERNEL_INTERRUPTS_CHAIN */

void cygk_interrupt_attach(cyg_interrupt *intr)
{
    CYG_INTERRUPT_STATE old;
    cyg_bool_t in_use;

    CYG_ASSERT((cyg_uint32)(intr->vector - CYGNUM_HAL_ISR_MIN) < CYGNUM_HAL_ISR_COUNT,
               "Invalid vector");
    HAL_DISABLE_INTERRUPTS(old);
    HAL_INTERRUPT_IN_USE(intr->vector, in_use);
    CYG_ASSERT(!in_use, "Interrupt vector not free.");
    HAL_INTERRUPT_SET_LEVEL(intr->vector, intr->priority);
    HAL_INTERRUPT_ATTACH(intr->vector, intr->isr, intr->data, intr);
    HAL_RESTORE_INTERRUPTS(old);
    (void)in_use;
}

void cygk_interrupt_detach(cyg_interrupt *intr)
{
    CYG_INTERRUPT_STATE old;

    HAL_DISABLE_INTERRUPTS(old);
    HAL_INTERRUPT_DETACH(intr->vector, intr->isr);
    HAL_RESTORE_INTERRUPTS(old);
}

#endif /* CYGIMP_KERNEL_INTERRUPTS_CHAIN */
