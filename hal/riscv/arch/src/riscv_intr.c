/*
 * RISC-V architecture HAL: interrupt tables, dispatch and masking.
 *
 * The trap entry (trap.S) calls cyg_hal_riscv_interrupt() with
 * interrupts disabled, on the interrupt stack. It finds the vector from
 * mcause (and, for the external line, from the variant's controller),
 * makes sure the same request cannot interrupt again once the ISR
 * returns, and calls the ISR. The kernel's end-of-interrupt work is
 * left to the trap entry, which runs it back on the interrupted stack.
 */

#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/infra/cyg_ass.h>
#include <cyg/infra/diag.h>
#include <cyg/hal/hal_arch.h>
#include <cyg/hal/hal_intr.h>
#include "riscv_internal.h"

HAL_INTERRUPT_TABLE_DEFINE();
volatile CYG_ADDRESS  hal_vsr_table[CYGNUM_HAL_VSR_COUNT] = {
    (CYG_ADDRESS)cyg_hal_riscv_trap_entry
};

/* One unsigned comparison covers both ends of the range. */
static int vector_is_valid(cyg_vector_t vector)
{
    int valid = (cyg_vector_t)(vector - CYGNUM_HAL_ISR_MIN)
                < (cyg_vector_t)CYGNUM_HAL_ISR_COUNT;
    CYG_ASSERT(valid, "interrupt vector out of range");
    return valid;
}

/*
 * An interrupt nobody serves would be taken again at once, for ever, if
 * its source still asks: the vector is masked until an ISR is attached
 * and unmasks it.
 */
cyg_uint32 hal_default_isr(cyg_vector_t vector, cyg_addrword_t data)
{
    (void)data;
    cyg_hal_riscv_interrupt_mask(vector);
#ifndef CYGIMP_HAL_COMMON_INTERRUPTS_IGNORE_SPURIOUS
    diag_printf("riscv HAL: interrupt on vector %d, which has no ISR: "
                "vector masked\n", (int)vector);
#endif
    return 0;
}

static cyg_hal_riscv_isr_outcome call_isr(cyg_vector_t vector)
{
    cyg_uint32 index;
    cyg_hal_riscv_isr_outcome outcome;

    HAL_TRANSLATE_VECTOR(vector, index);
    volatile struct hal_interrupt_entry *entry = &hal_interrupt_table[index];
    outcome.isr_result = ((cyg_ISR_t *)entry->isr)(vector, entry->data);
    outcome.object = entry->object;
    return outcome;
}

static cyg_hal_riscv_isr_outcome no_interrupt(void)
{
    cyg_hal_riscv_isr_outcome outcome = { 0, 0 };
    return outcome;
}

/*
 * The controller hands out its most urgent pending source; completing
 * it lets the source interrupt again. A claim can find nothing when the
 * source stopped asking (or was masked) after the hart saw the line.
 * Kept out of line so that the registers it needs are not saved on the
 * timer's and the software interrupt's paths too.
 */
static __attribute__((noinline)) cyg_hal_riscv_isr_outcome
external_interrupt(void)
{
    cyg_uint32 source = HAL_VAR_EXTERNAL_CLAIM();

    if (source == 0)
        return no_interrupt();
    cyg_hal_riscv_isr_outcome outcome =
        call_isr(CYGNUM_HAL_INTERRUPT_EXTERNAL(source));
    HAL_VAR_EXTERNAL_COMPLETE(source);
    return outcome;
}

cyg_hal_riscv_isr_outcome cyg_hal_riscv_interrupt(CYG_WORD mcause)
{
    switch (mcause & CYGARC_RISCV_MCAUSE_CODE) {
    case CYGARC_RISCV_IRQ_M_SOFTWARE:
        HAL_VAR_SOFTWARE_INTERRUPT_CLEAR();
        return call_isr(CYGNUM_HAL_INTERRUPT_SOFTWARE);
    case CYGARC_RISCV_IRQ_M_TIMER:
        return call_isr(CYGNUM_HAL_INTERRUPT_TIMER);
    case CYGARC_RISCV_IRQ_M_EXTERNAL:
        return external_interrupt();
    default:
        /* Lower-privilege lines are never enabled in mie. */
        return no_interrupt();
    }
}

/* The mie bit of a machine-level line, 0 for an external source. */
static cyg_uint32 core_line_bit(cyg_vector_t vector)
{
    switch (vector) {
    case CYGNUM_HAL_INTERRUPT_SOFTWARE:
        return CYGARC_RISCV_MIE_MSIE;
    case CYGNUM_HAL_INTERRUPT_TIMER:
        return CYGARC_RISCV_MIE_MTIE;
    default:
        return 0;
    }
}

void cyg_hal_riscv_interrupt_mask(cyg_vector_t vector)
{
    if (!vector_is_valid(vector))
        return;
    cyg_uint32 bit = core_line_bit(vector);
    if (bit != 0)
        __asm__ __volatile__ ("csrc mie, %0" : : "r" (bit) : "memory");
    else
        HAL_VAR_EXTERNAL_MASK(vector - CYGNUM_HAL_INTERRUPT_EXTERNAL(0));
}

void cyg_hal_riscv_interrupt_unmask(cyg_vector_t vector)
{
    if (!vector_is_valid(vector))
        return;
    cyg_uint32 bit = core_line_bit(vector);
    if (bit != 0)
        __asm__ __volatile__ ("csrs mie, %0" : : "r" (bit) : "memory");
    else
        HAL_VAR_EXTERNAL_UNMASK(vector - CYGNUM_HAL_INTERRUPT_EXTERNAL(0));
}
