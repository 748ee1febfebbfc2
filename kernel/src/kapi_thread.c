/* C API: threads. */

#include <cyg/kernel/kapi.h>
#include <cyg/kernel/kthread.h>
#include <cyg/kernel/kclock.h>

#define CYGK_THREAD(h) ((cyg_thread *)(h))

void cyg_thread_create(cyg_addrword_t sched_info, cyg_thread_entry_t *entry,
                       cyg_addrword_t entry_data, char *name,
                       void *stack_base, cyg_ucount32 stack_size,
                       cyg_handle_t *handle, cyg_thread *thread)
{
    cygk_thread_init(thread, (cyg_priority_t)sched_info, entry, entry_data,
                     name, (CYG_ADDRESS)stack_base, stack_size);
    *handle = (cyg_handle_t)thread;
}

void cyg_thread_exit(void)
{
    cygk_thread_exit_self();
}

void cyg_thread_resume(cyg_handle_t thread)
{
    cygk_sched_lock();
    cygk_thread_resume(CYGK_THREAD(thread));
    cygk_sched_unlock();
}

void cyg_thread_kill(cyg_handle_t thread)
{
#ifdef CYGFUN_KERNEL_THREADS_ESSENTIAL
    cygk_essential_check(CYGK_THREAD(thread), "killed");
#endif
    if (CYGK_THREAD(thread) == cygk_sched.current)
        cygk_thread_exit_self();
    cygk_sched_lock();
    cygk_thread_kill(CYGK_THREAD(thread));
    cygk_sched_unlock();
}

cyg_bool_t cyg_thread_delete(cyg_handle_t handle)
{
    cyg_thread *thread = CYGK_THREAD(handle);

    CYG_ASSERT(thread != &cygk_idle_thread, "the idle thread cannot be deleted");
    CYG_ASSERT(thread->unique_id != 0, "delete of a deleted thread");
    cyg_thread_kill(handle);
    cygk_sched_lock();
    if (thread->state & CYGK_STATE_EXITED) {
        cygk_thread_reap(thread);
        return true;
    }
    cygk_sched_unlock();
    return false;
}

void cyg_thread_release(cyg_handle_t thread)
{
    cygk_sched_lock();
    cygk_thread_wake(CYGK_THREAD(thread), CYG_REASON_BREAK);
    cygk_sched_unlock();
}

cyg_handle_t cyg_thread_self(void)
{
    return (cyg_handle_t)cygk_sched.current;
}

cyg_handle_t cyg_thread_idle_thread(void)
{
    return (cyg_handle_t)&cygk_idle_thread;
}

void cyg_thread_set_priority(cyg_handle_t handle, cyg_priority_t priority)
{
    cyg_thread *thread = CYGK_THREAD(handle);
    cyg_bool_t set;

    CYG_ASSERT(priority < CYGNUM_KERNEL_SCHED_PRIORITIES, "priority out of range");
    if (priority >= CYGNUM_KERNEL_SCHED_PRIORITIES)
        return;
    cygk_sched_lock();
    set = cygk_thread_set_priority(thread, priority);
    cygk_sched_unlock();
    CYG_ASSERT(set, "bitmap scheduler: priority already in use");
    (void)set;
}

cyg_priority_t cyg_thread_get_priority(cyg_handle_t thread)
{
    return CYGK_BASE_PRIORITY(CYGK_THREAD(thread));
}

cyg_priority_t cyg_thread_get_current_priority(cyg_handle_t thread)
{
    return CYGK_THREAD(thread)->priority;
}

void cyg_thread_delay(cyg_tick_count_t delay)
{
#ifdef CYGFUN_KERNEL_THREADS_TIMER
    cygk_sched_lock();
    cygk_thread_delay(delay);
    cygk_sched_unlock();
#else
    (void)delay;
#endif
}

void cyg_thread_deadline_wait(cyg_tick_count_t start_time,
                              cyg_tick_count_t run_time,
                              cyg_tick_count_t deadline)
{
    (void)start_time;
    (void)run_time;
    (void)deadline;
    CYG_FAIL("Not implemented");
}

cyg_addrword_t cyg_thread_get_stack_base(cyg_handle_t thread)
{
    return CYGK_THREAD(thread)->stack_base;
}

cyg_uint32 cyg_thread_get_stack_size(cyg_handle_t thread)
{
    return CYGK_THREAD(thread)->stack_size;
}

#ifdef CYGFUN_KERNEL_THREADS_STACK_MEASUREMENT
cyg_uint32 cyg_thread_measure_stack_usage(cyg_handle_t thread)
{
    return cygk_stack_usage(CYGK_THREAD(thread));
}
#endif

cyg_uint16 cyg_thread_get_id(cyg_handle_t thread)
{
    return CYGK_THREAD(thread)->unique_id;
}

#ifdef CYGVAR_KERNEL_THREADS_LIST
cyg_bool_t cyg_thread_get_next(cyg_handle_t *handle, cyg_uint16 *id)
{
    cyg_thread *thread = CYGK_THREAD(*handle);
    cyg_bool_t found;

    cygk_sched_lock();
    if (thread == NULL)
        thread = cygk_thread_list;
    else if (thread->unique_id == *id)
        thread = thread->list_next;
    else
        thread = NULL;              /* deleted meanwhile */
    found = thread != NULL;
    *handle = (cyg_handle_t)thread;
    *id = found ? thread->unique_id : 0;
    cygk_sched_unlock();
    return found;
}

cyg_handle_t cyg_thread_find(cyg_uint16 id)
{
    cyg_thread *thread;

    cygk_sched_lock();
    for (thread = cygk_thread_list; thread != NULL; thread = thread->list_next)
        if (thread->unique_id == id)
            break;
    cygk_sched_unlock();
    return (cyg_handle_t)thread;
}
#endif

cyg_bool_t cyg_thread_get_info(cyg_handle_t handle, cyg_uint16 id,
                               cyg_thread_info *info)
{
    cyg_thread *thread = CYGK_THREAD(handle);

    if (info == NULL || thread == NULL || thread->unique_id != id)
        return false;
    info->handle = handle;
    info->id = thread->unique_id;
    info->state = thread->state;
#ifdef CYGVAR_KERNEL_THREADS_NAME
    info->name = thread->name;
#else
    info->name = NULL;
#endif
    info->set_pri = CYGK_BASE_PRIORITY(thread);
    info->cur_pri = thread->priority;
    info->stack_base = thread->stack_base;
    info->stack_size = thread->stack_size;
    info->stack_used = cygk_stack_usage(thread);
    return true;
}
