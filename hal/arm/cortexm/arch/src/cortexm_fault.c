/*
 * Cortex-M: what becomes of a fault (decoded by cortexm_fault_decode.c).
 *
 * A fault raised by a thread (thread mode, process stack) is delivered to
 * the kernel in thread mode, since its handler may leave by hal_longjmp:
 * the fault handler stacks, under the thread's exception frame, a frame
 * that "returns" into hal_cortexm_exception_landing(code, data), which
 * calls cyg_hal_deliver_exception(). The faulting instruction cannot be
 * resumed (it would fault again), so a handler that returns ends the run.
 * Everything else ends the run with a one-line report: a fault in an
 * interrupt or exception handler, a fault while the processor stacked or
 * unstacked a frame (the thread's stack cannot be trusted), or any fault
 * when the kernel's exception support is not configured.
 */

#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/hal/hal_intr.h>
#include <cyg/hal/hal_diag.h>
#include "cortexm_internal.h"

externC void hal_cortexm_fault(CYG_WORD exc_return, CYG_WORD *process_sp,
                               CYG_WORD *main_sp);

/* bkpt 0xab, the semihosting call. */
#define SEMIHOSTING_BKPT 0xBEABu

/* Write 1 to clear: what was read is what was dealt with. */
static void clear_fault_status(cyg_uint32 cfsr, cyg_uint32 hfsr)
{
    CYGARC_REG_CFSR = cfsr;
    CYGARC_REG_HFSR = hfsr;
}

static cyg_bool is_semihosting_call(const struct hal_cortexm_fault *fault)
{
    return fault->code == CYGNUM_HAL_EXCEPTION_BREAKPOINT
        && *(const volatile cyg_uint16 *)fault->pc == SEMIHOSTING_BKPT;
}

/* Nothing can end the run when the host does not answer semihosting. */
static void CYGBLD_ATTRIB_NORET stop_without_host(CYG_WORD pc)
{
    hal_cortexm_write_string("cortexm HAL: semihosting call without a host "
                             "(enable semihosting to end runs) at pc ");
    hal_cortexm_write_hex(pc);
    hal_cortexm_write_string("\n");
    for (;;)
        __asm__ __volatile__ ("cpsid i\n\twfi" : : : "memory");
}

/* "cortexm HAL: <prefix><what> (exception N, data X) at pc P<suffix>" */
static void describe_fault(const char *prefix,
                           const struct hal_cortexm_fault *fault,
                           const char *suffix)
{
    hal_cortexm_write_string("cortexm HAL: ");
    hal_cortexm_write_string(prefix);
    hal_cortexm_write_string(fault->what);
    hal_cortexm_write_string(" (exception ");
    hal_cortexm_write_hex(fault->code);
    hal_cortexm_write_string(", data ");
    hal_cortexm_write_hex(fault->data);
    hal_cortexm_write_string(") at pc ");
    hal_cortexm_write_hex(fault->pc);
    hal_cortexm_write_string(suffix);
}

static void CYGBLD_ATTRIB_NORET
report_fault(const struct hal_cortexm_fault *fault, cyg_bool in_thread)
{
    HAL_DIAG_INIT();
    describe_fault("unhandled ", fault, in_thread ? " in a thread\n"
                                                  : " in an exception handler\n");
    hal_cortexm_end_run_failed();
}

#ifdef CYGPKG_HAL_EXCEPTIONS

externC void hal_cortexm_exception_landing(CYG_WORD code, CYG_ADDRWORD data)
    CYGBLD_ATTRIB_NORET;

/* Reached in thread mode, on the faulting thread's stack. */
void hal_cortexm_exception_landing(CYG_WORD code, CYG_ADDRWORD data)
{
    cyg_hal_deliver_exception(code, data);
    hal_cortexm_fatal("an exception handler returned from a fault, which "
                      "cannot be resumed; exception", code);
}

/* Stacks under the thread's frame a frame that enters the landing. */
static void deliver_in_thread(CYG_WORD *thread_frame,
                              const struct hal_cortexm_fault *fault)
{
    CYG_WORD *frame = thread_frame - 8;

    frame[0] = fault->code;                     /* r0 */
    frame[1] = fault->data;                     /* r1 */
    frame[2] = frame[3] = frame[4] = 0;         /* r2, r3, r12 */
    frame[5] = 0;                               /* lr: the backtrace ends */
    frame[6] = (CYG_WORD)hal_cortexm_exception_landing & ~(CYG_WORD)1;
    frame[7] = CYGARC_XPSR_THUMB;
    __asm__ __volatile__ ("msr psp, %0" : : "r" (frame) : "memory");
}

#endif /* CYGPKG_HAL_EXCEPTIONS */

void hal_cortexm_fault(CYG_WORD exc_return, CYG_WORD *process_sp,
                       CYG_WORD *main_sp)
{
    cyg_bool in_thread = (exc_return == CYGARC_EXC_RETURN_THREAD_PSP);
    CYG_WORD *frame = in_thread ? process_sp : main_sp;
    cyg_uint32 cfsr = CYGARC_REG_CFSR;
    cyg_uint32 hfsr = CYGARC_REG_HFSR;
    struct hal_cortexm_fault fault;

    hal_cortexm_decode_fault(&fault, hal_cortexm_ipsr(), cfsr, hfsr, frame);
    clear_fault_status(cfsr, hfsr);
    if (is_semihosting_call(&fault))
        stop_without_host(fault.pc);
#ifdef CYGPKG_HAL_EXCEPTIONS
    if (in_thread && fault.resumable_in_thread) {
# ifdef CYGDBG_HAL_CORTEXM_DESCRIBE_FAULTS
        describe_fault("", &fault, ", passed to the kernel\n");
# endif
        deliver_in_thread(process_sp, &fault);
        return;
    }
#endif
    report_fault(&fault, in_thread);
}

/* The configurable faults get handlers of their own (rather than all
 * escalating to hard fault), and integer division by zero traps instead
 * of giving 0. */
void hal_cortexm_init_faults(void)
{
    CYGARC_REG_CCR |= CYGARC_CCR_DIV_0_TRP | CYGARC_CCR_STKALIGN;
    CYGARC_REG_SHCSR |= CYGARC_SHCSR_MEMFAULTENA | CYGARC_SHCSR_BUSFAULTENA
                        | CYGARC_SHCSR_USGFAULTENA;
    hal_cortexm_barrier();
}
