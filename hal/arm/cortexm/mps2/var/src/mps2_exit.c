/*
 * Arm MPS2 boards: ending a run through semihosting.
 *
 * SYS_EXIT (operation 0x18) takes the reason in r1: "application exit"
 * for a run that passed, "run-time error" for one that failed, which
 * QEMU reports as exit status 0 and 1. The call is a bkpt 0xab; with no
 * host to answer it the processor takes a hard fault, which the HAL's
 * fault handler recognizes and reports.
 */

#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/hal/hal_intr.h>

#define SYS_EXIT                            0x18u
#define ADP_STOPPED_RUN_TIME_ERROR_UNKNOWN  0x20023u
#define ADP_STOPPED_APPLICATION_EXIT        0x20026u

static void semihosting_call(cyg_uint32 operation, CYG_ADDRWORD argument)
{
    register cyg_uint32 r0 __asm__ ("r0") = operation;
    register CYG_ADDRWORD r1 __asm__ ("r1") = argument;

    __asm__ __volatile__ ("bkpt 0xab" : "+r" (r0) : "r" (r1) : "memory");
}

void hal_cortexm_mps2_exit(int failed)
{
    semihosting_call(SYS_EXIT, failed ? ADP_STOPPED_RUN_TIME_ERROR_UNKNOWN
                                      : ADP_STOPPED_APPLICATION_EXIT);
    /* A host that ignores the call: stop here. */
    for (;;)
        __asm__ __volatile__ ("cpsid i\n\twfi" : : : "memory");
}
