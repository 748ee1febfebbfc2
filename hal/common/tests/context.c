/*
 * Common HAL test: context.
 *
 * Switches between contexts built with HAL_THREAD_INIT_CONTEXT, without
 * a kernel: the first switch runs the entry function with its argument
 * on its own stack with interrupts enabled, each switch comes back to
 * where the context left off with its registers and its own interrupt
 * state, and HAL_THREAD_LOAD_CONTEXT resumes a saved context for good.
 */

#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/infra/testcase.h>
#include <cyg/hal/hal_arch.h>
#include <cyg/hal/hal_intr.h>

#define CHECK(_cond_) CYG_TEST_CHECK((_cond_), #_cond_)

#define STACK_SIZE      CYGNUM_HAL_STACK_SIZE_TYPICAL
#define ARG_FIRST       ((CYG_ADDRWORD)0x1234567890abcdefULL)
#define ARG_SECOND      ((CYG_ADDRWORD)&second_stack[0])
#define PING_PONGS      10000

static char first_stack[STACK_SIZE] CYGBLD_ATTRIB_ALIGN(16);
static char second_stack[STACK_SIZE] CYGBLD_ATTRIB_ALIGN(16);
static char counter_stack[STACK_SIZE] CYGBLD_ATTRIB_ALIGN(16);

static CYG_ADDRESS main_sp, first_sp, second_sp, counter_sp;

/* The order in which the contexts got to their checkpoints. */
static volatile int steps[8];
static volatile int step_count;

static volatile cyg_uint32 counter;

static void reached(int step)
{
    if (step_count < (int)CYG_NELEM(steps))
        steps[step_count] = step;
    step_count++;
}

static int interrupts_enabled(void)
{
    CYG_INTERRUPT_STATE state;
    HAL_QUERY_INTERRUPTS(state);
    return state != 0;
}

static int on_stack(const void *address, const char *stack)
{
    const char *p = (const char *)address;
    return p >= stack && p < stack + STACK_SIZE;
}

/*
 * Whether the entry was called with the ABI's stack alignment. The
 * compiler assumes that alignment, so the address goes through a
 * volatile to keep it from folding the test away.
 */
static volatile CYG_ADDRESS probe_address;

static int frame_is_aligned(void)
{
    long double probe = 1.0L;
    probe_address = (CYG_ADDRESS)&probe;
    return probe_address % __alignof__(long double) == 0;
}

/*
 * Values that live across the switches, which the compiler keeps in
 * callee-saved registers: every context holds its own set, so a register
 * the switch failed to save would come back with another context's value.
 */
static volatile cyg_uint32 seed = 7;

static cyg_uint32 mix(cyg_uint32 a, cyg_uint32 b)
{
    return a * 2654435761u + b;
}

/*
 * Each value reads `seed' anew, so the compiler cannot recompute it; ten
 * of them are more than there are callee-saved registers to hold them.
 */
#define LIVE_VALUES(_salt_)                                             \
    cyg_uint32 live[10];                                                \
    for (int _i_ = 0; _i_ < 10; _i_++)                                  \
        live[_i_] = mix(seed, (cyg_uint32)(_salt_) + _i_);              \
    cyg_uint32 a = live[0], b = live[1], c = live[2], d = live[3];      \
    cyg_uint32 e = live[4], f = live[5], g = live[6], h = live[7];      \
    cyg_uint32 i = live[8], j = live[9]

#define LIVE_VALUE_KEPT(_value_, _salt_, _n_)                           \
    ((_value_) == mix(seed, (cyg_uint32)(_salt_) + (_n_)))

#define LIVE_VALUES_KEPT(_salt_)                                        \
    (LIVE_VALUE_KEPT(a, _salt_, 0) && LIVE_VALUE_KEPT(b, _salt_, 1)     \
     && LIVE_VALUE_KEPT(c, _salt_, 2) && LIVE_VALUE_KEPT(d, _salt_, 3)  \
     && LIVE_VALUE_KEPT(e, _salt_, 4) && LIVE_VALUE_KEPT(f, _salt_, 5)  \
     && LIVE_VALUE_KEPT(g, _salt_, 6) && LIVE_VALUE_KEPT(h, _salt_, 7)  \
     && LIVE_VALUE_KEPT(i, _salt_, 8) && LIVE_VALUE_KEPT(j, _salt_, 9))

static void first_entry(CYG_ADDRWORD arg)
{
    CYG_INTERRUPT_STATE old;
    LIVE_VALUES(10);

    CHECK(arg == ARG_FIRST);
    CHECK(on_stack(&old, first_stack));
    CHECK(frame_is_aligned());
    CHECK(interrupts_enabled());
    reached(1);

    HAL_DISABLE_INTERRUPTS(old);
    HAL_THREAD_SWITCH_CONTEXT(&first_sp, &second_sp);

    /* Back from main, which switched with interrupts enabled. */
    reached(4);
    CHECK(LIVE_VALUES_KEPT(10));
    CHECK(!interrupts_enabled());
    HAL_RESTORE_INTERRUPTS(old);
    CHECK(interrupts_enabled());
    HAL_DISABLE_INTERRUPTS(old);

    HAL_THREAD_LOAD_CONTEXT(&main_sp);
    CYG_TEST_FAIL_FINISH("HAL_THREAD_LOAD_CONTEXT returned");
}

static void second_entry(CYG_ADDRWORD arg)
{
    CHECK(arg == ARG_SECOND);
    CHECK(on_stack(&arg, second_stack));
    /* The switch to here was made with interrupts disabled. */
    CHECK(interrupts_enabled());
    reached(2);

    HAL_THREAD_SWITCH_CONTEXT(&second_sp, &main_sp);
    CYG_TEST_FAIL_FINISH("an abandoned context was resumed");
}

static void counter_entry(CYG_ADDRWORD arg)
{
    LIVE_VALUES(arg);

    for (;;) {
        counter++;
        HAL_THREAD_SWITCH_CONTEXT(&counter_sp, &main_sp);
        CHECK(LIVE_VALUES_KEPT(arg));
    }
}

static void check_first_and_second(void)
{
    LIVE_VALUES(0);

    first_sp = (CYG_ADDRESS)&first_stack[STACK_SIZE];
    HAL_THREAD_INIT_CONTEXT(first_sp, ARG_FIRST, first_entry, 1);
    CHECK(on_stack((void *)first_sp, first_stack));
    second_sp = (CYG_ADDRESS)&second_stack[STACK_SIZE];
    HAL_THREAD_INIT_CONTEXT(second_sp, ARG_SECOND, second_entry, 2);
    CHECK(on_stack((void *)second_sp, second_stack));

    CHECK(!interrupts_enabled());
    reached(0);
    HAL_THREAD_SWITCH_CONTEXT(&main_sp, &first_sp);

    reached(3);
    CHECK(!interrupts_enabled());   /* main's own state, not second's */
    CHECK(LIVE_VALUES_KEPT(0));

    HAL_ENABLE_INTERRUPTS();
    HAL_THREAD_SWITCH_CONTEXT(&main_sp, &first_sp);

    reached(5);
    CHECK(interrupts_enabled());
    CHECK(LIVE_VALUES_KEPT(0));

    CHECK(step_count == 6);
    for (int n = 0; n < 6; n++)
        CHECK(steps[n] == n);
    CYG_TEST_PASS("switching between contexts");
}

static void check_ping_pong(void)
{
    LIVE_VALUES(20);

    counter_sp = (CYG_ADDRESS)&counter_stack[STACK_SIZE];
    HAL_THREAD_INIT_CONTEXT(counter_sp, 30, counter_entry, 3);
    for (cyg_uint32 n = 1; n <= PING_PONGS; n++) {
        HAL_THREAD_SWITCH_CONTEXT(&main_sp, &counter_sp);
        CHECK(counter == n);
    }
    CHECK(LIVE_VALUES_KEPT(20));
    CYG_TEST_PASS("many switches");
}

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    check_first_and_second();
    check_ping_pong();
    CYG_TEST_PASS_FINISH("HAL context test");
}
