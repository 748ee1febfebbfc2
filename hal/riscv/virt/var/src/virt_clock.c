/*
 * QEMU RISC-V virt variant: the real-time clock, from the CLINT's
 * 64-bit mtime counter (CYGNUM_HAL_RISCV_VIRT_MTIME_HZ) and hart 0's
 * mtimecmp. Periods are in mtime counts.
 *
 * Each tick moves the compare value on by exactly one period from the
 * last one, never from "now", so the ticks keep to a fixed grid however
 * late the interrupt is served. If a whole period went by unserved
 * (interrupts were off that long), the compare value jumps to the next
 * point of the grid still ahead: like a hardware periodic timer, one
 * interrupt then stands for all the missed ticks.
 *
 * The hart holds mtimecmp in two 32-bit halves. Writing the low half
 * to all ones first keeps the compare value, in between, from dropping
 * below both the old and the new value and raising a stray interrupt.
 */

#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/hal/hal_io.h>
#include <cyg/hal/hal_intr.h>
#include "virt_internal.h"

volatile cyg_uint32 cyg_hal_riscv_virt_tick_start;

/* mtimecmp of the coming tick. */
static cyg_uint64 next_tick;

/* The high half is read again to catch a carry between the two reads. */
static cyg_uint64 mtime_read(void)
{
    cyg_uint32 high, low, high_again;

    HAL_READ_UINT32(CYGHWR_HAL_RISCV_VIRT_CLINT_MTIME_HI, high_again);
    do {
        high = high_again;
        HAL_READ_UINT32(CYGHWR_HAL_RISCV_VIRT_CLINT_MTIME_LO, low);
        HAL_READ_UINT32(CYGHWR_HAL_RISCV_VIRT_CLINT_MTIME_HI, high_again);
    } while (high != high_again);
    return ((cyg_uint64)high << 32) | low;
}

static void mtimecmp_write(cyg_uint64 when)
{
    HAL_WRITE_UINT32(CYGHWR_HAL_RISCV_VIRT_CLINT_MTIMECMP_LO, 0xFFFFFFFFu);
    HAL_WRITE_UINT32(CYGHWR_HAL_RISCV_VIRT_CLINT_MTIMECMP_HI, (cyg_uint32)(when >> 32));
    HAL_WRITE_UINT32(CYGHWR_HAL_RISCV_VIRT_CLINT_MTIMECMP_LO, (cyg_uint32)when);
}

static void start_tick(cyg_uint32 period)
{
    cyg_hal_riscv_virt_tick_start = (cyg_uint32)(next_tick - period);
    mtimecmp_write(next_tick);
}

/*
 * Off, as far as any run goes: 2^48 counts (about 325 days) ahead. Not
 * simply all ones: QEMU turns the distance into nanoseconds, and when
 * that overflows 63 bits the machine hangs at its next reset.
 */
#define FAR_AHEAD       ((cyg_uint64)1 << 48)

void cyg_hal_riscv_virt_clock_stop(void)
{
    mtimecmp_write(mtime_read() + FAR_AHEAD);
}

void cyg_hal_riscv_virt_clock_initialize(cyg_uint32 period)
{
    next_tick = mtime_read() + period;
    start_tick(period);
}

void cyg_hal_riscv_virt_clock_reset(cyg_uint32 period)
{
    cyg_uint64 now = mtime_read();

    next_tick += period;
    if (next_tick <= now)
        next_tick += ((now - next_tick) / period + 1) * period;
    start_tick(period);
}

/* Two instructions per iteration. */
static void spin(cyg_uint32 iterations)
{
    while (iterations-- > 0)
        __asm__ __volatile__ ("");
}

/*
 * Busy-waits, since the delay must also work with interrupts disabled.
 * Reading mtime is slow under QEMU (each device access leaves the
 * translated code), so between reads the hart spins one iteration per
 * count still to wait: less than the time left on any hart faster than
 * 20 MIPS, while each spin uses up a fixed share of what is left, so
 * that the reads grow only with the logarithm of the delay.
 */
void cyg_hal_riscv_virt_delay_us(cyg_int32 us)
{
    cyg_uint64 now, end;

    if (us <= 0)
        return;
    now = mtime_read();
    end = now + ((cyg_uint64)us * CYGNUM_HAL_RISCV_VIRT_MTIME_HZ + 999999u) / 1000000u;
    while (now < end) {
        cyg_uint64 left = end - now;
        spin(left > 0xFFFFFFFFu ? 0xFFFFFFFFu : (cyg_uint32)left);
        now = mtime_read();
    }
}
