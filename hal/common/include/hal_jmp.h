#ifndef CYGONCE_HAL_HAL_JMP_H
#define CYGONCE_HAL_HAL_JMP_H
/*
 * setjmp/longjmp for the HAL and the kernel's exception tests. An
 * architecture's <cyg/hal/hal_arch.h> defines CYGARC_JMP_BUF_SIZE, the
 * words its hal_setjmp saves, then includes this header.
 */

#include <cyg/infra/cyg_type.h>

typedef CYG_ADDRWORD hal_jmp_buf[CYGARC_JMP_BUF_SIZE];

externC int hal_setjmp(hal_jmp_buf env) __attribute__((returns_twice));
externC void hal_longjmp(hal_jmp_buf env, int val) CYGBLD_ATTRIB_NORET;

#endif /* CYGONCE_HAL_HAL_JMP_H */
