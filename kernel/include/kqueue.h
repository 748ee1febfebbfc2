#ifndef CYGONCE_KERNEL_KQUEUE_H
#define CYGONCE_KERNEL_KQUEUE_H
/* Kernel-internal: circular doubly-linked lists (cyg_knode) and the
 * queues of threads waiting on kernel objects. All of it runs with the
 * scheduler locked. */

#include <cyg/kernel/kapidata.h>

#define CYGK_CONTAINER(ptr, type, member) \
    ((type *)((char *)(ptr) - __builtin_offsetof(type, member)))

static inline void cygk_list_init(cyg_knode *head)
{
    head->next = head->prev = head;
}

static inline cyg_bool_t cygk_list_empty(const cyg_knode *head)
{
    return head->next == head;
}

/* Insert `node' before `at' (before the head = at the tail). */
static inline void cygk_list_insert_before(cyg_knode *at, cyg_knode *node)
{
    node->next = at;
    node->prev = at->prev;
    at->prev->next = node;
    at->prev = node;
}

static inline void cygk_list_append(cyg_knode *head, cyg_knode *node)
{
    cygk_list_insert_before(head, node);
}

static inline void cygk_list_remove(cyg_knode *node)
{
    node->prev->next = node->next;
    node->next->prev = node->prev;
    node->next = node->prev = node;
}

/* ------------------------------------------------------------------ */
/* Wait queues: FIFO, or by priority (FIFO among equals) when the
 * configuration asks for sorted queues or the scheduler is the bitmap
 * one. */

#if defined(CYGIMP_KERNEL_SCHED_SORTED_QUEUES) || defined(CYGSEM_KERNEL_SCHED_BITMAP)
# define CYGK_SORTED_WAIT_QUEUES 1
#endif

static inline cyg_thread *cygk_queue_thread(cyg_knode *node)
{
    return CYGK_CONTAINER(node, cyg_thread, node);
}

static inline cyg_thread *cygk_queue_first(cyg_knode *queue)
{
    return cygk_list_empty(queue) ? NULL : cygk_queue_thread(queue->next);
}

/* Put `thread' on `queue' in wake-up order and remember the queue. */
void cygk_queue_enqueue(cyg_knode *queue, cyg_thread *thread);

/* Take `thread' off the queue it waits on, if any. */
void cygk_queue_dequeue(cyg_thread *thread);

#endif /* CYGONCE_KERNEL_KQUEUE_H */
