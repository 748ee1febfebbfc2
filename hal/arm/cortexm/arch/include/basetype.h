#ifndef CYGONCE_HAL_BASETYPE_H
#define CYGONCE_HAL_BASETYPE_H
/*
 * Basic types of Cortex-M processors, read by <cyg/infra/cyg_type.h>.
 *
 * Cortex-M cores run little-endian here (the byte order is fixed by the
 * silicon and every supported board uses little-endian), with 32-bit
 * pointers, so the default 32-bit address types of cyg_type.h fit.
 */

#define CYG_BYTEORDER           CYG_LSBFIRST
#define CYG_DOUBLE_BYTEORDER    CYG_LSBFIRST

/* The procedure call standard keeps the stack, and 64-bit data, 8-byte
 * aligned. */
#define CYGARC_ALIGNMENT        8
#define CYGARC_P2ALIGNMENT      3

#endif /* CYGONCE_HAL_BASETYPE_H */
