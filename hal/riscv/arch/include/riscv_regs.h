#ifndef CYGONCE_HAL_RISCV_REGS_H
#define CYGONCE_HAL_RISCV_REGS_H
/*
 * RISC-V architecture HAL: machine-mode CSR fields, trap causes and the
 * layout of the two frames the HAL keeps on stacks.
 *
 * Plain #defines only, so that the assembly sources can include it too.
 * The C views of the frames (in <cyg/hal/hal_arch.h>) are checked
 * against these offsets at compile time.
 */

#if !defined(__riscv) || __riscv_xlen != 32
# error "this HAL supports 32-bit RISC-V (rv32) only"
#endif

/* mstatus: the global interrupt enable, its copy made on a trap, and
 * the privilege to return to (always machine mode here). */
#define CYGARC_RISCV_MSTATUS_MIE        0x00000008
#define CYGARC_RISCV_MSTATUS_MPIE       0x00000080
#define CYGARC_RISCV_MSTATUS_MPP        0x00001800

/* mie/mip bits of the three machine-level interrupt lines. */
#define CYGARC_RISCV_MIE_MSIE           0x00000008
#define CYGARC_RISCV_MIE_MTIE           0x00000080
#define CYGARC_RISCV_MIE_MEIE           0x00000800

/* mcause: the top bit tells interrupts from exceptions. */
#define CYGARC_RISCV_MCAUSE_INTERRUPT   0x80000000
#define CYGARC_RISCV_MCAUSE_CODE        0x7FFFFFFF

/* Interrupt causes (mcause codes with the top bit set). */
#define CYGARC_RISCV_IRQ_M_SOFTWARE     3
#define CYGARC_RISCV_IRQ_M_TIMER        7
#define CYGARC_RISCV_IRQ_M_EXTERNAL     11

/* Exception causes (mcause codes with the top bit clear). */
#define CYGARC_RISCV_EXC_INSN_MISALIGNED    0
#define CYGARC_RISCV_EXC_INSN_ACCESS        1
#define CYGARC_RISCV_EXC_ILLEGAL_INSN       2
#define CYGARC_RISCV_EXC_BREAKPOINT         3
#define CYGARC_RISCV_EXC_LOAD_MISALIGNED    4
#define CYGARC_RISCV_EXC_LOAD_ACCESS        5
#define CYGARC_RISCV_EXC_STORE_MISALIGNED   6
#define CYGARC_RISCV_EXC_STORE_ACCESS       7
#define CYGARC_RISCV_EXC_ECALL_U            8
#define CYGARC_RISCV_EXC_ECALL_S            9
#define CYGARC_RISCV_EXC_ECALL_M            11

/*
 * The thread context (HAL_SavedRegisters): what a thread leaves on its
 * stack when it switches away. Only the registers a called function
 * must preserve, the return address and the interrupt-enable state.
 */
#define CYGARC_RISCV_CTX_RA             0
#define CYGARC_RISCV_CTX_S0             4       /* s0..s11 follow */
#define CYGARC_RISCV_CTX_MSTATUS        52
#define CYGARC_RISCV_CTX_SIZE           64      /* keeps sp 16-byte aligned */

/*
 * The trap frame: what the trap entry saves on the interrupted stack.
 * The registers a called function may clobber (the C code the trap
 * calls preserves the others), mepc, and for exceptions mstatus and
 * mcause.
 */
#define CYGARC_RISCV_TF_RA              0
#define CYGARC_RISCV_TF_T0              4
#define CYGARC_RISCV_TF_T1              8
#define CYGARC_RISCV_TF_T2              12
#define CYGARC_RISCV_TF_A0              16      /* a0..a7 follow */
#define CYGARC_RISCV_TF_T3              48
#define CYGARC_RISCV_TF_T4              52
#define CYGARC_RISCV_TF_T5              56
#define CYGARC_RISCV_TF_T6              60
#define CYGARC_RISCV_TF_MEPC            64
#define CYGARC_RISCV_TF_MSTATUS         68
#define CYGARC_RISCV_TF_MCAUSE          72
#define CYGARC_RISCV_TF_SIZE            80      /* keeps sp 16-byte aligned */

#endif /* CYGONCE_HAL_RISCV_REGS_H */
