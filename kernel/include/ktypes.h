#ifndef CYGONCE_KERNEL_KTYPES_H
#define CYGONCE_KERNEL_KTYPES_H
/* <cyg/kernel/ktypes.h>: the kernel's scalar and function types and the
 * names of its object types. kapi.h offers them to applications; the
 * kernel itself includes this header directly, because it is built even
 * when the C API is configured out. */

#include <pkgconf/kernel.h>
#include <cyg/infra/cyg_type.h>

/* ------------------------------------------------------------------ */
/* Types                                                               */

typedef CYG_ADDRWORD   cyg_addrword_t;
typedef cyg_addrword_t cyg_handle_t;
typedef cyg_uint32     cyg_priority_t;
typedef cyg_int32      cyg_code_t;
typedef cyg_uint32     cyg_vector_t;
typedef cyg_uint32     cyg_cpu_t;
typedef cyg_uint64     cyg_tick_count_t;
typedef int            cyg_bool_t;

typedef void cyg_exception_handler_t(cyg_addrword_t data,
                                     cyg_code_t exception_number,
                                     cyg_addrword_t info);
typedef void cyg_thread_entry_t(cyg_addrword_t);
typedef void cyg_VSR_t(void);
typedef cyg_uint32 cyg_ISR_t(cyg_vector_t vector, cyg_addrword_t data);
typedef void cyg_DSR_t(cyg_vector_t vector, cyg_ucount32 count,
                       cyg_addrword_t data);
typedef void cyg_alarm_t(cyg_handle_t alarm, cyg_addrword_t data);

#define CYG_RESOLUTION_T_MEMBERS  \
    cyg_uint32 dividend;          \
    cyg_uint32 divisor;
typedef struct {
    CYG_RESOLUTION_T_MEMBERS
} cyg_resolution_t;

typedef cyg_uint32 cyg_flag_value_t;
typedef cyg_uint8  cyg_flag_mode_t;

struct cyg_thread;     typedef struct cyg_thread     cyg_thread;
struct cyg_interrupt;  typedef struct cyg_interrupt  cyg_interrupt;
struct cyg_counter;    typedef struct cyg_counter    cyg_counter;
struct cyg_clock;      typedef struct cyg_clock      cyg_clock;
struct cyg_alarm;      typedef struct cyg_alarm      cyg_alarm;
struct cyg_mbox;       typedef struct cyg_mbox       cyg_mbox;
struct cyg_sem_t;      typedef struct cyg_sem_t      cyg_sem_t;
struct cyg_flag_t;     typedef struct cyg_flag_t     cyg_flag_t;
struct cyg_mutex_t;    typedef struct cyg_mutex_t    cyg_mutex_t;
struct cyg_cond_t;     typedef struct cyg_cond_t     cyg_cond_t;
struct cyg_spinlock_t; typedef struct cyg_spinlock_t cyg_spinlock_t;

enum cyg_ISR_results {
    CYG_ISR_HANDLED  = 1,
    CYG_ISR_CALL_DSR = 2
};

#define CYG_FLAG_WAITMODE_AND ((cyg_flag_mode_t)0)
#define CYG_FLAG_WAITMODE_OR  ((cyg_flag_mode_t)2)
#define CYG_FLAG_WAITMODE_CLR ((cyg_flag_mode_t)1)

#ifdef CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL_DYNAMIC
enum cyg_mutex_protocol {
    CYG_MUTEX_NONE = 0,
    CYG_MUTEX_INHERIT,
    CYG_MUTEX_CEILING
};
#endif

#ifdef CYGPKG_KERNEL_THREADS_DESTRUCTORS
typedef void (*cyg_thread_destructor_fn)(cyg_addrword_t);
#endif

/* Why a sleeping thread was woken (kapi.md 2: exact values). */
typedef enum {
    CYG_REASON_NONE,
    CYG_REASON_WAIT,
    CYG_REASON_DELAY,
    CYG_REASON_TIMEOUT,
    CYG_REASON_BREAK,
    CYG_REASON_DESTRUCT,
    CYG_REASON_EXIT,
    CYG_REASON_DONE
} cyg_reason_t;

typedef enum {
    CYG_MUTEX_PROTOCOL_NONE,
    CYG_MUTEX_PROTOCOL_INHERIT,
    CYG_MUTEX_PROTOCOL_CEILING
} cyg_mutex_protocol_t;

#endif /* CYGONCE_KERNEL_KTYPES_H */
