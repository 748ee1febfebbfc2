/* C API: event flags. A waiter records its pattern and mode; setbits
 * wakes, in queue order, each waiter whose condition holds, handing it
 * the value of that moment. */

#include <cyg/kernel/kapi.h>
#include <cyg/kernel/kthread.h>

#define CYGK_FLAG_MODES (CYG_FLAG_WAITMODE_AND | CYG_FLAG_WAITMODE_OR | \
                         CYG_FLAG_WAITMODE_CLR)

void cyg_flag_init(cyg_flag_t *flag)
{
    flag->value = 0;
    cygk_list_init(&flag->queue);
}

void cyg_flag_destroy(cyg_flag_t *flag)
{
    CYG_ASSERT(cygk_list_empty(&flag->queue), "flag destroyed with waiters");
    (void)flag;
}

static cyg_bool_t cygk_flag_met(cyg_flag_value_t value,
                                cyg_flag_value_t pattern, cyg_flag_mode_t mode)
{
    if (mode & CYG_FLAG_WAITMODE_OR)
        return (value & pattern) != 0;
    return (value & pattern) == pattern;
}

/* Take the value if the condition holds (scheduler locked); 0 if not. */
static cyg_flag_value_t cygk_flag_take(cyg_flag_t *flag,
                                       cyg_flag_value_t pattern,
                                       cyg_flag_mode_t mode)
{
    cyg_flag_value_t value = flag->value;

    if (!cygk_flag_met(value, pattern, mode))
        return 0;
    if (mode & CYG_FLAG_WAITMODE_CLR)
        flag->value = 0;
    return value;
}

void cyg_flag_setbits(cyg_flag_t *flag, cyg_flag_value_t value)
{
    cyg_knode *node, *next;

    cygk_sched_lock();
    flag->value |= value;
    for (node = flag->queue.next; node != &flag->queue; node = next) {
        cyg_thread *waiter = cygk_queue_thread(node);
        cyg_flag_value_t got;

        next = node->next;
        got = cygk_flag_take(flag, waiter->wait.flag.pattern,
                             waiter->wait.flag.mode);
        if (got != 0) {
            waiter->wait.flag.result = got;
            cygk_thread_wake(waiter, CYG_REASON_DONE);
        }
    }
    cygk_sched_unlock();
}

void cyg_flag_maskbits(cyg_flag_t *flag, cyg_flag_value_t value)
{
    cygk_sched_lock();
    flag->value &= value;
    cygk_sched_unlock();
}

static cyg_flag_value_t cygk_flag_wait(cyg_flag_t *flag,
                                       cyg_flag_value_t pattern,
                                       cyg_flag_mode_t mode, cyg_bool_t timed,
                                       cyg_tick_count_t abstime)
{
    cyg_thread *self = cygk_sched.current;
    cyg_flag_value_t result;

    if (pattern == 0 || (mode & ~CYGK_FLAG_MODES) != 0)
        return 0;
    cygk_sched_lock();
    result = cygk_flag_take(flag, pattern, mode);
    if (result == 0) {
        self->wait.flag.pattern = pattern;
        self->wait.flag.mode = mode;
        self->wait.flag.result = 0;
        if (cygk_thread_block(&flag->queue, timed, abstime) == CYG_REASON_DONE)
            result = self->wait.flag.result;
    }
    cygk_sched_unlock();
    return result;
}

cyg_flag_value_t cyg_flag_wait(cyg_flag_t *flag, cyg_flag_value_t pattern,
                               cyg_flag_mode_t mode)
{
    return cygk_flag_wait(flag, pattern, mode, false, 0);
}

#ifdef CYGFUN_KERNEL_THREADS_TIMER
cyg_flag_value_t cyg_flag_timed_wait(cyg_flag_t *flag,
                                     cyg_flag_value_t pattern,
                                     cyg_flag_mode_t mode,
                                     cyg_tick_count_t abstime)
{
    return cygk_flag_wait(flag, pattern, mode, true, abstime);
}
#endif

cyg_flag_value_t cyg_flag_poll(cyg_flag_t *flag, cyg_flag_value_t pattern,
                               cyg_flag_mode_t mode)
{
    cyg_flag_value_t result;

    if (pattern == 0 || (mode & ~CYGK_FLAG_MODES) != 0)
        return 0;
    cygk_sched_lock();
    result = cygk_flag_take(flag, pattern, mode);
    cygk_sched_unlock();
    return result;
}

cyg_flag_value_t cyg_flag_peek(cyg_flag_t *flag)
{
    return flag->value;
}

cyg_bool_t cyg_flag_waiting(cyg_flag_t *flag)
{
    return !cygk_list_empty(&flag->queue);
}
