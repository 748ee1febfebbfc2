/* kexcept1 - exception handlers: set_handler returns the previous handler
 * and data (at first the kernel's default handler with data 0),
 * call_handler runs the handler of the calling thread only, clear_handler
 * restores the default, handlers are per number or shared (DECODE) and
 * global or per thread (GLOBAL); then real faults raised by the HAL reach
 * the handler, which gets back to the faulting code with hal_longjmp. */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>
#include "testaux.h"

#if defined(CYGFUN_KERNEL_API_C) && defined(CYGPKG_KERNEL_EXCEPTIONS) \
    && (CYGNUM_KERNEL_SCHED_PRIORITIES >= 24)

#include <cyg/hal/hal_intr.h>

#define PRIO_MAIN  10
#define PRIO_OTHER 11

#define FIRST_NUMBER ((cyg_code_t)CYGNUM_HAL_EXCEPTION_MIN)
#define LAST_NUMBER  ((cyg_code_t)CYGNUM_HAL_EXCEPTION_MAX)

enum { OTHER, THREAD_COUNT };

THREAD_SLOTS(THREAD_COUNT);

/* What the last handler call received, and how many calls there were. */
static volatile int calls;
static cyg_exception_handler_t *volatile last_handler;
static volatile cyg_addrword_t last_data;
static volatile cyg_code_t last_number;
static volatile cyg_addrword_t last_info;

static cyg_exception_handler_t *default_handler;
static volatile int other_calls;

static void record(cyg_exception_handler_t *who, cyg_addrword_t data,
                   cyg_code_t number, cyg_addrword_t info)
{
    last_handler = who;
    last_data = data;
    last_number = number;
    last_info = info;
    calls++;
}

static void handler_one(cyg_addrword_t data, cyg_code_t number,
                        cyg_addrword_t info)
{
    record(handler_one, data, number, info);
}

static void handler_two(cyg_addrword_t data, cyg_code_t number,
                        cyg_addrword_t info)
{
    record(handler_two, data, number, info);
}

/* Calls the handler for `number' and checks who answered with what. */
static void expect_call(cyg_code_t number, cyg_exception_handler_t *who,
                        cyg_addrword_t data)
{
    int before = calls;

    cyg_exception_call_handler(cyg_thread_self(), number, 0x1234);
    CHECK(calls == before + 1);
    CHECK(last_handler == who);
    CHECK(last_data == data);
    CHECK(last_number == number);
    CHECK(last_info == 0x1234);
}

static void expect_no_call(cyg_handle_t thread, cyg_code_t number)
{
    int before = calls;

    cyg_exception_call_handler(thread, number, 0x1234);
    CHECK(calls == before);
}

static void check_set_and_clear(void)
{
    cyg_exception_handler_t *old;
    cyg_addrword_t old_data;

    cyg_exception_set_handler(FIRST_NUMBER, handler_one, 11, &old, &old_data);
    default_handler = old;
    CHECK(default_handler != NULL);
    CHECK(default_handler != handler_one && default_handler != handler_two);
    CHECK(old_data == 0);
    expect_call(FIRST_NUMBER, handler_one, 11);

    cyg_exception_set_handler(FIRST_NUMBER, handler_two, 22, &old, &old_data);
    CHECK(old == handler_one && old_data == 11);
    expect_call(FIRST_NUMBER, handler_two, 22);

    cyg_exception_set_handler(FIRST_NUMBER, handler_two, 33, NULL, NULL);
    expect_call(FIRST_NUMBER, handler_two, 33);

    /* The default handler does nothing. */
    cyg_exception_clear_handler(FIRST_NUMBER);
    expect_no_call(cyg_thread_self(), FIRST_NUMBER);
    cyg_exception_set_handler(FIRST_NUMBER, handler_one, 44, &old, &old_data);
    CHECK(old == default_handler && old_data == 0);
    expect_call(FIRST_NUMBER, handler_one, 44);

    /* Delivery to another thread is not supported: nothing happens. */
    expect_no_call(handles[OTHER], FIRST_NUMBER);
}

#if CYGNUM_HAL_EXCEPTION_MAX > CYGNUM_HAL_EXCEPTION_MIN
static void check_numbers(void)
{
    cyg_exception_handler_t *old;
    cyg_addrword_t old_data;

    cyg_exception_set_handler(LAST_NUMBER, handler_two, 55, &old, &old_data);
# ifdef CYGSEM_KERNEL_EXCEPTIONS_DECODE
    CHECK(old == default_handler && old_data == 0);
    expect_call(FIRST_NUMBER, handler_one, 44);
    expect_call(LAST_NUMBER, handler_two, 55);
    cyg_exception_clear_handler(LAST_NUMBER);
    expect_call(FIRST_NUMBER, handler_one, 44);
    expect_no_call(cyg_thread_self(), LAST_NUMBER);
# else
    /* One handler for every number: the last one set answers them all. */
    CHECK(old == handler_one && old_data == 44);
    expect_call(FIRST_NUMBER, handler_two, 55);
    expect_call(LAST_NUMBER, handler_two, 55);
    cyg_exception_set_handler(FIRST_NUMBER, handler_one, 44, NULL, NULL);
# endif
}
#endif

/* The other thread sees the handlers set by this one only when they are
 * global; otherwise it has its own set, still at the default. */
static void other_entry(cyg_addrword_t data)
{
    cyg_exception_handler_t *old;
    cyg_addrword_t old_data;

    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    other_calls = calls;
#ifdef CYGSEM_KERNEL_EXCEPTIONS_GLOBAL
    expect_call(FIRST_NUMBER, handler_one, 44);
    cyg_exception_set_handler(FIRST_NUMBER, handler_one, 44, &old, &old_data);
    CHECK(old == handler_one && old_data == 44);
#else
    expect_no_call(cyg_thread_self(), FIRST_NUMBER);
    cyg_exception_set_handler(FIRST_NUMBER, handler_two, 66, &old, &old_data);
    CHECK(old == default_handler && old_data == 0);
    expect_call(FIRST_NUMBER, handler_two, 66);
#endif
    other_calls = calls - other_calls;
}

static void check_other_thread(void)
{
    cyg_thread_resume(handles[OTHER]);
    let_others_run();
    CHECK(other_calls == 1);
    expect_call(FIRST_NUMBER, handler_one, 44);     /* ours unchanged */
}

#if defined(CYGNUM_HAL_EXCEPTION_DATA_ACCESS) && defined(HAL_TEST_BAD_DATA_ADDRESS)
/* The handler returns to the code that set the jump buffer. */
static hal_jmp_buf recovery;
static volatile cyg_code_t expected_fault;
static volatile int faults;
static volatile int wrong_faults;

static void fault_handler(cyg_addrword_t data, cyg_code_t number,
                          cyg_addrword_t info)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, info);
    if (data != 77 || number != expected_fault)
        wrong_faults++;
    faults++;
    hal_longjmp(recovery, 1);
}

/* An address whose access faults on this platform, kept in a variable
 * so that the compiler cannot see the bad access coming. */
static volatile cyg_addrword_t bad_address = HAL_TEST_BAD_DATA_ADDRESS;

static void bad_data_access(void)
{
    *(volatile int *)bad_address = 1;
}

#if defined(CYGNUM_HAL_EXCEPTION_ILLEGAL_INSTRUCTION) \
    && defined(HAL_TEST_ILLEGAL_INSTRUCTION)
static void illegal_instruction(void)
{
    HAL_TEST_ILLEGAL_INSTRUCTION();
}
#endif

/* Set before the jump buffer, read after it: kept out of registers. */
static void (*volatile faulting_code)(void);
static volatile int faults_before;

/* Runs `fault' with the handler installed for `code'; true if the
 * handler took control back and nothing else happened. */
static cyg_bool_t fault_recovered(cyg_code_t code, void (*fault)(void))
{
    faults_before = faults;
    expected_fault = code;
    faulting_code = fault;
    cyg_exception_set_handler(code, fault_handler, 77, NULL, NULL);
    if (hal_setjmp(recovery) == 0) {
        faulting_code();
        CYG_TEST_FAIL_FINISH("no exception raised by a faulting access");
    }
    return faults == faults_before + 1 && wrong_faults == 0;
}

static void check_real_faults(void)
{
    CHECK(fault_recovered(CYGNUM_HAL_EXCEPTION_DATA_ACCESS, bad_data_access));
    CHECK(fault_recovered(CYGNUM_HAL_EXCEPTION_DATA_ACCESS, bad_data_access));
#if defined(CYGNUM_HAL_EXCEPTION_ILLEGAL_INSTRUCTION) \
    && defined(HAL_TEST_ILLEGAL_INSTRUCTION)
    CHECK(fault_recovered(CYGNUM_HAL_EXCEPTION_ILLEGAL_INSTRUCTION,
                          illegal_instruction));
#endif
    /* The thread carries on normally after the jump out of the handler. */
    CHECK(cyg_scheduler_read_lock() == 0);
#ifdef CYGFUN_KERNEL_THREADS_TIMER
    cyg_thread_delay(1);
#endif
    let_others_run();
}
#endif /* CYGNUM_HAL_EXCEPTION_DATA_ACCESS && HAL_TEST_BAD_DATA_ADDRESS */

static void main_entry(cyg_addrword_t data)
{
    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    check_set_and_clear();
#if CYGNUM_HAL_EXCEPTION_MAX > CYGNUM_HAL_EXCEPTION_MIN
    check_numbers();
#endif
    check_other_thread();
#if defined(CYGNUM_HAL_EXCEPTION_DATA_ACCESS) && defined(HAL_TEST_BAD_DATA_ADDRESS)
    check_real_faults();
#else
    CYG_TEST_INFO("the HAL reports no data access exception: faults not tested");
#endif
    CYG_TEST_PASS_FINISH("Kernel C API Except 1 OK");
}

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    CREATE_SLOT(OTHER, PRIO_OTHER, other_entry, 0, "kexcept1 other");
    run_main_thread(PRIO_MAIN, main_entry, "kexcept1 main");
}

#else

NA_MAIN("Needs the kernel C API, exceptions and at least 24 priorities")

#endif
