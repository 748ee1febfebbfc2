/* C API: spinlocks. On one processor a spinlock can only be found held
 * by the code that would spin on it, which would then never stop: that
 * is reported as an error instead of a hang. */

#include <cyg/kernel/kapi.h>
#include <cyg/hal/hal_intr.h>
#include <cyg/infra/cyg_ass.h>

void cyg_spinlock_init(cyg_spinlock_t *lock, cyg_bool_t locked)
{
    lock->lock = locked ? 1 : 0;
}

void cyg_spinlock_destroy(cyg_spinlock_t *lock)
{
    CYG_ASSERT(lock->lock == 0, "spinlock destroyed while claimed");
    (void)lock;
}

void cyg_spinlock_spin(cyg_spinlock_t *lock)
{
    CYG_ASSERT(lock->lock == 0, "spinlock already claimed!");
    lock->lock = 1;
}

void cyg_spinlock_clear(cyg_spinlock_t *lock)
{
    CYG_ASSERT(lock->lock != 0, "spinlock clear when not claimed");
    lock->lock = 0;
}

cyg_bool_t cyg_spinlock_try(cyg_spinlock_t *lock)
{
    if (lock->lock != 0)
        return false;
    lock->lock = 1;
    return true;
}

cyg_bool_t cyg_spinlock_test(cyg_spinlock_t *lock)
{
    return lock->lock != 0;
}

void cyg_spinlock_spin_intsave(cyg_spinlock_t *lock, cyg_addrword_t *istate)
{
    CYG_INTERRUPT_STATE old;

    HAL_DISABLE_INTERRUPTS(old);
    *istate = (cyg_addrword_t)old;
    cyg_spinlock_spin(lock);
}

void cyg_spinlock_clear_intsave(cyg_spinlock_t *lock, cyg_addrword_t istate)
{
    CYG_INTERRUPT_STATE old = (CYG_INTERRUPT_STATE)istate;

    cyg_spinlock_clear(lock);
    HAL_RESTORE_INTERRUPTS(old);
}
