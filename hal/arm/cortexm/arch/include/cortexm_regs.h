#ifndef CYGONCE_HAL_CORTEXM_REGS_H
#define CYGONCE_HAL_CORTEXM_REGS_H
/*
 * The registers of the Cortex-M system control space that the HAL uses:
 * the system control block (SCB), the nested vectored interrupt
 * controller (NVIC) and the SysTick timer. Their addresses and layout are
 * fixed by the ARMv7-M architecture, so they hold on every Cortex-M3
 * board.
 */

#include <cyg/infra/cyg_type.h>

#define CYGARC_CORTEXM_REG(_address_)   (*(volatile cyg_uint32 *)(_address_))

/* Interrupt controller type: (ITLINESNUM + 1) * 32 lines at most. */
#define CYGARC_REG_ICTR                 CYGARC_CORTEXM_REG(0xE000E004)

/* SysTick */
#define CYGARC_REG_SYST_CSR             CYGARC_CORTEXM_REG(0xE000E010)
#define CYGARC_REG_SYST_RVR             CYGARC_CORTEXM_REG(0xE000E014)
#define CYGARC_REG_SYST_CVR             CYGARC_CORTEXM_REG(0xE000E018)
#define CYGARC_SYST_CSR_ENABLE          (1u << 0)
#define CYGARC_SYST_CSR_TICKINT         (1u << 1)
#define CYGARC_SYST_CSR_CLKSOURCE       (1u << 2)   /* processor clock */
#define CYGARC_SYST_RVR_MAX             0x00FFFFFFu

/* NVIC: one bit per external line in each 32-line word. */
#define CYGARC_REG_NVIC_ISER(_word_)    CYGARC_CORTEXM_REG(0xE000E100 + 4 * (_word_))
#define CYGARC_REG_NVIC_ICER(_word_)    CYGARC_CORTEXM_REG(0xE000E180 + 4 * (_word_))
#define CYGARC_REG_NVIC_ISPR(_word_)    CYGARC_CORTEXM_REG(0xE000E200 + 4 * (_word_))
#define CYGARC_REG_NVIC_ICPR(_word_)    CYGARC_CORTEXM_REG(0xE000E280 + 4 * (_word_))
#define CYGARC_REG_STIR                 CYGARC_CORTEXM_REG(0xE000EF00)
#define CYGARC_REG_NVIC_IABR(_word_)    CYGARC_CORTEXM_REG(0xE000E300 + 4 * (_word_))
/* One priority byte per external line. */
#define CYGARC_REG_NVIC_IPR(_line_)                                     \
    (*(volatile cyg_uint8 *)(0xE000E400 + (_line_)))

/* System control block */
#define CYGARC_REG_ICSR                 CYGARC_CORTEXM_REG(0xE000ED04)
#define CYGARC_ICSR_RETTOBASE           (1u << 11)
#define CYGARC_ICSR_PENDSTSET           (1u << 26)
#define CYGARC_ICSR_PENDSVSET           (1u << 28)

#define CYGARC_REG_VTOR                 CYGARC_CORTEXM_REG(0xE000ED08)

#define CYGARC_REG_AIRCR                CYGARC_CORTEXM_REG(0xE000ED0C)
#define CYGARC_AIRCR_VECTKEY            (0x05FAu << 16)
#define CYGARC_AIRCR_SYSRESETREQ        (1u << 2)

#define CYGARC_REG_CCR                  CYGARC_CORTEXM_REG(0xE000ED14)
#define CYGARC_CCR_DIV_0_TRP            (1u << 4)
#define CYGARC_CCR_STKALIGN             (1u << 9)

/* Priority bytes of the system exceptions, by exception number (4..15). */
#define CYGARC_REG_SHPR(_exception_)                                    \
    (*(volatile cyg_uint8 *)(0xE000ED18 + (_exception_) - 4))

#define CYGARC_REG_SHCSR                CYGARC_CORTEXM_REG(0xE000ED24)
#define CYGARC_SHCSR_MEMFAULTENA        (1u << 16)
#define CYGARC_SHCSR_BUSFAULTENA        (1u << 17)
#define CYGARC_SHCSR_USGFAULTENA        (1u << 18)

/* Configurable fault status: MemManage (bits 0-7), BusFault (8-15),
 * UsageFault (16-31). Write 1 to clear. */
#define CYGARC_REG_CFSR                 CYGARC_CORTEXM_REG(0xE000ED28)
#define CYGARC_CFSR_IACCVIOL            (1u << 0)
#define CYGARC_CFSR_DACCVIOL            (1u << 1)
#define CYGARC_CFSR_MUNSTKERR           (1u << 3)
#define CYGARC_CFSR_MSTKERR             (1u << 4)
#define CYGARC_CFSR_MMARVALID           (1u << 7)
#define CYGARC_CFSR_IBUSERR             (1u << 8)
#define CYGARC_CFSR_PRECISERR           (1u << 9)
#define CYGARC_CFSR_IMPRECISERR         (1u << 10)
#define CYGARC_CFSR_UNSTKERR            (1u << 11)
#define CYGARC_CFSR_STKERR              (1u << 12)
#define CYGARC_CFSR_BFARVALID           (1u << 15)
#define CYGARC_CFSR_UNDEFINSTR          (1u << 16)
#define CYGARC_CFSR_INVSTATE            (1u << 17)
#define CYGARC_CFSR_INVPC               (1u << 18)
#define CYGARC_CFSR_NOCP                (1u << 19)
#define CYGARC_CFSR_UNALIGNED           (1u << 24)
#define CYGARC_CFSR_DIVBYZERO           (1u << 25)

#define CYGARC_REG_HFSR                 CYGARC_CORTEXM_REG(0xE000ED2C)
#define CYGARC_HFSR_VECTTBL             (1u << 1)
#define CYGARC_HFSR_FORCED              (1u << 30)
#define CYGARC_HFSR_DEBUGEVT            (1u << 31)

#define CYGARC_REG_MMFAR                CYGARC_CORTEXM_REG(0xE000ED34)
#define CYGARC_REG_BFAR                 CYGARC_CORTEXM_REG(0xE000ED38)

/* Exception numbers (IPSR values) of the system exceptions. */
#define CYGARC_EXCEPTION_RESET          1
#define CYGARC_EXCEPTION_NMI            2
#define CYGARC_EXCEPTION_HARD_FAULT     3
#define CYGARC_EXCEPTION_MEMORY_MANAGE  4
#define CYGARC_EXCEPTION_BUS_FAULT      5
#define CYGARC_EXCEPTION_USAGE_FAULT    6
#define CYGARC_EXCEPTION_SVCALL         11
#define CYGARC_EXCEPTION_DEBUG_MONITOR  12
#define CYGARC_EXCEPTION_PENDSV         14
#define CYGARC_EXCEPTION_SYSTICK        15
#define CYGARC_EXCEPTION_EXTERNAL(_line_) (16 + (_line_))

/* The xPSR of a frame that resumes in Thumb state (the only state). */
#define CYGARC_XPSR_THUMB               (1u << 24)

/* EXC_RETURN of an exception taken from thread mode on the process stack. */
#define CYGARC_EXC_RETURN_THREAD_PSP    0xFFFFFFFDu

#endif /* CYGONCE_HAL_CORTEXM_REGS_H */
