/*
 * TinyDeploy qemu-cortex-m: td_platform.h for the MPS2 boards as QEMU models them.
 *
 * Serial: the CMSDK APB UART0 at 0x40004000 (QEMU's first -serial), polled, with its RX
 * interrupt used only to wake the core from WFI. Cycles: SysTick on the core clock, 24 bits,
 * with wrap-arounds counted in its interrupt; flagged emulated because QEMU's clock is not
 * the silicon's (the project runs QEMU with -icount for repeatable counts).
 */
#include <stddef.h>
#include <stdint.h>

#include "td_platform.h"
#include "td_runner.h"

#ifndef TD_CPU_HZ
#define TD_CPU_HZ 25000000u
#endif
#ifndef TD_BAUD_RATE
#define TD_BAUD_RATE 115200u
#endif
#ifndef TD_BOARD_NAME
#define TD_BOARD_NAME "mps2"
#endif

#define TD_REG(address) (*(volatile uint32_t *) (address))

#define UART0_DATA TD_REG(0x40004000u)
#define UART0_STATE TD_REG(0x40004004u)
#define UART0_CTRL TD_REG(0x40004008u)
#define UART0_INTSTATUS TD_REG(0x4000400Cu)
#define UART0_BAUDDIV TD_REG(0x40004010u)
#define UART_STATE_TX_FULL 0x1u
#define UART_STATE_RX_FULL 0x2u
#define UART_CTRL_TX_EN 0x1u
#define UART_CTRL_RX_EN 0x2u
#define UART_CTRL_RX_INT_EN 0x8u
#define UART_INT_RX 0x2u

#define SYST_CSR TD_REG(0xE000E010u)
#define SYST_RVR TD_REG(0xE000E014u)
#define SYST_CVR TD_REG(0xE000E018u)
#define SCB_ICSR TD_REG(0xE000ED04u)
#define NVIC_ISER0 TD_REG(0xE000E100u)
#define SYSTICK_RELOAD 0x00FFFFFFu
#define ICSR_PENDSTSET (1u << 26)

static volatile uint32_t td_systick_wraps;

void SysTick_Handler(void);
void Uart0Rx_Handler(void);
int main(void);

void SysTick_Handler(void)
{
    td_systick_wraps++;
}

void Uart0Rx_Handler(void)
{
    /* Only wakes the core; td_serial_read() polls the data register. */
    UART0_INTSTATUS = UART_INT_RX;
}

void td_platform_init(void)
{
    UART0_BAUDDIV = TD_CPU_HZ / TD_BAUD_RATE;
    UART0_CTRL = UART_CTRL_TX_EN | UART_CTRL_RX_EN | UART_CTRL_RX_INT_EN;
    NVIC_ISER0 = 1u << 0; /* UART0 RX */

    td_systick_wraps = 0;
    SYST_RVR = SYSTICK_RELOAD;
    SYST_CVR = 0;
    SYST_CSR = 0x7u; /* enable, interrupt, core clock */
}

int td_serial_read(uint8_t *buf, size_t max)
{
    size_t count = 0;
    while (count < max && (UART0_STATE & UART_STATE_RX_FULL))
        buf[count++] = (uint8_t) UART0_DATA;
    return (int) count;
}

void td_serial_write(const uint8_t *data, size_t len)
{
    for (size_t i = 0; i < len; ++i) {
        while (UART0_STATE & UART_STATE_TX_FULL) {
        }
        UART0_DATA = data[i];
    }
}

void td_platform_wait_for_input(void)
{
    /* With interrupts masked, a byte arriving between the check and WFI still wakes WFI. */
    __asm volatile("cpsid i" ::: "memory");
    if (!(UART0_STATE & UART_STATE_RX_FULL))
        __asm volatile("wfi" ::: "memory");
    __asm volatile("cpsie i" ::: "memory");
}

uint64_t td_cycles_now(void)
{
    uint32_t wraps;
    uint32_t value;
    uint32_t again;
    do {
        wraps = td_systick_wraps;
        value = SYST_CVR;
        /* A wrap whose interrupt has not run yet (interrupts masked, or just now). */
        if ((SCB_ICSR & ICSR_PENDSTSET) && value > SYSTICK_RELOAD / 2u)
            wraps++;
        again = td_systick_wraps;
    } while (wraps != again && wraps != again + 1u);
    return (uint64_t) wraps * (SYSTICK_RELOAD + 1u) + (SYSTICK_RELOAD - value);
}

uint32_t td_cycles_hz(void)
{
    return TD_CPU_HZ;
}

int td_cycles_emulated(void)
{
    return 1;
}

uint64_t td_time_us(void)
{
    return td_cycles_now() / (TD_CPU_HZ / 1000000u);
}

const char *td_board_name(void)
{
    return TD_BOARD_NAME;
}

#ifndef TD_HOST_DRIVEN /* host-driven firmware has its main() in td_hostdriven_mps2.c */
int main(void)
{
    td_platform_init();
    td_runner_main();
    for (;;) {
        __asm volatile("wfi");
    }
}
#endif
