/* kdsr - interrupts raised by software (HAL_INTERRUPT_RAISE): the ISR
 * runs with its vector and data, the DSR runs when the ISR asks for it
 * and only then, with the scheduler locked and the number of requests
 * since its last run; while a thread holds the scheduler lock the DSR
 * waits for the unlock; a semaphore posted by the DSR wakes a waiting
 * thread; a masked vector stays pending until unmasked. */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>
#include <cyg/hal/hal_intr.h>
#include "testaux.h"

#if defined(CYGFUN_KERNEL_API_C) && defined(HAL_INTERRUPT_RAISE) \
    && defined(CYGFUN_KERNEL_THREADS_TIMER) && (CYGNUM_KERNEL_SCHED_PRIORITIES >= 24)

#define PRIO_WAITER 5
#define PRIO_MAIN   10
#define INTR_DATA   ((cyg_addrword_t)0xD5)
#define NO_VECTOR   ((cyg_vector_t)-1)
#define WAIT_TICKS  20

enum { WAITER, THREAD_COUNT };

THREAD_SLOTS(THREAD_COUNT);

static cyg_interrupt intr;
static cyg_handle_t intr_handle;
static cyg_vector_t vector = NO_VECTOR;
static cyg_sem_t dsr_sem;

static volatile cyg_uint32 isr_result;
static volatile int isr_calls;
static volatile int isr_args_wrong;
static volatile int dsr_calls;
static volatile int dsr_args_wrong;
static volatile cyg_ucount32 dsr_last_count;
static volatile cyg_ucount32 dsr_lock;
static volatile int waiter_woke;
static volatile int dsr_calls_seen_by_waiter;

static cyg_uint32 test_isr(cyg_vector_t v, cyg_addrword_t data)
{
    if (v != vector || data != INTR_DATA)
        isr_args_wrong++;
    isr_calls++;
    cyg_interrupt_acknowledge(v);
    return isr_result;
}

static void test_dsr(cyg_vector_t v, cyg_ucount32 count, cyg_addrword_t data)
{
    if (v != vector || data != INTR_DATA)
        dsr_args_wrong++;
    dsr_last_count = count;
    dsr_lock = cyg_scheduler_read_lock();
    dsr_calls++;
    cyg_semaphore_post(&dsr_sem);
}

/* Sleeps a tick at a time until *counter reaches value, or gives up. */
static cyg_bool_t wait_for(volatile int *counter, int value)
{
    int ticks;

    for (ticks = 0; ticks < WAIT_TICKS && *counter < value; ticks++)
        cyg_thread_delay(1);
    return *counter == value;
}

/* The same with the scheduler locked: no sleeping, a bounded busy wait. */
static cyg_bool_t spin_for(volatile int *counter, int value)
{
    int ms;

    for (ms = 0; ms < 200 && *counter < value; ms++)
        HAL_DELAY_US(1000);
    return *counter == value;
}

static cyg_count32 sem_count(void)
{
    cyg_count32 count;

    cyg_semaphore_peek(&dsr_sem, &count);
    return count;
}

static void check_isr_and_dsr(void)
{
    isr_result = CYG_ISR_HANDLED | CYG_ISR_CALL_DSR;
    HAL_INTERRUPT_RAISE(vector);
    CHECK(wait_for(&dsr_calls, 1));
    CHECK(isr_calls == 1);
    CHECK(dsr_last_count == 1);
    CHECK(dsr_lock >= 1);
    CHECK(sem_count() == 1);
    CHECK(cyg_semaphore_trywait(&dsr_sem));

    /* An ISR that does not ask for its DSR does not get it. */
    isr_result = CYG_ISR_HANDLED;
    HAL_INTERRUPT_RAISE(vector);
    CHECK(wait_for(&isr_calls, 2));
    cyg_thread_delay(2);
    CHECK(dsr_calls == 1);
    CHECK(isr_args_wrong == 0 && dsr_args_wrong == 0);
}

/* Requests made while the scheduler is locked add up; the DSR runs once,
 * inside the unlock, and learns that it was asked twice. */
static void check_deferred_dsr(void)
{
    isr_result = CYG_ISR_HANDLED | CYG_ISR_CALL_DSR;
    cyg_scheduler_lock();
    HAL_INTERRUPT_RAISE(vector);
    CHECK(spin_for(&isr_calls, 3));
    CHECK(dsr_calls == 1);
    HAL_INTERRUPT_RAISE(vector);
    CHECK(spin_for(&isr_calls, 4));
    CHECK(dsr_calls == 1);
    cyg_scheduler_unlock();
    CHECK(dsr_calls == 2);
    CHECK(dsr_last_count == 2);
    CHECK(sem_count() == 1);
    CHECK(cyg_semaphore_trywait(&dsr_sem));
}

static void waiter_entry(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    CHECK(cyg_semaphore_wait(&dsr_sem));
    dsr_calls_seen_by_waiter = dsr_calls;
    waiter_woke = 1;
}

static void check_dsr_wakes_thread(void)
{
    cyg_thread_resume(handles[WAITER]);
    CHECK(state_of(handles[WAITER]) == STATE_SLEEPING);  /* on the semaphore */
    CHECK(!waiter_woke);
    HAL_INTERRUPT_RAISE(vector);
    CHECK(wait_for(&waiter_woke, 1));
    CHECK(dsr_calls_seen_by_waiter == 3);
    CHECK(sem_count() == 0);
}

static void check_masked_vector(void)
{
    cyg_interrupt_mask(vector);
    HAL_INTERRUPT_RAISE(vector);
    cyg_thread_delay(2);
    CHECK(isr_calls == 5);
    cyg_interrupt_unmask(vector);
    CHECK(wait_for(&isr_calls, 6));
    CHECK(wait_for(&dsr_calls, 4));
    CHECK(isr_args_wrong == 0 && dsr_args_wrong == 0);
}

static void main_entry(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    check_isr_and_dsr();
    check_deferred_dsr();
    check_dsr_wakes_thread();
    check_masked_vector();
    cyg_interrupt_mask(vector);
    cyg_interrupt_delete(intr_handle);
    CYG_TEST_PASS_FINISH("Kernel DSR OK");
}

static void find_free_vector(void)
{
    cyg_vector_t v;
    int used;

    for (v = CYGNUM_HAL_ISR_MIN; v <= CYGNUM_HAL_ISR_MAX; v++) {
        HAL_INTERRUPT_IN_USE(v, used);
        if (v != CYGNUM_HAL_INTERRUPT_RTC && !used && HAL_INTERRUPT_RAISABLE(v)) {
            vector = v;
            return;
        }
    }
}

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    find_free_vector();
    if (vector == NO_VECTOR)
        CYG_TEST_NA("No free interrupt vector");
    cyg_semaphore_init(&dsr_sem, 0);
    cyg_interrupt_create(vector, 0, INTR_DATA, test_isr, test_dsr,
                         &intr_handle, &intr);
    cyg_interrupt_attach(intr_handle);
    cyg_interrupt_unmask(vector);
    start_watchdog();
    CREATE_SLOT(WAITER, PRIO_WAITER, waiter_entry, 0, "kdsr waiter");
    run_main_thread(PRIO_MAIN, main_entry, "kdsr main");
}

#else

NA_MAIN("Needs the kernel C API, HAL_INTERRUPT_RAISE, thread timers "
        "and at least 24 priorities")

#endif
