#ifndef CYGONCE_HAL_CORTEXM_INTERNAL_H
#define CYGONCE_HAL_CORTEXM_INTERNAL_H
/*
 * Cortex-M: functions and symbols shared between the HAL's own source
 * files and not part of its interface.
 */

#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/hal/hal_intr.h>

/* ------------------------------------------------------------------ */
/* Linker script symbols                                              */

externC char hal_cortexm_startup_stack[];       /* top of the start-up stack */

/* ------------------------------------------------------------------ */
/* Exception entry points, named by the vector table                  */

/* cortexm_reset.S */
externC void hal_cortexm_reset_vector(void) CYGBLD_ATTRIB_NORET;
/* cortexm_intr.c: SysTick and every external line */
externC void hal_cortexm_interrupt(void);
/* cortexm_fault_entry.S: hard fault, MemManage, BusFault, UsageFault,
 * debug monitor */
externC void hal_cortexm_fault_entry(void);
/* cortexm_fatal.c: NMI and the reserved vectors */
externC void hal_cortexm_unexpected_exception(void);
#ifdef CYGFUN_HAL_COMMON_KERNEL_SUPPORT
/* cortexm_pendsv.S */
externC void hal_cortexm_pendsv(void);
externC void hal_cortexm_svcall(void);
#endif

/* ------------------------------------------------------------------ */
/* Start-up                                                           */

/* cortexm_startup.c: the C part of reset, on the start-up stack. */
externC void hal_cortexm_start(void) CYGBLD_ATTRIB_NORET;
/* cortexm_vectors.c */
externC void hal_cortexm_install_vectors(void);
/* cortexm_nvic.c: priorities of every exception, every line masked. */
externC void hal_cortexm_init_interrupt_controller(void);
/* cortexm_fault.c: the configurable fault handlers and traps. */
externC void hal_cortexm_init_faults(void);
/* cortexm_clock.c: SysTick counting, without interrupts, as the time
 * base of HAL_DELAY_US until the real-time clock is started. */
externC void hal_cortexm_clock_start(void);

/* ------------------------------------------------------------------ */
/* Threads                                                            */

/* cortexm_context.S: the first code of a new thread. */
externC void hal_cortexm_thread_start(void);

/* ------------------------------------------------------------------ */
/* Faults                                                             */

struct hal_cortexm_fault {
    CYG_WORD code;                  /* CYGNUM_HAL_EXCEPTION_* */
    CYG_WORD data;                  /* faulting address, or pc */
    CYG_WORD pc;                    /* the faulting instruction */
    const char *what;               /* for reports */
    cyg_bool resumable_in_thread;   /* the thread's frame is sound */
};

/* cortexm_fault_decode.c: `exception' is the IPSR of the fault handler,
 * `frame' the exception frame of the faulting code. */
externC void hal_cortexm_decode_fault(struct hal_cortexm_fault *fault,
                                      cyg_uint32 exception, cyg_uint32 cfsr,
                                      cyg_uint32 hfsr, const CYG_WORD *frame);

/* ------------------------------------------------------------------ */
/* Fatal errors                                                       */

/* cortexm_fatal.c: prints "cortexm HAL: <what> <value in hex>" on the
 * diagnostic channel and ends the run as a failure. */
externC void hal_cortexm_fatal(const char *what, CYG_WORD value)
    CYGBLD_ATTRIB_NORET;
externC void hal_cortexm_write_string(const char *text);
externC void hal_cortexm_write_hex(CYG_WORD value);
externC void hal_cortexm_end_run_failed(void) CYGBLD_ATTRIB_NORET;

/* ------------------------------------------------------------------ */
/* Special registers                                                  */

static inline cyg_uint32 hal_cortexm_ipsr(void)
{
    cyg_uint32 ipsr;
    __asm__ __volatile__ ("mrs %0, ipsr" : "=r" (ipsr));
    return ipsr;
}

/* Makes a register write visible, and its effect (a pended or unmasked
 * interrupt) taken, before the next instruction. */
static inline void hal_cortexm_barrier(void)
{
    __asm__ __volatile__ ("dsb\n\tisb" : : : "memory");
}

/* Is the current exception the only active one (no handler under it)? */
static inline int hal_cortexm_returns_to_base(void)
{
    return (CYGARC_REG_ICSR & CYGARC_ICSR_RETTOBASE) != 0;
}

static inline void hal_cortexm_pend_kernel_entry(void)
{
    CYGARC_REG_ICSR = CYGARC_ICSR_PENDSVSET;
}

#endif /* CYGONCE_HAL_CORTEXM_INTERNAL_H */
