#ifndef CYGONCE_HAL_HAL_KERNEL_ENTRY_H
#define CYGONCE_HAL_HAL_KERNEL_ENTRY_H
/*
 * The kernel's entry points that a HAL calls (porting.md): the end of an
 * interrupt, in either of its two forms, and exceptions. Declared once
 * here for every HAL and for the kernel that defines them. The kernel
 * defines cyg_kernel_interrupt_end() only for a HAL that does not define
 * HAL_THREAD_SWITCH_IN_EXCEPTION, and the other interrupt entries for
 * one that does.
 */

#include <cyg/infra/cyg_type.h>

externC void cyg_kernel_interrupt_end(cyg_uint32 isr_ret,
                                      CYG_ADDRWORD intr_object);
externC cyg_bool cyg_kernel_interrupt_post(cyg_uint32 isr_ret,
                                             CYG_ADDRWORD intr_object);
externC cyg_bool cyg_kernel_interrupt_deliver(cyg_uint32 isr_ret,
                                                CYG_ADDRWORD intr_object);
externC CYG_ADDRESS cyg_kernel_interrupt_switch(CYG_ADDRESS sp);
externC void cyg_kernel_interrupt_resume(void);

externC void cyg_hal_deliver_exception(CYG_WORD code, CYG_ADDRWORD data);

#endif /* CYGONCE_HAL_HAL_KERNEL_ENTRY_H */
