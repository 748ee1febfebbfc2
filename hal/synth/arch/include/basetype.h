#ifndef CYGONCE_HAL_BASETYPE_H
#define CYGONCE_HAL_BASETYPE_H
/*
 * Basic types of the Linux synthetic target, read by <cyg/infra/cyg_type.h>.
 *
 * The target is an x86-64 Linux process: little-endian, with 64-bit
 * pointers. Addresses and address-sized words must be able to hold a
 * pointer (applications pass pointers through cyg_addrword_t), so they
 * are unsigned long rather than the 32-bit default.
 */

#define CYG_BYTEORDER           CYG_LSBFIRST
#define CYG_DOUBLE_BYTEORDER    CYG_LSBFIRST

#define cyg_haladdress          unsigned long
#define cyg_haladdrword         unsigned long

/* The strictest alignment the host ABI asks for (max_align_t). */
#define CYGARC_ALIGNMENT        16
#define CYGARC_P2ALIGNMENT      4

#endif /* CYGONCE_HAL_BASETYPE_H */
