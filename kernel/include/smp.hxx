#ifndef CYGONCE_KERNEL_SMP_HXX
#define CYGONCE_KERNEL_SMP_HXX
/* <cyg/kernel/smp.hxx>: processor numbering for code that may run on
 * several CPUs. Cygnet's kernels are uniprocessor; the header exists, and
 * is usable from C, so that code written for either kind builds. */

#include <pkgconf/kernel.h>

#ifdef CYGPKG_KERNEL_SMP_SUPPORT
# include <cyg/hal/hal_smp.h>
# define CYGNUM_KERNEL_CPU_MAX        HAL_SMP_CPU_MAX
# define CYG_KERNEL_CPU_COUNT()       HAL_SMP_CPU_COUNT()
# define CYG_KERNEL_CPU_THIS()        HAL_SMP_CPU_THIS()
# define CYG_KERNEL_CPU_NONE          HAL_SMP_CPU_NONE
#else
# define CYGNUM_KERNEL_CPU_MAX        1
# define CYG_KERNEL_CPU_COUNT()       1
# define CYG_KERNEL_CPU_THIS()        0
# define CYG_KERNEL_CPU_NONE          -1
#endif
#define CYG_KERNEL_CPU_LOWPRI()       CYG_KERNEL_CPU_THIS()

#endif /* CYGONCE_KERNEL_SMP_HXX */
