/* Essential threads: the system cannot go on without them, so their exit
 * or kill is a fatal error. The kernel reports it on the diagnostic
 * channel, gives the application's hook a look (a test proves the
 * error that way), and halts with a failure status. */

#include <cyg/kernel/kapi_ext.h>
#include <cyg/kernel/kthread.h>
#include <cyg/hal/hal_arch.h>
#include <cyg/hal/hal_intr.h>
#include <cyg/infra/diag.h>

CYGBLD_ATTRIB_WEAK void cyg_thread_essential_fatal_hook(cyg_handle_t thread,
                                                        const char *event)
{
    (void)thread;
    (void)event;
}

static void cygk_essential_report(const cyg_thread *thread, const char *event)
{
#ifdef CYGVAR_KERNEL_THREADS_NAME
    if (thread->name != NULL) {
        diag_printf("essential thread '%s' %s\n", thread->name, event);
        return;
    }
#endif
    diag_printf("essential thread '#%u' %s\n", (unsigned)thread->unique_id,
                event);
}

void cygk_essential_fatal(cyg_thread *thread, const char *event)
{
    CYG_INTERRUPT_STATE old;

    cygk_essential_report(thread, event);
    cyg_thread_essential_fatal_hook((cyg_handle_t)thread, event);
#ifdef CYGHWR_TEST_PROGRAM_EXIT_STATUS
    CYGHWR_TEST_PROGRAM_EXIT_STATUS(1);
#endif
    HAL_DISABLE_INTERRUPTS(old);
    (void)old;
    for (;;)
        ;
}

void cyg_thread_set_essential(cyg_handle_t handle, cyg_bool_t essential)
{
    cyg_thread *thread = (cyg_thread *)handle;

    cygk_sched_lock();
    CYG_ASSERT(cygk_thread_known(thread),
               "set_essential of a thread never created or deleted");
    thread->essential = essential != 0;
    cygk_sched_unlock();
}

cyg_bool_t cyg_thread_is_essential(cyg_handle_t handle)
{
    return ((cyg_thread *)handle)->essential;
}
