/*
 * Linux synthetic target: soft interrupt state and dispatch.
 *
 * The "interrupt controller" is three words in memory: the enable flag,
 * the pending vectors and the masked vectors. A host signal, or software
 * through HAL_INTERRUPT_RAISE, marks its vector pending; the vector is
 * serviced at once if interrupts are enabled and it is unmasked, and
 * otherwise as soon as both become true. Everything runs in the one
 * host thread, so the only concurrency is a signal handler interrupting
 * the code below: words read and written by both sides are volatile,
 * and read-modify-write updates use single atomic instructions.
 */

#define _XOPEN_SOURCE 700

#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/infra/cyg_ass.h>
#include <cyg/hal/hal_arch.h>
#include <cyg/hal/hal_intr.h>
#include "synth_internal.h"

#include <errno.h>
#include <signal.h>

/* The header declares the flag as int so as not to need <signal.h>. */
_Static_assert(__builtin_types_compatible_p(sig_atomic_t, int),
               "cyg_hal_synth_interrupts_enabled is declared as int");

/* Interrupts are disabled until the first thread starts. */
volatile sig_atomic_t cyg_hal_synth_interrupts_enabled = 0;

static volatile cyg_uint32 pending_vectors;
static volatile cyg_uint32 masked_vectors = 0xFFFFFFFFu;

_Static_assert(CYGNUM_HAL_ISR_COUNT <= 32,
               "one bit per vector in a 32-bit word");

HAL_INTERRUPT_TABLE_DEFINE();
volatile CYG_ADDRESS  hal_vsr_table[CYGNUM_HAL_VSR_COUNT];

static cyg_uint32 vector_bit(cyg_vector_t vector)
{
    return 1u << (vector - CYGNUM_HAL_ISR_MIN);
}

/* One unsigned comparison covers both ends of the range. */
static int vector_is_valid(cyg_vector_t vector)
{
    int valid = (cyg_vector_t)(vector - CYGNUM_HAL_ISR_MIN)
                < (cyg_vector_t)CYGNUM_HAL_ISR_COUNT;
    CYG_ASSERT(valid, "interrupt vector out of range");
    return valid;
}

static cyg_uint32 serviceable_vectors(void)
{
    return pending_vectors & ~masked_vectors;
}

/*
 * Calls the ISR of one vector and lets the kernel finish the interrupt.
 * The kernel may run DSRs and switch threads before it returns, which
 * may be much later; it returns with interrupts disabled.
 */
static void service_vector(cyg_vector_t vector)
{
    cyg_uint32 index;
    HAL_TRANSLATE_VECTOR(vector, index);
    volatile struct hal_interrupt_entry *entry = &hal_interrupt_table[index];
    cyg_uint32 result = ((cyg_ISR_t *)entry->isr)(vector, entry->data);
#ifdef CYGFUN_HAL_COMMON_KERNEL_SUPPORT
    cyg_kernel_interrupt_end(result, entry->object);
#else
    (void)result;
#endif
}

/*
 * Services pending unmasked vectors, lowest number first, each with
 * interrupts disabled, until none is left; then leaves interrupts
 * enabled. Called only where interrupts are (about to be) enabled. The
 * final check after setting the flag catches a signal that arrived just
 * before: one arriving after it services itself.
 */
static void service_pending_vectors(void)
{
    int saved_errno = errno;

    for (;;) {
        cyg_hal_synth_interrupts_enabled = 0;
        cyg_uint32 ready = serviceable_vectors();
        if (ready == 0) {
            cyg_hal_synth_interrupts_enabled = 1;
            if (serviceable_vectors() == 0)
                break;
            continue;
        }
        cyg_uint32 bit_index;
        HAL_LSBIT_INDEX(bit_index, ready);
        __atomic_fetch_and(&pending_vectors, ~(1u << bit_index),
                           __ATOMIC_SEQ_CST);
        service_vector(bit_index + CYGNUM_HAL_ISR_MIN);
    }

    errno = saved_errno;
}

void cyg_hal_synth_enable_interrupts(void)
{
    cyg_hal_synth_interrupts_enabled = 1;
    if (serviceable_vectors() != 0)
        service_pending_vectors();
}

void cyg_hal_synth_interrupts_resumed(void)
{
    if (cyg_hal_synth_interrupts_enabled && serviceable_vectors() != 0)
        service_pending_vectors();
}

int cyg_hal_synth_interrupt_is_waiting(void)
{
    return serviceable_vectors() != 0;
}

void cyg_hal_synth_interrupt_raise(cyg_vector_t vector)
{
    if (!vector_is_valid(vector))
        return;
    __atomic_fetch_or(&pending_vectors, vector_bit(vector), __ATOMIC_SEQ_CST);
    cyg_hal_synth_interrupts_resumed();
}

void cyg_hal_synth_interrupt_mask(cyg_vector_t vector)
{
    if (!vector_is_valid(vector))
        return;
    __atomic_fetch_or(&masked_vectors, vector_bit(vector), __ATOMIC_SEQ_CST);
}

void cyg_hal_synth_interrupt_unmask(cyg_vector_t vector)
{
    if (!vector_is_valid(vector))
        return;
    __atomic_fetch_and(&masked_vectors, ~vector_bit(vector), __ATOMIC_SEQ_CST);
    cyg_hal_synth_interrupts_resumed();
}

cyg_uint32 hal_default_isr(cyg_vector_t vector, cyg_addrword_t data)
{
    (void)vector;
    (void)data;
    return 0;
}
