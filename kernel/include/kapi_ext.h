#ifndef CYGONCE_KERNEL_KAPI_EXT_H
#define CYGONCE_KERNEL_KAPI_EXT_H
/* <cyg/kernel/kapi_ext.h>: Cygnet's thread lifecycle extensions of the
 * eCos C API: join, delayed start, creation attributes, kernel-allocated
 * stacks, essential threads, runtime statistics and inspection. Programs
 * written for eCos include only kapi.h and see none of it. Each group
 * exists with its CDL option; doc/lifecycle.md describes them all.
 *
 * The calls that can fail return a cyg_thread_result_t. API misuse (a
 * thread that was never created, a double join, cancelling a start that
 * already happened, ...) is an assertion when CYGDBG_USE_ASSERTS is on;
 * otherwise the call returns the error code given below and changes
 * nothing. */

#include <cyg/kernel/kapi.h>

#ifdef CYGFUN_KERNEL_API_C

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    CYG_THREAD_OK        =  0,
    CYG_THREAD_EINVAL    = -1,  /* not a thread, or a bad argument */
    CYG_THREAD_EDEADLK   = -2,  /* the join would wait for itself */
    CYG_THREAD_EBUSY     = -3,  /* another thread is joining it */
    CYG_THREAD_ETIMEDOUT = -4,  /* the timeout expired first */
    CYG_THREAD_EINTR     = -5,  /* cyg_thread_release ended the wait */
    CYG_THREAD_ESTARTED  = -6,  /* no delayed start is pending */
    CYG_THREAD_ENOMEM    = -7   /* the kernel's stack pool is exhausted */
} cyg_thread_result_t;

/* A join timeout or start delay without end. */
#define CYG_THREAD_FOREVER ((cyg_tick_count_t)-1)

/* ------------------------------------------------------------------ */
/* Join (CYGFUN_KERNEL_THREADS_JOIN)                                   */

#ifdef CYGFUN_KERNEL_THREADS_JOIN
/* Wait up to `timeout' ticks (0: do not wait; CYG_THREAD_FOREVER) for
 * `thread' to exit or be killed, then delete it: its cyg_thread and its
 * stack may be reused at once. */
cyg_thread_result_t cyg_thread_join(cyg_handle_t thread,
                                    cyg_tick_count_t timeout) __THROW;
#endif

/* ------------------------------------------------------------------ */
/* Creation attributes (CYGFUN_KERNEL_THREADS_ATTRIBUTES)              */

#ifdef CYGFUN_KERNEL_THREADS_ATTRIBUTES

/* attr.flags */
#define CYG_THREAD_ESSENTIAL 0x1u   /* needs CYGFUN_KERNEL_THREADS_ESSENTIAL */

typedef void cyg_thread_exit_hook_t(cyg_handle_t thread, cyg_addrword_t data);

/* The members are public: fill them after cyg_thread_attr_init. */
typedef struct {
    cyg_addrword_t   sched_info;     /* the priority, as for cyg_thread_create */
    char             *name;
    void             *stack_base;    /* NULL: a stack from the kernel's pool */
    cyg_ucount32     stack_size;     /* 0 with a pool stack: the typical size */
    cyg_tick_count_t start_delay;    /* ticks; 0: at once; FOREVER: suspended */
    cyg_uint32       flags;          /* CYG_THREAD_ESSENTIAL */
    cyg_ucount32     timeslice;      /* ticks; 0: the configured slice */
    cyg_thread_exit_hook_t *exit_hook; /* run once the thread is deleted */
    cyg_addrword_t   exit_hook_data;
} cyg_thread_attr_t;

/* The attributes of cyg_thread_create: middle priority, no name, no
 * stack, created suspended, not essential, the configured slice, no
 * exit hook. */
void cyg_thread_attr_init(cyg_thread_attr_t *attr) __THROW;

/* Build `thread' from `attr' (which the kernel does not keep) and store
 * its handle. */
cyg_thread_result_t cyg_thread_create_ext(const cyg_thread_attr_t *attr,
                                          cyg_thread_entry_t *entry,
                                          cyg_addrword_t entry_data,
                                          cyg_handle_t *handle,
                                          cyg_thread *thread) __THROW;
#endif

#ifdef CYGFUN_KERNEL_THREADS_DELAYED_START
/* Cancel the pending delayed start of `thread' and delete it: it never
 * runs, and must be created again before any use. */
cyg_thread_result_t cyg_thread_start_cancel(cyg_handle_t thread) __THROW;
#endif

/* ------------------------------------------------------------------ */
/* Essential threads (CYGFUN_KERNEL_THREADS_ESSENTIAL)                 */

#ifdef CYGFUN_KERNEL_THREADS_ESSENTIAL
void cyg_thread_set_essential(cyg_handle_t thread, cyg_bool_t essential) __THROW;
cyg_bool_t cyg_thread_is_essential(cyg_handle_t thread) __THROW;

/* Called when an essential thread exits or is killed, after the kernel
 * has reported it and before it halts the system; `event' is "exited"
 * or "killed". The kernel's version does nothing; an application (or a
 * test) may define its own, which should not return. */
void cyg_thread_essential_fatal_hook(cyg_handle_t thread,
                                     const char *event) __THROW;
#endif

/* ------------------------------------------------------------------ */
/* Runtime statistics (CYGFUN_KERNEL_THREADS_RUNTIME_STATS)            */

#ifdef CYGFUN_KERNEL_THREADS_RUNTIME_STATS
/* Times are in units of the HAL clock: CYG_THREAD_RUNTIME_PER_TICK of
 * them make one real-time clock tick. */
#define CYG_THREAD_RUNTIME_PER_TICK ((cyg_uint64)CYGNUM_KERNEL_COUNTERS_RTC_PERIOD)

typedef struct {
    cyg_uint64 total;     /* time on the CPU since creation (or restart) */
    cyg_uint64 recent;    /* of which since the previous read */
    cyg_uint64 interval;  /* time elapsed since the previous read */
} cyg_thread_runtime_t;

cyg_thread_result_t cyg_thread_runtime_get(cyg_handle_t thread,
                                           cyg_thread_runtime_t *runtime) __THROW;

/* The share of the CPU not given to the idle thread since the previous
 * call (the first: since the scheduler started), in thousandths. */
cyg_uint32 cyg_thread_cpu_load(void) __THROW;
#endif

/* ------------------------------------------------------------------ */
/* Inspection (CYGFUN_KERNEL_THREADS_INSPECTION)                       */

#ifdef CYGFUN_KERNEL_THREADS_INSPECTION
/* Room for the longest state string and its terminating NUL. */
#define CYG_THREAD_STATE_STRING_SIZE 48

/* The state of `thread' in words ("running", "ready", "suspended+sleeping",
 * "exited", ...; "invalid" for no thread) in `buf', cut to `size' bytes
 * with its NUL; returns `buf'. */
const char *cyg_thread_state_string(cyg_handle_t thread, char *buf,
                                    cyg_uint32 size) __THROW;

/* Called for each thread; returning false ends the walk. */
typedef cyg_bool_t cyg_thread_foreach_fn(cyg_handle_t thread, cyg_uint16 id,
                                         cyg_addrword_t data);

/* Call `fn' for every thread, in creation order, with the scheduler
 * unlocked; returns how many calls were made. */
cyg_uint32 cyg_thread_foreach(cyg_thread_foreach_fn *fn,
                              cyg_addrword_t data) __THROW;
#endif

#ifdef __cplusplus
}
#endif

#endif /* CYGFUN_KERNEL_API_C */

#endif /* CYGONCE_KERNEL_KAPI_EXT_H */
