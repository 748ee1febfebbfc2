#ifndef CYGONCE_HAL_HAL_ARCH_H
#define CYGONCE_HAL_HAL_ARCH_H
/*
 * Linux synthetic target: threads, stacks, bit indexes, idle action.
 *
 * The register-level parts (the saved context, setjmp buffer, bit index
 * instructions) depend on the host processor and come from the variant's
 * <cyg/hal/var_arch.h>. What is here holds for any synthetic target.
 */

#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/hal/var_arch.h>

/*
 * Stacks. Signal delivery puts the host kernel's signal frame (several
 * kilobytes with the extended register state) on the running thread's
 * stack, so even the minimum is generous.
 */
#define CYGNUM_HAL_STACK_SIZE_MINIMUM   (16 * 1024)
#define CYGNUM_HAL_STACK_SIZE_TYPICAL   (32 * 1024)

/* Compiler barrier: memory accesses are not moved across it. */
#define HAL_REORDER_BARRIER()   __asm__ __volatile__ ("" : : : "memory")

/* Not needed on this target: there is no global pointer register. */
#define CYGARC_HAL_SAVE_GP()
#define CYGARC_HAL_RESTORE_GP()

/* Thread contexts: switched by the variant's assembly functions. */
#include <cyg/hal/hal_context.h>

/*
 * The idle thread sleeps until a host signal arrives instead of
 * spinning; it returns at once when an interrupt is already waiting.
 */
#define HAL_IDLE_THREAD_ACTION(_count_)                                 \
    CYG_MACRO_START                                                     \
    (void)(_count_);                                                    \
    cyg_hal_synth_idle();                                               \
    CYG_MACRO_END

externC void cyg_hal_synth_idle(void);

#endif /* CYGONCE_HAL_HAL_ARCH_H */
