/* The idle thread: always runnable at the lowest priority, so the
 * scheduler always has a thread to run. The HAL's idle action waits for
 * the next interrupt instead of spinning. */

#include <cyg/kernel/kthread.h>
#include <cyg/hal/hal_arch.h>

#if CYGNUM_KERNEL_THREADS_IDLE_STACK_SIZE < CYGNUM_HAL_STACK_SIZE_MINIMUM
# define CYGK_IDLE_STACK_SIZE CYGNUM_HAL_STACK_SIZE_MINIMUM
#else
# define CYGK_IDLE_STACK_SIZE CYGNUM_KERNEL_THREADS_IDLE_STACK_SIZE
#endif

cyg_thread cygk_idle_thread;
static char cygk_idle_stack[CYGK_IDLE_STACK_SIZE]
    CYGBLD_ATTRIB_ALIGN(CYGARC_ALIGNMENT);

static void cygk_idle_loop(cyg_addrword_t data)
{
    cyg_uint32 count = 0;

    (void)data;
    for (;;) {
        HAL_IDLE_THREAD_ACTION(count);
        count++;
#ifdef CYGIMP_IDLE_THREAD_YIELD
        /* With one priority level the idle thread shares it with
         * everybody: let them run. */
        cygk_sched_lock();
        cygk_runq_rotate(&cygk_idle_thread);
        cygk_sched_unlock();
#endif
    }
}

/* Without thread names the name would only take space. */
#ifdef CYGVAR_KERNEL_THREADS_NAME
# define CYGK_IDLE_NAME "Idle Thread"
#else
# define CYGK_IDLE_NAME NULL
#endif

void cygk_idle_init(void)
{
    cygk_thread_init(&cygk_idle_thread, CYGNUM_KERNEL_SCHED_PRIORITIES - 1,
                     cygk_idle_loop, 0, CYGK_IDLE_NAME,
                     (CYG_ADDRESS)cygk_idle_stack, sizeof(cygk_idle_stack));
    cygk_thread_resume(&cygk_idle_thread);
}
