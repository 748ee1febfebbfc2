#ifndef CYGONCE_HAL_PLF_INTR_H
#define CYGONCE_HAL_PLF_INTR_H
/*
 * MPS2 AN385: facts of the memory map that tests rely on. Included by
 * <cyg/hal/var_intr.h>; not meant to be included on its own.
 */

/*
 * Nothing answers at 0x30000000 (between the SSRAM at 0x20000000 and the
 * peripherals at 0x40000000), so an access there ends in a precise
 * BusFault. The low addresses cannot serve: SSRAM1 starts at 0.
 */
#define HAL_TEST_BAD_DATA_ADDRESS       0x30000000

#endif /* CYGONCE_HAL_PLF_INTR_H */
