/*
 * QEMU RISC-V virt variant: the PLIC, seen from hart 0 in machine mode.
 *
 * Every source starts masked, at the lowest priority that can still
 * interrupt (1), with the threshold at 0: unmasking alone lets a source
 * in, and among equal priorities the PLIC hands out the lowest source
 * number first. The enable bits of 32 sources share a word, so changing
 * one is a read-modify-write done with interrupts disabled.
 */

#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/infra/cyg_ass.h>
#include <cyg/hal/hal_io.h>
#include <cyg/hal/hal_intr.h>
#include "virt_internal.h"

#define LOWEST_PRIORITY 1

static int source_is_valid(cyg_uint32 source)
{
    int valid = source >= 1 && source < CYGHWR_HAL_RISCV_VIRT_PLIC_SOURCES;
    CYG_ASSERT(valid, "PLIC source out of range");
    return valid;
}

static void change_enable_bit(cyg_uint32 source, int enable)
{
    CYG_INTERRUPT_STATE old;
    cyg_uint32 word, bit = 1u << (source % 32);

    HAL_DISABLE_INTERRUPTS(old);
    HAL_READ_UINT32(CYGHWR_HAL_RISCV_VIRT_PLIC_ENABLE(source), word);
    word = enable ? (word | bit) : (word & ~bit);
    HAL_WRITE_UINT32(CYGHWR_HAL_RISCV_VIRT_PLIC_ENABLE(source), word);
    HAL_RESTORE_INTERRUPTS(old);
}

void cyg_hal_riscv_virt_plic_mask(cyg_uint32 source)
{
    if (source_is_valid(source))
        change_enable_bit(source, 0);
}

void cyg_hal_riscv_virt_plic_unmask(cyg_uint32 source)
{
    if (source_is_valid(source))
        change_enable_bit(source, 1);
}

void cyg_hal_riscv_virt_interrupt_set_level(cyg_vector_t vector,
                                            cyg_uint32 level)
{
    cyg_uint32 source = vector - CYGNUM_HAL_INTERRUPT_EXTERNAL(0);
    cyg_uint32 priority = CYGHWR_HAL_RISCV_VIRT_PLIC_PRIORITY_MAX;

    if (vector < CYGNUM_HAL_INTERRUPT_EXTERNAL(1) || !source_is_valid(source))
        return;
    priority = level < priority - LOWEST_PRIORITY ? priority - level
                                                  : LOWEST_PRIORITY;
    HAL_WRITE_UINT32(CYGHWR_HAL_RISCV_VIRT_PLIC_PRIORITY(source), priority);
}

void cyg_hal_riscv_virt_plic_init(void)
{
    cyg_uint32 source;

    for (source = 0; source < CYGHWR_HAL_RISCV_VIRT_PLIC_SOURCES; source += 32)
        HAL_WRITE_UINT32(CYGHWR_HAL_RISCV_VIRT_PLIC_ENABLE(source), 0);
    for (source = 1; source < CYGHWR_HAL_RISCV_VIRT_PLIC_SOURCES; source++)
        HAL_WRITE_UINT32(CYGHWR_HAL_RISCV_VIRT_PLIC_PRIORITY(source),
                         LOWEST_PRIORITY);
    HAL_WRITE_UINT32(CYGHWR_HAL_RISCV_VIRT_PLIC_THRESHOLD, 0);
}
