/*
 * RISC-V HAL test: riscv_except.
 *
 * The decoding of exceptions. Each trap reaches the kernel's exception
 * handler with the right number and data word: illegal instructions,
 * 32-bit and compressed breakpoints and ecall with the address of the
 * instruction; bad loads and stores (both as the data access
 * exception), a misaligned atomic access and a jump to nowhere with the
 * address that faulted. A handler returning from ebreak or ecall
 * resumes after the instruction, whatever its length; from a fault the
 * handler leaves with hal_longjmp. The handler runs with the interrupt
 * state of the code that trapped, and that state is the same after.
 */

#include <pkgconf/system.h>
#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/infra/testcase.h>
#include <cyg/hal/hal_arch.h>
#include <cyg/hal/hal_intr.h>
#ifdef CYGPKG_KERNEL
# include <pkgconf/kernel.h>
# include <cyg/kernel/kapi.h>
#endif

#define CHECK(_cond_) CYG_TEST_CHECK((_cond_), #_cond_)

#if defined(CYGPKG_KERNEL) && defined(CYGFUN_KERNEL_API_C) \
    && defined(CYGPKG_KERNEL_EXCEPTIONS) && defined(HAL_TEST_BAD_DATA_ADDRESS)

#define PRIO_MAIN 10

static char main_stack[CYGNUM_HAL_STACK_SIZE_TYPICAL];
static cyg_thread main_thread;
static cyg_handle_t main_handle;

/* What the handler saw last. */
static volatile int calls;
static volatile cyg_code_t seen_number;
static volatile cyg_addrword_t seen_info;
static volatile CYG_INTERRUPT_STATE seen_state;

/* Faults leave through here; traps the program asked for return. */
static hal_jmp_buf recovery;
static volatile int leave_by_longjmp;

/* Where the trapping instruction is, or what address it touches. */
static volatile CYG_ADDRWORD expected_info;

/* Set after a trap that returned, by the code that follows it. */
static volatile int resumed;

static volatile CYG_ADDRWORD bad_address = HAL_TEST_BAD_DATA_ADDRESS;
static volatile cyg_uint32 atomic_words[2];

static void handler(cyg_addrword_t data, cyg_code_t number, cyg_addrword_t info)
{
    CYG_INTERRUPT_STATE state;

    (void)data;
    HAL_QUERY_INTERRUPTS(state);
    seen_state = state;
    seen_number = number;
    seen_info = info;
    calls++;
    if (leave_by_longjmp)
        hal_longjmp(recovery, 1);
}

/* ------------------------------------------------------------------ */
/* The trapping code: each records what the handler should be told.   */

static void illegal_instruction(void)
{
    __asm__ __volatile__ ("lla t0, 1f\n sw t0, %0\n1: unimp"
                          : "=m" (expected_info) : : "t0", "memory");
}

static void breakpoint_32(void)
{
    __asm__ __volatile__ (".option push\n .option norvc\n"
                          "lla t0, 1f\n sw t0, %0\n1: ebreak\n"
                          ".option pop"
                          : "=m" (expected_info) : : "t0", "memory");
    resumed = 1;
}

static void breakpoint_16(void)
{
    __asm__ __volatile__ (".option push\n .option rvc\n"
                          "lla t0, 1f\n sw t0, %0\n1: c.ebreak\n"
                          ".option pop"
                          : "=m" (expected_info) : : "t0", "memory");
    resumed = 1;
}

static void environment_call(void)
{
    __asm__ __volatile__ ("lla t0, 1f\n sw t0, %0\n1: ecall"
                          : "=m" (expected_info) : : "t0", "memory");
    resumed = 1;
}

static void bad_load(void)
{
    expected_info = bad_address;
    (void)*(volatile cyg_uint32 *)bad_address;
}

static void bad_store(void)
{
    expected_info = bad_address;
    *(volatile cyg_uint32 *)bad_address = 1;
}

/* Atomics, unlike plain accesses, must be naturally aligned. */
static void misaligned_atomic(void)
{
    CYG_ADDRWORD address = (CYG_ADDRWORD)&atomic_words[0] + 2;

    expected_info = address;
    __asm__ __volatile__ ("amoadd.w zero, %1, (%0)"
                          : : "r" (address), "r" (1) : "memory");
}

static void jump_to_nowhere(void)
{
    expected_info = bad_address;
    ((void (*)(void))bad_address)();
}

/* ------------------------------------------------------------------ */

/* Runs `code' with interrupts enabled or not; true if it trapped once
 * into the handler with `number' and the expected data, with the
 * interrupt state it had, and came back the way it should. */
static int traps_as(void (*code)(void), cyg_code_t number, int returns,
                    int enabled)
{
    static void (*volatile running)(void);
    CYG_INTERRUPT_STATE old, after;
    int before = calls;

    running = code;
    leave_by_longjmp = !returns;
    resumed = 0;
    expected_info = 0;
    cyg_exception_set_handler(number, handler, 0, NULL, NULL);
    HAL_DISABLE_INTERRUPTS(old);
    if (enabled)
        HAL_ENABLE_INTERRUPTS();
    if (hal_setjmp(recovery) == 0) {
        running();
        if (!returns)
            CYG_TEST_FAIL_FINISH("a fault did not reach the handler");
    }
    HAL_QUERY_INTERRUPTS(after);
    HAL_RESTORE_INTERRUPTS(old);
    return calls == before + 1 && seen_number == number
           && seen_info == expected_info && expected_info != 0
           && (seen_state != 0) == (enabled != 0)
           && (after != 0) == (enabled != 0)
           && resumed == returns;
}

static void check_returning_traps(void)
{
    CHECK(traps_as(breakpoint_32, CYGNUM_HAL_EXCEPTION_INSTRUCTION_BP, 1, 1));
    CHECK(traps_as(breakpoint_16, CYGNUM_HAL_EXCEPTION_INSTRUCTION_BP, 1, 1));
    CHECK(traps_as(environment_call, CYGNUM_HAL_EXCEPTION_SYSTEM_CALL, 1, 1));
    CHECK(traps_as(environment_call, CYGNUM_HAL_EXCEPTION_SYSTEM_CALL, 1, 0));
    CYG_TEST_PASS("ebreak and ecall return past the instruction");
}

static void check_faults(void)
{
    CHECK(traps_as(illegal_instruction,
                   CYGNUM_HAL_EXCEPTION_ILLEGAL_INSTRUCTION, 0, 1));
    CHECK(traps_as(bad_load, CYGNUM_HAL_EXCEPTION_DATA_ACCESS, 0, 1));
    CHECK(traps_as(bad_store, CYGNUM_HAL_EXCEPTION_DATA_ACCESS, 0, 1));
    CHECK(traps_as(bad_store, CYGNUM_HAL_EXCEPTION_DATA_ACCESS, 0, 0));
    CHECK(traps_as(misaligned_atomic,
                   CYGNUM_HAL_EXCEPTION_DATA_UNALIGNED_ACCESS, 0, 1));
    CHECK(traps_as(jump_to_nowhere, CYGNUM_HAL_EXCEPTION_CODE_ACCESS, 0, 1));
    CYG_TEST_PASS("faults are decoded and left with hal_longjmp");
}

static void main_entry(cyg_addrword_t data)
{
    (void)data;
    check_returning_traps();
    check_faults();
    /* Ordinary thread life goes on after all that. */
    CHECK(cyg_scheduler_read_lock() == 0);
#ifdef CYGFUN_KERNEL_THREADS_TIMER
    cyg_thread_delay(1);
#endif
    CYG_TEST_PASS_FINISH("RISC-V exception test");
}

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    cyg_thread_create(PRIO_MAIN, main_entry, 0, "main", main_stack,
                      sizeof main_stack, &main_handle, &main_thread);
    cyg_thread_resume(main_handle);
    cyg_scheduler_start();
}

#else

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    CYG_TEST_NA("needs the kernel C API and its exception support");
}

#endif
