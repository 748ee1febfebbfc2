/* Wait queues of kernel objects. */

#include <cyg/kernel/kqueue.h>
#include <cyg/infra/cyg_ass.h>

void cygk_queue_enqueue(cyg_knode *queue, cyg_thread *thread)
{
    cyg_knode *at = queue;

    CYG_ASSERT(thread->queue == NULL, "thread already waits on a queue");
#ifdef CYGK_SORTED_WAIT_QUEUES
    /* Behind every waiter of the same or better priority: FIFO among
     * equals. */
    for (at = queue->next; at != queue; at = at->next)
        if (cygk_queue_thread(at)->priority > thread->priority)
            break;
#endif
    cygk_list_insert_before(at, &thread->node);
    thread->queue = queue;
}

void cygk_queue_dequeue(cyg_thread *thread)
{
    if (thread->queue == NULL)
        return;
    cygk_list_remove(&thread->node);
    thread->queue = NULL;
}
