#ifndef CYGONCE_KERNEL_KINTR_H
#define CYGONCE_KERNEL_KINTR_H
/* Kernel-internal: DSR queueing and the interrupt entry points of the
 * HAL contract (hal/common/doc/porting.md). */

#include <cyg/kernel/kapidata.h>
#include <cyg/kernel/ksched.h>

#ifdef CYGIMP_KERNEL_INTERRUPTS_DSRS
/* Queue the DSR of `intr' (interrupts disabled). */
void cygk_dsr_post(cyg_interrupt *intr);
/* Run every queued DSR (scheduler locked once, interrupts enabled). */
void cygk_dsr_run_all(void);

/* Inline: the scheduler asks at every unlock. */
# ifdef CYGIMP_KERNEL_INTERRUPTS_DSRS_LIST
static inline cyg_bool_t cygk_dsr_pending(void)
{
    return cygk_sched.dsr_head != NULL;
}
# else
static inline cyg_bool_t cygk_dsr_pending(void)
{
    return cygk_sched.dsr_in != cygk_sched.dsr_out;
}
# endif
#endif

void cygk_interrupt_init(cyg_interrupt *intr, cyg_vector_t vector,
                         cyg_priority_t priority, cyg_addrword_t data,
                         cyg_ISR_t *isr, cyg_DSR_t *dsr);
void cygk_interrupt_attach(cyg_interrupt *intr);
void cygk_interrupt_detach(cyg_interrupt *intr);

/* HAL entry points: those of the end of an interrupt and exceptions are
 * the HAL's declarations. */
#include <cyg/hal/hal_kernel_entry.h>
externC void cyg_kernel_start(void) CYGBLD_ATTRIB_NORET;
externC cyg_uint16 cyg_kernel_current_thread_id(void);

#endif /* CYGONCE_KERNEL_KINTR_H */
