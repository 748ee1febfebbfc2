#ifndef CYGONCE_KERNEL_KAPIDATA_H
#define CYGONCE_KERNEL_KAPIDATA_H
/* <cyg/kernel/kapidata.h>: the complete kernel object types, so that
 * applications can allocate them (`static cyg_thread t[4];`). Their
 * members are the kernel's business: the layout changes with the
 * configuration, and applications must not touch them. */

#include <pkgconf/kernel.h>
#include <cyg/kernel/ktypes.h>
#include <cyg/hal/hal_intr.h>

/* A node of a circular doubly-linked list; a list head is a node whose
 * neighbours are itself when the list is empty. Wait queues, run queues
 * and alarm lists are all made of these, so removal is O(1). */
typedef struct cyg_knode {
    struct cyg_knode *next;
    struct cyg_knode *prev;
} cyg_knode;

/* ------------------------------------------------------------------ */
/* Counters, clocks and alarms                                         */

struct cyg_alarm {
    cyg_knode          node;          /* on its counter's list while enabled */
    struct cyg_counter *counter;
    cyg_alarm_t        *fn;
    cyg_addrword_t     data;
    cyg_tick_count_t   trigger;
    cyg_tick_count_t   interval;
    cyg_bool_t         enabled;
};

#ifdef CYGIMP_KERNEL_COUNTERS_MULTI_LIST
# define CYGK_COUNTER_LISTS CYGNUM_KERNEL_COUNTERS_MULTI_LIST_SIZE
#else
# define CYGK_COUNTER_LISTS 1
#endif

struct cyg_counter {
    cyg_knode          alarms[CYGK_COUNTER_LISTS];
    cyg_tick_count_t   value;
    cyg_uint32         increment;
#ifdef CYGIMP_KERNEL_COUNTERS_MULTI_LIST
    cyg_bool_t         jumped;        /* set_value: next tick scans all lists */
#endif
};

/* The counter comes first: cyg_clock_to_counter() hands out the clock's
 * own address. */
struct cyg_clock {
    struct cyg_counter counter;
    cyg_resolution_t   resolution;
};

/* ------------------------------------------------------------------ */
/* Threads                                                             */

#if defined(CYGPKG_KERNEL_EXCEPTIONS) && !defined(CYGSEM_KERNEL_EXCEPTIONS_GLOBAL)
# ifdef CYGSEM_KERNEL_EXCEPTIONS_DECODE
#  define CYGK_EXCEPTION_HANDLERS CYGNUM_HAL_EXCEPTION_COUNT
# else
#  define CYGK_EXCEPTION_HANDLERS 1
# endif
#endif

/* Only mutexes boost priorities: without them threads keep no base
 * priority apart from the current one. */
#if defined(CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL) && \
    defined(CYGFUN_KERNEL_SYNCH_MUTEX) && \
    (defined(CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL_INHERIT) || \
     defined(CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL_CEILING))
# define CYGK_PRIORITY_BOOSTS 1
#endif

#if defined(CYGFUN_KERNEL_THREADS_STACK_CHECKING) || \
    defined(CYGFUN_KERNEL_THREADS_STACK_CHECKING_RELEASE)
# define CYGK_STACK_CHECKING 1
#endif

/* What a thread waiting on an object waits for. */
typedef union {
    struct {
        cyg_flag_value_t pattern;
        cyg_flag_value_t result;
        cyg_flag_mode_t  mode;
    } flag;
    cyg_int32 size;                   /* memory pool request */
} cyg_kwait;

#ifdef CYGPKG_KERNEL_THREADS_DESTRUCTORS
typedef struct {
    cyg_thread_destructor_fn fn;
    cyg_addrword_t           data;
} cyg_kdestructor;
#endif

struct cyg_thread {
    CYG_ADDRESS        stack_ptr;     /* saved context; the HAL owns it */
    cyg_knode          node;          /* run queue or wait queue link */
    cyg_knode          *queue;        /* the wait queue it sleeps on, if any */
    cyg_uint32         state;
    cyg_uint32         suspend_count;
    cyg_priority_t     priority;      /* dispatching priority */
#ifdef CYGK_PRIORITY_BOOSTS
    cyg_priority_t     base_priority; /* set by create/set_priority */
    cyg_uint32         mutex_count;   /* protocol mutexes held */
#endif
    cyg_uint16         unique_id;
    cyg_uint8          wake_reason;
    cyg_uint8          sleep_reason;
    cyg_kwait          wait;
    cyg_thread_entry_t *entry;
    cyg_addrword_t     entry_data;
    CYG_ADDRESS        stack_base;    /* as given to cyg_thread_create */
    cyg_uint32         stack_size;
#ifdef CYGFUN_KERNEL_THREADS_STACK_LIMIT
    CYG_ADDRESS        stack_limit;   /* lowest usable address */
#endif
#ifdef CYGVAR_KERNEL_THREADS_NAME
    char               *name;
#endif
#ifdef CYGVAR_KERNEL_THREADS_LIST
    struct cyg_thread  *list_next;
#endif
#ifdef CYGFUN_KERNEL_THREADS_TIMER
    struct cyg_alarm   timer;         /* delays and timed waits */
#endif
#ifdef CYGSEM_KERNEL_SCHED_TIMESLICE_ENABLE
    cyg_bool_t         timeslice_enabled;
#endif
#ifdef CYGVAR_KERNEL_THREADS_DATA
    CYG_ADDRWORD       data[CYGNUM_KERNEL_THREADS_DATA_MAX];
#endif
#if defined(CYGPKG_KERNEL_THREADS_DESTRUCTORS) && \
    defined(CYGSEM_KERNEL_THREADS_DESTRUCTORS_PER_THREAD)
    cyg_kdestructor    destructors[CYGNUM_KERNEL_THREADS_DESTRUCTORS];
#endif
#ifdef CYGK_EXCEPTION_HANDLERS
    cyg_exception_handler_t *exception_handler[CYGK_EXCEPTION_HANDLERS];
    cyg_addrword_t           exception_data[CYGK_EXCEPTION_HANDLERS];
#endif
    /* The lifecycle extensions (kapi_ext.h), each with its option. */
#ifdef CYGFUN_KERNEL_THREADS_JOIN
    cyg_knode          join_queue;    /* threads waiting for its end */
    struct cyg_thread  *joining;      /* the thread it waits for, if any */
#endif
#ifdef CYGFUN_KERNEL_THREADS_ESSENTIAL
    cyg_bool_t         essential;     /* its end halts the system */
#endif
#ifdef CYGFUN_KERNEL_THREADS_STACK_ALLOCATION
    cyg_bool_t         stack_allocated; /* from the kernel's stack pool */
#endif
#ifdef CYGFUN_KERNEL_THREADS_ATTRIBUTES
    void               (*exit_hook)(cyg_handle_t, cyg_addrword_t);
    cyg_addrword_t     exit_hook_data;
# ifdef CYGSEM_KERNEL_SCHED_TIMESLICE
    cyg_ucount32       timeslice_ticks;
# endif
#endif
#ifdef CYGFUN_KERNEL_THREADS_RUNTIME_STATS
    cyg_uint64         runtime_total; /* time on the CPU, fine-clock units */
    cyg_uint64         runtime_seen;  /* runtime_total at the last read */
    cyg_uint64         runtime_read_at; /* fine clock at the last read */
#endif
};

/* ------------------------------------------------------------------ */
/* Interrupts                                                          */

struct cyg_interrupt {
    cyg_vector_t         vector;
    cyg_priority_t       priority;
    cyg_ISR_t            *isr;
    cyg_DSR_t            *dsr;
    cyg_addrword_t       data;
#ifdef CYGIMP_KERNEL_INTERRUPTS_DSRS
    cyg_ucount32         dsr_count;   /* DSR requests since it last ran */
# ifdef CYGIMP_KERNEL_INTERRUPTS_DSRS_LIST
    struct cyg_interrupt *next_dsr;
# endif
#endif
#ifdef CYGIMP_KERNEL_INTERRUPTS_CHAIN
    struct cyg_interrupt *next;       /* same vector, by priority */
    cyg_bool_t           attached;
#endif
};

/* ------------------------------------------------------------------ */
/* Synchronisation objects                                             */

/* The queue first: a post then finds out whether anyone waits by
 * comparing its first word with the semaphore's own address. */
struct cyg_sem_t {
    cyg_knode   queue;
    cyg_count32 count;
};

struct cyg_flag_t {
    cyg_flag_value_t value;
    cyg_knode        queue;
};

struct cyg_mbox {
    cyg_knode   get_queue;
#ifdef CYGMFN_KERNEL_SYNCH_MBOXT_PUT_CAN_WAIT
    cyg_knode   put_queue;
#endif
    cyg_count32 first;                /* index of the oldest item */
    cyg_count32 count;
    void        *items[CYGNUM_KERNEL_SYNCH_MBOX_QUEUE_SIZE];
};

struct cyg_mutex_t {
    struct cyg_thread    *owner;
    cyg_bool_t           locked;
    cyg_knode            queue;
#ifdef CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL
    cyg_mutex_protocol_t protocol;
    cyg_priority_t       ceiling;
    cyg_bool_t           counted;     /* owner counts it in mutex_count */
#endif
};

struct cyg_cond_t {
    struct cyg_mutex_t *mutex;
    cyg_knode          queue;
};

struct cyg_spinlock_t {
    volatile cyg_uint32 lock;
};

/* The memory pools wait on kernel queues, so they come after cyg_knode. */
#ifdef CYGPKG_MEMALLOC
# include <cyg/memalloc/kapidata.h>
#endif

#endif /* CYGONCE_KERNEL_KAPIDATA_H */
