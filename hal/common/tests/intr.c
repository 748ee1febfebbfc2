/*
 * Common HAL test: intr.
 *
 * Interrupts without a kernel: an ISR attached to a vector runs once per
 * raised interrupt, with interrupts disabled, only while interrupts are
 * enabled and the vector unmasked, and lower vectors first; an interrupt
 * raised meanwhile waits and is taken when that changes. Then the same
 * with the real-time clock: ticks arrive while enabled, wait while
 * disabled, and the idle action sleeps until the next one.
 *
 * Built only when the kernel's clock does not own the clock vector.
 */

#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/infra/testcase.h>
#include <cyg/hal/hal_arch.h>
#include <cyg/hal/hal_intr.h>

#define CHECK(_cond_) CYG_TEST_CHECK((_cond_), #_cond_)

/* The kernel's CYG_ISR_HANDLED; this test does not use the kernel API. */
#define ISR_HANDLED     1

#ifdef HAL_INTERRUPT_RAISE

#define FIRST_DATA      ((cyg_addrword_t)0xfeed)
#define SECOND_DATA     ((cyg_addrword_t)0xbeef)

static volatile int calls;
static volatile int nesting;
static volatile int deepest_nesting;
static volatile cyg_vector_t last_vector;
static volatile cyg_addrword_t last_data;
static volatile int enabled_inside;

/* Vectors in the order their ISRs ran. */
static volatile cyg_vector_t order[8];

static cyg_vector_t first_vector, second_vector;
static volatile int raise_from_second;

static int interrupts_enabled(void)
{
    CYG_INTERRUPT_STATE state;
    HAL_QUERY_INTERRUPTS(state);
    return state != 0;
}

static cyg_uint32 counting_isr(cyg_vector_t vector, cyg_addrword_t data)
{
    CYG_INTERRUPT_STATE state;

    nesting++;
    if (nesting > deepest_nesting)
        deepest_nesting = nesting;
    HAL_QUERY_INTERRUPTS(state);
    enabled_inside |= (state != 0);
    if (calls < (int)CYG_NELEM(order))
        order[calls] = vector;
    calls++;
    last_vector = vector;
    last_data = data;
    HAL_INTERRUPT_ACKNOWLEDGE(vector);
    if (vector == second_vector && raise_from_second) {
        raise_from_second = 0;
        HAL_INTERRUPT_RAISE(first_vector);
    }
    nesting--;
    return ISR_HANDLED;
}

static int vector_in_use(cyg_vector_t vector)
{
    int in_use;
    HAL_INTERRUPT_IN_USE(vector, in_use);
    return in_use != 0;
}

/* The two lowest free vectors, other than the clock's, that software can
 * raise. */
static void choose_vectors(void)
{
    int found = 0;

    for (cyg_vector_t v = CYGNUM_HAL_ISR_MIN; v <= CYGNUM_HAL_ISR_MAX; v++) {
        if (v == CYGNUM_HAL_INTERRUPT_RTC || vector_in_use(v)
            || !HAL_INTERRUPT_RAISABLE(v))
            continue;
        if (found++ == 0)
            first_vector = v;
        else {
            second_vector = v;
            break;
        }
    }
    CHECK(found == 2);
}

static void check_raise(void)
{
    choose_vectors();
    HAL_INTERRUPT_ATTACH(first_vector, counting_isr, FIRST_DATA, 0);
    HAL_INTERRUPT_ATTACH(second_vector, counting_isr, SECOND_DATA, 0);
    CHECK(vector_in_use(first_vector) && vector_in_use(second_vector));
    HAL_INTERRUPT_UNMASK(first_vector);
    HAL_INTERRUPT_UNMASK(second_vector);

    /* Disabled: the interrupt waits. */
    CHECK(!interrupts_enabled());
    HAL_INTERRUPT_RAISE(first_vector);
    CHECK(calls == 0);
    HAL_ENABLE_INTERRUPTS();
    CHECK(calls == 1);
    CHECK(last_vector == first_vector && last_data == FIRST_DATA);
    CHECK(!enabled_inside);
    CHECK(interrupts_enabled());

    /* Enabled: taken at once. */
    HAL_INTERRUPT_RAISE(second_vector);
    CHECK(calls == 2);
    CHECK(last_vector == second_vector && last_data == SECOND_DATA);

    /* Masked: waits for the unmask. */
    HAL_INTERRUPT_MASK(first_vector);
    HAL_INTERRUPT_RAISE(first_vector);
    CHECK(calls == 2);
    HAL_INTERRUPT_UNMASK(first_vector);
    CHECK(calls == 3 && last_vector == first_vector);
    CYG_TEST_PASS("raised interrupts run their ISR once, when allowed");
}

static void check_order(void)
{
    CYG_INTERRUPT_STATE old;

    calls = 0;
    HAL_DISABLE_INTERRUPTS(old);
    HAL_INTERRUPT_RAISE(second_vector);
    HAL_INTERRUPT_RAISE(first_vector);
    HAL_INTERRUPT_RAISE(second_vector);     /* still one pending interrupt */
    CHECK(calls == 0);
    HAL_RESTORE_INTERRUPTS(old);
    CHECK(calls == 2);
    CHECK(order[0] == first_vector && order[1] == second_vector);

    /* An ISR raising another interrupt: taken after it, not inside it. */
    calls = 0;
    raise_from_second = 1;
    HAL_INTERRUPT_RAISE(second_vector);
    CHECK(calls == 2);
    CHECK(order[0] == second_vector && order[1] == first_vector);
    CHECK(deepest_nesting == 1);
    CHECK(!enabled_inside);

    HAL_INTERRUPT_MASK(first_vector);
    HAL_INTERRUPT_MASK(second_vector);
    HAL_INTERRUPT_DETACH(first_vector, counting_isr);
    HAL_INTERRUPT_DETACH(second_vector, counting_isr);
    CHECK(!vector_in_use(first_vector) && !vector_in_use(second_vector));
    CYG_TEST_PASS("pending interrupts are taken in vector order");
}

/* ------------------------------------------------------------------ */
/* The real-time clock                                                */

#ifdef CYGNUM_HAL_RTC_PERIOD

/* Long enough for a slow host: the clock ticks every period. */
#define TICK_WAIT_US    (20 * CYGNUM_HAL_RTC_PERIOD)
#define POLL_US         1000

static volatile cyg_uint32 ticks;

static cyg_uint32 clock_isr(cyg_vector_t vector, cyg_addrword_t data)
{
    (void)data;
    ticks++;
    HAL_CLOCK_RESET(vector, CYGNUM_HAL_RTC_PERIOD);
    HAL_INTERRUPT_ACKNOWLEDGE(vector);
    return ISR_HANDLED;
}

/* Waits (without the idle action) until `count' more ticks came. */
static int wait_for_ticks(cyg_uint32 count)
{
    cyg_uint32 start = ticks;
    for (cyg_uint32 waited = 0; waited < TICK_WAIT_US; waited += POLL_US) {
        if (ticks - start >= count)
            return 1;
        HAL_DELAY_US(POLL_US);
    }
    return ticks - start >= count;
}

static void check_clock(void)
{
    CYG_INTERRUPT_STATE old;
    cyg_uint32 now, before;

    CHECK(!vector_in_use(CYGNUM_HAL_INTERRUPT_RTC));
    HAL_INTERRUPT_ATTACH(CYGNUM_HAL_INTERRUPT_RTC, clock_isr, 0, 0);
    HAL_CLOCK_INITIALIZE(CYGNUM_HAL_RTC_PERIOD);
    HAL_INTERRUPT_UNMASK(CYGNUM_HAL_INTERRUPT_RTC);
    CHECK(interrupts_enabled());

    CHECK(wait_for_ticks(3));
    HAL_CLOCK_READ(&now);
    CHECK(now <= CYGNUM_HAL_RTC_PERIOD);

    /* Each idle action sleeps until the next tick. */
    for (int i = 0; i < 3; i++) {
        before = ticks;
        HAL_IDLE_THREAD_ACTION(i);
        CHECK(ticks != before);
    }

    /*
     * Ticks that come while disabled wait, and are taken once on
     * enabling (a pending vector is a flag, not a count). A genuine new
     * tick may just follow, hence the second.
     */
    HAL_DISABLE_INTERRUPTS(old);
    before = ticks;
    HAL_DELAY_US(3 * CYGNUM_HAL_RTC_PERIOD);
    CHECK(ticks == before);
    HAL_RESTORE_INTERRUPTS(old);
    HAL_DISABLE_INTERRUPTS(old);
    now = ticks - before;
    HAL_RESTORE_INTERRUPTS(old);
    CHECK(now == 1 || now == 2);

    HAL_INTERRUPT_MASK(CYGNUM_HAL_INTERRUPT_RTC);
    HAL_INTERRUPT_DETACH(CYGNUM_HAL_INTERRUPT_RTC, clock_isr);
    CYG_TEST_PASS("clock interrupts and the idle action");
}

#endif /* CYGNUM_HAL_RTC_PERIOD */

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    check_raise();
    check_order();
#ifdef CYGNUM_HAL_RTC_PERIOD
    check_clock();
#endif
    CYG_TEST_PASS_FINISH("HAL interrupt test");
}

#else /* !HAL_INTERRUPT_RAISE */

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    CYG_TEST_NA("the HAL cannot raise interrupts from software");
}

#endif /* HAL_INTERRUPT_RAISE */
