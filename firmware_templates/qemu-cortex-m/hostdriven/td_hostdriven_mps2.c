/*
 * TinyDeploy qemu-cortex-m, project_type=host_driven: main() and the board's abort. The serial
 * link, timers and wait-for-input are td_platform_mps2.c's (CMSDK UART0, SysTick); the RPC
 * server loop and the TVMPlatform* functions are common/hostdriven/td_hostdriven.c's.
 */
#include <stdint.h>

#include "td_hostdriven.h"
#include "td_platform.h"

#define SCB_AIRCR (*(volatile uint32_t *) 0xE000ED0Cu)
#define AIRCR_SYSRESETREQ (0x05FA0000u | (1u << 2))

void td_hostdriven_board_abort(int code)
{
    (void) code;
    /* A system reset: the firmware boots again and sends the boot frame (kTerminateSession),
     * which tells the host that the device reset. */
    __asm volatile("dsb" ::: "memory");
    SCB_AIRCR = AIRCR_SYSRESETREQ;
    __asm volatile("dsb" ::: "memory");
    for (;;) {
    }
}

int main(void)
{
    td_platform_init();
    td_hostdriven_main();
    for (;;) {
        __asm volatile("wfi");
    }
}
