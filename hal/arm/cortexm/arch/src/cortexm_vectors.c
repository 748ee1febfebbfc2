/*
 * Cortex-M: the vector table.
 *
 * The table the processor finds at reset, at the start of the code
 * region, gives the initial main stack pointer and the reset entry. It
 * is then copied to RAM and VTOR pointed at the copy, so that
 * HAL_VSR_SET can replace the handler of any exception.
 *
 * This file goes into libextras.a, which is linked whole: nothing in the
 * program refers to the table, the linker script keeps it (.vectors).
 */

#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/hal/hal_intr.h>
#include "cortexm_internal.h"

typedef void (*hal_cortexm_vector)(void);

#ifdef CYGFUN_HAL_COMMON_KERNEL_SUPPORT
# define SVCALL_HANDLER  hal_cortexm_svcall
# define PENDSV_HANDLER  hal_cortexm_pendsv
#else
/* Only the kernel's end-of-interrupt path uses them. */
# define SVCALL_HANDLER  hal_cortexm_unexpected_exception
# define PENDSV_HANDLER  hal_cortexm_unexpected_exception
#endif

static const hal_cortexm_vector rom_vectors[CYGNUM_HAL_VSR_COUNT]
    CYGBLD_ATTRIB_SECTION(".vectors") CYGBLD_ATTRIB_USED = {
    [0] = (hal_cortexm_vector)hal_cortexm_interrupt_stack,
    [CYGARC_EXCEPTION_RESET] = hal_cortexm_reset_vector,
    [CYGARC_EXCEPTION_NMI] = hal_cortexm_unexpected_exception,
    [CYGARC_EXCEPTION_HARD_FAULT] = hal_cortexm_fault_entry,
    [CYGARC_EXCEPTION_MEMORY_MANAGE] = hal_cortexm_fault_entry,
    [CYGARC_EXCEPTION_BUS_FAULT] = hal_cortexm_fault_entry,
    [CYGARC_EXCEPTION_USAGE_FAULT] = hal_cortexm_fault_entry,
    [7 ... 10] = hal_cortexm_unexpected_exception,
    [CYGARC_EXCEPTION_SVCALL] = SVCALL_HANDLER,
    [CYGARC_EXCEPTION_DEBUG_MONITOR] = hal_cortexm_fault_entry,
    [13] = hal_cortexm_unexpected_exception,
    [CYGARC_EXCEPTION_PENDSV] = PENDSV_HANDLER,
    [CYGARC_EXCEPTION_SYSTICK ... CYGNUM_HAL_VSR_MAX] = hal_cortexm_interrupt,
};

/* VTOR wants the table aligned to its size rounded up to a power of 2. */
#define VSR_TABLE_ALIGNMENT 256
_Static_assert(sizeof(rom_vectors) <= VSR_TABLE_ALIGNMENT,
               "the vector table fits its alignment");

volatile CYG_ADDRESS hal_vsr_table[CYGNUM_HAL_VSR_COUNT]
    CYGBLD_ATTRIB_ALIGN(VSR_TABLE_ALIGNMENT);

void hal_cortexm_install_vectors(void)
{
    for (cyg_uint32 i = 0; i < CYGNUM_HAL_VSR_COUNT; i++)
        hal_vsr_table[i] = (CYG_ADDRESS)rom_vectors[i];
    CYGARC_REG_VTOR = (cyg_uint32)hal_vsr_table;
    hal_cortexm_barrier();
}
