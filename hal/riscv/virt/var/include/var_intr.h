#ifndef CYGONCE_HAL_VAR_INTR_H
#define CYGONCE_HAL_VAR_INTR_H
/*
 * QEMU RISC-V virt variant: the PLIC's sources, the CLINT timer as the
 * real-time clock, interrupts raised by software, the end of the run.
 *
 * Included by <cyg/hal/hal_intr.h>, which has defined the architecture's
 * vectors (CYGNUM_HAL_INTERRUPT_EXTERNAL(source)) before; not meant to
 * be included on its own.
 */

#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/hal/hal_io.h>
#include <cyg/hal/var_io.h>

/* ------------------------------------------------------------------ */
/* Vectors of the PLIC's sources                                      */

#define CYGNUM_HAL_INTERRUPT_VIRTIO(_n_)                                \
    CYGNUM_HAL_INTERRUPT_EXTERNAL(CYGHWR_HAL_RISCV_VIRT_VIRTIO_SOURCE(_n_))
#define CYGNUM_HAL_INTERRUPT_UART0                                      \
    CYGNUM_HAL_INTERRUPT_EXTERNAL(CYGHWR_HAL_RISCV_VIRT_UART0_SOURCE)
#define CYGNUM_HAL_INTERRUPT_GOLDFISH_RTC                               \
    CYGNUM_HAL_INTERRUPT_EXTERNAL(CYGHWR_HAL_RISCV_VIRT_RTC_SOURCE)
#define CYGNUM_HAL_INTERRUPT_PCIE(_n_)                                  \
    CYGNUM_HAL_INTERRUPT_EXTERNAL(CYGHWR_HAL_RISCV_VIRT_PCIE_SOURCE(_n_))

#define CYGNUM_HAL_ISR_MAX                                              \
    CYGNUM_HAL_INTERRUPT_EXTERNAL(CYGHWR_HAL_RISCV_VIRT_PLIC_SOURCES - 1)

/* The kernel's clock ticks on the machine timer. */
#define CYGNUM_HAL_INTERRUPT_RTC        CYGNUM_HAL_INTERRUPT_TIMER

/* ------------------------------------------------------------------ */
/* What the architecture's dispatcher asks of the variant             */

/* A raised software interrupt is consumed by taking it. */
#define HAL_VAR_SOFTWARE_INTERRUPT_CLEAR()                              \
    HAL_WRITE_UINT32(CYGHWR_HAL_RISCV_VIRT_CLINT_MSIP, 0)

/*
 * The PLIC's most urgent pending source, now claimed (0: none). The
 * goldfish RTC only interrupts when software raises its vector (see
 * HAL_INTERRUPT_RAISE); the raise, too, is consumed by taking it.
 */
static inline cyg_uint32 cyg_hal_riscv_virt_claim(void)
{
    cyg_uint32 source;

    HAL_READ_UINT32(CYGHWR_HAL_RISCV_VIRT_PLIC_CLAIM, source);
    if (source == CYGHWR_HAL_RISCV_VIRT_RTC_SOURCE)
        HAL_WRITE_UINT32(CYGHWR_HAL_RISCV_VIRT_RTC_BASE
                         + CYGHWR_HAL_RISCV_VIRT_RTC_CLEAR_INTERRUPT, 1);
    return source;
}

#define HAL_VAR_EXTERNAL_CLAIM()        cyg_hal_riscv_virt_claim()
#define HAL_VAR_EXTERNAL_COMPLETE(_source_)                             \
    HAL_WRITE_UINT32(CYGHWR_HAL_RISCV_VIRT_PLIC_CLAIM, (_source_))

externC void cyg_hal_riscv_virt_plic_mask(cyg_uint32 source);
externC void cyg_hal_riscv_virt_plic_unmask(cyg_uint32 source);

#define HAL_VAR_EXTERNAL_MASK(_source_)   cyg_hal_riscv_virt_plic_mask(_source_)
#define HAL_VAR_EXTERNAL_UNMASK(_source_) cyg_hal_riscv_virt_plic_unmask(_source_)

/* ------------------------------------------------------------------ */
/* Interrupt controller                                               */

/*
 * PLIC priorities: level 0 is the most urgent (PLIC priority 7), levels
 * 6 and above the least (priority 1). The machine-level lines have the
 * fixed order of their causes.
 */
externC void cyg_hal_riscv_virt_interrupt_set_level(cyg_vector_t vector,
                                                    cyg_uint32 level);

#define HAL_INTERRUPT_SET_LEVEL(_vector_, _level_)                      \
    cyg_hal_riscv_virt_interrupt_set_level((_vector_), (_level_))

/* The virt machine's sources are all level-triggered, fixed in QEMU. */
#define HAL_INTERRUPT_CONFIGURE(_vector_, _level_, _up_)                \
    CYG_MACRO_START (void)(_vector_); (void)(_level_); (void)(_up_); CYG_MACRO_END

/*
 * Software can make two vectors pending: the machine software interrupt
 * (the CLINT's msip bit) and the goldfish RTC, whose alarm, set to a
 * time already passed, fires at once. QEMU's PLIC ignores writes to its
 * pending bits, so no other source can be raised. Raising the RTC's
 * vector uses up its alarm, which is then not available to a driver.
 */
externC void cyg_hal_riscv_virt_interrupt_raise(cyg_vector_t vector);

#define HAL_INTERRUPT_RAISE(_vector_)   cyg_hal_riscv_virt_interrupt_raise(_vector_)
#define HAL_INTERRUPT_RAISABLE(_vector_)                                \
    ((_vector_) == CYGNUM_HAL_INTERRUPT_SOFTWARE                        \
     || (_vector_) == CYGNUM_HAL_INTERRUPT_GOLDFISH_RTC)

/* ------------------------------------------------------------------ */
/* Clock: the CLINT's mtime and mtimecmp, periods in mtime counts     */

externC void cyg_hal_riscv_virt_clock_initialize(cyg_uint32 period);
externC void cyg_hal_riscv_virt_clock_reset(cyg_uint32 period);
externC void cyg_hal_riscv_virt_delay_us(cyg_int32 us);

/* Low word of mtime when the current tick began. */
externC volatile cyg_uint32 cyg_hal_riscv_virt_tick_start;

#define HAL_CLOCK_INITIALIZE(_period_)                                  \
    cyg_hal_riscv_virt_clock_initialize(_period_)

#define HAL_CLOCK_RESET(_vector_, _period_)                             \
    CYG_MACRO_START                                                     \
    (void)(_vector_);                                                   \
    cyg_hal_riscv_virt_clock_reset(_period_);                           \
    CYG_MACRO_END

/* Ticks are far shorter than the 7 minutes the low word takes to wrap. */
#define HAL_CLOCK_READ(_pvalue_)                                        \
    CYG_MACRO_START                                                     \
    cyg_uint32 _now_;                                                   \
    HAL_READ_UINT32(CYGHWR_HAL_RISCV_VIRT_CLINT_MTIME_LO, _now_);       \
    *(_pvalue_) = _now_ - cyg_hal_riscv_virt_tick_start;                \
    CYG_MACRO_END

#define HAL_DELAY_US(_us_)      cyg_hal_riscv_virt_delay_us(_us_)

/* ------------------------------------------------------------------ */
/* Test aids (Cygnet): an address in a hole of the memory map         */

#define HAL_TEST_BAD_DATA_ADDRESS       0x01000000

/* ------------------------------------------------------------------ */
/* Reset and test exit: the SiFive test device stops QEMU             */

externC void cyg_hal_riscv_virt_finish(cyg_uint32 command) CYGBLD_ATTRIB_NORET;

#define HAL_PLATFORM_RESET()                                            \
    cyg_hal_riscv_virt_finish(CYGHWR_HAL_RISCV_VIRT_TEST_RESET)
#define CYGHWR_TEST_PROGRAM_EXIT()                                      \
    cyg_hal_riscv_virt_finish(CYGHWR_HAL_RISCV_VIRT_TEST_PASS)
/* QEMU exits with status 1 on failure. */
#define CYGHWR_TEST_PROGRAM_EXIT_STATUS(_failed_)                       \
    cyg_hal_riscv_virt_finish((_failed_)                                \
                              ? (1u << 16) | CYGHWR_HAL_RISCV_VIRT_TEST_FAIL \
                              : CYGHWR_HAL_RISCV_VIRT_TEST_PASS)

#endif /* CYGONCE_HAL_VAR_INTR_H */
