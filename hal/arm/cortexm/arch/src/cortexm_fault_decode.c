/*
 * Cortex-M: decoding a fault.
 *
 * The fault status registers say what went wrong; the decoding turns that
 * into a CYGNUM_HAL_EXCEPTION_* code and a data word (the faulting
 * address where the processor recorded one, else the address of the
 * faulting instruction) and a description for reports.
 */

#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/hal/hal_intr.h>
#include "cortexm_internal.h"

/* Where a fault's data word comes from. */
enum fault_data { FAULT_PC, FAULT_BFAR, FAULT_MMFAR };

struct fault_cause {
    cyg_uint32 cfsr_bit;
    CYG_WORD code;
    enum fault_data data;
    const char *what;
};

/* In order of precedence when several bits are set. */
static const struct fault_cause fault_causes[] = {
    { CYGARC_CFSR_UNDEFINSTR, CYGNUM_HAL_EXCEPTION_ILLEGAL_INSTRUCTION, FAULT_PC,
      "undefined instruction" },
    { CYGARC_CFSR_INVSTATE, CYGNUM_HAL_EXCEPTION_ILLEGAL_INSTRUCTION, FAULT_PC,
      "invalid execution state (branch to an even address)" },
    { CYGARC_CFSR_INVPC, CYGNUM_HAL_EXCEPTION_ILLEGAL_INSTRUCTION, FAULT_PC,
      "invalid exception return" },
    { CYGARC_CFSR_NOCP, CYGNUM_HAL_EXCEPTION_ILLEGAL_INSTRUCTION, FAULT_PC,
      "coprocessor instruction without a coprocessor" },
    { CYGARC_CFSR_UNALIGNED, CYGNUM_HAL_EXCEPTION_DATA_UNALIGNED_ACCESS, FAULT_PC,
      "unaligned access" },
    { CYGARC_CFSR_DIVBYZERO, CYGNUM_HAL_EXCEPTION_DIV_BY_ZERO, FAULT_PC,
      "division by zero" },
    { CYGARC_CFSR_IBUSERR, CYGNUM_HAL_EXCEPTION_CODE_ACCESS, FAULT_PC,
      "bus error fetching an instruction" },
    { CYGARC_CFSR_PRECISERR, CYGNUM_HAL_EXCEPTION_DATA_ACCESS, FAULT_BFAR,
      "bus error on a data access" },
    { CYGARC_CFSR_IMPRECISERR, CYGNUM_HAL_EXCEPTION_DATA_ACCESS, FAULT_PC,
      "imprecise bus error on a data access" },
    { CYGARC_CFSR_IACCVIOL, CYGNUM_HAL_EXCEPTION_MEMORY_PROTECTION, FAULT_PC,
      "MPU violation fetching an instruction" },
    { CYGARC_CFSR_DACCVIOL, CYGNUM_HAL_EXCEPTION_MEMORY_PROTECTION, FAULT_MMFAR,
      "MPU violation on a data access" },
};

/* Faults while the processor moved an exception frame. */
#define STACKING_ERRORS (CYGARC_CFSR_MSTKERR | CYGARC_CFSR_MUNSTKERR     \
                         | CYGARC_CFSR_STKERR | CYGARC_CFSR_UNSTKERR)

/* The return address in an exception frame. */
#define FRAME_PC         6

/* bkpt #imm8 */
#define BKPT_MASK        0xFF00u
#define BKPT             0xBE00u

static CYG_WORD fault_data_word(enum fault_data source, cyg_uint32 cfsr,
                                CYG_WORD pc)
{
    if (source == FAULT_BFAR && (cfsr & CYGARC_CFSR_BFARVALID))
        return CYGARC_REG_BFAR;
    if (source == FAULT_MMFAR && (cfsr & CYGARC_CFSR_MMARVALID))
        return CYGARC_REG_MMFAR;
    return pc;
}

/*
 * A breakpoint instruction without a debugger comes as the debug monitor
 * exception, or escalated to a hard fault, marked as a debug event by the
 * processor (QEMU marks it as a plain escalation, hence the look at the
 * instruction, which was fetched without fault).
 */
static cyg_bool is_debug_event(cyg_uint32 exception, cyg_uint32 hfsr,
                               CYG_WORD pc)
{
    return exception == CYGARC_EXCEPTION_DEBUG_MONITOR
        || (hfsr & CYGARC_HFSR_DEBUGEVT)
        || (*(const volatile cyg_uint16 *)pc & BKPT_MASK) == BKPT;
}

void hal_cortexm_decode_fault(struct hal_cortexm_fault *fault,
                              cyg_uint32 exception, cyg_uint32 cfsr,
                              cyg_uint32 hfsr, const CYG_WORD *frame)
{
    /* After a stacking error the frame may not even be readable. */
    CYG_WORD pc = (cfsr & STACKING_ERRORS) ? 0 : frame[FRAME_PC];

    *fault = (struct hal_cortexm_fault) {
        .code = CYGNUM_HAL_EXCEPTION_HARD_FAULT,
        .data = pc,
        .pc = pc,
        .what = "hard fault",
        .resumable_in_thread = true,
    };
    if (cfsr & STACKING_ERRORS) {
        fault->what = "fault while stacking or unstacking an exception frame";
        fault->resumable_in_thread = false;
        return;
    }
    for (cyg_uint32 i = 0; i < CYG_NELEM(fault_causes); i++) {
        const struct fault_cause *cause = &fault_causes[i];
        if (cfsr & cause->cfsr_bit) {
            fault->code = cause->code;
            fault->data = fault_data_word(cause->data, cfsr, pc);
            fault->what = cause->what;
            return;
        }
    }
    if (hfsr & CYGARC_HFSR_VECTTBL) {
        fault->what = "bus error reading the vector table";
        fault->resumable_in_thread = false;
    } else if (is_debug_event(exception, hfsr, pc)) {
        fault->code = CYGNUM_HAL_EXCEPTION_BREAKPOINT;
        fault->what = "breakpoint";
    }
}
