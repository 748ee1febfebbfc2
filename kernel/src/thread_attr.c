/* Creation attributes: cyg_thread_create_ext builds a thread the way
 * cyg_thread_create does, then gives it what the attributes ask for
 * (a stack from the kernel's pool, the essential flag, a slice of its
 * own, an exit hook) and starts it at once, later, or not at all. Every
 * check is made before anything is built, so a refused creation leaves
 * the thread object and the stack pool untouched. */

#include <cyg/kernel/kapi_ext.h>
#include <cyg/kernel/kthread.h>
#include <cyg/hal/hal_arch.h>
#include <cyg/infra/cyg_ass.h>

void cyg_thread_attr_init(cyg_thread_attr_t *attr)
{
    attr->sched_info = CYGNUM_KERNEL_SCHED_PRIORITIES / 2;
    attr->name = NULL;
    attr->stack_base = NULL;
    attr->stack_size = 0;
    attr->start_delay = CYG_THREAD_FOREVER;
    attr->flags = 0;
    attr->timeslice = 0;
    attr->exit_hook = NULL;
    attr->exit_hook_data = 0;
}

/* A refused attribute: an assertion, or EINVAL without assertions. */
#define CYGK_ATTR_REFUSE(cond, msg)        \
    CYG_MACRO_START                        \
    if (cond) {                            \
        CYG_FAIL(msg);                     \
        return CYG_THREAD_EINVAL;          \
    }                                      \
    CYG_MACRO_END

static cyg_thread_result_t cygk_attr_check_stack(const cyg_thread_attr_t *attr)
{
#ifdef CYGFUN_KERNEL_THREADS_STACK_ALLOCATION
    CYGK_ATTR_REFUSE(attr->stack_base == NULL && attr->stack_size != 0
                     && attr->stack_size < CYGNUM_HAL_STACK_SIZE_MINIMUM,
                     "stack size below CYGNUM_HAL_STACK_SIZE_MINIMUM");
    CYGK_ATTR_REFUSE(attr->stack_size > 0x7FFFFFFFu, "stack size too large");
#else
    CYGK_ATTR_REFUSE(attr->stack_base == NULL,
                     "thread stack is NULL (CYGFUN_KERNEL_THREADS_STACK_ALLOCATION is off)");
#endif
    CYGK_ATTR_REFUSE(attr->stack_base != NULL
                     && attr->stack_size < CYGNUM_HAL_STACK_SIZE_MINIMUM,
                     "stack size below CYGNUM_HAL_STACK_SIZE_MINIMUM");
    return CYG_THREAD_OK;
}

static cyg_thread_result_t cygk_attr_check(const cyg_thread_attr_t *attr,
                                           cyg_thread_entry_t *entry,
                                           cyg_handle_t *handle,
                                           cyg_thread *thread)
{
    CYGK_ATTR_REFUSE(attr == NULL || entry == NULL || handle == NULL
                     || thread == NULL,
                     "create_ext: NULL attributes, entry, handle or thread");
    CYGK_ATTR_REFUSE(attr->sched_info >= CYGNUM_KERNEL_SCHED_PRIORITIES,
                     "priority out of range");
    CYGK_ATTR_REFUSE((attr->flags & ~CYG_THREAD_ESSENTIAL) != 0,
                     "unknown thread attribute flags");
#ifndef CYGFUN_KERNEL_THREADS_ESSENTIAL
    CYGK_ATTR_REFUSE(attr->flags & CYG_THREAD_ESSENTIAL,
                     "essential thread without CYGFUN_KERNEL_THREADS_ESSENTIAL");
#endif
#ifndef CYGFUN_KERNEL_THREADS_DELAYED_START
    CYGK_ATTR_REFUSE(attr->start_delay != 0
                     && attr->start_delay != CYG_THREAD_FOREVER,
                     "start delay without CYGFUN_KERNEL_THREADS_DELAYED_START");
#endif
    return cygk_attr_check_stack(attr);
}

/* What cyg_thread_create does not set, on a thread it just built. */
static void cygk_attr_apply(cyg_thread *thread, const cyg_thread_attr_t *attr)
{
#ifdef CYGFUN_KERNEL_THREADS_ESSENTIAL
    thread->essential = (attr->flags & CYG_THREAD_ESSENTIAL) != 0;
#endif
#ifdef CYGFUN_KERNEL_THREADS_STACK_ALLOCATION
    thread->stack_allocated = attr->stack_base == NULL;
#endif
#ifdef CYGSEM_KERNEL_SCHED_TIMESLICE
    if (attr->timeslice != 0)
        thread->timeslice_ticks = attr->timeslice;
#endif
    thread->exit_hook = attr->exit_hook;
    thread->exit_hook_data = attr->exit_hook_data;
}

static void cygk_attr_start(cyg_thread *thread, cyg_tick_count_t delay)
{
    if (delay == 0)
        cygk_thread_resume(thread);
#ifdef CYGFUN_KERNEL_THREADS_DELAYED_START
    else if (delay != CYG_THREAD_FOREVER)
        cygk_start_schedule(thread, delay);
#endif
}

cyg_thread_result_t cyg_thread_create_ext(const cyg_thread_attr_t *attr,
                                          cyg_thread_entry_t *entry,
                                          cyg_addrword_t entry_data,
                                          cyg_handle_t *handle,
                                          cyg_thread *thread)
{
    cyg_thread_result_t result = cygk_attr_check(attr, entry, handle, thread);
    void *stack;
    cyg_uint32 size;

    if (result != CYG_THREAD_OK)
        return result;
    stack = attr->stack_base;
    size = attr->stack_size;
    cygk_sched_lock();
#ifdef CYGFUN_KERNEL_THREADS_STACK_ALLOCATION
    if (stack == NULL) {
        if (size == 0)
            size = CYGNUM_HAL_STACK_SIZE_TYPICAL;
        stack = cygk_stack_pool_alloc(size);
        if (stack == NULL) {
            cygk_sched_unlock();
            return CYG_THREAD_ENOMEM;
        }
    }
#endif
    cygk_thread_init(thread, (cyg_priority_t)attr->sched_info, entry,
                     entry_data, attr->name, (CYG_ADDRESS)stack, size);
    cygk_attr_apply(thread, attr);
    *handle = (cyg_handle_t)thread;
    cygk_attr_start(thread, attr->start_delay);
    cygk_sched_unlock();
    return CYG_THREAD_OK;
}
