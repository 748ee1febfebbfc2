#ifndef CYGONCE_KERNEL_TEST_STACKMON_H
#define CYGONCE_KERNEL_TEST_STACKMON_H
/* <cyg/kernel/test/stackmon.h>: test helpers that print how much of a
 * stack has been used, found by scanning up from the bottom for the first
 * word that is neither the kernel's fill pattern nor zero. */

#include <pkgconf/kernel.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/hal/hal_arch.h>

#ifndef STACKMON_PRINTF
# include <cyg/infra/diag.h>
# define STACKMON_PRINTF diag_printf
#endif

#ifdef CYGFUN_KERNEL_THREADS_STACK_MEASUREMENT
# define CYG_TEST_STACK_UNUSED 0xDEADBEEFu
#else
# define CYG_TEST_STACK_UNUSED 0u
#endif

/* Bytes between the first used word above `base' and `top'. */
static inline int cyg_test_stack_used(char *base, char *top)
{
    cyg_uint32 *word = (cyg_uint32 *)(((CYG_ADDRWORD)base + 3) & ~(CYG_ADDRWORD)3);
    cyg_uint32 *end = (cyg_uint32 *)top;

#if defined(CYGFUN_KERNEL_THREADS_STACK_CHECKING) || \
    defined(CYGFUN_KERNEL_THREADS_STACK_CHECKING_RELEASE)
    /* Skip the overflow signature at the bottom. */
    while (word < end && *word != CYG_TEST_STACK_UNUSED)
        word++;
#endif
    while (word < end && *word == CYG_TEST_STACK_UNUSED)
        word++;
    return (int)(top - (char *)word);
}

static inline void cyg_test_size_a_stack(char *comment, char *format,
                                         char *base, char *top)
{
    STACKMON_PRINTF(format, comment, cyg_test_stack_used(base, top),
                    (int)(top - base));
}

static inline void cyg_test_dump_stack_stats(char *comment, char *base,
                                             char *top)
{
    cyg_test_size_a_stack(comment, "%31s : stack used %5d size %5d\n",
                          base, top);
}

#ifdef CYGFUN_KERNEL_API_C
# include <cyg/kernel/kapi.h>

static inline void cyg_test_dump_thread_stack_stats(char *comment,
                                                    cyg_handle_t thread)
{
    char *base = (char *)cyg_thread_get_stack_base(thread);

    cyg_test_dump_stack_stats(comment, base,
                              base + cyg_thread_get_stack_size(thread));
}

static inline void cyg_test_dump_idlethread_stack_stats(char *comment)
{
    cyg_handle_t idle = cyg_thread_idle_thread();
    char *base = (char *)cyg_thread_get_stack_base(idle);

    cyg_test_size_a_stack(comment,
                          "%20s : Idlethread stack used %5d size %5d\n",
                          base, base + cyg_thread_get_stack_size(idle));
}
#endif

#if defined(HAL_INTERRUPT_STACK_BASE) && defined(HAL_INTERRUPT_STACK_TOP)
static inline void cyg_test_dump_interrupt_stack_stats(char *comment)
{
    cyg_test_dump_stack_stats(comment, (char *)HAL_INTERRUPT_STACK_BASE,
                              (char *)HAL_INTERRUPT_STACK_TOP);
}

static inline void cyg_test_clear_interrupt_stack(void)
{
    cyg_uint32 *word = (cyg_uint32 *)HAL_INTERRUPT_STACK_BASE;

    while ((char *)word < (char *)HAL_INTERRUPT_STACK_TOP)
        *word++ = CYG_TEST_STACK_UNUSED;
}
#else
static inline void cyg_test_dump_interrupt_stack_stats(char *comment)
{
    (void)comment;
}

static inline void cyg_test_clear_interrupt_stack(void)
{
}
#endif

#endif /* CYGONCE_KERNEL_TEST_STACKMON_H */
