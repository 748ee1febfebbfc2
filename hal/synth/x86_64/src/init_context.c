/*
 * x86-64 synthetic target: the initial context of a new thread.
 *
 * The frame is the one a thread leaves when it switches away (see
 * context.S), made so that the first switch to it "returns" into the
 * trampoline with the entry function and its argument in callee-saved
 * registers and interrupts still disabled; the trampoline then enables
 * them and calls entry(arg).
 */

#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/hal/hal_arch.h>

/* context.S */
externC void cyg_hal_synth_thread_trampoline(void);

/* Round to nearest, all floating-point exceptions masked: the host's defaults. */
#define INITIAL_X87_CONTROL     0x037F
#define INITIAL_MXCSR           0x1F80

/* The trampoline's return address slot; zero ends a debugger's walk. */
#define END_OF_FRAMES_SIZE      sizeof(CYG_ADDRWORD)

_Static_assert(sizeof(HAL_SavedRegisters) + END_OF_FRAMES_SIZE
               == CYGNUM_HAL_STACK_CONTEXT_SIZE,
               "CYGNUM_HAL_STACK_CONTEXT_SIZE matches the frame");

CYG_ADDRESS hal_thread_init_context(CYG_ADDRESS stack_top, CYG_ADDRWORD arg,
                                    CYG_ADDRESS entry)
{
    /*
     * The ABI wants the stack 16-byte aligned at a call, so 8 bytes off
     * at a function's first instruction: the trampoline, entered by
     * `ret', starts at top - 8.
     */
    CYG_ADDRESS top = stack_top & ~(CYG_ADDRESS)15;
    CYG_ADDRWORD *end_of_frames = (CYG_ADDRWORD *)top - 1;
    HAL_SavedRegisters *context = (HAL_SavedRegisters *)end_of_frames - 1;

    *end_of_frames = 0;
    *context = (HAL_SavedRegisters) {
        .fpu_control = INITIAL_X87_CONTROL,
        .mxcsr       = INITIAL_MXCSR,
        .interrupts  = 0,
        .r12         = arg,
        .rbx         = entry,
        .rip         = (CYG_ADDRESS)cyg_hal_synth_thread_trampoline,
    };
    return (CYG_ADDRESS)context;
}
