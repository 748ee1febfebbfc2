/*
 * RISC-V HAL test: riscv_trap.
 *
 * The trap frame and nested traps. A probe loads a known value into
 * each of the 28 general registers a program uses (ra, t0-t6, a0-a7,
 * s0-s11), takes an interrupt, and stores them again; the ISR scrambles
 * every register it may. All 28 must come back intact
 *   1. when the interrupt simply returns;
 *   2. when the ISR itself traps (an ecall whose exception handler
 *      returns), so that mepc and mstatus are overwritten meanwhile;
 *   3. when the kernel switches to another thread from the interrupt
 *      (the ISR's DSR wakes it) and later back;
 *   4. when a DSR, which runs with interrupts enabled, is interrupted
 *      by the same vector, whose ISR then runs nested inside it.
 * ISRs run on the interrupt stack when the HAL is configured to use
 * one. Without the kernel only the first case applies; the second needs
 * its exception support, the others its C API.
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

#ifdef HAL_INTERRUPT_RAISE

/* The kernel's CYG_ISR_HANDLED and CYG_ISR_CALL_DSR. */
#define ISR_HANDLED     1
#define ISR_CALL_DSR    2

#define PROBED_REGISTERS 28

/* In the probe's order: ra, t0-t6, a0-a7, s0-s11. */
static CYG_ADDRWORD loaded[PROBED_REGISTERS];
static CYG_ADDRWORD stored[PROBED_REGISTERS];

/*
 * void riscv_trap_probe(CYG_ADDRWORD *stored, const CYG_ADDRWORD *loaded)
 *
 * Called with interrupts disabled and an interrupt pending: enabling
 * them inside the window, with every register loaded, takes it there.
 */
__asm__ (
    "   .section .text.riscv_trap_probe, \"ax\", @progbits\n"
    "   .globl  riscv_trap_probe\n"
    "   .type   riscv_trap_probe, @function\n"
    "riscv_trap_probe:\n"
    "   addi    sp, sp, -64\n"
    "   sw      ra, 0(sp)\n"
    "   sw      s0, 4(sp)\n"
    "   sw      s1, 8(sp)\n"
    "   sw      s2, 12(sp)\n"
    "   sw      s3, 16(sp)\n"
    "   sw      s4, 20(sp)\n"
    "   sw      s5, 24(sp)\n"
    "   sw      s6, 28(sp)\n"
    "   sw      s7, 32(sp)\n"
    "   sw      s8, 36(sp)\n"
    "   sw      s9, 40(sp)\n"
    "   sw      s10, 44(sp)\n"
    "   sw      s11, 48(sp)\n"
    "   sw      a0, 52(sp)\n"
    "   mv      ra, a1\n"
    "   lw      t0, 4(ra)\n"
    "   lw      t1, 8(ra)\n"
    "   lw      t2, 12(ra)\n"
    "   lw      t3, 16(ra)\n"
    "   lw      t4, 20(ra)\n"
    "   lw      t5, 24(ra)\n"
    "   lw      t6, 28(ra)\n"
    "   lw      a0, 32(ra)\n"
    "   lw      a1, 36(ra)\n"
    "   lw      a2, 40(ra)\n"
    "   lw      a3, 44(ra)\n"
    "   lw      a4, 48(ra)\n"
    "   lw      a5, 52(ra)\n"
    "   lw      a6, 56(ra)\n"
    "   lw      a7, 60(ra)\n"
    "   lw      s0, 64(ra)\n"
    "   lw      s1, 68(ra)\n"
    "   lw      s2, 72(ra)\n"
    "   lw      s3, 76(ra)\n"
    "   lw      s4, 80(ra)\n"
    "   lw      s5, 84(ra)\n"
    "   lw      s6, 88(ra)\n"
    "   lw      s7, 92(ra)\n"
    "   lw      s8, 96(ra)\n"
    "   lw      s9, 100(ra)\n"
    "   lw      s10, 104(ra)\n"
    "   lw      s11, 108(ra)\n"
    "   lw      ra, 0(ra)\n"
    "   csrsi   mstatus, 8\n"
    "   nop\n"
    "   nop\n"
    "   csrci   mstatus, 8\n"
    "   sw      ra, 56(sp)\n"
    "   lw      ra, 52(sp)\n"
    "   sw      t0, 4(ra)\n"
    "   sw      t1, 8(ra)\n"
    "   sw      t2, 12(ra)\n"
    "   sw      t3, 16(ra)\n"
    "   sw      t4, 20(ra)\n"
    "   sw      t5, 24(ra)\n"
    "   sw      t6, 28(ra)\n"
    "   sw      a0, 32(ra)\n"
    "   sw      a1, 36(ra)\n"
    "   sw      a2, 40(ra)\n"
    "   sw      a3, 44(ra)\n"
    "   sw      a4, 48(ra)\n"
    "   sw      a5, 52(ra)\n"
    "   sw      a6, 56(ra)\n"
    "   sw      a7, 60(ra)\n"
    "   sw      s0, 64(ra)\n"
    "   sw      s1, 68(ra)\n"
    "   sw      s2, 72(ra)\n"
    "   sw      s3, 76(ra)\n"
    "   sw      s4, 80(ra)\n"
    "   sw      s5, 84(ra)\n"
    "   sw      s6, 88(ra)\n"
    "   sw      s7, 92(ra)\n"
    "   sw      s8, 96(ra)\n"
    "   sw      s9, 100(ra)\n"
    "   sw      s10, 104(ra)\n"
    "   sw      s11, 108(ra)\n"
    "   lw      t0, 56(sp)\n"
    "   sw      t0, 0(ra)\n"
    "   lw      ra, 0(sp)\n"
    "   lw      s0, 4(sp)\n"
    "   lw      s1, 8(sp)\n"
    "   lw      s2, 12(sp)\n"
    "   lw      s3, 16(sp)\n"
    "   lw      s4, 20(sp)\n"
    "   lw      s5, 24(sp)\n"
    "   lw      s6, 28(sp)\n"
    "   lw      s7, 32(sp)\n"
    "   lw      s8, 36(sp)\n"
    "   lw      s9, 40(sp)\n"
    "   lw      s10, 44(sp)\n"
    "   lw      s11, 48(sp)\n"
    "   addi    sp, sp, 64\n"
    "   ret\n"
    "   .size   riscv_trap_probe, . - riscv_trap_probe\n"
    "   .text\n"
);

externC void riscv_trap_probe(CYG_ADDRWORD *stored, const CYG_ADDRWORD *loaded);

static cyg_vector_t vector;
static volatile cyg_uint32 isr_result = ISR_HANDLED;
static volatile int isr_calls;
static volatile int isr_calls_in_dsr;
static volatile int dsr_running;
static volatile int ecall_in_isr;
static volatile CYG_ADDRWORD ecall_address;
static volatile int isr_off_interrupt_stack;

#ifdef CYGIMP_HAL_COMMON_INTERRUPTS_USE_INTERRUPT_STACK
/* The HAL's interrupt stack (the start-up stack too). */
externC char cyg_interrupt_stack_base[], cyg_interrupt_stack[];

static int on_interrupt_stack(const void *address)
{
    const char *p = (const char *)address;
    return p >= cyg_interrupt_stack_base && p < cyg_interrupt_stack;
}
#endif

/* Distinct values, none of them a plausible address or small number. */
static void fill_loaded(cyg_uint32 round)
{
    for (int i = 0; i < PROBED_REGISTERS; i++)
        loaded[i] = 0xA5000000u ^ (round << 16) ^ ((cyg_uint32)i * 0x0101u);
}

/* Takes the pending interrupt inside the probe; true if every register
 * came back as loaded and the ISR ran. */
static int registers_survive(cyg_uint32 round)
{
    CYG_INTERRUPT_STATE old;
    int before = isr_calls;

    fill_loaded(round);
    HAL_DISABLE_INTERRUPTS(old);
    HAL_INTERRUPT_RAISE(vector);
    riscv_trap_probe(stored, loaded);
    HAL_RESTORE_INTERRUPTS(old);
    for (int i = 0; i < PROBED_REGISTERS; i++)
        if (stored[i] != loaded[i])
            return 0;
    return isr_calls > before;
}

/* What an ISR may do to the registers its caller does not keep. */
static void scramble_caller_saved(void)
{
    __asm__ __volatile__ (
        "li t0, -1\n li t1, -1\n li t2, -1\n li t3, -1\n"
        "li t4, -1\n li t5, -1\n li t6, -1\n"
        "li a0, -1\n li a1, -1\n li a2, -1\n li a3, -1\n"
        "li a4, -1\n li a5, -1\n li a6, -1\n li a7, -1\n"
        : : : "t0", "t1", "t2", "t3", "t4", "t5", "t6",
              "a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7", "memory");
}

/* Traps from inside the ISR; returns the address of the ecall. */
static CYG_ADDRWORD trap_with_ecall(void)
{
    CYG_ADDRWORD where;

    __asm__ __volatile__ ("lla %0, 1f\n1: ecall" : "=r" (where) : : "memory");
    return where;
}

static cyg_uint32 probe_isr(cyg_vector_t v, cyg_addrword_t data)
{
    volatile int local;

    (void)data;
    isr_calls++;
#ifdef CYGIMP_HAL_COMMON_INTERRUPTS_USE_INTERRUPT_STACK
    if (!on_interrupt_stack((const void *)&local))
        isr_off_interrupt_stack++;
#else
    (void)local;
#endif
    if (dsr_running)
        isr_calls_in_dsr++;
    scramble_caller_saved();
    if (ecall_in_isr)
        ecall_address = trap_with_ecall();
    HAL_INTERRUPT_ACKNOWLEDGE(v);
    return isr_result;
}

static int vector_in_use(cyg_vector_t v)
{
    int in_use;
    HAL_INTERRUPT_IN_USE(v, in_use);
    return in_use != 0;
}

static int find_vector(void)
{
    for (cyg_vector_t v = CYGNUM_HAL_ISR_MIN; v <= CYGNUM_HAL_ISR_MAX; v++)
        if (v != CYGNUM_HAL_INTERRUPT_RTC && !vector_in_use(v)
            && HAL_INTERRUPT_RAISABLE(v)) {
            vector = v;
            return 1;
        }
    return 0;
}

static void check_plain_return(void)
{
    CHECK(registers_survive(1));
    CHECK(registers_survive(2));
    CHECK(isr_off_interrupt_stack == 0);
    CYG_TEST_PASS("registers survive an interrupt");
}

#if defined(CYGPKG_KERNEL) && defined(CYGFUN_KERNEL_API_C)

#define PRIO_MAIN       10
#define PRIO_WOKEN      5

static char main_stack[CYGNUM_HAL_STACK_SIZE_TYPICAL];
static char woken_stack[CYGNUM_HAL_STACK_SIZE_TYPICAL];
static cyg_thread main_thread, woken_thread;
static cyg_handle_t main_handle, woken_handle;
static cyg_interrupt probe_interrupt;
static cyg_handle_t probe_handle;
static cyg_sem_t wake;

static volatile int wake_from_dsr;
static volatile int raise_from_dsr;
static volatile int dsr_calls;
static volatile int in_probe;
static volatile int woken_runs;
static volatile int woken_during_probe;

static void probe_dsr(cyg_vector_t v, cyg_ucount32 count, cyg_addrword_t data)
{
    (void)v;
    (void)count;
    (void)data;
    dsr_running = 1;
    dsr_calls++;
    if (raise_from_dsr) {
        raise_from_dsr = 0;
        HAL_INTERRUPT_RAISE(vector);
    }
    if (wake_from_dsr)
        cyg_semaphore_post(&wake);
    dsr_running = 0;
}

static void woken_entry(cyg_addrword_t data)
{
    (void)data;
    for (;;) {
        cyg_semaphore_wait(&wake);
        woken_runs++;
        if (in_probe)
            woken_during_probe++;
    }
}

#ifdef CYGPKG_KERNEL_EXCEPTIONS
static volatile int ecalls;
static volatile cyg_code_t ecall_number;
static volatile cyg_addrword_t ecall_info;

static void ecall_handler(cyg_addrword_t data, cyg_code_t number,
                          cyg_addrword_t info)
{
    (void)data;
    ecalls++;
    ecall_number = number;
    ecall_info = info;
}

static void check_exception_in_isr(void)
{
    cyg_exception_set_handler(CYGNUM_HAL_EXCEPTION_SYSTEM_CALL, ecall_handler,
                              0, NULL, NULL);
    ecall_in_isr = 1;
    CHECK(registers_survive(3));
    ecall_in_isr = 0;
    CHECK(ecalls == 1);
    CHECK(ecall_number == CYGNUM_HAL_EXCEPTION_SYSTEM_CALL);
    CHECK(ecall_info == ecall_address);
    cyg_exception_clear_handler(CYGNUM_HAL_EXCEPTION_SYSTEM_CALL);
    CYG_TEST_PASS("registers survive an exception taken inside an ISR");
}
#endif

static void check_switch_from_interrupt(void)
{
    isr_result = ISR_HANDLED | ISR_CALL_DSR;
    wake_from_dsr = 1;
    in_probe = 1;
    CHECK(registers_survive(4));
    in_probe = 0;
    wake_from_dsr = 0;
    CHECK(woken_runs == 1);
    CHECK(woken_during_probe == 1);
    CYG_TEST_PASS("registers survive a thread switch from an interrupt");
}

static void check_interrupt_in_dsr(void)
{
    int calls = isr_calls, dsrs = dsr_calls;

    raise_from_dsr = 1;
    CHECK(registers_survive(5));
    CHECK(isr_calls == calls + 2);
    CHECK(isr_calls_in_dsr == 1);
    CHECK(dsr_calls == dsrs + 2);
    CHECK(isr_off_interrupt_stack == 0);
    CYG_TEST_PASS("registers survive an interrupt nested in a DSR");
}

static void main_entry(cyg_addrword_t data)
{
    (void)data;
    check_plain_return();
#ifdef CYGPKG_KERNEL_EXCEPTIONS
    check_exception_in_isr();
#else
    CYG_TEST_INFO("no kernel exception support: exception in an ISR not tested");
#endif
    check_switch_from_interrupt();
    check_interrupt_in_dsr();
    cyg_interrupt_mask(vector);
    cyg_interrupt_delete(probe_handle);
    CYG_TEST_PASS_FINISH("RISC-V trap test");
}

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    if (!find_vector())
        CYG_TEST_NA("no free vector that software can raise");
    cyg_semaphore_init(&wake, 0);
    cyg_interrupt_create(vector, 0, 0, probe_isr, probe_dsr,
                         &probe_handle, &probe_interrupt);
    cyg_interrupt_attach(probe_handle);
    cyg_interrupt_unmask(vector);
    cyg_thread_create(PRIO_WOKEN, woken_entry, 0, "woken", woken_stack,
                      sizeof woken_stack, &woken_handle, &woken_thread);
    cyg_thread_resume(woken_handle);
    cyg_thread_create(PRIO_MAIN, main_entry, 0, "main", main_stack,
                      sizeof main_stack, &main_handle, &main_thread);
    cyg_thread_resume(main_handle);
    cyg_scheduler_start();
}

#else /* no kernel C API: the HAL alone */

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    if (!find_vector())
        CYG_TEST_NA("no free vector that software can raise");
    HAL_INTERRUPT_ATTACH(vector, probe_isr, 0, 0);
    HAL_INTERRUPT_UNMASK(vector);
    check_plain_return();
    CYG_TEST_INFO("no kernel: exceptions, thread switches and DSRs not tested");
    HAL_INTERRUPT_MASK(vector);
    HAL_INTERRUPT_DETACH(vector, probe_isr);
    CYG_TEST_PASS_FINISH("RISC-V trap test");
}

#endif

#else /* !HAL_INTERRUPT_RAISE */

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    CYG_TEST_NA("the HAL cannot raise interrupts from software");
}

#endif
