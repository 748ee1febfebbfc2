/* Thread destructors: functions run by a thread as it exits, from a table
 * of each thread (CYGSEM_KERNEL_THREADS_DESTRUCTORS_PER_THREAD) or one
 * table shared by all threads. */

#include <cyg/kernel/kthread.h>
#ifdef CYGFUN_KERNEL_API_C
# include <cyg/kernel/kapi.h>
#endif

#ifdef CYGSEM_KERNEL_THREADS_DESTRUCTORS_PER_THREAD
# define CYGK_DESTRUCTORS(t) ((t)->destructors)
#else
static cyg_kdestructor cyg_kdestructor_table[CYGNUM_KERNEL_THREADS_DESTRUCTORS];
# define CYGK_DESTRUCTORS(t) cyg_kdestructor_table
#endif

void cygk_thread_run_destructors(cyg_thread *self)
{
    cyg_kdestructor *table = CYGK_DESTRUCTORS(self);
    int i;

    (void)self;
    for (i = 0; i < CYGNUM_KERNEL_THREADS_DESTRUCTORS; i++)
        if (table[i].fn != NULL)
            table[i].fn(table[i].data);
}

#ifdef CYGFUN_KERNEL_API_C

cyg_bool_t cyg_thread_add_destructor(cyg_thread_destructor_fn fn,
                                     cyg_addrword_t data)
{
    cyg_kdestructor *table = CYGK_DESTRUCTORS(cygk_sched.current);
    cyg_bool_t added = false;
    int i;

    cygk_sched_lock();
    for (i = 0; i < CYGNUM_KERNEL_THREADS_DESTRUCTORS && !added; i++) {
        if (table[i].fn == NULL) {
            table[i].fn = fn;
            table[i].data = data;
            added = true;
        }
    }
    cygk_sched_unlock();
    return added;
}

cyg_bool_t cyg_thread_rem_destructor(cyg_thread_destructor_fn fn,
                                     cyg_addrword_t data)
{
    cyg_kdestructor *table = CYGK_DESTRUCTORS(cygk_sched.current);
    cyg_bool_t removed = false;
    int i;

    cygk_sched_lock();
    for (i = 0; i < CYGNUM_KERNEL_THREADS_DESTRUCTORS && !removed; i++) {
        if (table[i].fn == fn && table[i].data == data) {
            table[i].fn = NULL;
            removed = true;
        }
    }
    cygk_sched_unlock();
    return removed;
}

#endif
