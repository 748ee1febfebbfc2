/*
 * QEMU RISC-V virt test: virt_reset.
 *
 * HAL_PLATFORM_RESET resets the machine, which then starts the program
 * again from the beginning. A reset leaves RAM as it was, so the last
 * word of RAM, which the program never uses, remembers across it that
 * the reset was asked for: the first run asks, the second passes. A
 * reset that returns, or a machine that never comes back, fails (the
 * latter by the runner's time limit).
 */

#include <pkgconf/system.h>
#include <pkgconf/hal.h>
#include CYGHWR_MEMORY_LAYOUT_H
#include <cyg/infra/cyg_type.h>
#include <cyg/infra/testcase.h>
#include <cyg/hal/hal_intr.h>

#define ASKED   0x52455345u

static volatile cyg_uint32 *const reset_asked =
    (volatile cyg_uint32 *)(CYGMEM_REGION_ram + CYGMEM_REGION_ram_SIZE
                            - sizeof(cyg_uint32));

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    if (*reset_asked != ASKED) {
        CYG_TEST_INFO("resetting the machine");
        *reset_asked = ASKED;
        HAL_PLATFORM_RESET();
        CYG_TEST_FAIL_FINISH("HAL_PLATFORM_RESET returned");
    }
    *reset_asked = 0;
    CYG_TEST_PASS_FINISH("the machine was reset and ran the program again");
}
