#ifndef CYGONCE_KERNEL_TESTS_BENCH_INTR_H
#define CYGONCE_KERNEL_TESTS_BENCH_INTR_H
/* bench_intr.h - a real interrupt raised by software: the first vector
 * that nothing uses, that is not the clock's and that the HAL can make
 * pending (HAL_INTERRUPT_RAISE), with an ISR and a DSR attached and the
 * vector unmasked. Without such a vector the interrupt measurements do
 * not apply. */

#include "bench.h"

#ifdef CYGFUN_KERNEL_API_C

#define BENCH_NO_VECTOR ((cyg_vector_t)-1)

#ifdef HAL_INTERRUPT_RAISE

# define BENCH_RAISE(_vector_) HAL_INTERRUPT_RAISE(_vector_)

static inline cyg_vector_t bench_intr_free_vector(void)
{
    cyg_vector_t v;
    int used;

    for (v = CYGNUM_HAL_ISR_MIN; v <= CYGNUM_HAL_ISR_MAX; v++) {
        HAL_INTERRUPT_IN_USE(v, used);
        if (v != CYGNUM_HAL_INTERRUPT_RTC && !used && HAL_INTERRUPT_RAISABLE(v))
            return v;
    }
    return BENCH_NO_VECTOR;
}

#else

# define BENCH_RAISE(_vector_) CYG_UNUSED_PARAM(cyg_vector_t, _vector_)

static inline cyg_vector_t bench_intr_free_vector(void)
{
    return BENCH_NO_VECTOR;
}

#endif

/* ISR calls so far of the ISR below. */
static volatile cyg_uint32 bench_isr_calls;

/* The usual ISR of a measurement: count, acknowledge, ask for the DSR. */
static inline cyg_uint32 bench_intr_isr(cyg_vector_t vector, cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    bench_isr_calls++;
    cyg_interrupt_acknowledge(vector);
    return CYG_ISR_HANDLED | CYG_ISR_CALL_DSR;
}

static cyg_interrupt bench_intr_object;
static cyg_handle_t bench_intr_handle;

/* The most urgent level: the benchmark's interrupt is never held back by
 * another one. */
static inline void bench_intr_attach(cyg_vector_t vector, cyg_ISR_t *isr,
                                     cyg_DSR_t *dsr)
{
    cyg_interrupt_create(vector, 0, 0, isr, dsr, &bench_intr_handle,
                         &bench_intr_object);
    cyg_interrupt_attach(bench_intr_handle);
    cyg_interrupt_unmask(vector);
}

#endif /* CYGFUN_KERNEL_API_C */

#endif /* CYGONCE_KERNEL_TESTS_BENCH_INTR_H */
