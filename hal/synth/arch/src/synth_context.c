/*
 * Linux synthetic target: the parts of a thread switch that do not
 * depend on the processor.
 *
 * The variant's assembly swaps the stacks and, with them, the soft
 * interrupt flag. A context that resumes with interrupts enabled may
 * find vectors that became pending while it was away (the flag is
 * cleared during the swap itself); they are serviced before it goes on,
 * as if they had arrived just then.
 */

#define _XOPEN_SOURCE 700

#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/hal/hal_arch.h>
#include <cyg/hal/hal_intr.h>
#include "synth_internal.h"

void hal_thread_switch_context(CYG_ADDRESS *from_spp, CYG_ADDRESS *to_spp)
{
    cyg_hal_synth_swap_context(from_spp, to_spp);
    cyg_hal_synth_interrupts_resumed();
}

/* A new thread's first code: entry(arg), with interrupts enabled. */
void cyg_hal_synth_thread_begin(CYG_ADDRWORD arg, CYG_ADDRESS entry)
{
    void (*entry_function)(CYG_ADDRWORD) = (void (*)(CYG_ADDRWORD))entry;

    cyg_hal_synth_enable_interrupts();
    entry_function(arg);
    cyg_hal_synth_fatal("a thread entry function returned:", entry);
}
