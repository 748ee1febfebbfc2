#ifndef CYGONCE_KERNEL_KAPI_H
#define CYGONCE_KERNEL_KAPI_H
/* <cyg/kernel/kapi.h>: the kernel C API, source-compatible with eCos.
 *
 * The configuration comes first: applications test CYGFUN_KERNEL_API_C and
 * the other options right after including this header. */

#include <pkgconf/system.h>
#include <pkgconf/hal.h>
#include <pkgconf/kernel.h>
#include <cyg/infra/cyg_type.h>

#ifdef CYGFUN_KERNEL_API_C

#include <cyg/kernel/ktypes.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------ */
/* Scheduler                                                           */

void cyg_scheduler_start(void) __THROW CYGBLD_ATTRIB_NORET;
void cyg_scheduler_lock(void) __THROW;
void cyg_scheduler_safe_lock(void) __THROW;
void cyg_scheduler_unlock(void) __THROW;
cyg_ucount32 cyg_scheduler_read_lock(void) __THROW;

/* ------------------------------------------------------------------ */
/* Threads                                                             */

void cyg_thread_create(cyg_addrword_t sched_info, cyg_thread_entry_t *entry,
                       cyg_addrword_t entry_data, char *name,
                       void *stack_base, cyg_ucount32 stack_size,
                       cyg_handle_t *handle, cyg_thread *thread) __THROW;
void cyg_thread_exit(void) __THROW;
cyg_bool_t cyg_thread_delete(cyg_handle_t thread) __THROW;
void cyg_thread_suspend(cyg_handle_t thread) __THROW;
void cyg_thread_resume(cyg_handle_t thread) __THROW;
void cyg_thread_kill(cyg_handle_t thread) __THROW;
void cyg_thread_release(cyg_handle_t thread) __THROW;
void cyg_thread_yield(void) __THROW;
cyg_handle_t cyg_thread_self(void) __THROW;
cyg_handle_t cyg_thread_idle_thread(void) __THROW;
void cyg_thread_set_priority(cyg_handle_t thread,
                             cyg_priority_t priority) __THROW;
cyg_priority_t cyg_thread_get_priority(cyg_handle_t thread) __THROW;
cyg_priority_t cyg_thread_get_current_priority(cyg_handle_t thread) __THROW;
void cyg_thread_delay(cyg_tick_count_t delay) __THROW;
void cyg_thread_deadline_wait(cyg_tick_count_t start_time,
                              cyg_tick_count_t run_time,
                              cyg_tick_count_t deadline) __THROW;
cyg_addrword_t cyg_thread_get_stack_base(cyg_handle_t thread) __THROW;
cyg_uint32 cyg_thread_get_stack_size(cyg_handle_t thread) __THROW;
#ifdef CYGFUN_KERNEL_THREADS_STACK_MEASUREMENT
cyg_uint32 cyg_thread_measure_stack_usage(cyg_handle_t thread) __THROW;
#endif
cyg_uint16 cyg_thread_get_id(cyg_handle_t thread) __THROW;

typedef struct {
    cyg_handle_t        handle;
    cyg_uint16          id;
    cyg_uint32          state;
    char                *name;
    cyg_priority_t      set_pri;
    cyg_priority_t      cur_pri;
    cyg_addrword_t      stack_base;
    cyg_uint32          stack_size;
    cyg_uint32          stack_used;
} cyg_thread_info;

cyg_bool_t cyg_thread_get_next(cyg_handle_t *thread, cyg_uint16 *id) __THROW;
cyg_bool_t cyg_thread_get_info(cyg_handle_t thread, cyg_uint16 id,
                               cyg_thread_info *info) __THROW;
cyg_handle_t cyg_thread_find(cyg_uint16 id) __THROW;

#ifdef CYGVAR_KERNEL_THREADS_DATA
cyg_ucount32 cyg_thread_new_data_index(void) __THROW;
void cyg_thread_free_data_index(cyg_ucount32 index) __THROW;
CYG_ADDRWORD cyg_thread_get_data(cyg_ucount32 index) __THROW;
CYG_ADDRWORD *cyg_thread_get_data_ptr(cyg_ucount32 index) __THROW;
void cyg_thread_set_data(cyg_ucount32 index, CYG_ADDRWORD data) __THROW;
#endif

#ifdef CYGPKG_KERNEL_THREADS_DESTRUCTORS
cyg_bool_t cyg_thread_add_destructor(cyg_thread_destructor_fn fn,
                                     cyg_addrword_t data) __THROW;
cyg_bool_t cyg_thread_rem_destructor(cyg_thread_destructor_fn fn,
                                     cyg_addrword_t data) __THROW;
#endif

/* ------------------------------------------------------------------ */
/* Exceptions                                                          */

void cyg_exception_set_handler(cyg_code_t exception_number,
                               cyg_exception_handler_t *new_handler,
                               cyg_addrword_t new_data,
                               cyg_exception_handler_t **old_handler,
                               cyg_addrword_t *old_data) __THROW;
void cyg_exception_clear_handler(cyg_code_t exception_number) __THROW;
void cyg_exception_call_handler(cyg_handle_t thread,
                                cyg_code_t exception_number,
                                cyg_addrword_t exception_info) __THROW;

/* ------------------------------------------------------------------ */
/* Interrupts                                                          */

void cyg_interrupt_create(cyg_vector_t vector, cyg_priority_t priority,
                          cyg_addrword_t data, cyg_ISR_t *isr,
                          cyg_DSR_t *dsr, cyg_handle_t *handle,
                          cyg_interrupt *intr) __THROW;
void cyg_interrupt_delete(cyg_handle_t interrupt) __THROW;
void cyg_interrupt_attach(cyg_handle_t interrupt) __THROW;
void cyg_interrupt_detach(cyg_handle_t interrupt) __THROW;
void cyg_interrupt_get_vsr(cyg_vector_t vector, cyg_VSR_t **vsr) __THROW;
void cyg_interrupt_set_vsr(cyg_vector_t vector, cyg_VSR_t *vsr) __THROW;
void cyg_interrupt_disable(void) __THROW;
void cyg_interrupt_enable(void) __THROW;
void cyg_interrupt_mask(cyg_vector_t vector) __THROW;
void cyg_interrupt_mask_intunsafe(cyg_vector_t vector) __THROW;
void cyg_interrupt_unmask(cyg_vector_t vector) __THROW;
void cyg_interrupt_unmask_intunsafe(cyg_vector_t vector) __THROW;
void cyg_interrupt_acknowledge(cyg_vector_t vector) __THROW;
#if CYGINT_HAL_INTERRUPT_ACKNOWLEDGE_IMPLICIT
/* The HAL has nothing to tell the controller (its CDL says so), so an
 * ISR's call costs nothing; the function stays for code that takes its
 * address. */
# define cyg_interrupt_acknowledge(_vector_) ((void)(_vector_))
#endif
void cyg_interrupt_configure(cyg_vector_t vector, cyg_bool_t level,
                             cyg_bool_t up) __THROW;
void cyg_interrupt_set_cpu(cyg_vector_t vector, cyg_cpu_t cpu) __THROW;
cyg_cpu_t cyg_interrupt_get_cpu(cyg_vector_t vector) __THROW;

/* ------------------------------------------------------------------ */
/* Counters, clocks and alarms                                         */

void cyg_counter_create(cyg_handle_t *handle, cyg_counter *counter) __THROW;
void cyg_counter_delete(cyg_handle_t counter) __THROW;
cyg_tick_count_t cyg_counter_current_value(cyg_handle_t counter) __THROW;
void cyg_counter_set_value(cyg_handle_t counter,
                           cyg_tick_count_t new_value) __THROW;
void cyg_counter_tick(cyg_handle_t counter) __THROW;
void cyg_counter_multi_tick(cyg_handle_t counter,
                            cyg_tick_count_t _ticks) __THROW;

void cyg_clock_create(cyg_resolution_t resolution, cyg_handle_t *handle,
                      cyg_clock *clock) __THROW;
void cyg_clock_delete(cyg_handle_t clock) __THROW;
void cyg_clock_to_counter(cyg_handle_t clock, cyg_handle_t *counter) __THROW;
void cyg_clock_set_resolution(cyg_handle_t clock,
                              cyg_resolution_t resolution) __THROW;
cyg_resolution_t cyg_clock_get_resolution(cyg_handle_t clock) __THROW;
cyg_handle_t cyg_real_time_clock(void) __THROW;
cyg_tick_count_t cyg_current_time(void) __THROW;

void cyg_alarm_create(cyg_handle_t counter, cyg_alarm_t *alarmfn,
                      cyg_addrword_t data, cyg_handle_t *handle,
                      cyg_alarm *alarm) __THROW;
void cyg_alarm_delete(cyg_handle_t alarm) __THROW;
void cyg_alarm_initialize(cyg_handle_t alarm, cyg_tick_count_t trigger,
                          cyg_tick_count_t interval) __THROW;
void cyg_alarm_get_times(cyg_handle_t alarm, cyg_tick_count_t *trigger,
                         cyg_tick_count_t *interval) __THROW;
void cyg_alarm_enable(cyg_handle_t alarm) __THROW;
void cyg_alarm_disable(cyg_handle_t alarm) __THROW;

/* ------------------------------------------------------------------ */
/* Mail boxes                                                          */

void cyg_mbox_create(cyg_handle_t *handle, cyg_mbox *mbox) __THROW;
void cyg_mbox_delete(cyg_handle_t mbox) __THROW;
void *cyg_mbox_get(cyg_handle_t mbox) __THROW;
#ifdef CYGFUN_KERNEL_THREADS_TIMER
void *cyg_mbox_timed_get(cyg_handle_t mbox, cyg_tick_count_t abstime) __THROW;
#endif
void *cyg_mbox_tryget(cyg_handle_t mbox) __THROW;
void *cyg_mbox_peek_item(cyg_handle_t mbox) __THROW;
#ifdef CYGMFN_KERNEL_SYNCH_MBOXT_PUT_CAN_WAIT
cyg_bool_t cyg_mbox_put(cyg_handle_t mbox, void *item) __THROW;
#ifdef CYGFUN_KERNEL_THREADS_TIMER
cyg_bool_t cyg_mbox_timed_put(cyg_handle_t mbox, void *item,
                              cyg_tick_count_t abstime) __THROW;
#endif
#endif
cyg_bool_t cyg_mbox_tryput(cyg_handle_t mbox, void *item) __THROW;
cyg_count32 cyg_mbox_peek(cyg_handle_t mbox) __THROW;
cyg_bool_t cyg_mbox_waiting_to_get(cyg_handle_t mbox) __THROW;
cyg_bool_t cyg_mbox_waiting_to_put(cyg_handle_t mbox) __THROW;

/* ------------------------------------------------------------------ */
/* Semaphores                                                          */

void cyg_semaphore_init(cyg_sem_t *sem, cyg_count32 val) __THROW;
void cyg_semaphore_destroy(cyg_sem_t *sem) __THROW;
cyg_bool_t cyg_semaphore_wait(cyg_sem_t *sem) __THROW;
#ifdef CYGFUN_KERNEL_THREADS_TIMER
cyg_bool_t cyg_semaphore_timed_wait(cyg_sem_t *sem,
                                    cyg_tick_count_t abstime) __THROW;
#endif
cyg_bool_t cyg_semaphore_trywait(cyg_sem_t *sem) __THROW;
void cyg_semaphore_post(cyg_sem_t *sem) __THROW;
void cyg_semaphore_peek(cyg_sem_t *sem, cyg_count32 *val) __THROW;

/* ------------------------------------------------------------------ */
/* Event flags                                                         */

void cyg_flag_init(cyg_flag_t *flag) __THROW;
void cyg_flag_destroy(cyg_flag_t *flag) __THROW;
void cyg_flag_setbits(cyg_flag_t *flag, cyg_flag_value_t value) __THROW;
void cyg_flag_maskbits(cyg_flag_t *flag, cyg_flag_value_t value) __THROW;
cyg_flag_value_t cyg_flag_wait(cyg_flag_t *flag, cyg_flag_value_t pattern,
                               cyg_flag_mode_t mode) __THROW;
#ifdef CYGFUN_KERNEL_THREADS_TIMER
cyg_flag_value_t cyg_flag_timed_wait(cyg_flag_t *flag,
                                     cyg_flag_value_t pattern,
                                     cyg_flag_mode_t mode,
                                     cyg_tick_count_t abstime) __THROW;
#endif
cyg_flag_value_t cyg_flag_poll(cyg_flag_t *flag, cyg_flag_value_t pattern,
                               cyg_flag_mode_t mode) __THROW;
cyg_flag_value_t cyg_flag_peek(cyg_flag_t *flag) __THROW;
cyg_bool_t cyg_flag_waiting(cyg_flag_t *flag) __THROW;

/* ------------------------------------------------------------------ */
/* Mutexes and condition variables                                     */

void cyg_mutex_init(cyg_mutex_t *mutex) __THROW;
void cyg_mutex_destroy(cyg_mutex_t *mutex) __THROW;
cyg_bool_t cyg_mutex_lock(cyg_mutex_t *mutex) __THROW;
cyg_bool_t cyg_mutex_trylock(cyg_mutex_t *mutex) __THROW;
void cyg_mutex_unlock(cyg_mutex_t *mutex) __THROW;
void cyg_mutex_release(cyg_mutex_t *mutex) __THROW;
#ifdef CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL_CEILING
void cyg_mutex_set_ceiling(cyg_mutex_t *mutex,
                           cyg_priority_t priority) __THROW;
#endif
#ifdef CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL_DYNAMIC
void cyg_mutex_set_protocol(cyg_mutex_t *mutex,
                            enum cyg_mutex_protocol protocol) __THROW;
#endif

void cyg_cond_init(cyg_cond_t *cond, cyg_mutex_t *mutex) __THROW;
void cyg_cond_destroy(cyg_cond_t *cond) __THROW;
cyg_bool_t cyg_cond_wait(cyg_cond_t *cond) __THROW;
void cyg_cond_signal(cyg_cond_t *cond) __THROW;
void cyg_cond_broadcast(cyg_cond_t *cond) __THROW;
#ifdef CYGMFN_KERNEL_SYNCH_CONDVAR_TIMED_WAIT
cyg_bool_t cyg_cond_timed_wait(cyg_cond_t *cond,
                               cyg_tick_count_t abstime) __THROW;
#endif

/* ------------------------------------------------------------------ */
/* Spinlocks                                                           */

void cyg_spinlock_init(cyg_spinlock_t *lock, cyg_bool_t locked) __THROW;
void cyg_spinlock_destroy(cyg_spinlock_t *lock) __THROW;
void cyg_spinlock_spin(cyg_spinlock_t *lock) __THROW;
void cyg_spinlock_clear(cyg_spinlock_t *lock) __THROW;
cyg_bool_t cyg_spinlock_try(cyg_spinlock_t *lock) __THROW;
cyg_bool_t cyg_spinlock_test(cyg_spinlock_t *lock) __THROW;
void cyg_spinlock_spin_intsave(cyg_spinlock_t *lock,
                               cyg_addrword_t *istate) __THROW;
void cyg_spinlock_clear_intsave(cyg_spinlock_t *lock,
                                cyg_addrword_t istate) __THROW;

#ifdef __cplusplus
}
#endif

#ifdef CYGPKG_MEMALLOC
# include <cyg/memalloc/kapi.h>
#endif

#include <cyg/kernel/kapidata.h>

#endif /* CYGFUN_KERNEL_API_C */

#endif /* CYGONCE_KERNEL_KAPI_H */
