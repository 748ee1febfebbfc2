/* C API: per-thread data slots. A global bitmap says which indexes are
 * allocated; the first four are reserved for the kernel and the
 * compatibility layers (CYGNUM_KERNEL_THREADS_DATA_ALL). */

#include <cyg/kernel/kapi.h>
#include <cyg/kernel/kthread.h>

#ifdef CYGFUN_KERNEL_API_C

#if CYGNUM_KERNEL_THREADS_DATA_MAX > 32
# error "at most 32 per-thread data slots"
#endif

static cyg_uint32 cygk_data_allocated = CYGNUM_KERNEL_THREADS_DATA_ALL;

#ifdef CYGDBG_USE_ASSERTS
static cyg_bool_t cygk_data_index_valid(cyg_ucount32 index)
{
    return index < CYGNUM_KERNEL_THREADS_DATA_MAX &&
           (cygk_data_allocated & ((cyg_uint32)1 << index)) != 0;
}
#endif

cyg_ucount32 cyg_thread_new_data_index(void)
{
    cyg_ucount32 index;

    cygk_sched_lock();
    for (index = 0; index < CYGNUM_KERNEL_THREADS_DATA_MAX; index++) {
        if (!(cygk_data_allocated & ((cyg_uint32)1 << index))) {
            cygk_data_allocated |= (cyg_uint32)1 << index;
            cygk_sched_unlock();
            return index;
        }
    }
    cygk_sched_unlock();
    CYG_FAIL("failed to allocate data index");
    return (cyg_ucount32)-1;
}

void cyg_thread_free_data_index(cyg_ucount32 index)
{
    CYG_ASSERT(cygk_data_index_valid(index), "data index not allocated");
    cygk_sched_lock();
    if (index < CYGNUM_KERNEL_THREADS_DATA_MAX)
        cygk_data_allocated &= ~((cyg_uint32)1 << index);
    cygk_sched_unlock();
}

CYG_ADDRWORD cyg_thread_get_data(cyg_ucount32 index)
{
    CYG_ASSERT(cygk_data_index_valid(index), "data index not allocated");
    return cygk_sched.current->data[index];
}

CYG_ADDRWORD *cyg_thread_get_data_ptr(cyg_ucount32 index)
{
    CYG_ASSERT(cygk_data_index_valid(index), "data index not allocated");
    return &cygk_sched.current->data[index];
}

void cyg_thread_set_data(cyg_ucount32 index, CYG_ADDRWORD data)
{
    CYG_ASSERT(cygk_data_index_valid(index), "data index not allocated");
    cygk_sched.current->data[index] = data;
}

#endif /* CYGFUN_KERNEL_API_C */
