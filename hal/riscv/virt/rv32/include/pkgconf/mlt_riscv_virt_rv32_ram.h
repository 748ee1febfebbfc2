#ifndef CYGONCE_PKGCONF_MLT_RISCV_VIRT_RV32_RAM_H
#define CYGONCE_PKGCONF_MLT_RISCV_VIRT_RV32_RAM_H
/*
 * Memory layout of QEMU's 32-bit RISC-V virt machine: its default
 * 128 MB of RAM at 0x80000000, into which QEMU loads the program. What
 * the program does not occupy, from __heap1 to the end of RAM, is free
 * for the application.
 */

#include <cyg/infra/cyg_type.h>
#include <stddef.h>

#define CYGMEM_REGION_ram               (0x80000000)
#define CYGMEM_REGION_ram_SIZE          (0x08000000)
#define CYGMEM_REGION_ram_ATTR          (CYGMEM_REGION_ATTR_R | CYGMEM_REGION_ATTR_W)

#ifndef __ASSEMBLER__
extern char CYG_LABEL_NAME(__heap1)[];
#endif
#define CYGMEM_SECTION_heap1            (CYG_LABEL_NAME(__heap1))
#define CYGMEM_SECTION_heap1_SIZE                                       \
    (CYGMEM_REGION_ram + CYGMEM_REGION_ram_SIZE - (size_t)CYG_LABEL_NAME(__heap1))

#endif /* CYGONCE_PKGCONF_MLT_RISCV_VIRT_RV32_RAM_H */
