/* eCos kernel options that Cygnet does not implement. A configuration
 * that turns one on must not build a kernel that quietly ignores it, so
 * the build stops here and names the option. */

#include <pkgconf/kernel.h>

#ifdef CYGPKG_KERNEL_INSTRUMENT
# error "CYGPKG_KERNEL_INSTRUMENT: kernel instrumentation is not implemented in Cygnet"
#endif
#ifdef CYGSEM_KERNEL_SCHED_ASR_SUPPORT
# error "CYGSEM_KERNEL_SCHED_ASR_SUPPORT: asynchronous service routines are not implemented in Cygnet"
#endif
#ifdef CYGVAR_KERNEL_COUNTERS_CLOCK_LATENCY
# error "CYGVAR_KERNEL_COUNTERS_CLOCK_LATENCY: clock latency measurement is not implemented in Cygnet"
#endif
#ifdef CYGPKG_KERNEL_SMP_SUPPORT
# error "CYGPKG_KERNEL_SMP_SUPPORT: Cygnet's kernel is uniprocessor"
#endif

/* ISO C wants a translation unit to declare something. */
typedef int cygk_unsupported_options_checked;
