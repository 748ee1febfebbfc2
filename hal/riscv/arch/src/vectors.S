/*
 * RISC-V architecture HAL: reset.
 *
 * QEMU's reset code jumps to the start of RAM, where the linker script
 * places this section; it is also the ELF entry point, for loaders that
 * use that. Nothing in the program refers to it, so it is compiled into
 * libextras.a, which is linked whole.
 *
 * Only hart 0 runs the system; any other waits forever with its
 * interrupts masked. Interrupts stay disabled until a thread (or the
 * application, without a kernel) enables them.
 */

#include <pkgconf/hal.h>
#include <cyg/hal/riscv_regs.h>

/* The start-up stack doubles as the interrupt stack: it is free once the
 * first thread runs. Rounded to keep the stack pointer 16-byte aligned. */
#define STACK_SIZE  ((CYGNUM_HAL_COMMON_INTERRUPTS_STACK_SIZE + 15) & ~15)

        .section .text.cyg_hal_riscv_reset, "ax", @progbits
        .globl  cyg_hal_riscv_reset
        .type   cyg_hal_riscv_reset, @function
cyg_hal_riscv_reset:
        csrw    mie, zero
        csrci   mstatus, CYGARC_RISCV_MSTATUS_MIE
        csrr    t0, mhartid
        bnez    t0, park

        /* gp cannot be set relative to itself: no linker relaxation. */
        .option push
        .option norelax
        la      gp, __global_pointer$
        .option pop

        la      sp, cyg_interrupt_stack
        la      t0, cyg_hal_riscv_trap_entry
        csrw    mtvec, t0
        /* Zero: already on the interrupt stack (see trap.S). */
        csrw    mscratch, zero

        /* The loader zeroes .bss too, but a reset does not reload. */
        la      a0, __bss_start
        la      a1, __bss_end
1:      bgeu    a0, a1, 2f
        sw      zero, 0(a0)
        addi    a0, a0, 4
        j       1b
2:
        call    cyg_hal_riscv_start

park:
        wfi
        j       park
        .size   cyg_hal_riscv_reset, . - cyg_hal_riscv_reset

        .section .bss.cyg_interrupt_stack, "aw", @nobits
        .p2align 4
        .globl  cyg_interrupt_stack_base
        .type   cyg_interrupt_stack_base, @object
cyg_interrupt_stack_base:
        .space  STACK_SIZE
        .size   cyg_interrupt_stack_base, STACK_SIZE
        .globl  cyg_interrupt_stack
cyg_interrupt_stack:
