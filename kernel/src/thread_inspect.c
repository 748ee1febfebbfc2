/* Inspection: a thread's state in words, and a walk over all threads.
 *
 * The walk calls its function with the scheduler unlocked, so the
 * function may block, and threads may be created, exit or be deleted
 * meanwhile. Each walk in progress is registered with the thread it
 * will visit next: when that thread leaves the thread list, the walk is
 * moved on to its successor, so a walk never follows a deleted thread.
 * A walk ends with its walker; should the walker be killed during a
 * call, its end unregisters the walk. */

#include <cyg/kernel/kapi_ext.h>
#include <cyg/kernel/kthread.h>
#include <cyg/infra/cyg_ass.h>

typedef struct cygk_walk {
    cyg_thread       *next;   /* the thread to visit next */
    cyg_thread       *walker;
    struct cygk_walk *link;   /* the other walks in progress */
} cygk_walk;

static cygk_walk *cygk_walks;

void cygk_inspect_thread_removed(cyg_thread *thread)
{
    cygk_walk *walk;

    for (walk = cygk_walks; walk != NULL; walk = walk->link)
        if (walk->next == thread)
            walk->next = thread->list_next;
}

static void cygk_walk_remove_if(cyg_thread *walker, cygk_walk *only)
{
    cygk_walk **link = &cygk_walks;

    while (*link != NULL) {
        if ((*link)->walker == walker && (only == NULL || *link == only))
            *link = (*link)->link;
        else
            link = &(*link)->link;
    }
}

void cygk_inspect_thread_ended(cyg_thread *thread)
{
    cygk_walk_remove_if(thread, NULL);
}

cyg_uint32 cyg_thread_foreach(cyg_thread_foreach_fn *fn, cyg_addrword_t data)
{
    cygk_walk walk;
    cyg_thread *thread;
    cyg_uint16 id;
    cyg_uint32 calls = 0;
    cyg_bool_t more = true;

    CYG_ASSERT(fn != NULL, "foreach without a function");
    cygk_sched_lock();
    walk.next = cygk_thread_list;
    walk.walker = cygk_sched.current;
    walk.link = cygk_walks;
    cygk_walks = &walk;
    while (more && (thread = walk.next) != NULL) {
        walk.next = thread->list_next;
        id = thread->unique_id;
        cygk_sched_unlock();
        more = fn((cyg_handle_t)thread, id, data);
        calls++;
        cygk_sched_lock();
    }
    cygk_walk_remove_if(walk.walker, &walk);
    cygk_sched_unlock();
    return calls;
}

/* ------------------------------------------------------------------ */
/* State strings                                                       */

typedef struct {
    char       *buf;
    cyg_uint32 size;
    cyg_uint32 len;
} cygk_text;

/* Append `word', behind a '+' unless it is the first; what does not fit
 * is cut. The text stays terminated. */
static void cygk_text_add(cygk_text *text, const char *word)
{
    if (text->len > 0 && text->len + 1 < text->size)
        text->buf[text->len++] = '+';
    while (*word != '\0' && text->len + 1 < text->size)
        text->buf[text->len++] = *word++;
    text->buf[text->len] = '\0';
}

static void cygk_state_words(cygk_text *text, const cyg_thread *thread)
{
    cyg_uint32 state = thread->state;

    if (state == CYGK_STATE_RUNNING) {
        cygk_text_add(text, thread == cygk_sched.current ? "running" : "ready");
        return;
    }
    if (state & CYGK_STATE_SUSPENDED)
        cygk_text_add(text, "suspended");
    if (state & CYGK_STATE_SLEEPING)
        cygk_text_add(text, "sleeping");
    if (state & CYGK_STATE_COUNTSLEEP)
        cygk_text_add(text, "countsleep");
    if (state & CYGK_STATE_CREATING)
        cygk_text_add(text, "creating");
    if (state & CYGK_STATE_EXITED)
        cygk_text_add(text, "exited");
}

const char *cyg_thread_state_string(cyg_handle_t handle, char *buf,
                                    cyg_uint32 size)
{
    cyg_thread *thread = (cyg_thread *)handle;
    cygk_text text = { buf, size, 0 };

    if (buf == NULL || size == 0)
        return buf;
    buf[0] = '\0';
    cygk_sched_lock();
    if (cygk_thread_known(thread))
        cygk_state_words(&text, thread);
    else
        cygk_text_add(&text, "invalid");
    cygk_sched_unlock();
    return buf;
}
