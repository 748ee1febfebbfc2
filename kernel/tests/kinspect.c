/* kinspect - inspection: cyg_thread_state_string names each state
 * ("running" for the caller, "ready", "suspended", "sleeping",
 * "suspended+sleeping", "suspended+creating" for a pending delayed
 * start, "exited", "suspended+exited", "invalid" for a deleted or
 * never-created thread) and cuts it to the buffer. cyg_thread_foreach
 * visits the threads of cyg_thread_get_next in the same order, stops
 * when told, nests, and stays safe when, during a call, the visited or
 * the next thread is deleted (by the walker, or by another thread while
 * the walker blocks) or a later thread exits; a walker killed during a
 * call leaves no trace once its stack is reused. */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>
#include "lifecycle.h"

#if defined(CYGFUN_KERNEL_API_C) && defined(CYGFUN_KERNEL_THREADS_INSPECTION) \
    && (CYGNUM_KERNEL_SCHED_PRIORITIES >= 24)

#define PRIO_CONTROL 10
#define PRIO_A       12
#define PRIO_B       13
#define PRIO_C       14
#define PRIO_K       16
#define PRIO_WALKER  17
#define MAX_SEEN     16

enum { A, B, C, K, WK, THREAD_COUNT };

THREAD_SLOTS(THREAD_COUNT);
static cyg_sem_t sem_k, sem_back, sem_never;
static cyg_thread never_created;

static cyg_handle_t seen[MAX_SEEN];
static int seen_count;

/* ------------------------------------------------------------------ */
/* State strings                                                       */

static cyg_bool_t string_is(const char *a, const char *b)
{
    while (*a != '\0' && *a == *b) {
        a++;
        b++;
    }
    return *a == *b;
}

static void expect_state(cyg_handle_t thread, const char *expected)
{
    char buf[CYG_THREAD_STATE_STRING_SIZE];

    cyg_thread_state_string(thread, buf, sizeof buf);
    if (string_is(buf, expected))
        return;
    diag_printf("INFO:<state \"%s\", expected \"%s\">\n", buf, expected);
    CYG_TEST_FAIL_FINISH("wrong state string");
}

static void nothing_entry(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
}

static void wait_entry(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    cyg_semaphore_wait(&sem_never);
}

static void check_state_strings(void)
{
    char small[5];

    expect_state(cyg_thread_self(), "running");
    CREATE_SLOT(A, PRIO_A, wait_entry, 0, "kinspect a");
    expect_state(handles[A], "suspended");
    CHECK(cyg_thread_state_string(handles[A], small, sizeof small) == small);
    CHECK(string_is(small, "susp"));
    cyg_thread_state_string(handles[A], small, 1);
    CHECK(small[0] == '\0');
    cyg_thread_resume(handles[A]);
    expect_state(handles[A], "ready");
    let_others_run();
    expect_state(handles[A], "sleeping");
    cyg_thread_suspend(handles[A]);
    expect_state(handles[A], "suspended+sleeping");
    cyg_thread_kill(handles[A]);
    let_others_run();
    expect_state(handles[A], "exited");
    cyg_thread_suspend(handles[A]);
    expect_state(handles[A], "suspended+exited");
    CHECK(cyg_thread_delete(handles[A]));
    expect_state(handles[A], "invalid");
    expect_state((cyg_handle_t)&never_created, "invalid");
#ifdef CYGFUN_KERNEL_THREADS_DELAYED_START
    {
        cyg_thread_attr_t attr;

        SLOT_ATTR(attr, A, PRIO_A, "kinspect delayed");
        attr.start_delay = 50;
        EXPECT(CREATE_EXT_SLOT(A, attr, nothing_entry, 0), CYG_THREAD_OK);
        expect_state(handles[A], "suspended+creating");
        EXPECT(cyg_thread_start_cancel(handles[A]), CYG_THREAD_OK);
    }
#endif
}

/* ------------------------------------------------------------------ */
/* Walks                                                               */

static void create_abc(void)
{
    CREATE_SLOT(A, PRIO_A, nothing_entry, 0, "kinspect a");
    CREATE_SLOT(B, PRIO_B, nothing_entry, 0, "kinspect b");
    CREATE_SLOT(C, PRIO_C, nothing_entry, 0, "kinspect c");
}

/* Delete whichever of A, B and C are left. */
static void delete_abc(void)
{
    int slot;

    for (slot = A; slot <= C; slot++)
        if (cyg_thread_get_id(handles[slot]) != 0)
            CHECK(cyg_thread_delete(handles[slot]));
}

static cyg_bool_t was_seen(int slot)
{
    int i;

    for (i = 0; i < seen_count; i++)
        if (seen[i] == handles[slot])
            return true;
    return false;
}

/* Record the thread; `data' says what to do on the way. */
enum { JUST_LOOK, DELETE_NEXT, DELETE_SELF, KILL_LATER, BLOCK, STOP_AT_2, NEST };

static cyg_bool_t visit(cyg_handle_t thread, cyg_uint16 id, cyg_addrword_t data);

static cyg_bool_t visit_at_a(cyg_handle_t thread, cyg_addrword_t data)
{
    switch (data) {
    case DELETE_NEXT:
        CHECK(cyg_thread_delete(handles[B]));
        break;
    case DELETE_SELF:
        CHECK(cyg_thread_delete(thread));
        break;
    case KILL_LATER:
        cyg_thread_kill(handles[C]);
        break;
    case BLOCK:
        cyg_semaphore_post(&sem_k);
        cyg_semaphore_wait(&sem_back);
        break;
    case NEST:
        CHECK((int)cyg_thread_foreach(visit, JUST_LOOK) == count_threads());
        break;
    }
    return true;
}

static cyg_bool_t visit(cyg_handle_t thread, cyg_uint16 id, cyg_addrword_t data)
{
    if (data == JUST_LOOK || data == STOP_AT_2) {
        if (seen_count < MAX_SEEN)
            seen[seen_count++] = thread;
        CHECK(id == cyg_thread_get_id(thread));
        return !(data == STOP_AT_2 && seen_count == 2);
    }
    if (seen_count < MAX_SEEN)
        seen[seen_count++] = thread;
    return thread == handles[A] ? visit_at_a(thread, data) : true;
}

static cyg_uint32 walk(cyg_addrword_t what)
{
    seen_count = 0;
    return cyg_thread_foreach(visit, what);
}

/* Every thread, in the order of cyg_thread_get_next. */
static void check_walk_order(void)
{
    cyg_handle_t thread = 0;
    cyg_uint16 id = 0;
    int i = 0;

    create_abc();
    CHECK((int)walk(JUST_LOOK) == count_threads());
    while (cyg_thread_get_next(&thread, &id))
        CHECK(i < seen_count && seen[i++] == thread);
    CHECK(walk(STOP_AT_2) == 2 && seen_count == 2);
    CHECK((int)walk(NEST) == count_threads());
    delete_abc();
}

static void deleter_entry(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    cyg_semaphore_wait(&sem_k);
    CHECK(cyg_thread_delete(handles[B]));
    cyg_semaphore_post(&sem_back);
}

static void check_walk_changes(void)
{
    int before = count_threads();

    create_abc();
    CHECK((int)walk(DELETE_NEXT) == before + 2);
    CHECK(!was_seen(B) && was_seen(C));
    delete_abc();

    create_abc();
    CHECK((int)walk(DELETE_SELF) == before + 3);
    CHECK(was_seen(B) && was_seen(C) && cyg_thread_get_id(handles[A]) == 0);
    delete_abc();

    create_abc();
    CHECK((int)walk(KILL_LATER) == before + 3 && was_seen(C));
    CHECK(state_of(handles[C]) == STATE_EXITED);
    delete_abc();

    create_abc();
    START_SLOT(K, PRIO_K, deleter_entry, 0, "kinspect deleter");
    CHECK((int)walk(BLOCK) == before + 3);
    CHECK(!was_seen(B) && was_seen(C));
    delete_abc();
    let_others_run();
    CHECK(cyg_thread_delete(handles[K]));
}

static cyg_bool_t block_forever(cyg_handle_t thread, cyg_uint16 id,
                                cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_handle_t, thread);
    CYG_UNUSED_PARAM(cyg_uint16, id);
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    cyg_semaphore_wait(&sem_never);
    return true;
}

static void walker_entry(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    cyg_thread_foreach(block_forever, 0);
}

/* Overwrite the top of the stack where the dead walker's walk was. */
static void scribble_entry(cyg_addrword_t data)
{
    volatile unsigned char junk[2048];
    unsigned i;

    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    for (i = 0; i < sizeof junk; i++)
        junk[i] = 0xA5;
}

static void check_killed_walker(void)
{
    int before = count_threads();

    START_SLOT(WK, PRIO_WALKER, walker_entry, 0, "kinspect walker");
    let_others_run();
    CHECK(state_of(handles[WK]) == STATE_SLEEPING);
    cyg_thread_kill(handles[WK]);
    let_others_run();
    CHECK(cyg_thread_delete(handles[WK]));
    START_SLOT(WK, PRIO_WALKER, scribble_entry, 0, "kinspect scribbler");
    let_others_run();
    CHECK(cyg_thread_delete(handles[WK]));
    create_abc();
    delete_abc();
    create_abc();
    CHECK((int)walk(DELETE_NEXT) == before + 2);
    delete_abc();
}

static void control_entry(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    check_state_strings();
    check_walk_order();
    check_walk_changes();
    check_killed_walker();
    CYG_TEST_PASS_FINISH("Inspection OK");
}

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    cyg_semaphore_init(&sem_k, 0);
    cyg_semaphore_init(&sem_back, 0);
    cyg_semaphore_init(&sem_never, 0);
    start_watchdog();
    run_main_thread(PRIO_CONTROL, control_entry, "kinspect control");
}

#else

NA_MAIN("Needs CYGFUN_KERNEL_THREADS_INSPECTION and at least 24 priorities")

#endif
