/* C API: interrupts. */

#include <cyg/kernel/kapi.h>
#include <cyg/kernel/kintr.h>
#include <cyg/hal/hal_intr.h>
#include <cyg/infra/cyg_ass.h>

#define CYGK_INTR(h) ((cyg_interrupt *)(h))

void cyg_interrupt_create(cyg_vector_t vector, cyg_priority_t priority,
                          cyg_addrword_t data, cyg_ISR_t *isr, cyg_DSR_t *dsr,
                          cyg_handle_t *handle, cyg_interrupt *intr)
{
    cygk_interrupt_init(intr, vector, priority, data, isr, dsr);
    *handle = (cyg_handle_t)intr;
}

void cyg_interrupt_delete(cyg_handle_t interrupt)
{
    cygk_interrupt_detach(CYGK_INTR(interrupt));
}

void cyg_interrupt_attach(cyg_handle_t interrupt)
{
    cygk_interrupt_attach(CYGK_INTR(interrupt));
}

void cyg_interrupt_detach(cyg_handle_t interrupt)
{
    cygk_interrupt_detach(CYGK_INTR(interrupt));
}

void cyg_interrupt_get_vsr(cyg_vector_t vector, cyg_VSR_t **vsr)
{
    HAL_VSR_GET(vector, vsr);
}

void cyg_interrupt_set_vsr(cyg_vector_t vector, cyg_VSR_t *vsr)
{
    HAL_VSR_SET(vector, vsr, NULL);
}

/* A nesting disable: the outermost call saves the processor's state,
 * the matching enable restores it. */
static volatile cyg_ucount32 cygk_intr_disable_depth;
static CYG_INTERRUPT_STATE cygk_intr_saved_state;

void cyg_interrupt_disable(void)
{
    CYG_INTERRUPT_STATE old;

    HAL_DISABLE_INTERRUPTS(old);
    if (cygk_intr_disable_depth++ == 0)
        cygk_intr_saved_state = old;
}

void cyg_interrupt_enable(void)
{
    CYG_ASSERT(cygk_intr_disable_depth > 0, "interrupt enable without disable");
    if (cygk_intr_disable_depth > 0 && --cygk_intr_disable_depth == 0)
        HAL_RESTORE_INTERRUPTS(cygk_intr_saved_state);
}

void cyg_interrupt_mask(cyg_vector_t vector)
{
    CYG_INTERRUPT_STATE old;

    HAL_DISABLE_INTERRUPTS(old);
    HAL_INTERRUPT_MASK(vector);
    HAL_RESTORE_INTERRUPTS(old);
}

void cyg_interrupt_mask_intunsafe(cyg_vector_t vector)
{
    HAL_INTERRUPT_MASK(vector);
}

void cyg_interrupt_unmask(cyg_vector_t vector)
{
    CYG_INTERRUPT_STATE old;

    HAL_DISABLE_INTERRUPTS(old);
    HAL_INTERRUPT_UNMASK(vector);
    HAL_RESTORE_INTERRUPTS(old);
}

void cyg_interrupt_unmask_intunsafe(cyg_vector_t vector)
{
    HAL_INTERRUPT_UNMASK(vector);
}

/* The parentheses keep kapi.h's macro of the same name out. */
void (cyg_interrupt_acknowledge)(cyg_vector_t vector)
{
    HAL_INTERRUPT_ACKNOWLEDGE(vector);
}

void cyg_interrupt_configure(cyg_vector_t vector, cyg_bool_t level,
                             cyg_bool_t up)
{
    HAL_INTERRUPT_CONFIGURE(vector, level, up);
}

void cyg_interrupt_set_cpu(cyg_vector_t vector, cyg_cpu_t cpu)
{
    (void)vector;
    (void)cpu;
}

cyg_cpu_t cyg_interrupt_get_cpu(cyg_vector_t vector)
{
    (void)vector;
    return 0;
}
