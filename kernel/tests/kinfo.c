/* kinfo - cyg_thread_get_info field by field (handle, id, state bits,
 * name or NULL, set and current priority, stack base, size and use) for
 * threads running, suspended, sleeping, sleeping and suspended, exited;
 * its refusals (wrong id, NULL info); cyg_thread_get_next enumeration in
 * creation order with the idle thread first; cyg_thread_find; and what a
 * deleted thread leaves behind: id 0, no info, no longer a cursor, not
 * found, not listed, while a thread built in its storage joins the end. */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>
#include "testaux.h"

#if defined(CYGFUN_KERNEL_API_C) && (CYGNUM_KERNEL_SCHED_PRIORITIES >= 24)

#define PRIO_MAIN   5
#define PRIO_A      8
#define PRIO_B      9
#define PRIO_C      10

enum { MAIN, A, B, C, THREAD_COUNT };

THREAD_SLOTS(THREAD_COUNT);
static char *names[THREAD_COUNT] = { "main", "alpha", NULL, "gamma" };
static char name_d[] = "delta";

/* A holds a mutex the main thread waits for, where a boost can show. */
#if defined(CYGFUN_KERNEL_SYNCH_MUTEX) \
    && defined(CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL_INHERIT) \
    && (defined(CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL_DEFAULT_INHERIT) \
        || defined(CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL_DYNAMIC))
# define TEST_BOOST 1
#endif

static cyg_sem_t sem;
#ifdef CYGFUN_KERNEL_SYNCH_MUTEX
static cyg_mutex_t mutex;
#endif
static volatile int a_boost_seen;

static cyg_thread_info info_of(cyg_handle_t thread)
{
    cyg_thread_info info;

    CHECK(cyg_thread_get_info(thread, cyg_thread_get_id(thread), &info));
    CHECK(info.handle == thread);
    CHECK(info.id == cyg_thread_get_id(thread));
    return info;
}

/* The fields that do not depend on what the thread is doing. */
static void check_static_fields(int slot, cyg_priority_t pri)
{
    cyg_thread_info info = info_of(handles[slot]);

#ifdef CYGVAR_KERNEL_THREADS_NAME
    CHECK(info.name == names[slot]);
#else
    CHECK(info.name == NULL);
#endif
    CHECK(info.set_pri == pri && info.cur_pri == pri);
    CHECK(info.set_pri == cyg_thread_get_priority(handles[slot]));
    CHECK(info.stack_base == (cyg_addrword_t)stacks[slot]);
    CHECK(info.stack_size == sizeof stacks[slot]);
#ifdef CYGFUN_KERNEL_THREADS_STACK_MEASUREMENT
    CHECK(info.stack_used == cyg_thread_measure_stack_usage(handles[slot]));
    CHECK(info.stack_used > 0 && info.stack_used < info.stack_size);
#else
    CHECK(info.stack_used == 0);
#endif
}

/* Also checks the handle and id fields, as info_of does. */
static cyg_uint32 slot_state(int slot)
{
    return info_of(handles[slot]).state;
}

static void a_entry(cyg_addrword_t data)
{
    cyg_thread_info info;

    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    CHECK(cyg_semaphore_wait(&sem));
#ifdef CYGFUN_KERNEL_SYNCH_MUTEX
    /* Holding the mutex the main thread is about to block on. */
    CHECK(cyg_mutex_lock(&mutex));
#endif
    cyg_thread_suspend(cyg_thread_self());
    info = info_of(cyg_thread_self());
    a_boost_seen = info.cur_pri == PRIO_MAIN && info.set_pri == PRIO_A;
#ifdef CYGFUN_KERNEL_SYNCH_MUTEX
    cyg_mutex_unlock(&mutex);
#endif
}

static void b_entry(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
}

static void check_refusals(void)
{
    cyg_handle_t self = cyg_thread_self();
    cyg_uint16 id = cyg_thread_get_id(self);
    cyg_thread_info info;

    CHECK(!cyg_thread_get_info(self, id, NULL));
    CHECK(!cyg_thread_get_info(self, (cyg_uint16)(id + 1), &info));
    CHECK(cyg_thread_get_info(self, id, &info));
}

static void check_states(void)
{
    check_static_fields(MAIN, PRIO_MAIN);
    CHECK(slot_state(MAIN) == STATE_RUNNING);
    check_static_fields(A, PRIO_A);
    CHECK(slot_state(A) == STATE_SUSPENDED);

    cyg_thread_resume(handles[A]);
    CHECK(slot_state(A) == STATE_RUNNING);            /* not run yet */
    let_others_run();
    CHECK(slot_state(A) == STATE_SLEEPING);
    cyg_thread_suspend(handles[A]);
    CHECK(slot_state(A) == (STATE_SLEEPING | STATE_SUSPENDED));
    cyg_thread_resume(handles[A]);
    CHECK(slot_state(A) == STATE_SLEEPING);
    check_static_fields(A, PRIO_A);

    cyg_thread_resume(handles[B]);
    let_others_run();
    CHECK(slot_state(B) == STATE_EXITED);
    check_static_fields(B, PRIO_B);

    cyg_thread_suspend(handles[C]);
    CHECK(slot_state(C) == STATE_SUSPENDED);
    check_static_fields(C, PRIO_C);

    cyg_thread_info idle = info_of(cyg_thread_idle_thread());
    CHECK(idle.state == STATE_RUNNING);
    CHECK(idle.set_pri == CYGNUM_KERNEL_SCHED_PRIORITIES - 1);
#ifdef CYGVAR_KERNEL_THREADS_NAME
    {
        static const char expected[] = "Idle Thread";
        unsigned i;

        CHECK(idle.name != NULL);
        for (i = 0; i < sizeof expected; i++)
            CHECK(idle.name[i] == expected[i]);
    }
#endif
}

/* A inherits the main thread's priority while main waits for A's mutex:
 * info shows both the set and the current priority. */
static void check_boosted_priority(void)
{
#ifdef TEST_BOOST
# ifdef CYGSEM_KERNEL_SYNCH_MUTEX_PRIORITY_INVERSION_PROTOCOL_DYNAMIC
    cyg_mutex_set_protocol(&mutex, CYG_MUTEX_INHERIT);
# endif
    cyg_semaphore_post(&sem);
    let_others_run();                   /* A locks, then suspends itself */
    CHECK(slot_state(A) == STATE_SUSPENDED);
    cyg_thread_resume(handles[A]);
    CHECK(cyg_mutex_lock(&mutex));      /* A runs boosted, then unlocks */
    cyg_mutex_unlock(&mutex);
    CHECK(a_boost_seen);
    let_others_run();
    CHECK(slot_state(A) == STATE_EXITED);
    CHECK(info_of(handles[A]).cur_pri == PRIO_A);
#else
    cyg_semaphore_post(&sem);
    let_others_run();
    cyg_thread_resume(handles[A]);
    let_others_run();
    CHECK(slot_state(A) == STATE_EXITED);
    CYG_TEST_INFO("no priority inheritance: boosted priority not tested");
#endif
}

#ifdef CYGVAR_KERNEL_THREADS_LIST
/* Walks the list and compares it with `expected' (slots; -1 = idle). */
static void expect_list(const int *expected, int length)
{
    cyg_handle_t thread = 0;
    cyg_uint16 id = 0;
    int count = 0;

    while (cyg_thread_get_next(&thread, &id)) {
        CHECK(count < length);
        if (expected[count] < 0)
            CHECK(thread == cyg_thread_idle_thread());
        else
            CHECK(thread == handles[expected[count]]);
        CHECK(id == cyg_thread_get_id(thread));
        CHECK(cyg_thread_find(id) == thread);
        count++;
    }
    CHECK(count == length);
    CHECK(thread == 0 && id == 0);
}
#endif

static void check_delete(void)
{
    cyg_handle_t b = handles[B];
    cyg_uint16 old_id = cyg_thread_get_id(b), id;
    cyg_thread_info info;

#ifdef CYGVAR_KERNEL_THREADS_LIST
    static const int before[] = { -1, MAIN, A, B, C };
    static const int after[] = { -1, MAIN, A, C, B };
    cyg_handle_t cursor = b;

    expect_list(before, 5);
    CHECK(cyg_thread_find(0xFFFF) == 0);
#endif
    CHECK(cyg_thread_delete(b));
    CHECK(cyg_thread_get_id(b) == 0);
    CHECK(!cyg_thread_get_info(b, old_id, &info));
#ifdef CYGVAR_KERNEL_THREADS_LIST
    CHECK(cyg_thread_find(old_id) == 0);
    id = old_id;
    CHECK(!cyg_thread_get_next(&cursor, &id));
    CHECK(cursor == 0 && id == 0);
#endif

    /* Storage reuse: the new thread gets a new id and joins the end. */
    names[B] = name_d;
    CREATE_SLOT(B, PRIO_B, b_entry, 0, name_d);
    id = cyg_thread_get_id(handles[B]);
    CHECK(id > old_id && id > cyg_thread_get_id(handles[C]));
    check_static_fields(B, PRIO_B);
    CHECK(slot_state(B) == STATE_SUSPENDED);
#ifdef CYGVAR_KERNEL_THREADS_LIST
    expect_list(after, 5);
#endif
}

static void main_entry(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    check_refusals();
    check_states();
    check_boosted_priority();
    check_delete();
    CYG_TEST_PASS_FINISH("Thread info OK");
}

externC void cyg_start(void)
{
    static const cyg_priority_t prio[THREAD_COUNT] = {
        PRIO_MAIN, PRIO_A, PRIO_B, PRIO_C
    };
    static cyg_thread_entry_t *const entry[THREAD_COUNT] = {
        main_entry, a_entry, b_entry, b_entry
    };
    int i;

    CYG_TEST_INIT();
    cyg_semaphore_init(&sem, 0);
#ifdef CYGFUN_KERNEL_SYNCH_MUTEX
    cyg_mutex_init(&mutex);
#endif
    for (i = 0; i < THREAD_COUNT; i++)
        CREATE_SLOT(i, prio[i], entry[i], i, names[i]);
    cyg_thread_resume(handles[MAIN]);
    cyg_scheduler_start();
}

#else

NA_MAIN("Needs the kernel C API and at least 24 priorities")

#endif
