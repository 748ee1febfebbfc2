#ifndef CYGONCE_HAL_RISCV_INTERNAL_H
#define CYGONCE_HAL_RISCV_INTERNAL_H
/*
 * RISC-V architecture HAL: what the HAL's own sources share and
 * applications do not see.
 */

#include <cyg/infra/cyg_type.h>
#include <cyg/hal/hal_arch.h>

/* trap.S: the machine trap vector. */
externC void cyg_hal_riscv_trap_entry(void);

/* context.S: where a new thread's first switch returns to. */
externC void cyg_hal_riscv_thread_start(void);

/*
 * riscv_intr.c, called by the trap entry for an interrupt. The ISR's
 * result and the vector's interrupt object come back in a0 and a1, the
 * argument registers of cyg_kernel_interrupt_end, which the trap entry
 * calls next.
 */
typedef struct {
    cyg_uint32   isr_result;
    CYG_ADDRWORD object;
} cyg_hal_riscv_isr_outcome;

externC cyg_hal_riscv_isr_outcome cyg_hal_riscv_interrupt(CYG_WORD mcause);

/* riscv_exception.c, called by the trap entry for an exception. */
externC void cyg_hal_riscv_exception(HAL_TrapFrame *frame);

/* riscv_fatal.c: one line on the diagnostic channel, then the run ends
 * with failure. */
externC void cyg_hal_riscv_fatal_trap(const char *what, CYG_WORD mcause,
                                      CYG_ADDRWORD pc, CYG_ADDRWORD mtval)
    CYGBLD_ATTRIB_NORET;

/* riscv_fatal.c, called by the thread start code if entry returns. */
externC void cyg_hal_riscv_thread_returned(CYG_ADDRESS entry)
    CYGBLD_ATTRIB_NORET;

/* riscv_startup.c, called by the reset code on the start-up stack. */
externC void cyg_hal_riscv_start(void) CYGBLD_ATTRIB_NORET;

#endif /* CYGONCE_HAL_RISCV_INTERNAL_H */
