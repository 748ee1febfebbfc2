/* kintr0 - interrupt objects without raising interrupts: create only
 * fills in the object, attach and detach install and remove the ISR on
 * its vector (HAL_INTERRUPT_IN_USE shows which), delete detaches, every
 * free vector can be used; get_vsr returns what set_vsr stored;
 * cyg_interrupt_disable/enable nest and the last enable restores the
 * state found by the first disable; the controller calls (mask, unmask,
 * acknowledge, configure, cpu routing) are accepted and leave the
 * real-time clock running. */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>
#include "testaux.h"

#if defined(CYGFUN_KERNEL_API_C) && (CYGNUM_KERNEL_SCHED_PRIORITIES >= 24)

#include <cyg/hal/hal_intr.h>

#ifndef HAL_INTR_TEST_PRIO_A
# define HAL_INTR_TEST_PRIO_A 0
#endif
#ifndef HAL_INTR_TEST_PRIO_B
# define HAL_INTR_TEST_PRIO_B 1
#endif

#define PRIO_MAIN 10
#define TEST_VSR  (CYGNUM_HAL_VSR_MIN + (11 % CYGNUM_HAL_VSR_COUNT))
#define NO_VECTOR ((cyg_vector_t)-1)

static cyg_interrupt intr_a, intr_b, intr_any;
static cyg_handle_t handle_a, handle_b, handle_any;
static cyg_vector_t vector_a = NO_VECTOR, vector_b = NO_VECTOR;

static CYG_INTERRUPT_STATE state_in_init;
static volatile int isr_calls, dsr_calls;

/* None of these interrupts is ever raised. */
static cyg_uint32 isr(cyg_vector_t vector, cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_vector_t, vector);
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    isr_calls++;
    return CYG_ISR_HANDLED;
}

static void dsr(cyg_vector_t vector, cyg_ucount32 count, cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_vector_t, vector);
    CYG_UNUSED_PARAM(cyg_ucount32, count);
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    dsr_calls++;
}

static void test_vsr(void)
{
}

static cyg_bool_t in_use(cyg_vector_t vector)
{
    int state;

    HAL_INTERRUPT_IN_USE(vector, state);
    return state != 0;
}

/* A vector nobody uses: not the clock, nothing attached. */
static cyg_bool_t vector_is_free(cyg_vector_t vector)
{
    return vector != CYGNUM_HAL_INTERRUPT_RTC && !in_use(vector);
}

static void find_free_vectors(void)
{
    cyg_vector_t v;

    for (v = CYGNUM_HAL_ISR_MIN; v <= CYGNUM_HAL_ISR_MAX; v++) {
        if (!vector_is_free(v))
            continue;
        if (vector_a == NO_VECTOR)
            vector_a = v;
        else if (vector_b == NO_VECTOR)
            vector_b = v;
    }
}

/* Initialization context: create does not attach, attach installs. */
static void check_in_init(void)
{
    cyg_interrupt_create(vector_a, HAL_INTR_TEST_PRIO_A, 0xA, isr, dsr,
                         &handle_a, &intr_a);
    CHECK(handle_a == (cyg_handle_t)&intr_a);
    CHECK(!in_use(vector_a));
    cyg_interrupt_attach(handle_a);
    CHECK(in_use(vector_a));
    cyg_interrupt_detach(handle_a);
    CHECK(!in_use(vector_a));
}

static void check_attach_detach(void)
{
    cyg_interrupt_attach(handle_a);
    CHECK(in_use(vector_a));
    if (vector_b != NO_VECTOR) {
        cyg_interrupt_create(vector_b, HAL_INTR_TEST_PRIO_B, 0xB, isr, dsr,
                             &handle_b, &intr_b);
        CHECK(!in_use(vector_b));
        cyg_interrupt_attach(handle_b);
        CHECK(in_use(vector_b) && in_use(vector_a));
        cyg_interrupt_detach(handle_b);
        cyg_interrupt_detach(handle_b);     /* not attached: harmless */
        CHECK(!in_use(vector_b) && in_use(vector_a));
        cyg_interrupt_delete(handle_b);
    }
    cyg_interrupt_delete(handle_a);         /* detaches */
    CHECK(!in_use(vector_a));
}

static void check_every_free_vector(void)
{
    cyg_vector_t v;

    for (v = CYGNUM_HAL_ISR_MIN; v <= CYGNUM_HAL_ISR_MAX; v++) {
        if (!vector_is_free(v))
            continue;
        cyg_interrupt_create(v, HAL_INTR_TEST_PRIO_B, v, isr, dsr,
                             &handle_any, &intr_any);
        cyg_interrupt_attach(handle_any);
        CHECK(in_use(v));
        cyg_interrupt_delete(handle_any);
        CHECK(!in_use(v));
    }
}

/* The VSR is swapped with interrupts off, so that the test routine is
 * never entered even where VSRs take part in dispatching. */
static void check_vsr_round_trip(void)
{
    cyg_VSR_t *original, *read_back;

    cyg_interrupt_disable();
    cyg_interrupt_get_vsr(TEST_VSR, &original);
    cyg_interrupt_set_vsr(TEST_VSR, test_vsr);
    cyg_interrupt_get_vsr(TEST_VSR, &read_back);
    cyg_interrupt_set_vsr(TEST_VSR, original);
    cyg_interrupt_enable();
    CHECK(read_back == test_vsr);
    cyg_interrupt_get_vsr(TEST_VSR, &read_back);
    CHECK(read_back == original);
}

static CYG_INTERRUPT_STATE current_state(void)
{
    CYG_INTERRUPT_STATE state;

    HAL_QUERY_INTERRUPTS(state);
    return state;
}

static void check_disable_nesting(void)
{
    CYG_INTERRUPT_STATE enabled = current_state(), disabled, old;

    HAL_DISABLE_INTERRUPTS(old);
    disabled = current_state();
    HAL_RESTORE_INTERRUPTS(old);
    CHECK(enabled != disabled);
    CHECK(state_in_init == disabled);   /* off until the first thread runs */
    CHECK(current_state() == enabled);

    cyg_interrupt_disable();
    CHECK(current_state() == disabled);
    cyg_interrupt_disable();
    cyg_interrupt_enable();
    CHECK(current_state() == disabled);
    cyg_interrupt_enable();
    CHECK(current_state() == enabled);

    /* Interrupts already off: the matching enable leaves them off. */
    HAL_DISABLE_INTERRUPTS(old);
    cyg_interrupt_disable();
    cyg_interrupt_disable();
    cyg_interrupt_enable();
    cyg_interrupt_enable();
    CHECK(current_state() == disabled);
    HAL_RESTORE_INTERRUPTS(old);
    CHECK(current_state() == enabled);
}

static void check_controller_calls(void)
{
    cyg_vector_t v = vector_a;

    cyg_interrupt_create(v, HAL_INTR_TEST_PRIO_A, 0xA, isr, dsr, &handle_a,
                         &intr_a);
    cyg_interrupt_attach(handle_a);
    cyg_interrupt_configure(v, true, true);
    cyg_interrupt_configure(v, true, false);
    cyg_interrupt_configure(v, false, true);
    cyg_interrupt_configure(v, false, false);
    cyg_interrupt_mask(v);
    cyg_interrupt_unmask(v);
    cyg_interrupt_acknowledge(v);
    cyg_interrupt_disable();
    cyg_interrupt_mask_intunsafe(v);
    cyg_interrupt_unmask_intunsafe(v);
    cyg_interrupt_enable();
    cyg_interrupt_mask(v);
#ifndef CYGPKG_KERNEL_SMP_SUPPORT
    cyg_interrupt_set_cpu(v, 0);
    CHECK(cyg_interrupt_get_cpu(v) == 0);
#endif
    cyg_interrupt_delete(handle_a);
    CHECK(!in_use(v));
}

#ifdef CYGVAR_KERNEL_COUNTERS_CLOCK
/* Bounded busy wait in real time: the clock must still tick. */
static void check_clock_still_runs(void)
{
    cyg_tick_count_t start = cyg_current_time();
    int ms;

    for (ms = 0; ms < 500 && cyg_current_time() == start; ms++)
        HAL_DELAY_US(1000);
    CHECK(cyg_current_time() > start);
}
#endif

static void main_entry(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    check_disable_nesting();
    check_vsr_round_trip();
    if (vector_a != NO_VECTOR) {
        check_attach_detach();
        check_every_free_vector();
        check_controller_calls();
    }
#ifdef CYGVAR_KERNEL_COUNTERS_CLOCK
    check_clock_still_runs();
#endif
    CHECK(isr_calls == 0 && dsr_calls == 0);
    CYG_TEST_PASS_FINISH("Kernel C API Intr 0 OK");
}

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    HAL_QUERY_INTERRUPTS(state_in_init);
    find_free_vectors();
    if (vector_a != NO_VECTOR)
        check_in_init();
    else
        CYG_TEST_INFO("no free interrupt vector: attach not tested");
    run_main_thread(PRIO_MAIN, main_entry, "kintr0");
}

#else

NA_MAIN("Needs the kernel C API and at least 24 priorities")

#endif
