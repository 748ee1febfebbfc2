/* C API: mutexes, with the priority inversion protocols of
 * CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL ("SIMPLE"): a
 * boost (inherited from a waiter, or the mutex's ceiling) lasts until the
 * owner holds no protocol mutex any more, then it drops back to its base
 * priority. Unlocking does not hand the mutex over: the woken waiter
 * competes for it when it runs. */

#include <cyg/kernel/kapi.h>
#include <cyg/kernel/kthread.h>
#include <cyg/kernel/kmutex.h>

#if defined(CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL_DEFAULT_INHERIT)
# define CYGK_PROTOCOL_DEFAULT CYG_MUTEX_PROTOCOL_INHERIT
#elif defined(CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL_DEFAULT_CEILING)
# define CYGK_PROTOCOL_DEFAULT CYG_MUTEX_PROTOCOL_CEILING
#elif defined(CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL_DEFAULT_NONE)
# define CYGK_PROTOCOL_DEFAULT CYG_MUTEX_PROTOCOL_NONE
#elif defined(CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL_INHERIT)
# define CYGK_PROTOCOL_DEFAULT CYG_MUTEX_PROTOCOL_INHERIT
#elif defined(CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL_CEILING)
# define CYGK_PROTOCOL_DEFAULT CYG_MUTEX_PROTOCOL_CEILING
#else
# define CYGK_PROTOCOL_DEFAULT CYG_MUTEX_PROTOCOL_NONE
#endif

#ifdef CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL_DEFAULT_PRIORITY
# define CYGK_CEILING_DEFAULT CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL_DEFAULT_PRIORITY
#else
# define CYGK_CEILING_DEFAULT 0
#endif

void cyg_mutex_init(cyg_mutex_t *mutex)
{
    mutex->owner = NULL;
    mutex->locked = false;
    cygk_list_init(&mutex->queue);
#ifdef CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL
    mutex->protocol = CYGK_PROTOCOL_DEFAULT;
    mutex->ceiling = CYGK_CEILING_DEFAULT;
    mutex->counted = false;
#endif
}

void cyg_mutex_destroy(cyg_mutex_t *mutex)
{
    CYG_ASSERT(!mutex->locked, "mutex destroyed while locked");
    CYG_ASSERT(cygk_list_empty(&mutex->queue), "mutex destroyed with waiters");
    (void)mutex;
}

/* The caller (scheduler locked) becomes the owner. */
static void cygk_mutex_take(cyg_mutex_t *mutex, cyg_thread *self)
{
    mutex->locked = true;
    mutex->owner = self;
#ifdef CYGK_PRIORITY_BOOSTS
    mutex->counted = self != NULL && mutex->protocol != CYG_MUTEX_PROTOCOL_NONE;
    if (!mutex->counted)
        return;
    self->mutex_count++;
# ifdef CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL_CEILING
    if (mutex->protocol == CYG_MUTEX_PROTOCOL_CEILING &&
        mutex->ceiling < self->priority)
        cygk_thread_set_current_priority(self, mutex->ceiling);
# endif
#endif
}

#ifdef CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL_INHERIT
/* A better thread has to wait: the owner runs at its priority until it
 * lets go. */
static void cygk_mutex_inherit(cyg_mutex_t *mutex, cyg_thread *waiter)
{
    cyg_thread *owner = mutex->owner;

    if (mutex->protocol == CYG_MUTEX_PROTOCOL_INHERIT && owner != NULL &&
        waiter->priority < owner->priority)
        cygk_thread_set_current_priority(owner, waiter->priority);
}
#endif

cyg_bool_t cyg_mutex_lock(cyg_mutex_t *mutex)
{
    cyg_thread *self = cygk_sched.current;
    cyg_bool_t taken = true;

    cygk_sched_lock();
    CYG_ASSERT(!mutex->locked || mutex->owner != self || self == NULL,
               "mutex locked again by its owner");
    while (mutex->locked) {
#ifdef CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL_INHERIT
        if (self != NULL)
            cygk_mutex_inherit(mutex, self);
#endif
        if (cygk_thread_block(&mutex->queue, false, 0) != CYG_REASON_DONE) {
            taken = false;
            break;
        }
    }
    if (taken)
        cygk_mutex_take(mutex, self);
    cygk_sched_unlock();
    return taken;
}

cyg_bool_t cyg_mutex_trylock(cyg_mutex_t *mutex)
{
    cyg_bool_t taken;

    cygk_sched_lock();
    taken = !mutex->locked;
    if (taken)
        cygk_mutex_take(mutex, cygk_sched.current);
    cygk_sched_unlock();
    return taken;
}

void cygk_mutex_unlock_locked(cyg_mutex_t *mutex)
{
    cyg_thread *self = cygk_sched.current;
    cyg_thread *waiter;

    (void)self;
    CYG_ASSERT(mutex->locked, "unlock of a mutex that is not locked");
    CYG_ASSERT(mutex->owner == self,
               "mutex unlocked by a thread that does not own it");
    mutex->locked = false;
    mutex->owner = NULL;
    waiter = cygk_queue_first(&mutex->queue);
    if (waiter != NULL) {
        cygk_thread_wake(waiter, CYG_REASON_DONE);
#ifdef CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL_INHERIT
        /* Others still wait: the woken thread carries the boost on. */
        if (mutex->protocol == CYG_MUTEX_PROTOCOL_INHERIT && self != NULL &&
            !cygk_list_empty(&mutex->queue) && self->priority < waiter->priority)
            cygk_thread_set_current_priority(waiter, self->priority);
#endif
    }
#ifdef CYGK_PRIORITY_BOOSTS
    if (mutex->counted) {
        mutex->counted = false;
        if (--self->mutex_count == 0 && self->priority != self->base_priority)
            cygk_thread_set_current_priority(self, self->base_priority);
    }
#endif
}

void cyg_mutex_unlock(cyg_mutex_t *mutex)
{
    cygk_sched_lock();
    cygk_mutex_unlock_locked(mutex);
    cygk_sched_unlock();
}

void cyg_mutex_release(cyg_mutex_t *mutex)
{
    cyg_thread *waiter;

    cygk_sched_lock();
    while ((waiter = cygk_queue_first(&mutex->queue)) != NULL)
        cygk_thread_wake(waiter, CYG_REASON_BREAK);
    cygk_sched_unlock();
}

#ifdef CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL_CEILING
void cyg_mutex_set_ceiling(cyg_mutex_t *mutex, cyg_priority_t priority)
{
    CYG_ASSERT(priority < CYGNUM_KERNEL_SCHED_PRIORITIES, "priority out of range");
    cygk_sched_lock();
    mutex->ceiling = priority;
    cygk_sched_unlock();
}
#endif

#ifdef CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL_DYNAMIC
void cyg_mutex_set_protocol(cyg_mutex_t *mutex, enum cyg_mutex_protocol protocol)
{
    cygk_sched_lock();
    mutex->protocol = (cyg_mutex_protocol_t)protocol;
    cygk_sched_unlock();
}
#endif
