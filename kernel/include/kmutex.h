#ifndef CYGONCE_KERNEL_KMUTEX_H
#define CYGONCE_KERNEL_KMUTEX_H
/* Kernel-internal: the mutex operations condition variables build on. */

#include <cyg/kernel/kapidata.h>

/* Unlock `mutex', owned by the caller, with the scheduler already
 * locked. */
void cygk_mutex_unlock_locked(cyg_mutex_t *mutex);

#endif /* CYGONCE_KERNEL_KMUTEX_H */
