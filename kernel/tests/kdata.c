/* kdata - per-thread data and thread destructors. Data: indexes come
 * lowest free first, after the reserved ones (4 with the default
 * reservation), exhaustion answers (cyg_ucount32)-1 when assertions are
 * off, a freed index comes back; each thread's words start at zero and
 * are its own; get, set and the pointer from get_data_ptr agree.
 * Destructors: add fills the first free slot and fails when the table is
 * full, rem removes one matching entry, and on exit the entries run in
 * table order in the exiting thread (per-thread tables) or run for every
 * exiting thread (a global table). */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>
#include "testaux.h"

#if defined(CYGFUN_KERNEL_API_C) && defined(CYGVAR_KERNEL_THREADS_DATA) \
    && (CYGNUM_KERNEL_SCHED_PRIORITIES >= 24)

#define PRIO_MAIN   5
#define PRIO_PEER   8
#define PRIO_DTOR   9
#define NO_INDEX    ((cyg_ucount32)-1)

enum { PEER, DTOR, THREAD_COUNT };

THREAD_SLOTS(THREAD_COUNT);

static cyg_ucount32 index_in_init;
static cyg_ucount32 shared_index;
static volatile CYG_ADDRWORD peer_saw_initially;
static volatile CYG_ADDRWORD peer_saw_after_set;

/* The first index not reserved by CYGNUM_KERNEL_THREADS_DATA_ALL. */
static cyg_ucount32 first_free_index(void)
{
    cyg_ucount32 i = 0;

    while ((CYGNUM_KERNEL_THREADS_DATA_ALL >> i) & 1)
        i++;
    return i;
}

static int unreserved_count(void)
{
    int i, count = 0;

    for (i = 0; i < CYGNUM_KERNEL_THREADS_DATA_MAX; i++)
        if (!((CYGNUM_KERNEL_THREADS_DATA_ALL >> i) & 1))
            count++;
    return count;
}

/* got[0] is the index taken during initialization, kept throughout. */
static void check_index_allocation(void)
{
    cyg_ucount32 got[CYGNUM_KERNEL_THREADS_DATA_MAX];
    int i, count = unreserved_count();

    CHECK(count >= 1);
    got[0] = shared_index = index_in_init;
    CHECK(got[0] == first_free_index());
#if CYGNUM_KERNEL_THREADS_DATA_ALL == 15
    CHECK(got[0] == 4);
#endif
    for (i = 1; i < count; i++) {
        got[i] = cyg_thread_new_data_index();
        CHECK(got[i] > got[i - 1]);
        CHECK(got[i] < CYGNUM_KERNEL_THREADS_DATA_MAX);
    }
#ifndef CYGDBG_USE_ASSERTS
    CHECK(cyg_thread_new_data_index() == NO_INDEX);
#endif
    if (count >= 3) {
        cyg_thread_free_data_index(got[2]);
        CHECK(cyg_thread_new_data_index() == got[2]);
        for (i = 1; i < count; i++)
            cyg_thread_free_data_index(got[i]);
        CHECK(cyg_thread_new_data_index() == got[1]);   /* lowest free */
        CHECK(cyg_thread_new_data_index() == got[2]);
        cyg_thread_free_data_index(got[1]);
        cyg_thread_free_data_index(got[2]);
    }
}

static void peer_entry(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    peer_saw_initially = cyg_thread_get_data(shared_index);
    cyg_thread_set_data(shared_index, 0xBEE);
    peer_saw_after_set = *cyg_thread_get_data_ptr(shared_index);
}

static void check_thread_words(void)
{
    CYG_ADDRWORD *word;

    CHECK(cyg_thread_get_data(shared_index) == 0);
    cyg_thread_set_data(shared_index, 0x1234);
    CHECK(cyg_thread_get_data(shared_index) == 0x1234);
    word = cyg_thread_get_data_ptr(shared_index);
    CHECK(word != NULL && *word == 0x1234);
    *word = 0x5678;
    CHECK(cyg_thread_get_data(shared_index) == 0x5678);
    CHECK(cyg_thread_get_data_ptr(shared_index) == word);

    cyg_thread_resume(handles[PEER]);
    let_others_run();
    CHECK(peer_saw_initially == 0);
    CHECK(peer_saw_after_set == 0xBEE);
    CHECK(cyg_thread_get_data(shared_index) == 0x5678);
}

#if defined(CYGPKG_KERNEL_THREADS_DESTRUCTORS) \
    && (CYGNUM_KERNEL_THREADS_DESTRUCTORS >= 3) && (CYGNUM_KERNEL_THREADS_DESTRUCTORS <= 64)
# define TEST_DESTRUCTORS
#endif

#ifdef TEST_DESTRUCTORS
static volatile int dtor_log[CYGNUM_KERNEL_THREADS_DESTRUCTORS + 4];
static volatile int dtor_log_len;
static volatile int dtor_wrong_thread;
static volatile cyg_handle_t dtor_expected_thread;
static volatile int dtor_added;
static cyg_sem_t never_posted;

static void destructor(cyg_addrword_t data)
{
    if (cyg_thread_self() != dtor_expected_thread)
        dtor_wrong_thread++;
    if (dtor_log_len < (int)(sizeof dtor_log / sizeof dtor_log[0]))
        dtor_log[dtor_log_len] = (int)data;
    dtor_log_len++;
}

static void other_destructor(cyg_addrword_t data)
{
    destructor(data + 1000);
}

/* Fills the table: slot order 10, 40, 30, then 100, 101, ... */
static int fill_destructor_table(void)
{
    int slot;

    CHECK(cyg_thread_add_destructor(destructor, 10));
    CHECK(cyg_thread_add_destructor(other_destructor, 20));
    CHECK(cyg_thread_add_destructor(destructor, 30));
    CHECK(!cyg_thread_rem_destructor(other_destructor, 99));
    CHECK(!cyg_thread_rem_destructor(destructor, 20));
    CHECK(cyg_thread_rem_destructor(other_destructor, 20));
    CHECK(cyg_thread_add_destructor(destructor, 40));    /* slot of 20 */
    for (slot = 3; slot < CYGNUM_KERNEL_THREADS_DESTRUCTORS; slot++)
        CHECK(cyg_thread_add_destructor(destructor, 100 + slot - 3));
    CHECK(!cyg_thread_add_destructor(destructor, 999));
    return CYGNUM_KERNEL_THREADS_DESTRUCTORS;
}

static void dtor_entry(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
#ifdef CYGSEM_KERNEL_THREADS_DESTRUCTORS_PER_THREAD
    dtor_added = fill_destructor_table();
#endif
}

static void check_destructor_log(int entries)
{
    static const int first[3] = { 10, 40, 30 };
    int i;

    CHECK(dtor_log_len == entries);
    CHECK(dtor_wrong_thread == 0);
    for (i = 0; i < entries; i++)
        CHECK(dtor_log[i] == (i < 3 ? first[i] : 100 + i - 3));
}

static void check_destructors(void)
{
    int entries;

    dtor_expected_thread = handles[DTOR];
#ifdef CYGSEM_KERNEL_THREADS_DESTRUCTORS_PER_THREAD
    cyg_thread_resume(handles[DTOR]);
    let_others_run();
    entries = dtor_added;
    check_destructor_log(entries);
    /* This thread's own table is empty: nothing to remove. */
    CHECK(!cyg_thread_rem_destructor(destructor, 10));
#else
    /* One table for everybody: filled here, run by the exiting thread,
     * and still all there afterwards. */
    int slot;

    entries = fill_destructor_table();
    cyg_thread_resume(handles[DTOR]);
    let_others_run();
    check_destructor_log(entries);
    CHECK(cyg_thread_rem_destructor(destructor, 10));
    CHECK(cyg_thread_rem_destructor(destructor, 40));
    CHECK(cyg_thread_rem_destructor(destructor, 30));
    for (slot = 3; slot < CYGNUM_KERNEL_THREADS_DESTRUCTORS; slot++)
        CHECK(cyg_thread_rem_destructor(destructor, 100 + slot - 3));
#endif
    /* Deleting the exited thread runs nothing more. */
    dtor_log_len = 0;
    CHECK(cyg_thread_delete(handles[DTOR]));
    CHECK(dtor_log_len == 0);
}

/* Killed while asleep, the thread exits by itself when it next runs, and
 * its destructors run then, in its own context. */
static void sleeper_entry(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
#ifdef CYGSEM_KERNEL_THREADS_DESTRUCTORS_PER_THREAD
    CHECK(cyg_thread_add_destructor(destructor, 7));
#endif
    cyg_semaphore_wait(&never_posted);
    dtor_log_len = -100;                /* must not get here */
}

static void check_destructors_of_killed_thread(void)
{
    CREATE_SLOT(DTOR, PRIO_DTOR, sleeper_entry, 0, "kdata sleeper");
    dtor_expected_thread = handles[DTOR];
#ifndef CYGSEM_KERNEL_THREADS_DESTRUCTORS_PER_THREAD
    CHECK(cyg_thread_add_destructor(destructor, 7));
#endif
    cyg_thread_resume(handles[DTOR]);
    let_others_run();
    CHECK(dtor_log_len == 0);
    cyg_thread_kill(handles[DTOR]);
    let_others_run();
    CHECK(dtor_log_len == 1 && dtor_log[0] == 7);
    CHECK(dtor_wrong_thread == 0);
#ifndef CYGSEM_KERNEL_THREADS_DESTRUCTORS_PER_THREAD
    CHECK(cyg_thread_rem_destructor(destructor, 7));
#endif
    CHECK(cyg_thread_delete(handles[DTOR]));
}
#endif /* TEST_DESTRUCTORS */

static void main_entry(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    check_index_allocation();
    check_thread_words();
#ifdef TEST_DESTRUCTORS
    check_destructors();
    check_destructors_of_killed_thread();
#else
    CYG_TEST_INFO("destructors configured out (or a table of under 3 or over "
                  "64 entries): not tested");
#endif
    CYG_TEST_PASS_FINISH("Per-thread data OK");
}

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    index_in_init = cyg_thread_new_data_index();
    CREATE_SLOT(PEER, PRIO_PEER, peer_entry, 0, "kdata");
#ifdef TEST_DESTRUCTORS
    cyg_semaphore_init(&never_posted, 0);
    CREATE_SLOT(DTOR, PRIO_DTOR, dtor_entry, 0, "kdata");
#endif
    run_main_thread(PRIO_MAIN, main_entry, "kdata");
}

#else

NA_MAIN("Needs the kernel C API, per-thread data and 24 priorities")

#endif
