/*
 * Cortex-M HAL test: faults.
 *
 * Each kind of fault the processor reports reaches the kernel's exception
 * handler, in the faulting thread, with the exception code the HAL
 * decodes from the fault status registers and its data word: a load from
 * a bus hole (DATA_ACCESS, the address), a fetch from it (CODE_ACCESS,
 * the address), an undefined instruction and a branch to ARM state
 * (ILLEGAL_INSTRUCTION, the instruction's address), a double-word load
 * from an odd address (DATA_UNALIGNED_ACCESS), an integer division by
 * zero (DIV_BY_ZERO), a breakpoint (BREAKPOINT), and a fault with
 * interrupts disabled, which the processor escalates to a hard fault but
 * is still decoded. The handler leaves with hal_longjmp each time and the
 * thread carries on normally.
 */

#include <pkgconf/hal.h>
#include <cyg/infra/cyg_type.h>
#include <cyg/infra/testcase.h>
#include <cyg/hal/hal_arch.h>
#include <cyg/hal/hal_intr.h>
#ifdef CYGPKG_KERNEL
# include <pkgconf/kernel.h>
#endif

#define CHECK(_cond_) CYG_TEST_CHECK((_cond_), #_cond_)

#if defined(CYGFUN_KERNEL_API_C) && defined(CYGPKG_KERNEL_EXCEPTIONS) \
    && defined(CYGFUN_KERNEL_THREADS_TIMER)

#include <cyg/kernel/kapi.h>

#define PRIO_MAIN       10

static char main_stack[CYGNUM_HAL_STACK_SIZE_TYPICAL] CYGBLD_ATTRIB_ALIGN(8);
static cyg_thread main_thread;
static cyg_handle_t main_handle;

static hal_jmp_buf recovery;
static volatile int faults;
static volatile cyg_code_t fault_number;
static volatile cyg_addrword_t fault_info;
static volatile cyg_handle_t fault_thread;
static volatile CYG_INTERRUPT_STATE fault_interrupt_state;

static void fault_handler(cyg_addrword_t data, cyg_code_t number,
                          cyg_addrword_t info)
{
    (void)data;
    fault_number = number;
    fault_info = info;
    fault_thread = cyg_thread_self();
    HAL_QUERY_INTERRUPTS(fault_interrupt_state);
    faults++;
    hal_longjmp(recovery, 1);
}

/* Kept in variables so that the compiler cannot see the faults coming. */
static volatile CYG_ADDRWORD bad_address = HAL_TEST_BAD_DATA_ADDRESS;
static volatile int zero;
static volatile int dividend = 7;
static cyg_uint64 aligned_pair[2];

static void load_from_bus_hole(void)
{
    (void)*(volatile cyg_uint32 *)bad_address;
}

/* Thumb code there, by the low bit; nothing answers the fetch. */
static void call_into_bus_hole(void)
{
    ((void (*)(void))(bad_address | 1))();
}

/* The address of the undefined instruction, from the label. */
externC const char faults_udf_site[];

static void undefined_instruction(void)
{
    __asm__ __volatile__ (".globl faults_udf_site\n"
                          "faults_udf_site:\n\t"
                          "udf #0");
}

static void branch_to_arm_state(void)
{
    ((void (*)(void))((CYG_ADDRWORD)undefined_instruction & ~(CYG_ADDRWORD)1))();
}

/* LDRD needs word alignment whatever the trap settings. */
static void unaligned_double_load(void)
{
    const char *odd = (const char *)aligned_pair + 1;
    cyg_uint32 low, high;

    __asm__ __volatile__ ("ldrd %0, %1, [%2]"
                          : "=r" (low), "=r" (high) : "r" (odd) : "memory");
}

static volatile int quotient;

static void divide_by_zero(void)
{
    quotient = dividend / zero;
}

static void breakpoint(void)
{
    __asm__ __volatile__ ("bkpt #1");
}

/* Set before the jump buffer, read after it: kept out of registers. */
static void (*volatile faulting_code)(void);
static volatile int faults_before;

/* Runs `code'; true if it faulted once with exception `number' and the
 * handler ran in this thread. */
static cyg_bool faulted_with(cyg_code_t number, void (*code)(void))
{
    faults_before = faults;
    faulting_code = code;
    fault_number = -1;
    if (hal_setjmp(recovery) == 0) {
        faulting_code();
        return false;
    }
    return faults == faults_before + 1 && fault_number == number
        && fault_thread == cyg_thread_self();
}

static void install_handler(void)
{
    for (cyg_code_t n = CYGNUM_HAL_EXCEPTION_MIN; n <= CYGNUM_HAL_EXCEPTION_MAX; n++)
        cyg_exception_set_handler(n, fault_handler, 0, NULL, NULL);
}

static void check_bus_faults(void)
{
    CHECK(faulted_with(CYGNUM_HAL_EXCEPTION_DATA_ACCESS, load_from_bus_hole));
    CHECK(fault_info == HAL_TEST_BAD_DATA_ADDRESS);
    CHECK(faulted_with(CYGNUM_HAL_EXCEPTION_CODE_ACCESS, call_into_bus_hole));
    CHECK(fault_info == HAL_TEST_BAD_DATA_ADDRESS);
    CYG_TEST_PASS("bus faults on data and on instruction fetch");
}

static void check_usage_faults(void)
{
    CHECK(faulted_with(CYGNUM_HAL_EXCEPTION_ILLEGAL_INSTRUCTION,
                       undefined_instruction));
    CHECK(fault_info == (cyg_addrword_t)faults_udf_site);
    CHECK(faulted_with(CYGNUM_HAL_EXCEPTION_ILLEGAL_INSTRUCTION,
                       branch_to_arm_state));
    CHECK(faulted_with(CYGNUM_HAL_EXCEPTION_DATA_UNALIGNED_ACCESS,
                       unaligned_double_load));
    CHECK(faulted_with(CYGNUM_HAL_EXCEPTION_DIV_BY_ZERO, divide_by_zero));
    CYG_TEST_PASS("usage faults: undefined instruction, ARM state, "
                  "unaligned access, division by zero");
}

static void check_breakpoint(void)
{
    CHECK(faulted_with(CYGNUM_HAL_EXCEPTION_BREAKPOINT, breakpoint));
    CYG_TEST_PASS("a breakpoint without a debugger");
}

/* Escalated to a hard fault; the handler sees the thread's state. */
static void check_fault_while_disabled(void)
{
    CYG_INTERRUPT_STATE old;

    HAL_DISABLE_INTERRUPTS(old);
    CHECK(faulted_with(CYGNUM_HAL_EXCEPTION_DATA_ACCESS, load_from_bus_hole));
    CHECK(fault_interrupt_state == 0);
    HAL_RESTORE_INTERRUPTS(old);
    CHECK(fault_info == HAL_TEST_BAD_DATA_ADDRESS);
    CYG_TEST_PASS("a fault with interrupts disabled");
}

static void main_entry(cyg_addrword_t data)
{
    CYG_INTERRUPT_STATE state;

    (void)data;
    install_handler();
    check_bus_faults();
    check_usage_faults();
    check_breakpoint();
    check_fault_while_disabled();

    /* The thread goes on: interrupts on, scheduler unlocked, time passes. */
    HAL_QUERY_INTERRUPTS(state);
    CHECK(state != 0);
    CHECK(cyg_scheduler_read_lock() == 0);
    cyg_thread_delay(2);
    CYG_TEST_PASS_FINISH("Cortex-M fault test");
}

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    cyg_thread_create(PRIO_MAIN, main_entry, 0, "faults main",
                      main_stack, sizeof main_stack, &main_handle, &main_thread);
    cyg_thread_resume(main_handle);
    cyg_scheduler_start();
}

#else

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    CYG_TEST_NA("Needs the kernel C API, exceptions and thread timers");
}

#endif
