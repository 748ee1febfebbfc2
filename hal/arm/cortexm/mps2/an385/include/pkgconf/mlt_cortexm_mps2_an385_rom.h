#ifndef CYGONCE_PKGCONF_MLT_CORTEXM_MPS2_AN385_ROM_H
#define CYGONCE_PKGCONF_MLT_CORTEXM_MPS2_AN385_ROM_H
/*
 * Memory layout of the MPS2 board with the AN385 image.
 *
 * rom: ZBT SSRAM1, 4 MB at 0. It holds the vector table, the code and
 *      the read-only data. It is RAM, filled by the loader (QEMU -kernel),
 *      and the application treats it as read-only memory.
 * ram: ZBT SSRAM2 and 3, 4 MB at 0x20000000: data, the interrupt and
 *      start-up stacks, then free memory (heap1) up to the end.
 *
 * The 16 MB of PSRAM at 0x21000000 are not used by the HAL.
 */

#ifndef __ASSEMBLER__
#include <cyg/infra/cyg_type.h>
#include <stddef.h>
#endif

#define CYGMEM_REGION_rom           (0x00000000)
#define CYGMEM_REGION_rom_SIZE      (0x00400000)
#define CYGMEM_REGION_rom_ATTR      (CYGMEM_REGION_ATTR_R)
#define CYGMEM_REGION_ram           (0x20000000)
#define CYGMEM_REGION_ram_SIZE      (0x00400000)
#define CYGMEM_REGION_ram_ATTR      (CYGMEM_REGION_ATTR_R | CYGMEM_REGION_ATTR_W)

#ifndef __ASSEMBLER__
extern char CYG_LABEL_NAME (__heap1) [];
#endif
#define CYGMEM_SECTION_heap1        (CYG_LABEL_NAME (__heap1))
#define CYGMEM_SECTION_heap1_SIZE   (CYGMEM_REGION_ram + CYGMEM_REGION_ram_SIZE \
                                     - (size_t) CYG_LABEL_NAME (__heap1))

#endif /* CYGONCE_PKGCONF_MLT_CORTEXM_MPS2_AN385_ROM_H */
