/* Thread stacks: the signatures that catch overflows at context switches
 * and the fill pattern that measures the deepest use. */

#include <cyg/kernel/kthread.h>
#include <cyg/infra/cyg_ass.h>
#include <cyg/infra/diag.h>

#define CYGK_STACK_FILL 0xDEADBEEFu

#ifdef CYGK_STACK_CHECKING
/* Each word's signature depends on its address, so a block copied from
 * elsewhere on the stack does not pass for intact. */
static inline cyg_uint32 cygk_signature(const cyg_uint32 *word)
{
    return 0xA5C3E187u ^ (cyg_uint32)(CYG_ADDRWORD)word;
}

static void cygk_signature_write(CYG_ADDRESS from)
{
    cyg_uint32 *word = (cyg_uint32 *)from;
    cyg_uint32 *end = (cyg_uint32 *)(from + CYGK_STACK_SIGNATURE_SIZE);

    for (; word < end; word++)
        *word = cygk_signature(word);
}

static cyg_bool_t cygk_signature_intact(CYG_ADDRESS from)
{
    const cyg_uint32 *word = (const cyg_uint32 *)from;
    const cyg_uint32 *end = (const cyg_uint32 *)(from + CYGK_STACK_SIGNATURE_SIZE);

    for (; word < end; word++)
        if (*word != cygk_signature(word))
            return false;
    return true;
}

/* A corrupt stack is fatal in every build that checks, with or without
 * assertions: it is reported the way a failed assertion is. */
static void cygk_stack_corrupt(const char *what)
{
    cyg_assert_msg(__func__, __FILE__, __LINE__, what);
    cyg_assert_fail(__func__, __FILE__, __LINE__, what);
}

void cygk_stack_check(cyg_thread *thread)
{
    CYG_ADDRESS top = thread->stack_base + thread->stack_size;

    if (!cygk_signature_intact(thread->stack_base))
        cygk_stack_corrupt("Stack base corrupt");
    if (!cygk_signature_intact(top - CYGK_STACK_SIGNATURE_SIZE))
        cygk_stack_corrupt("Stack top corrupt");
}

void cygk_stack_check_all(void)
{
# ifdef CYGVAR_KERNEL_THREADS_LIST
    cyg_thread *thread;

    for (thread = cygk_thread_list; thread != NULL; thread = thread->list_next)
        cygk_stack_check(thread);
# endif
}
#endif /* CYGK_STACK_CHECKING */

/* The usable part of the stack, between the signatures if any. */
static void cygk_stack_usable(cyg_thread *thread, CYG_ADDRESS *low,
                              CYG_ADDRESS *high)
{
    *low = thread->stack_base;
    *high = thread->stack_base + thread->stack_size;
#ifdef CYGK_STACK_CHECKING
    *low += CYGK_STACK_SIGNATURE_SIZE;
    *high -= CYGK_STACK_SIGNATURE_SIZE;
#endif
}

void cygk_stack_prepare(cyg_thread *thread)
{
    CYG_ADDRESS low, high;

    cygk_stack_usable(thread, &low, &high);
#ifdef CYGFUN_KERNEL_THREADS_STACK_LIMIT
    thread->stack_limit = low;
#endif
#ifdef CYGK_STACK_CHECKING
    cygk_signature_write(thread->stack_base);
    cygk_signature_write(high);
#endif
#ifdef CYGFUN_KERNEL_THREADS_STACK_MEASUREMENT
    {
        cyg_uint32 *word = (cyg_uint32 *)((low + 3) & ~(CYG_ADDRESS)3);

        for (; (CYG_ADDRESS)(word + 1) <= high; word++)
            *word = CYGK_STACK_FILL;
    }
#else
    (void)low;
    (void)high;
#endif
}

/* Bytes from the top of the usable stack down to the lowest word that no
 * longer holds the fill pattern. */
cyg_uint32 cygk_stack_usage(cyg_thread *thread)
{
#ifdef CYGFUN_KERNEL_THREADS_STACK_MEASUREMENT
    CYG_ADDRESS low, high;
    const cyg_uint32 *word;

    cygk_stack_usable(thread, &low, &high);
    word = (const cyg_uint32 *)((low + 3) & ~(CYG_ADDRESS)3);
    while ((CYG_ADDRESS)(word + 1) <= high && *word == CYGK_STACK_FILL)
        word++;
    return (cyg_uint32)(high - (CYG_ADDRESS)word);
#else
    (void)thread;
    return 0;
#endif
}

#ifdef CYGDBG_KERNEL_THREADS_STACK_MEASUREMENT_VERBOSE_EXIT
void cygk_stack_report_exit(cyg_thread *thread)
{
# ifdef CYGVAR_KERNEL_THREADS_NAME
    const char *name = thread->name ? thread->name : "<unnamed>";
# else
    const char *name = "<unnamed>";
# endif
    diag_printf("Thread %s (id %d) exits: stack used %u of %u\n", name,
                thread->unique_id, (unsigned)cygk_stack_usage(thread),
                (unsigned)thread->stack_size);
}
#endif
