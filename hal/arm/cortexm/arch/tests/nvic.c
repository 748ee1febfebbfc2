/*
 * Cortex-M HAL test: nvic.
 *
 * Interrupts raised on NVIC lines are real exceptions: the ISR runs in
 * handler mode, on the interrupt stack, with the exception number of its
 * line and interrupts disabled (unless nesting is configured). Levels
 * are NVIC priorities: of two pending lines the more urgent is taken
 * first whatever their numbers, an ISR is not interrupted by a more
 * urgent line (unless nesting is configured), and a level lands in the
 * implemented priority bits. A masked line stays
 * pending in the NVIC until unmasked. Without the kernel the real-time
 * clock vector is SysTick.
 *
 * With the kernel: a DSR requested by an ISR runs at the end of the
 * interrupt and the thread it wakes preempts the interrupted one at
 * once; the interrupted thread then resumes with its registers and
 * flags as they were; requests of several ISRs taken together all reach
 * their DSRs before the woken thread runs, and two requests of one
 * vector arrive as one DSR call with a count of 2.
 */

#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/infra/testcase.h>
#include <cyg/hal/hal_arch.h>
#include <cyg/hal/hal_intr.h>
#ifdef CYGPKG_KERNEL
# include <pkgconf/kernel.h>
#endif

#define CHECK(_cond_) CYG_TEST_CHECK((_cond_), #_cond_)

/* The kernel's CYG_ISR_HANDLED and CYG_ISR_CALL_DSR, for the HAL part. */
#define ISR_HANDLED     1
#define ISR_CALL_DSR    2

#define NO_VECTOR       ((cyg_vector_t)-1)

static cyg_vector_t vector_a = NO_VECTOR, vector_b = NO_VECTOR;

static cyg_uint32 line_of(cyg_vector_t vector)
{
    return vector - CYGNUM_HAL_INTERRUPT_EXTERNAL(0);
}

static int line_is_pending(cyg_vector_t vector)
{
    cyg_uint32 line = line_of(vector);
    return (CYGARC_REG_NVIC_ISPR(line / 32) >> (line % 32)) & 1;
}

static int vector_in_use(cyg_vector_t vector)
{
    int in_use;
    HAL_INTERRUPT_IN_USE(vector, in_use);
    return in_use != 0;
}

static void choose_vectors(void)
{
    for (cyg_vector_t v = CYGNUM_HAL_ISR_MIN; v <= CYGNUM_HAL_ISR_MAX; v++) {
        if (v == CYGNUM_HAL_INTERRUPT_RTC || vector_in_use(v)
            || !HAL_INTERRUPT_RAISABLE(v))
            continue;
        if (vector_a == NO_VECTOR)
            vector_a = v;
        else if (vector_b == NO_VECTOR)
            vector_b = v;
    }
    CHECK(vector_a != NO_VECTOR && vector_b != NO_VECTOR && vector_a < vector_b);
}

/* ------------------------------------------------------------------ */
/* What each ISR saw                                                  */

struct isr_record {
    cyg_vector_t vector;
    cyg_addrword_t data;
    cyg_uint32 exception;       /* IPSR */
    CYG_ADDRESS stack;          /* its stack pointer */
    CYG_INTERRUPT_STATE state;  /* HAL_QUERY_INTERRUPTS */
};

static volatile struct isr_record records[8];
static volatile int calls;
static volatile int depth, deepest;
static volatile cyg_vector_t raise_from_isr = NO_VECTOR;

static cyg_uint32 recording_isr(cyg_vector_t vector, cyg_addrword_t data)
{
    volatile struct isr_record *record = &records[calls % 8];
    CYG_ADDRESS sp;

    depth++;
    if (depth > deepest)
        deepest = depth;
    __asm__ __volatile__ ("mrs %0, ipsr" : "=r" (record->exception));
    __asm__ __volatile__ ("mov %0, sp" : "=r" (sp));
    record->stack = sp;
    HAL_QUERY_INTERRUPTS(record->state);
    record->vector = vector;
    record->data = data;
    calls++;
    if (raise_from_isr != NO_VECTOR) {
        cyg_vector_t other = raise_from_isr;
        raise_from_isr = NO_VECTOR;
        HAL_INTERRUPT_RAISE(other);
    }
    depth--;
    return ISR_HANDLED;
}

static void reset_records(void)
{
    calls = 0;
    deepest = 0;
}

static int on_interrupt_stack(CYG_ADDRESS sp)
{
    return sp >= (CYG_ADDRESS)HAL_INTERRUPT_STACK_BASE
        && sp < (CYG_ADDRESS)HAL_INTERRUPT_STACK_TOP;
}

/* ------------------------------------------------------------------ */
/* HAL level                                                          */

static void check_handler_mode(void)
{
    CYG_INTERRUPT_STATE old;
    CYG_ADDRESS thread_sp;

    reset_records();
    HAL_DISABLE_INTERRUPTS(old);
    HAL_INTERRUPT_RAISE(vector_a);
    CHECK(calls == 0 && line_is_pending(vector_a));
    HAL_RESTORE_INTERRUPTS(old);
    __asm__ __volatile__ ("mov %0, sp" : "=r" (thread_sp));
    CHECK(calls == 1 && !line_is_pending(vector_a));
    CHECK(records[0].vector == vector_a && records[0].data == 0xA);
    CHECK(records[0].exception
          == CYGNUM_HAL_VECTOR_EXTERNAL(line_of(vector_a)));
    CHECK(on_interrupt_stack(records[0].stack));
    CHECK(!on_interrupt_stack(thread_sp));
#ifdef CYGSEM_HAL_COMMON_INTERRUPTS_ALLOW_NESTING
    CHECK(records[0].state != 0);   /* only the NVIC holds others back */
#else
    CHECK(records[0].state == 0);
#endif
    CYG_TEST_PASS("an ISR runs in handler mode on the interrupt stack, "
                  "interrupts disabled unless nesting");
}

static cyg_uint8 priority_byte(cyg_vector_t vector)
{
    return CYGARC_REG_NVIC_IPR(line_of(vector));
}

/* Raises b then a while disabled; returns whether a ran first. */
static int a_taken_first(void)
{
    CYG_INTERRUPT_STATE old;

    reset_records();
    HAL_DISABLE_INTERRUPTS(old);
    HAL_INTERRUPT_RAISE(vector_b);
    HAL_INTERRUPT_RAISE(vector_a);
    HAL_RESTORE_INTERRUPTS(old);
    CHECK(calls == 2);
    return records[0].vector == vector_a && records[1].vector == vector_b;
}

#define SHIFT (8 - CYGNUM_HAL_CORTEXM_PRIORITY_BITS)

static void check_levels(void)
{
    HAL_INTERRUPT_SET_LEVEL(vector_a, 5);
    HAL_INTERRUPT_SET_LEVEL(vector_b, 1);
    CHECK(priority_byte(vector_a) == (5 << SHIFT));
    CHECK(priority_byte(vector_b) == (1 << SHIFT));
    CHECK(!a_taken_first());        /* b is more urgent */

    HAL_INTERRUPT_SET_LEVEL(vector_a, 0);
    CHECK(a_taken_first());

    /* Equal levels: the lower line first. */
    HAL_INTERRUPT_SET_LEVEL(vector_b, 0);
    CHECK(a_taken_first());

    /* The least urgent level is PendSV's. */
    HAL_INTERRUPT_SET_LEVEL(vector_a, 1000);
    CHECK(priority_byte(vector_a)
          == (CYGNUM_HAL_CORTEXM_INTERRUPT_LEVEL_MAX << SHIFT));
    CHECK(CYGARC_REG_SHPR(CYGARC_EXCEPTION_PENDSV) > priority_byte(vector_a));
    CYG_TEST_PASS("levels are NVIC priorities");
}

/* A less urgent ISR raising a more urgent line is not interrupted,
 * unless nesting is configured. */
static void check_no_nesting(void)
{
    HAL_INTERRUPT_SET_LEVEL(vector_a, 6);
    HAL_INTERRUPT_SET_LEVEL(vector_b, 0);
    reset_records();
    raise_from_isr = vector_b;
    HAL_INTERRUPT_RAISE(vector_a);
    CHECK(calls == 2);
#ifdef CYGSEM_HAL_COMMON_INTERRUPTS_ALLOW_NESTING
    CHECK(deepest == 2);            /* b ran inside a */
#else
    CHECK(deepest == 1);
    CHECK(records[0].vector == vector_a && records[1].vector == vector_b);
#endif
    HAL_INTERRUPT_SET_LEVEL(vector_a, CYGNUM_HAL_CORTEXM_DEFAULT_INTERRUPT_LEVEL);
    HAL_INTERRUPT_SET_LEVEL(vector_b, CYGNUM_HAL_CORTEXM_DEFAULT_INTERRUPT_LEVEL);
    CYG_TEST_PASS("ISRs do not nest unless configured to");
}

static void check_mask(void)
{
    reset_records();
    HAL_INTERRUPT_MASK(vector_a);
    HAL_INTERRUPT_RAISE(vector_a);
    CHECK(calls == 0 && line_is_pending(vector_a));
    HAL_INTERRUPT_UNMASK(vector_a);
    CHECK(calls == 1 && !line_is_pending(vector_a));
    CYG_TEST_PASS("a masked line stays pending in the NVIC");
}

#ifndef CYGVAR_KERNEL_COUNTERS_CLOCK
/* The clock vector belongs to this test: SysTick, exception 15. */
static void check_systick(void)
{
    reset_records();
    HAL_INTERRUPT_ATTACH(CYGNUM_HAL_INTERRUPT_RTC, recording_isr, 0x5, 0);
    HAL_CLOCK_INITIALIZE(CYGNUM_HAL_RTC_PERIOD);
    HAL_INTERRUPT_UNMASK(CYGNUM_HAL_INTERRUPT_RTC);
    HAL_IDLE_THREAD_ACTION(0);
    HAL_INTERRUPT_MASK(CYGNUM_HAL_INTERRUPT_RTC);
    HAL_INTERRUPT_DETACH(CYGNUM_HAL_INTERRUPT_RTC, recording_isr);
    CHECK(calls >= 1);
    CHECK(records[0].vector == CYGNUM_HAL_INTERRUPT_RTC);
    CHECK(records[0].exception == CYGNUM_HAL_VECTOR_SYSTICK);
    CYG_TEST_PASS("the clock vector is SysTick");
}
#endif

static void check_hal_level(void)
{
    choose_vectors();
    HAL_INTERRUPT_ATTACH(vector_a, recording_isr, 0xA, 0);
    HAL_INTERRUPT_ATTACH(vector_b, recording_isr, 0xB, 0);
    HAL_INTERRUPT_UNMASK(vector_a);
    HAL_INTERRUPT_UNMASK(vector_b);
    check_handler_mode();
    check_levels();
    check_no_nesting();
    check_mask();
    HAL_INTERRUPT_MASK(vector_a);
    HAL_INTERRUPT_MASK(vector_b);
    HAL_INTERRUPT_DETACH(vector_a, recording_isr);
    HAL_INTERRUPT_DETACH(vector_b, recording_isr);
#ifndef CYGVAR_KERNEL_COUNTERS_CLOCK
    check_systick();
#endif
}

/* ------------------------------------------------------------------ */
/* With the kernel: the end of an interrupt in thread mode            */

#if defined(CYGFUN_KERNEL_API_C) && (CYGNUM_KERNEL_SCHED_PRIORITIES >= 24)

#include <cyg/kernel/kapi.h>

#define PRIO_WAITER     4
#define PRIO_MAIN       10

static char main_stack[CYGNUM_HAL_STACK_SIZE_TYPICAL] CYGBLD_ATTRIB_ALIGN(8);
static char waiter_stack[CYGNUM_HAL_STACK_SIZE_TYPICAL] CYGBLD_ATTRIB_ALIGN(8);
static cyg_thread main_thread, waiter_thread;
static cyg_handle_t main_handle, waiter_handle;

static cyg_interrupt intr_a, intr_b;
static cyg_handle_t handle_a, handle_b;
static cyg_sem_t wake;

static volatile int step;               /* main's progress */
static volatile int waiter_saw_step;
static volatile int waiter_runs;
static volatile int dsr_calls_a, dsr_calls_b;
static volatile int dsr_calls_seen_by_waiter;
static volatile cyg_ucount32 last_count_a, total_count_a;
static volatile int raise_again_a;
static volatile int raise_b_from_a;
static volatile int isrs_active;
static volatile int dsr_inside_isr;

static cyg_uint32 dsr_isr(cyg_vector_t vector, cyg_addrword_t data)
{
    (void)data;
    isrs_active++;
    if (vector == vector_a && raise_again_a) {
        raise_again_a = 0;
        HAL_INTERRUPT_RAISE(vector_a);
    }
    if (vector == vector_a && raise_b_from_a) {
        raise_b_from_a = 0;
        HAL_INTERRUPT_RAISE(vector_b);
    }
    isrs_active--;
    return CYG_ISR_HANDLED | CYG_ISR_CALL_DSR;
}

static void dsr_a(cyg_vector_t vector, cyg_ucount32 count, cyg_addrword_t data)
{
    (void)vector;
    (void)data;
    dsr_calls_a++;
    dsr_inside_isr |= isrs_active;
    last_count_a = count;
    total_count_a += count;
    cyg_semaphore_post(&wake);
}

static void dsr_b(cyg_vector_t vector, cyg_ucount32 count, cyg_addrword_t data)
{
    (void)vector;
    (void)count;
    (void)data;
    dsr_calls_b++;
    dsr_inside_isr |= isrs_active;
}

/* Runs whenever the semaphore is posted, and clobbers registers. */
static void waiter_entry(cyg_addrword_t data)
{
    volatile cyg_uint32 scratch = 0;

    (void)data;
    for (;;) {
        cyg_semaphore_wait(&wake);
        waiter_saw_step = step;
        dsr_calls_seen_by_waiter = dsr_calls_a + dsr_calls_b;
        for (int i = 0; i < 16; i++)
            scratch = scratch * 31 + (cyg_uint32)i;
        waiter_runs++;
    }
}

static void check_preemption(void)
{
    int runs = waiter_runs;

    step = 1;
    HAL_INTERRUPT_RAISE(vector_a);
    step = 2;
    CHECK(waiter_runs == runs + 1);
    CHECK(waiter_saw_step == 1);
    CHECK(dsr_calls_a == 1 && last_count_a == 1);
    CYG_TEST_PASS("a DSR's thread preempts at the end of the interrupt");
}

/*
 * The interrupt is taken right after the store to ISPR (the barrier
 * makes sure), the waiter runs and comes back: r0-r3, r12 and the
 * condition flags, which a function call would not keep, must still
 * hold what they held.
 */
static int registers_survive(void)
{
    cyg_uint32 line = line_of(vector_a);
    register cyg_uint32 r0 __asm__ ("r0") = 0x10101010u;
    register cyg_uint32 r1 __asm__ ("r1") = 0x21212121u;
    register cyg_uint32 r2 __asm__ ("r2") = 0x32323232u;
    register cyg_uint32 r3 __asm__ ("r3") = 0x43434343u;
    register cyg_uint32 r12 __asm__ ("r12") = 0xC5C5C5C5u;
    cyg_uint32 flags = 0xF8000000u;     /* N, Z, C, V and Q */
    cyg_uint32 apsr;
    int runs = waiter_runs;

    __asm__ __volatile__ (
        "msr    apsr_nzcvq, %[flags]\n\t"
        "str    %[bit], [%[ispr]]\n\t"
        "dsb\n\t"
        "isb\n\t"
        "mrs    %[apsr], apsr\n\t"
        : "+r" (r0), "+r" (r1), "+r" (r2), "+r" (r3), "+r" (r12),
          [apsr] "=&r" (apsr)
        : [flags] "r" (flags), [bit] "r" (1u << (line % 32)),
          [ispr] "r" (&CYGARC_REG_NVIC_ISPR(line / 32))
        : "memory", "cc");
    return waiter_runs == runs + 1
        && r0 == 0x10101010u && r1 == 0x21212121u && r2 == 0x32323232u
        && r3 == 0x43434343u && r12 == 0xC5C5C5C5u
        && (apsr & 0xF8000000u) == 0xF8000000u;
}

static void check_registers(void)
{
    CHECK(registers_survive());
    CYG_TEST_PASS("the interrupted thread resumes with its registers and flags");
}

/* Both ISRs run before PendSV; both DSRs run before the waiter. */
static void check_requests_taken_together(void)
{
    CYG_INTERRUPT_STATE old;
    int runs = waiter_runs;

    dsr_calls_a = dsr_calls_b = 0;
    HAL_DISABLE_INTERRUPTS(old);
    HAL_INTERRUPT_RAISE(vector_a);
    HAL_INTERRUPT_RAISE(vector_b);
    HAL_RESTORE_INTERRUPTS(old);
    CHECK(waiter_runs == runs + 1);
    CHECK(dsr_calls_a == 1 && dsr_calls_b == 1);
    CHECK(dsr_calls_seen_by_waiter == 2);

    /* An ISR that raises its own line again: two requests. The second
     * interrupt is taken once the first is done, DSR included, so each
     * DSR call counts one (a thread holding the lock would see one call
     * counting two: kdsr checks that). Each call posts, the waiter runs
     * as often, and not before both interrupts are over. */
    dsr_calls_a = dsr_calls_b = 0;
    total_count_a = 0;
    raise_again_a = 1;
    HAL_INTERRUPT_RAISE(vector_a);
    CHECK(total_count_a == 2 && dsr_calls_a == 2);
    CHECK(dsr_calls_seen_by_waiter == 2);
    CHECK(waiter_runs == runs + 3);
    CYG_TEST_PASS("DSR requests of ISRs taken together all reach the kernel");
}

/* A less urgent ISR raises a more urgent line: with nesting the second
 * ISR runs inside the first, without, after it. Either way no DSR runs
 * before both ISRs are over. */
static void check_dsrs_after_isrs(void)
{
    int runs = waiter_runs;

    HAL_INTERRUPT_SET_LEVEL(vector_a, 6);
    HAL_INTERRUPT_SET_LEVEL(vector_b, 0);
    dsr_calls_a = dsr_calls_b = 0;
    dsr_inside_isr = 0;
    raise_b_from_a = 1;
    HAL_INTERRUPT_RAISE(vector_a);
    CHECK(dsr_calls_a == 1 && dsr_calls_b == 1);
    CHECK(!dsr_inside_isr);
    CHECK(waiter_runs == runs + 1 && dsr_calls_seen_by_waiter == 2);
    HAL_INTERRUPT_SET_LEVEL(vector_a, CYGNUM_HAL_CORTEXM_DEFAULT_INTERRUPT_LEVEL);
    HAL_INTERRUPT_SET_LEVEL(vector_b, CYGNUM_HAL_CORTEXM_DEFAULT_INTERRUPT_LEVEL);
    CYG_TEST_PASS("DSRs run once no ISR is active, nested or not");
}

static void main_entry(cyg_addrword_t data)
{
    (void)data;
    check_hal_level();

    cyg_semaphore_init(&wake, 0);
    cyg_thread_create(PRIO_WAITER, waiter_entry, 0, "nvic waiter",
                      waiter_stack, sizeof waiter_stack,
                      &waiter_handle, &waiter_thread);
    cyg_thread_resume(waiter_handle);
    cyg_interrupt_create(vector_a, CYGNUM_HAL_CORTEXM_DEFAULT_INTERRUPT_LEVEL,
                         0xA, dsr_isr, dsr_a, &handle_a, &intr_a);
    cyg_interrupt_create(vector_b, CYGNUM_HAL_CORTEXM_DEFAULT_INTERRUPT_LEVEL,
                         0xB, dsr_isr, dsr_b, &handle_b, &intr_b);
    cyg_interrupt_attach(handle_a);
    cyg_interrupt_attach(handle_b);
    cyg_interrupt_unmask(vector_a);
    cyg_interrupt_unmask(vector_b);

    check_preemption();
    check_registers();
    check_requests_taken_together();
    check_dsrs_after_isrs();

    cyg_interrupt_mask(vector_a);
    cyg_interrupt_mask(vector_b);
    cyg_interrupt_delete(handle_a);
    cyg_interrupt_delete(handle_b);
    CYG_TEST_PASS_FINISH("Cortex-M NVIC test");
}

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    cyg_thread_create(PRIO_MAIN, main_entry, 0, "nvic main",
                      main_stack, sizeof main_stack, &main_handle, &main_thread);
    cyg_thread_resume(main_handle);
    cyg_scheduler_start();
}

#elif defined(CYGPKG_KERNEL)

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    CYG_TEST_NA("Needs the kernel C API and at least 24 priorities");
}

#else /* no kernel: the HAL part, from the start-up context */

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    HAL_ENABLE_INTERRUPTS();
    check_hal_level();
    CYG_TEST_PASS_FINISH("Cortex-M NVIC test");
}

#endif
