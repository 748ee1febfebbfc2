#ifndef CYGONCE_HAL_BASETYPE_H
#define CYGONCE_HAL_BASETYPE_H
/*
 * RISC-V architecture HAL: basic types, read by <cyg/infra/cyg_type.h>.
 *
 * RISC-V is little-endian. Under the ilp32 ABI pointers, int and long
 * are 32 bits wide, so the infrastructure's default address types fit.
 */

#define CYG_BYTEORDER           CYG_LSBFIRST
#define CYG_DOUBLE_BYTEORDER    CYG_LSBFIRST

/*
 * The ABI aligns the stack, and long double, to 16 bytes: allocators
 * and thread stacks must do at least as well.
 */
#define CYGARC_ALIGNMENT        16
#define CYGARC_P2ALIGNMENT      4

#endif /* CYGONCE_HAL_BASETYPE_H */
