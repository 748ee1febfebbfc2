/* C API: the scheduler. */

#include <cyg/kernel/kapi.h>
#include <cyg/kernel/ksched.h>
#include <cyg/kernel/kintr.h>

void cyg_scheduler_start(void)
{
    cyg_kernel_start();
}

void cyg_scheduler_lock(void)
{
    cygk_sched_lock();
    CYG_ASSERT((cygk_sched.lock_count & 0xFF000000u) == 0,
               "scheduler lock overflow");
}

void cyg_scheduler_safe_lock(void)
{
    if (cygk_sched.lock_count == 0)
        cygk_sched_lock();
}

void cyg_scheduler_unlock(void)
{
    CYG_ASSERT(cygk_sched.lock_count > 0, "scheduler unlocked while not locked");
    /* Interrupts take a lock of 0 to mean threads are running. */
    CYG_ASSERT(cygk_sched.started || cygk_sched.lock_count > 1,
               "scheduler unlocked before it started");
    if (cygk_sched.lock_count > 0)
        cygk_sched_unlock();
}

cyg_ucount32 cyg_scheduler_read_lock(void)
{
    return cygk_sched.lock_count;
}
