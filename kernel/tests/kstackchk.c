/* kstackchk - stack overflow detection: a thread switches back and forth
 * with the main thread without complaint, then scribbles over the bottom
 * of its own stack (what an overflow does) and gives up the CPU. The
 * kernel's check at that context switch must report "Stack base corrupt"
 * (or "Stack top corrupt") from a kernel source file through
 * cyg_assert_fail, which this test supplies. Any other ending fails. */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>
#include "testaux.h"

#if defined(CYGFUN_KERNEL_API_C) && (CYGNUM_KERNEL_SCHED_PRIORITIES >= 24) \
    && (defined(CYGFUN_KERNEL_THREADS_STACK_CHECKING) \
        || defined(CYGFUN_KERNEL_THREADS_STACK_CHECKING_RELEASE))

#define PRIO_VICTIM 5
#define PRIO_MAIN   10
#define CLEAN_SWITCHES 5

/* More than any signature area plus alignment, far below the live frames. */
#define CORRUPT_BYTES 1024

enum { VICTIM, THREAD_COUNT };

THREAD_SLOTS(THREAD_COUNT);

static volatile int corrupted;
static volatile int clean_switches;

static cyg_bool_t contains(const char *text, const char *part)
{
    const char *t, *p;

    for (; *text != '\0'; text++) {
        for (t = text, p = part; *p != '\0' && *t == *p; t++, p++)
            continue;
        if (*p == '\0')
            return true;
    }
    return false;
}

static cyg_bool_t ends_with_dot_c(const char *text)
{
    const char *end = text;

    while (*end != '\0')
        end++;
    return end - text >= 2 && end[-2] == '.' && end[-1] == 'c';
}

externC void cyg_assert_fail(const char *func, const char *file,
                             cyg_uint32 line, const char *msg)
{
    CYG_UNUSED_PARAM(const char *, func);
    CYG_UNUSED_PARAM(cyg_uint32, line);
    if (!corrupted)
        CYG_TEST_FAIL_FINISH("assertion before the stack was damaged");
    if (msg == NULL || !(contains(msg, "Stack base corrupt")
                         || contains(msg, "Stack top corrupt")))
        CYG_TEST_FAIL_FINISH("assertion does not report a corrupt stack");
    if (file == NULL || !ends_with_dot_c(file) || !contains(file, "kernel")
        || !contains(file, "src/"))
        CYG_TEST_FAIL_FINISH("stack check reported outside the kernel sources");
    CYG_TEST_PASS_FINISH("Stack overflow detected");
}

static void victim_entry(cyg_addrword_t data)
{
    cyg_handle_t self = cyg_thread_self();
    volatile char *bottom = (volatile char *)cyg_thread_get_stack_base(self);
    int i;

    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    for (i = 0; i < CLEAN_SWITCHES; i++) {
        clean_switches++;
        cyg_thread_suspend(self);
    }
    corrupted = 1;
    for (i = 0; i < CORRUPT_BYTES; i++)
        bottom[i] = (char)(0x5A ^ i);
    cyg_thread_suspend(self);
    CYG_TEST_FAIL_FINISH("damaged stack not detected when switching away");
}

static void main_entry(cyg_addrword_t data)
{
    int i;

    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    for (i = 0; i < CLEAN_SWITCHES; i++) {
        cyg_thread_resume(handles[VICTIM]);
        CHECK(clean_switches == i + 1);
    }
    CHECK(!corrupted);
    cyg_thread_resume(handles[VICTIM]);
    CYG_TEST_FAIL_FINISH("damaged stack not detected");
}

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    CREATE_SLOT(VICTIM, PRIO_VICTIM, victim_entry, 0, "kstackchk victim");
    run_main_thread(PRIO_MAIN, main_entry, "kstackchk main");
}

#else

NA_MAIN("Needs the kernel C API, stack checking and 24 priorities")

#endif
