#ifndef CYGONCE_HAL_HAL_CONTEXT_H
#define CYGONCE_HAL_HAL_CONTEXT_H
/*
 * Thread contexts as three functions of the architecture HAL: the
 * thread macros of the HAL contract (see the common HAL's porting guide)
 * for a port whose context code is written in assembly and called like
 * any function. An architecture's <cyg/hal/hal_arch.h> includes this
 * header after defining HAL_SavedRegisters, the frame a switch leaves on
 * the stack.
 */

#include <cyg/infra/cyg_type.h>

/*
 * Builds on the stack whose top is in `_sp_' a context that runs
 * _entry_(_arg_) with interrupts enabled when first switched to, and
 * leaves its stack pointer in `_sp_'.
 */
#define HAL_THREAD_INIT_CONTEXT(_sp_, _arg_, _entry_, _id_)             \
    CYG_MACRO_START                                                     \
    (void)(_id_);                                                       \
    (_sp_) = hal_thread_init_context((CYG_ADDRESS)(_sp_),               \
                                     (CYG_ADDRWORD)(_arg_),             \
                                     (CYG_ADDRESS)(_entry_));           \
    CYG_MACRO_END

#define HAL_THREAD_SWITCH_CONTEXT(_fspp_, _tspp_)                       \
    hal_thread_switch_context((CYG_ADDRESS *)(_fspp_),                  \
                              (CYG_ADDRESS *)(_tspp_))

#define HAL_THREAD_LOAD_CONTEXT(_tspp_)                                 \
    hal_thread_load_context((CYG_ADDRESS *)(_tspp_))

#define HAL_THREAD_GET_SAVED_REGISTERS(_sp_, _regs_)                    \
    (_regs_) = (HAL_SavedRegisters *)(_sp_)

externC CYG_ADDRESS hal_thread_init_context(CYG_ADDRESS stack_top,
                                            CYG_ADDRWORD arg,
                                            CYG_ADDRESS entry);
externC void hal_thread_switch_context(CYG_ADDRESS *from_spp,
                                       CYG_ADDRESS *to_spp);
externC void hal_thread_load_context(CYG_ADDRESS *to_spp)
    CYGBLD_ATTRIB_NORET;

#endif /* CYGONCE_HAL_HAL_CONTEXT_H */
