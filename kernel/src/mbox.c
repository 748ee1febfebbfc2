/* C API: mail boxes, a ring of CYGNUM_KERNEL_SYNCH_MBOX_QUEUE_SIZE
 * pointers. Each successful put wakes the first getter, each successful
 * get the first putter. */

#include <cyg/kernel/kapi.h>
#include <cyg/kernel/kthread.h>

#define CYGK_MBOX(h) ((cyg_mbox *)(h))
#define CYGK_MBOX_SIZE CYGNUM_KERNEL_SYNCH_MBOX_QUEUE_SIZE

void cyg_mbox_create(cyg_handle_t *handle, cyg_mbox *mbox)
{
    cygk_list_init(&mbox->get_queue);
#ifdef CYGMFN_KERNEL_SYNCH_MBOXT_PUT_CAN_WAIT
    cygk_list_init(&mbox->put_queue);
#endif
    mbox->first = 0;
    mbox->count = 0;
    *handle = (cyg_handle_t)mbox;
}

void cyg_mbox_delete(cyg_handle_t handle)
{
    cyg_mbox *mbox = CYGK_MBOX(handle);

    CYG_ASSERT(cygk_list_empty(&mbox->get_queue), "mbox deleted with waiters");
    mbox->count = 0;
}

static void cygk_wake_first(cyg_knode *queue)
{
    cyg_thread *waiter = cygk_queue_first(queue);

    if (waiter != NULL)
        cygk_thread_wake(waiter, CYG_REASON_DONE);
}

/* Scheduler locked, mail box not empty. */
static void *cygk_mbox_take(cyg_mbox *mbox)
{
    void *item = mbox->items[mbox->first];

    mbox->first = (mbox->first + 1) % CYGK_MBOX_SIZE;
    mbox->count--;
#ifdef CYGMFN_KERNEL_SYNCH_MBOXT_PUT_CAN_WAIT
    cygk_wake_first(&mbox->put_queue);
#endif
    return item;
}

/* Scheduler locked, mail box not full. */
static void cygk_mbox_store(cyg_mbox *mbox, void *item)
{
    mbox->items[(mbox->first + mbox->count) % CYGK_MBOX_SIZE] = item;
    mbox->count++;
    cygk_wake_first(&mbox->get_queue);
}

static void *cygk_mbox_get(cyg_mbox *mbox, cyg_bool_t timed,
                           cyg_tick_count_t abstime)
{
    void *item = NULL;

    cygk_sched_lock();
    while (mbox->count == 0)
        if (cygk_thread_block(&mbox->get_queue, timed, abstime) != CYG_REASON_DONE)
            break;
    if (mbox->count > 0)
        item = cygk_mbox_take(mbox);
    cygk_sched_unlock();
    return item;
}

void *cyg_mbox_get(cyg_handle_t mbox)
{
    return cygk_mbox_get(CYGK_MBOX(mbox), false, 0);
}

#ifdef CYGFUN_KERNEL_THREADS_TIMER
void *cyg_mbox_timed_get(cyg_handle_t mbox, cyg_tick_count_t abstime)
{
    return cygk_mbox_get(CYGK_MBOX(mbox), true, abstime);
}
#endif

void *cyg_mbox_tryget(cyg_handle_t handle)
{
    cyg_mbox *mbox = CYGK_MBOX(handle);
    void *item = NULL;

    cygk_sched_lock();
    if (mbox->count > 0)
        item = cygk_mbox_take(mbox);
    cygk_sched_unlock();
    return item;
}

void *cyg_mbox_peek_item(cyg_handle_t handle)
{
    cyg_mbox *mbox = CYGK_MBOX(handle);
    void *item = NULL;

    cygk_sched_lock();
    if (mbox->count > 0)
        item = mbox->items[mbox->first];
    cygk_sched_unlock();
    return item;
}

#ifdef CYGMFN_KERNEL_SYNCH_MBOXT_PUT_CAN_WAIT
static cyg_bool_t cygk_mbox_put(cyg_mbox *mbox, void *item, cyg_bool_t timed,
                                cyg_tick_count_t abstime)
{
    cyg_bool_t stored = false;

    CYG_ASSERT(item != NULL, "NULL cannot be put in a mail box");
    cygk_sched_lock();
    while (mbox->count == CYGK_MBOX_SIZE)
        if (cygk_thread_block(&mbox->put_queue, timed, abstime) != CYG_REASON_DONE)
            break;
    if (mbox->count < CYGK_MBOX_SIZE) {
        cygk_mbox_store(mbox, item);
        stored = true;
    }
    cygk_sched_unlock();
    return stored;
}

cyg_bool_t cyg_mbox_put(cyg_handle_t mbox, void *item)
{
    return cygk_mbox_put(CYGK_MBOX(mbox), item, false, 0);
}

# ifdef CYGFUN_KERNEL_THREADS_TIMER
cyg_bool_t cyg_mbox_timed_put(cyg_handle_t mbox, void *item,
                              cyg_tick_count_t abstime)
{
    return cygk_mbox_put(CYGK_MBOX(mbox), item, true, abstime);
}
# endif
#endif

cyg_bool_t cyg_mbox_tryput(cyg_handle_t handle, void *item)
{
    cyg_mbox *mbox = CYGK_MBOX(handle);
    cyg_bool_t stored = false;

    CYG_ASSERT(item != NULL, "NULL cannot be put in a mail box");
    cygk_sched_lock();
    if (mbox->count < CYGK_MBOX_SIZE) {
        cygk_mbox_store(mbox, item);
        stored = true;
    }
    cygk_sched_unlock();
    return stored;
}

cyg_count32 cyg_mbox_peek(cyg_handle_t mbox)
{
    return CYGK_MBOX(mbox)->count;
}

cyg_bool_t cyg_mbox_waiting_to_get(cyg_handle_t mbox)
{
    return !cygk_list_empty(&CYGK_MBOX(mbox)->get_queue);
}

cyg_bool_t cyg_mbox_waiting_to_put(cyg_handle_t mbox)
{
#ifdef CYGMFN_KERNEL_SYNCH_MBOXT_PUT_CAN_WAIT
    return !cygk_list_empty(&CYGK_MBOX(mbox)->put_queue);
#else
    (void)mbox;
    return false;
#endif
}
