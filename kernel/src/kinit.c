/* Kernel start-up: the static constructors that build the scheduler, the
 * idle thread and the real-time clock before any application code runs
 * (kapi.md 4.1). This file goes into libextras.a, which is linked whole,
 * because nothing in an application refers to it. */

#include <cyg/kernel/ksched.h>
#include <cyg/kernel/kthread.h>
#include <cyg/kernel/kclock.h>
#include <cyg/infra/cyg_type.h>

static void cygk_init_scheduler(void) CYGBLD_ATTRIB_C_INIT_PRI(CYG_INIT_SCHEDULER);
static void cygk_init_scheduler(void)
{
    cygk_runq_init();
}

static void cygk_init_idle_thread(void) CYGBLD_ATTRIB_C_INIT_PRI(CYG_INIT_IDLE_THREAD);
static void cygk_init_idle_thread(void)
{
    cygk_idle_init();
}

#ifdef CYGVAR_KERNEL_COUNTERS_CLOCK
static void cygk_init_clock(void) CYGBLD_ATTRIB_C_INIT_PRI(CYG_INIT_CLOCK);
static void cygk_init_clock(void)
{
    cygk_rtc_init();
}
#endif
