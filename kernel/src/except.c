/* Exceptions: the handlers the HAL's faults are delivered to. One
 * handler for all exception numbers, or one per number
 * (CYGSEM_KERNEL_EXCEPTIONS_DECODE); one set for the system, or one per
 * thread (!CYGSEM_KERNEL_EXCEPTIONS_GLOBAL). */

#include <cyg/kernel/kthread.h>
#include <cyg/kernel/kintr.h>
#include <cyg/hal/hal_intr.h>
#include <cyg/infra/cyg_ass.h>
#include <cyg/infra/diag.h>

#ifdef CYGSEM_KERNEL_EXCEPTIONS_DECODE
# define CYGK_HANDLER_SLOTS CYGNUM_HAL_EXCEPTION_COUNT
# define CYGK_SLOT(n) ((n) - CYGNUM_HAL_EXCEPTION_MIN)
#else
# define CYGK_HANDLER_SLOTS 1
# define CYGK_SLOT(n) 0
#endif

/* The handler in place when none was installed: calling it does nothing
 * (kapi.md 8); a real fault that reaches it is fatal, see below. */
static void cygk_exception_default(cyg_addrword_t data, cyg_code_t number,
                                   cyg_addrword_t info)
{
    (void)data;
    (void)number;
    (void)info;
}

#ifdef CYGSEM_KERNEL_EXCEPTIONS_GLOBAL
static cyg_exception_handler_t *cygk_exception_handler[CYGK_HANDLER_SLOTS];
static cyg_addrword_t cygk_exception_data[CYGK_HANDLER_SLOTS];
# define CYGK_HANDLERS(t) cygk_exception_handler
# define CYGK_DATA(t)     cygk_exception_data
#else
# define CYGK_HANDLERS(t) ((t)->exception_handler)
# define CYGK_DATA(t)     ((t)->exception_data)

void cygk_exception_init_thread(cyg_thread *thread)
{
    int i;

    for (i = 0; i < CYGK_HANDLER_SLOTS; i++) {
        thread->exception_handler[i] = cygk_exception_default;
        thread->exception_data[i] = 0;
    }
}
#endif

static int cygk_exception_slot(cyg_code_t number)
{
    CYG_ASSERT(number >= CYGNUM_HAL_EXCEPTION_MIN &&
               number <= CYGNUM_HAL_EXCEPTION_MAX,
               "exception number out of range");
    (void)number;
    return CYGK_SLOT(number);
}

static cyg_exception_handler_t *cygk_handler_at(cyg_thread *thread, int slot)
{
    cyg_exception_handler_t *handler = CYGK_HANDLERS(thread)[slot];

    (void)thread;
    return handler != NULL ? handler : cygk_exception_default;
}

static void cygk_exception_deliver(cyg_thread *thread, cyg_code_t number,
                                   cyg_addrword_t info, cyg_bool_t fault)
{
    int slot = cygk_exception_slot(number);
    cyg_exception_handler_t *handler = cygk_handler_at(thread, slot);

    if (fault && handler == cygk_exception_default) {
        diag_printf("unhandled exception %d (info %p)\n", (int)number,
                    (void *)info);
        cyg_assert_msg(__func__, __FILE__, __LINE__, "unhandled exception");
        cyg_assert_fail(__func__, __FILE__, __LINE__, "unhandled exception");
    }
    handler(CYGK_DATA(thread)[slot], number, info);
}

void cyg_hal_deliver_exception(CYG_WORD code, CYG_ADDRWORD data)
{
    cygk_exception_deliver(cygk_sched.current, (cyg_code_t)code, data, true);
}

#ifdef CYGFUN_KERNEL_API_C

void cyg_exception_set_handler(cyg_code_t exception_number,
                               cyg_exception_handler_t *new_handler,
                               cyg_addrword_t new_data,
                               cyg_exception_handler_t **old_handler,
                               cyg_addrword_t *old_data)
{
    cyg_thread *self = cygk_sched.current;
    int slot = cygk_exception_slot(exception_number);

    (void)self;
    cygk_sched_lock();
    if (old_handler != NULL)
        *old_handler = cygk_handler_at(self, slot);
    if (old_data != NULL)
        *old_data = CYGK_DATA(self)[slot];
    CYGK_HANDLERS(self)[slot] = new_handler;
    CYGK_DATA(self)[slot] = new_data;
    cygk_sched_unlock();
}

void cyg_exception_clear_handler(cyg_code_t exception_number)
{
    cyg_thread *self = cygk_sched.current;
    int slot = cygk_exception_slot(exception_number);

    (void)self;
    cygk_sched_lock();
    CYGK_HANDLERS(self)[slot] = cygk_exception_default;
    CYGK_DATA(self)[slot] = 0;
    cygk_sched_unlock();
}

void cyg_exception_call_handler(cyg_handle_t thread,
                                cyg_code_t exception_number,
                                cyg_addrword_t exception_info)
{
    /* Delivery to another thread is not supported (kapi.md 8). */
    if ((cyg_thread *)thread == cygk_sched.current)
        cygk_exception_deliver(cygk_sched.current, exception_number,
                               exception_info, false);
}

#endif /* CYGFUN_KERNEL_API_C */
