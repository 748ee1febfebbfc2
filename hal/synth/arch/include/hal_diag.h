#ifndef CYGONCE_HAL_HAL_DIAG_H
#define CYGONCE_HAL_HAL_DIAG_H
/*
 * Linux synthetic target: the diagnostic channel is the process's
 * standard output. Each character is written at once with write(2), so
 * output is never lost in a buffer when the process ends or crashes.
 */

#include <cyg/infra/cyg_type.h>

externC void cyg_hal_synth_diag_write_char(char c);

/* Standard output needs no setting up. */
#define HAL_DIAG_INIT()                 CYG_EMPTY_STATEMENT

#define HAL_DIAG_WRITE_CHAR(_c_)        cyg_hal_synth_diag_write_char(_c_)

#endif /* CYGONCE_HAL_HAL_DIAG_H */
