#ifndef CYGONCE_KERNEL_TESTS_MISUSE_H
#define CYGONCE_KERNEL_TESTS_MISUSE_H
/* misuse.h - the frame of the kmisuse_* tests. Each test misuses the
 * kernel C API in one way that a kernel assertion must catch, and
 * replaces cyg_assert_fail (through this header) to see it caught: an
 * assertion raised from a kernel source after misuse_begin(), whose
 * message names one of the words the test expects, passes; an assertion
 * before the misuse, from elsewhere or about something else, and a
 * misuse that returns, fail. Most misuses happen in the main thread of
 * testaux.h.
 *
 * MISUSE_NA_REASON is defined when the configuration cannot run such a
 * test; a test with needs of its own adds its reason the same way. */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/cyg_ass.h>
#include "testaux.h"

#ifndef CYGFUN_KERNEL_API_C
# define MISUSE_NA_REASON "Kernel C API layer disabled"
#elif !defined(CYGDBG_USE_ASSERTS)
# define MISUSE_NA_REASON "Assertions disabled"
#else

/* Set by misuse_begin: no assertion is expected before. */
static volatile int misuse_started;
static const char *const *misuse_words;
static const char *misuse_caught;

/* words: NULL-terminated, lower case; caught: the PASS message. */
static inline void misuse_begin(const char *const *words, const char *caught)
{
    misuse_words = words;
    misuse_caught = caught;
    misuse_started = 1;
}

static inline char misuse_lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
}

/* Case-insensitive: messages may start a sentence with the word. */
static inline cyg_bool_t misuse_contains(const char *text, const char *word)
{
    int i, j;

    for (i = 0; text[i] != '\0'; i++) {
        for (j = 0; word[j] != '\0'
                    && misuse_lower(text[i + j]) == word[j]; j++)
            ;
        if (word[j] == '\0')
            return true;
    }
    return false;
}

static inline cyg_bool_t misuse_in_kernel_source(const char *file)
{
    int len = 0;

    while (file[len] != '\0')
        len++;
    return misuse_contains(file, "kernel/src/") && len > 2
           && file[len - 2] == '.' && file[len - 1] == 'c';
}

static inline cyg_bool_t misuse_names_condition(const char *msg)
{
    int i;

    for (i = 0; misuse_words[i] != NULL; i++)
        if (misuse_contains(msg, misuse_words[i]))
            return true;
    return false;
}

externC void cyg_assert_fail(const char *func, const char *file,
                             cyg_uint32 line, const char *msg)
{
    CYG_UNUSED_PARAM(const char *, func);
    CYG_UNUSED_PARAM(cyg_uint32, line);
    if (!misuse_started)
        CYG_TEST_FAIL_FINISH("assertion before the misuse");
    if (file == NULL || !misuse_in_kernel_source(file))
        CYG_TEST_FAIL_FINISH("assertion not raised in a kernel source");
#ifdef CYGDBG_INFRA_DEBUG_ASSERT_MESSAGE
    if (msg == NULL || !misuse_names_condition(msg))
        CYG_TEST_FAIL_FINISH("assertion message does not name the condition");
#else
    CYG_UNUSED_PARAM(const char *, msg);
#endif
    CYG_TEST_PASS_FINISH(misuse_caught);
}

/* The cyg_start of a test whose misuse happens in the function MISUSER,
 * run as the main thread at PRIO. */
#define MISUSE_MAIN(_misuser_, _prio_)                                  \
    externC void cyg_start(void)                                        \
    {                                                                   \
        CYG_TEST_INIT();                                                \
        run_main_thread((_prio_), (_misuser_), "misuser");              \
    }

#endif /* what a misuse test needs */

#endif /* CYGONCE_KERNEL_TESTS_MISUSE_H */
