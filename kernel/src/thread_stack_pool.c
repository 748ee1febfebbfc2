/* Kernel-allocated stacks: a private pool of variable-size blocks, over
 * a static region, for threads created without a stack of their own.
 * Only stacks taken from it go back to it, when their thread is deleted
 * or joined: a stack the application supplied is never freed by the
 * kernel (its exit hook is the place to release it). The pool is
 * touched only with the scheduler locked, so it needs no lock of its
 * own, and it is built at its first use. */

#include <cyg/kernel/kthread.h>
#include <cyg/memalloc/memvar.h>
#include <cyg/hal/hal_arch.h>
#include <cyg/infra/cyg_ass.h>

static cyg_uint8 cygk_stack_pool_memory[CYGNUM_KERNEL_THREADS_STACK_ALLOCATION_POOL_SIZE]
    CYGBLD_ATTRIB_ALIGN(CYGARC_ALIGNMENT);
static cygm_var_pool cygk_stack_pool;
static cyg_bool_t cygk_stack_pool_ready;

void *cygk_stack_pool_alloc(cyg_uint32 size)
{
    if (!cygk_stack_pool_ready) {
        cygm_var_init(&cygk_stack_pool, cygk_stack_pool_memory,
                      (cyg_int32)sizeof(cygk_stack_pool_memory));
        cygk_stack_pool_ready = true;
    }
    return cygm_var_alloc(&cygk_stack_pool, (cyg_int32)size);
}

void cygk_stack_pool_free(cyg_thread *thread)
{
    cyg_bool freed;

    if (!thread->stack_allocated)
        return;
    thread->stack_allocated = false;
    freed = cygm_var_free(&cygk_stack_pool, (void *)thread->stack_base);
    CYG_ASSERT(freed, "kernel-allocated stack not from the stack pool");
    (void)freed;
}
