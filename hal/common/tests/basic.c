/*
 * Common HAL test: basic.
 *
 * Checks the HAL facilities that need neither threads nor a running
 * clock: the basic types, the bit index macros, the nesting of the
 * interrupt state macros, the interrupt and VSR tables, and
 * hal_setjmp/hal_longjmp.
 */

#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/infra/testcase.h>
#include <cyg/hal/hal_arch.h>
#include <cyg/hal/hal_intr.h>

#define CHECK(_cond_) CYG_TEST_CHECK((_cond_), #_cond_)

/* ------------------------------------------------------------------ */
/* Types                                                              */

static void check_types(void)
{
    union {
        cyg_uint32 word;
        cyg_uint8 bytes[4];
    } probe = { .word = 0x01020304u };

    CHECK(sizeof(cyg_uint8) == 1 && sizeof(cyg_uint16) == 2);
    CHECK(sizeof(cyg_uint32) == 4 && sizeof(cyg_uint64) == 8);
    CHECK(sizeof(CYG_ADDRWORD) == sizeof(void *));
    CHECK(sizeof(CYG_ADDRESS) == sizeof(void *));
#if CYG_BYTEORDER == CYG_LSBFIRST
    CHECK(probe.bytes[0] == 0x04 && probe.bytes[3] == 0x01);
#else
    CHECK(probe.bytes[0] == 0x01 && probe.bytes[3] == 0x04);
#endif
    CHECK(CYGNUM_HAL_STACK_SIZE_MINIMUM <= CYGNUM_HAL_STACK_SIZE_TYPICAL);
    CHECK(CYGNUM_HAL_ISR_COUNT == CYGNUM_HAL_ISR_MAX + 1 - CYGNUM_HAL_ISR_MIN);
    CHECK(CYGNUM_HAL_VSR_COUNT == CYGNUM_HAL_VSR_MAX + 1 - CYGNUM_HAL_VSR_MIN);
    CHECK(CYGNUM_HAL_EXCEPTION_COUNT
          == CYGNUM_HAL_EXCEPTION_MAX + 1 - CYGNUM_HAL_EXCEPTION_MIN);
    CYG_TEST_PASS("basic types and constants");
}

/* ------------------------------------------------------------------ */
/* Bit indexes                                                        */

static cyg_uint32 lowest_set_bit(cyg_uint32 mask)
{
    cyg_uint32 index = 0;
    while ((mask & 1u) == 0) {
        mask >>= 1;
        index++;
    }
    return index;
}

static cyg_uint32 highest_set_bit(cyg_uint32 mask)
{
    cyg_uint32 index = 31;
    while ((mask & 0x80000000u) == 0) {
        mask <<= 1;
        index--;
    }
    return index;
}

/* xorshift32: a fixed, reproducible sequence of masks. */
static cyg_uint32 next_mask(cyg_uint32 *state)
{
    cyg_uint32 x = *state;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    *state = x;
    return x;
}

static int bit_indexes_agree(cyg_uint32 mask)
{
    cyg_uint32 lsb, msb;
    HAL_LSBIT_INDEX(lsb, mask);
    HAL_MSBIT_INDEX(msb, mask);
    return lsb == lowest_set_bit(mask) && msb == highest_set_bit(mask);
}

static void check_bit_indexes(void)
{
    cyg_uint32 state = 0x12345678u;
    cyg_uint32 index;

    for (cyg_uint32 bit = 0; bit < 32; bit++) {
        HAL_LSBIT_INDEX(index, 1u << bit);
        CHECK(index == bit);
        HAL_MSBIT_INDEX(index, 1u << bit);
        CHECK(index == bit);
        HAL_LSBIT_INDEX(index, 0xFFFFFFFFu << bit);
        CHECK(index == bit);
        HAL_MSBIT_INDEX(index, 0xFFFFFFFFu >> bit);
        CHECK(index == 31 - bit);
        CHECK(bit_indexes_agree((1u << bit) | 1u));
        CHECK(bit_indexes_agree((1u << bit) | 0x80000000u));
    }
    for (int i = 0; i < 20000; i++) {
        cyg_uint32 mask = next_mask(&state);
        /* Sparse masks too: keep only a few of the bits now and then. */
        if (i % 3 == 0)
            mask &= next_mask(&state) & next_mask(&state);
        if (mask != 0)
            CHECK(bit_indexes_agree(mask));
    }
    CYG_TEST_PASS("HAL_LSBIT_INDEX and HAL_MSBIT_INDEX");
}

/* ------------------------------------------------------------------ */
/* Interrupt state                                                    */

static int interrupts_enabled(void)
{
    CYG_INTERRUPT_STATE state;
    HAL_QUERY_INTERRUPTS(state);
    return state != 0;
}

static void check_interrupt_state(void)
{
    CYG_INTERRUPT_STATE outer, inner;

    CHECK(!interrupts_enabled());   /* still initializing */

    HAL_ENABLE_INTERRUPTS();
    CHECK(interrupts_enabled());

    HAL_DISABLE_INTERRUPTS(outer);
    CHECK(outer != 0);
    CHECK(!interrupts_enabled());

    HAL_DISABLE_INTERRUPTS(inner);
    CHECK(inner == 0);
    CHECK(!interrupts_enabled());

    HAL_RESTORE_INTERRUPTS(inner);
    CHECK(!interrupts_enabled());

    HAL_RESTORE_INTERRUPTS(outer);
    CHECK(interrupts_enabled());

    HAL_DISABLE_INTERRUPTS(outer);
    CHECK(!interrupts_enabled());
    CYG_TEST_PASS("interrupt state nesting");
}

/* ------------------------------------------------------------------ */
/* Interrupt and VSR tables                                           */

static cyg_uint32 unused_isr(cyg_vector_t vector, cyg_addrword_t data)
{
    (void)vector;
    (void)data;
    return 0;
}

static cyg_uint32 other_isr(cyg_vector_t vector, cyg_addrword_t data)
{
    (void)vector;
    (void)data;
    return 0;
}

static void dummy_vsr(void)
{
}

static int vector_in_use(cyg_vector_t vector)
{
    int in_use;
    HAL_INTERRUPT_IN_USE(vector, in_use);
    return in_use != 0;
}

static void check_interrupt_tables(void)
{
    cyg_vector_t vector = CYGNUM_HAL_ISR_MAX + 1;
    CYG_ADDRESS old_vsr, vsr;

    for (cyg_vector_t v = CYGNUM_HAL_ISR_MIN; v <= CYGNUM_HAL_ISR_MAX; v++)
        if (!vector_in_use(v)) {
            vector = v;
            break;
        }
    CHECK(vector <= CYGNUM_HAL_ISR_MAX);

    HAL_INTERRUPT_ATTACH(vector, unused_isr, 0x5a5a, 0);
    CHECK(vector_in_use(vector));
    /* A vector in use is not taken over. */
    HAL_INTERRUPT_ATTACH(vector, other_isr, 0, 0);
    CHECK(vector_in_use(vector));
    HAL_INTERRUPT_DETACH(vector, other_isr);
    CHECK(vector_in_use(vector));
    HAL_INTERRUPT_DETACH(vector, unused_isr);
    CHECK(!vector_in_use(vector));
    HAL_INTERRUPT_ATTACH(vector, other_isr, 0, 0);
    CHECK(vector_in_use(vector));
    HAL_INTERRUPT_DETACH(vector, other_isr);
    CHECK(!vector_in_use(vector));

    HAL_VSR_SET(CYGNUM_HAL_VSR_MIN, dummy_vsr, &old_vsr);
    HAL_VSR_GET(CYGNUM_HAL_VSR_MIN, &vsr);
    CHECK(vsr == (CYG_ADDRESS)dummy_vsr);
    HAL_VSR_SET(CYGNUM_HAL_VSR_MIN, old_vsr, NULL);
    HAL_VSR_GET(CYGNUM_HAL_VSR_MIN, &vsr);
    CHECK(vsr == old_vsr);
    CYG_TEST_PASS("interrupt and VSR tables");
}

/* ------------------------------------------------------------------ */
/* hal_setjmp / hal_longjmp                                           */

static hal_jmp_buf jump_buffer;
static volatile int frames_entered;

/* Leaves through a pile of frames, as an exception handler would. */
static void CYGBLD_ATTRIB_NORET jump_back_from(int depth, int value)
{
    volatile char scratch[64];

    scratch[depth % 64] = (char)depth;
    frames_entered++;
    if (depth > 0)
        jump_back_from(depth - 1, value + scratch[depth % 64] - depth);
    hal_longjmp(jump_buffer, value);
}

static volatile cyg_uint32 seed = 3;

static cyg_uint32 mix(cyg_uint32 a, cyg_uint32 b)
{
    return a * 2654435761u + b;
}

static void check_setjmp(void)
{
    volatile int round = 0;
    /*
     * Not changed after hal_setjmp, so a longjmp must bring them back.
     * Each reads `seed' anew, so the compiler cannot recompute it.
     */
    cyg_uint32 a = mix(seed, 1), b = mix(seed, 2), c = mix(seed, 3);
    cyg_uint32 d = mix(seed, 4), e = mix(seed, 5), f = mix(seed, 6);
    int result;

    result = hal_setjmp(jump_buffer);
    switch (round) {
    case 0:
        CHECK(result == 0);
        round = 1;
        jump_back_from(10, 42);
        break;
    case 1:
        CHECK(result == 42);
        CHECK(frames_entered == 11);
        round = 2;
        hal_longjmp(jump_buffer, 0);
        break;
    case 2:
        CHECK(result == 1);             /* 0 cannot be returned twice */
        round = 3;
        hal_longjmp(jump_buffer, -7);
        break;
    default:
        CHECK(result == -7);
        CHECK(round == 3);
        break;
    }
    CHECK(a == mix(seed, 1) && b == mix(seed, 2) && c == mix(seed, 3));
    CHECK(d == mix(seed, 4) && e == mix(seed, 5) && f == mix(seed, 6));
    CYG_TEST_PASS("hal_setjmp and hal_longjmp");
}

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    check_types();
    check_bit_indexes();
    check_interrupt_state();
    check_interrupt_tables();
    check_setjmp();
    CYG_TEST_PASS_FINISH("HAL basic test");
}
