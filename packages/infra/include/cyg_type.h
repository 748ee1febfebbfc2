#ifndef CYGONCE_INFRA_CYG_TYPE_H
#define CYGONCE_INFRA_CYG_TYPE_H
/*
 * cyg_type.h -- basic types, linkage and compiler helpers
 *
 * Part of the Cygnet infrastructure package; eCos-compatible names and
 * values. Every other header of the system builds on this one.
 */

#include <stddef.h>

/* ------------------------------------------------------------------ */
/* Linkage. Defined before the HAL header so that it may use them.     */

#ifdef __cplusplus
# define __externC extern "C"
#else
# define __externC extern
#endif
#define externC __externC

/* The host C library may have its own __THROW (the synthetic target
 * includes host headers); either meaning suits the declarations here. */
#ifndef __THROW
# ifdef __cplusplus
#  define __THROW throw()
# else
#  define __THROW
# endif
#endif

#ifdef __GNUC__
# define __GNUC_VERSION__ (__GNUC__ * 10000 + __GNUC_MINOR__ * 100 + __GNUC_PATCHLEVEL__)
#endif

/* ------------------------------------------------------------------ */
/* Byte order names; the HAL picks one of them.                        */

#define CYG_LSBFIRST 1234
#define CYG_MSBFIRST 4321

#include <cyg/hal/basetype.h>

#if !defined(CYG_BYTEORDER) || (CYG_BYTEORDER != CYG_LSBFIRST && CYG_BYTEORDER != CYG_MSBFIRST)
# error "<cyg/hal/basetype.h> must define CYG_BYTEORDER as CYG_LSBFIRST or CYG_MSBFIRST"
#endif

#ifndef CYG_DOUBLE_BYTEORDER
# define CYG_DOUBLE_BYTEORDER CYG_BYTEORDER
#endif

/* ------------------------------------------------------------------ */
/* Statement helpers.                                                  */

#define CYG_MACRO_START do {
#define CYG_MACRO_END   } while (0)
#define CYG_EMPTY_STATEMENT CYG_MACRO_START CYG_MACRO_END

/* Copying the parameter through two temporaries reads it (no "unused"
 * warning) while still checking that it converts to _type_. */
#define CYG_UNUSED_PARAM(_type_, _name_)            \
    CYG_MACRO_START                                 \
        _type_ cyg_unused_param_copy1_ = (_name_);  \
        _type_ cyg_unused_param_copy2_ = cyg_unused_param_copy1_; \
        cyg_unused_param_copy1_ = cyg_unused_param_copy2_;        \
    CYG_MACRO_END

/* A "used" pointer to the object keeps it, and whatever it pulls in,
 * through the linker's garbage collection. */
#define CYG_REFERENCE_OBJECT(__object__)                                \
    CYG_MACRO_START                                                     \
        static const void *cyg_reference_object_ptr_                   \
            __attribute__((unused, used)) = (const void *)&(__object__); \
    CYG_MACRO_END

#define CYG_NELEM(a) (sizeof(a) / sizeof((a)[0]))

#ifndef CYG_LABEL_NAME
# define CYG_LABEL_NAME(_name_) _name_
#endif
#ifndef CYG_LABEL_DEFN
# define CYG_LABEL_DEFN(_label) _label
#endif

/* Two levels, so that macro arguments are expanded before #. */
#define CYG_INFRA_STRING_(_x_) #_x_
#define CYG_INFRA_XSTRING_(_x_) CYG_INFRA_STRING_(_x_)

/* ------------------------------------------------------------------ */
/* Compiler attributes. Each may be pre-defined by the HAL.            */

#ifndef CYGBLD_ATTRIB_CONSTRUCTOR
# define CYGBLD_ATTRIB_CONSTRUCTOR __attribute__((constructor))
#endif
#ifndef CYGBLD_ATTRIB_NORET
# define CYGBLD_ATTRIB_NORET __attribute__((noreturn))
#endif
#ifndef CYGBLD_ATTRIB_WEAK
# define CYGBLD_ATTRIB_WEAK __attribute__ ((weak))
#endif
#ifndef CYGBLD_ATTRIB_ALIAS
# define CYGBLD_ATTRIB_ALIAS(__symbol__) __attribute__ ((alias (#__symbol__)))
#endif
#ifndef CYGBLD_ATTRIB_WEAK_ALIAS
# define CYGBLD_ATTRIB_WEAK_ALIAS(__symbol__) \
    __attribute__ ((weak, alias (#__symbol__)))
#endif
#ifndef CYGBLD_ATTRIB_ASM_ALIAS
# define CYGBLD_ATTRIB_ASM_ALIAS(__symbol__) \
    __asm__ (CYG_INFRA_XSTRING_(CYG_LABEL_DEFN(__symbol__)))
#endif
#ifndef CYGBLD_ATTRIB_CONST
# define CYGBLD_ATTRIB_CONST __attribute__((const))
#endif
#ifndef CYGBLD_ATTRIB_SECTION
# define CYGBLD_ATTRIB_SECTION(__sect__) __attribute__((section (__sect__)))
#endif
#ifndef CYGBLD_ATTRIB_ALIGN
# define CYGBLD_ATTRIB_ALIGN(__align__) __attribute__((aligned(__align__)))
#endif
#ifndef CYGBLD_ATTRIB_ALIGN_MAX
# define CYGBLD_ATTRIB_ALIGN_MAX __attribute__((aligned))
#endif
#ifndef CYGBLD_ATTRIB_ALIGNOFTYPE
# define CYGBLD_ATTRIB_ALIGNOFTYPE(_type_) \
    __attribute__((aligned(__alignof__(_type_))))
#endif
#ifndef CYGBLD_ATTRIB_PRINTF_FORMAT
# define CYGBLD_ATTRIB_PRINTF_FORMAT(__format__, __args__) \
    __attribute__((format (printf, __format__, __args__)))
#endif
#ifndef CYGBLD_ATTRIB_SCANF_FORMAT
# define CYGBLD_ATTRIB_SCANF_FORMAT(__format__, __args__) \
    __attribute__((format (scanf, __format__, __args__)))
#endif
#ifndef CYGBLD_ATTRIB_STRFTIME_FORMAT
# define CYGBLD_ATTRIB_STRFTIME_FORMAT(__format__, __args__) \
    __attribute__((format (strftime, __format__, __args__)))
#endif
#ifndef CYGBLD_ATTRIB_UNUSED
# define CYGBLD_ATTRIB_UNUSED __attribute__((unused))
#endif
#ifndef CYGBLD_ATTRIB_USED
# if defined(__GNUC_VERSION__) && __GNUC_VERSION__ >= 30302
#  define CYGBLD_ATTRIB_USED __attribute__((used))
# else
#  define CYGBLD_ATTRIB_USED
# endif
#endif

/* Constructor ordering. C++ objects use init_priority; C code uses
 * constructor priorities (GCC 4.3 and later). */
#ifndef CYGBLD_ATTRIB_INIT_PRI
# ifdef __cplusplus
#  define CYGBLD_ATTRIB_INIT_PRI(_pri_) __attribute__((init_priority(_pri_)))
# else
#  define CYGBLD_ATTRIB_INIT_PRI(_pri_)
# endif
#endif
#define CYGBLD_ATTRIB_INIT_BEFORE(_pri_) CYGBLD_ATTRIB_INIT_PRI(_pri_ - 100)
#define CYGBLD_ATTRIB_INIT_AFTER(_pri_)  CYGBLD_ATTRIB_INIT_PRI(_pri_ + 100)
#define CYG_INIT_PRIORITY(_name_) CYGBLD_ATTRIB_INIT_PRI(CYG_INIT_##_name_)

#if !defined(CYGBLD_ATTRIB_C_INIT_PRI) && defined(__GNUC_VERSION__)
# if __GNUC_VERSION__ >= 40300
#  define CYGBLD_ATTRIB_C_INIT_PRI(_pri_) __attribute__((constructor (_pri_)))
# endif
#endif
#ifdef CYGBLD_ATTRIB_C_INIT_PRI
# define CYGBLD_ATTRIB_C_INIT_BEFORE(_pri_) CYGBLD_ATTRIB_C_INIT_PRI(_pri_ - 100)
# define CYGBLD_ATTRIB_C_INIT_AFTER(_pri_)  CYGBLD_ATTRIB_C_INIT_PRI(_pri_ + 100)
#endif

/* Hooks for tools that track variables shared between contexts. */
#ifndef CYGBLD_ANNOTATE_VARIABLE_HAL
# define CYGBLD_ANNOTATE_VARIABLE_HAL
#endif
#ifndef CYGBLD_ANNOTATE_VARIABLE_SCHED
# define CYGBLD_ANNOTATE_VARIABLE_SCHED
#endif
#ifndef CYGBLD_ANNOTATE_VARIABLE_CLOCK
# define CYGBLD_ANNOTATE_VARIABLE_CLOCK
#endif
#ifndef CYGBLD_ANNOTATE_VARIABLE_INTR
# define CYGBLD_ANNOTATE_VARIABLE_INTR
#endif

/* ------------------------------------------------------------------ */
/* Static initialization order (lower runs first).                     */

#define CYG_INIT_HAL                    10000
#define CYG_INIT_SCHEDULER              11000
#define CYG_INIT_IDLE_THREAD            11100
#define CYG_INIT_INTERRUPTS             12000
#define CYG_INIT_CLOCK                  14000
#define CYG_INIT_THREADS                16000
#define CYG_INIT_KERNEL                 19000
#define CYG_INIT_MEMALLOC               20000
#define CYG_INIT_BUS_PRIMARY            30000
#define CYG_INIT_BUS_SECONDARY          31000
#define CYG_INIT_BUS_TERTIARY           32000
#define CYG_INIT_BUS_I2C                CYG_INIT_BUS_TERTIARY
#define CYG_INIT_BUS_SPI                CYG_INIT_BUS_TERTIARY
#define CYG_INIT_DEV_WATCHDOG           35000
#define CYG_INIT_DEV_WALLCLOCK          36000
#define CYG_INIT_DEV_BLOCK_PRIMARY      37000
#define CYG_INIT_DEV_FLASH              CYG_INIT_DEV_BLOCK_PRIMARY
#define CYG_INIT_CONFIG                 38000
#define CYG_INIT_DEV_BLOCK_SECONDARY    40000
#define CYG_INIT_DEV_CHAR               41000
#define CYG_INIT_DRIVERS                48000
#define CYG_INIT_IO                     49000
#define CYG_INIT_IO_FS                  50000
#define CYG_INIT_LIBC                   56000
#define CYG_INIT_COMPAT                 58000
#define CYG_INIT_APPLICATION            60000
#define CYG_INIT_PREDEFAULT             65534
#define CYG_INIT_DEFAULT                65535

/* ------------------------------------------------------------------ */
/* Alignment and memory regions.                                       */

#ifndef CYGARC_ALIGNMENT
# define CYGARC_ALIGNMENT 8
#endif
#ifndef CYGARC_P2ALIGNMENT
# define CYGARC_P2ALIGNMENT 3
#endif
#if (1 << CYGARC_P2ALIGNMENT) != CYGARC_ALIGNMENT
# error "CYGARC_ALIGNMENT must equal 1 << CYGARC_P2ALIGNMENT"
#endif

#define CYGMEM_REGION_ATTR_R 0x01
#define CYGMEM_REGION_ATTR_W 0x02

/* ------------------------------------------------------------------ */
/* Types. The HAL may override the underlying C types.                 */

#ifndef cyg_halint8
# define cyg_halint8 char
#endif
#ifndef cyg_halint16
# define cyg_halint16 short
#endif
#ifndef cyg_halint32
# define cyg_halint32 int
#endif
#ifndef cyg_halint64
# define cyg_halint64 long long
#endif
#ifndef cyg_halcount8
# define cyg_halcount8 int
#endif
#ifndef cyg_halcount16
# define cyg_halcount16 int
#endif
#ifndef cyg_halcount32
# define cyg_halcount32 int
#endif
#ifndef cyg_halcount64
# define cyg_halcount64 long long
#endif
#ifndef cyg_haladdress
# define cyg_haladdress cyg_uint32
#endif
#ifndef cyg_haladdrword
# define cyg_haladdrword cyg_uint32
#endif
#ifndef cyg_halbool
# define cyg_halbool int
#endif
#ifndef cyg_halatomic
# define cyg_halatomic cyg_halint8
#endif

typedef unsigned cyg_halint8  cyg_uint8;
typedef signed   cyg_halint8  cyg_int8;
typedef unsigned cyg_halint16 cyg_uint16;
typedef signed   cyg_halint16 cyg_int16;
typedef unsigned cyg_halint32 cyg_uint32;
typedef signed   cyg_halint32 cyg_int32;
typedef unsigned cyg_halint64 cyg_uint64;
typedef signed   cyg_halint64 cyg_int64;

typedef cyg_halbool cyg_bool;

typedef unsigned cyg_halcount8  cyg_ucount8;
typedef signed   cyg_halcount8  cyg_count8;
typedef unsigned cyg_halcount16 cyg_ucount16;
typedef signed   cyg_halcount16 cyg_count16;
typedef unsigned cyg_halcount32 cyg_ucount32;
typedef signed   cyg_halcount32 cyg_count32;
typedef unsigned cyg_halcount64 cyg_ucount64;
typedef signed   cyg_halcount64 cyg_count64;

typedef volatile unsigned cyg_halatomic cyg_atomic;
typedef cyg_atomic CYG_ATOMIC;

typedef cyg_uint32 CYG_WORD;
typedef cyg_uint8  CYG_BYTE;
typedef cyg_uint16 CYG_WORD16;
typedef cyg_uint32 CYG_WORD32;
typedef cyg_uint64 CYG_WORD64;

typedef cyg_haladdress  CYG_ADDRESS;
typedef cyg_haladdrword CYG_ADDRWORD;

/* Old-style C sources use bool without <stdbool.h>. From C23 on these
 * are keywords and must be left alone. */
#if !defined(__cplusplus) && !(defined(__STDC_VERSION__) && __STDC_VERSION__ > 201710L)
# ifndef bool
typedef cyg_halbool bool;
# endif
# ifndef false
#  define false 0
# endif
# ifndef true
#  define true (!false)
# endif
#endif

#ifndef NULL
# define NULL 0
#endif

#endif /* CYGONCE_INFRA_CYG_TYPE_H */
