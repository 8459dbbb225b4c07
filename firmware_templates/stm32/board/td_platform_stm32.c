/*
 * TinyDeploy stm32: td_platform.h for STM32 boards (F4, F7, L4), bare metal.
 *
 * Serial: the USART wired to the ST-LINK's virtual COM port (board_config.h), 8N1, received
 * bytes kept by its RX interrupt in a ring buffer, sent by polling. Cycles: the DWT cycle
 * counter where it counts (checked at start: QEMU does not model it), else SysTick; both on
 * the core clock, widened to 64 bits in the SysTick interrupt. The hello's board name says
 * the clock, e.g. "nucleo-f446re, 84 MHz PLL" or "..., 16 MHz reset clock (the PLL did not
 * lock)". The same binary runs on a Nucleo-F4 and on QEMU's netduinoplus2 (same USART2).
 */
#include <stddef.h>
#include <stdint.h>

#include "clock_stm32.h"
#include "stm32_regs.h"
#include "td_platform.h"
#include "td_runner.h"

#ifndef TD_BAUD_RATE
#define TD_BAUD_RATE 115200u
#endif
#ifndef TD_BOARD_NAME
#define TD_BOARD_NAME "stm32"
#endif

#define SYSTICK_RELOAD 0x00FFFFFFu
#define RX_BUFFER_SIZE 1024u /* a power of two */

static volatile uint8_t td_rx_buffer[RX_BUFFER_SIZE];
static volatile uint32_t td_rx_head; /* written by the interrupt */
static volatile uint32_t td_rx_tail; /* written by td_serial_read */
static volatile uint32_t td_systick_wraps;
static volatile uint32_t td_dwt_high;
static volatile uint32_t td_dwt_last;
static int td_dwt_ok;
static char td_name[96];

void SysTick_Handler(void);
void td_usart_irq(void);
int main(void);

static uint64_t td_dwt_now(void)
{
    /* Widened under masked interrupts: SysTick also calls this, at least every 2^24 cycles. */
    uint32_t primask;
    __asm volatile("mrs %0, primask\n\tcpsid i" : "=r"(primask)::"memory");
    const uint32_t now = DWT_CYCCNT;
    if (now < td_dwt_last)
        td_dwt_high++;
    td_dwt_last = now;
    const uint64_t value = ((uint64_t) td_dwt_high << 32) | now;
    __asm volatile("msr primask, %0" ::"r"(primask) : "memory");
    return value;
}

void SysTick_Handler(void)
{
    td_systick_wraps++;
    if (td_dwt_ok)
        (void) td_dwt_now();
}

void td_usart_irq(void)
{
    const uint32_t status = USART_STATUS;
    if (status & USART_SR_RXNE) {
        const uint8_t byte = (uint8_t) USART_RX_DATA;
        const uint32_t head = td_rx_head;
        if (head - td_rx_tail < RX_BUFFER_SIZE) { /* else dropped: the protocol notices */
            td_rx_buffer[head & (RX_BUFFER_SIZE - 1u)] = byte;
            td_rx_head = head + 1u;
        }
    }
    if (status & USART_SR_ERRORS)
        USART_CLEAR_ERRORS(); /* an overrun would otherwise keep the interrupt pending */
}

static void td_gpio_af(uint32_t port, uint32_t pin, uint32_t af)
{
    GPIO_MODER(port) = (GPIO_MODER(port) & ~(0x3u << (2u * pin))) | (0x2u << (2u * pin));
    GPIO_OSPEEDR(port) |= 0x2u << (2u * pin);
    GPIO_PUPDR(port) = (GPIO_PUPDR(port) & ~(0x3u << (2u * pin))) | (0x1u << (2u * pin));
    const uint32_t shift = 4u * (pin & 7u);
    GPIO_AFR(port, pin) = (GPIO_AFR(port, pin) & ~(0xFu << shift)) | (af << shift);
}

static void td_usart_init(const td_clock_t *clock)
{
    RCC_GPIOENR |= (1u << TD_TX_PORT) | (1u << TD_RX_PORT);
    (void) RCC_GPIOENR;
#if TD_USART_APB == 1
    RCC_APB1ENR |= 1u << TD_USART_ENR_BIT;
    (void) RCC_APB1ENR;
    const uint32_t bus_hz = clock->apb1_hz;
#else
    RCC_APB2ENR |= 1u << TD_USART_ENR_BIT;
    (void) RCC_APB2ENR;
    const uint32_t bus_hz = clock->apb2_hz;
#endif
    td_gpio_af(TD_TX_PORT, TD_TX_PIN, TD_TX_AF);
    td_gpio_af(TD_RX_PORT, TD_RX_PIN, TD_RX_AF);
    USART_CR1 = 0;
    USART_BRR = (bus_hz + TD_BAUD_RATE / 2u) / TD_BAUD_RATE; /* 16x oversampling */
    /* RE is needed for QEMU to deliver received bytes at all. */
    USART_CR1 = USART_CR1_UE | USART_CR1_TE | USART_CR1_RE | USART_CR1_RXNEIE;
    NVIC_ISER(TD_USART_IRQ / 32u) = 1u << (TD_USART_IRQ % 32u);
}

static int td_dwt_start(void)
{
    SCB_DEMCR |= DEMCR_TRCENA;
    DWT_LAR = 0xC5ACCE55u; /* unlocks the DWT on the M7; ignored on the M4 */
    DWT_CYCCNT = 0;
    DWT_CTRL |= DWT_CTRL_CYCCNTENA;
    for (volatile int i = 0; i < 100; ++i) {
    }
    return DWT_CYCCNT != 0; /* QEMU: the DWT reads 0 */
}

static uint32_t td_cycle_hz(void)
{
#if TD_EMULATED_SYSTICK_HZ != 0
    if (!td_dwt_ok)
        return TD_EMULATED_SYSTICK_HZ; /* QEMU's SysTick runs at the modelled SoC's clock */
#endif
    return td_clock_get()->core_hz;
}

static size_t td_append(size_t n, const char *text)
{
    while (*text && n + 1u < sizeof td_name)
        td_name[n++] = *text++;
    td_name[n] = '\0';
    return n;
}

void td_platform_init(void)
{
    td_clock_init();
    const td_clock_t *clock = td_clock_get();
    td_usart_init(clock);
    td_dwt_ok = td_dwt_start();
    td_systick_wraps = 0;
    SYST_RVR = SYSTICK_RELOAD;
    SYST_CVR = 0;
    SYST_CSR = 0x7u; /* enable, interrupt, core clock */
    /* No snprintf: it would add kilobytes of newlib to every model. */
    char mhz[12];
    size_t digits = 0;
    for (uint32_t v = clock->core_hz / 1000000u; digits == 0 || v != 0; v /= 10u)
        mhz[digits++] = (char) ('0' + v % 10u);
    size_t n = 0;
    n = td_append(n, TD_BOARD_NAME);
    n = td_append(n, ", ");
    while (digits > 0 && n + 1u < sizeof td_name)
        td_name[n++] = mhz[--digits];
    n = td_append(n, " MHz ");
    n = td_append(n, clock->note);
    (void) td_append(n, td_dwt_ok ? "" : ", SysTick timing");
}

int td_serial_read(uint8_t *buf, size_t max)
{
    size_t count = 0;
    uint32_t tail = td_rx_tail;
    while (count < max && tail != td_rx_head) {
        buf[count++] = td_rx_buffer[tail & (RX_BUFFER_SIZE - 1u)];
        tail++;
    }
    td_rx_tail = tail;
    return (int) count;
}

void td_serial_write(const uint8_t *data, size_t len)
{
    for (size_t i = 0; i < len; ++i) {
        while (!(USART_STATUS & USART_SR_TXE)) {
        }
        USART_TX_DATA = data[i];
    }
}

void td_platform_wait_for_input(void)
{
    /* With interrupts masked, a byte arriving between the check and WFI still wakes WFI. */
    __asm volatile("cpsid i" ::: "memory");
    if (td_rx_tail == td_rx_head)
        __asm volatile("wfi" ::: "memory");
    __asm volatile("cpsie i" ::: "memory");
}

static uint64_t td_systick_now(void)
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

uint64_t td_cycles_now(void)
{
    return td_dwt_ok ? td_dwt_now() : td_systick_now();
}

uint32_t td_cycles_hz(void)
{
    return td_cycle_hz();
}

int td_cycles_emulated(void)
{
    /* A real Cortex-M4/M7 counts with its DWT; only an emulator leaves it at 0. */
    return TD_BOARD_EMULATED || !td_dwt_ok;
}

uint64_t td_time_us(void)
{
    return td_cycles_now() / (td_cycle_hz() / 1000000u);
}

const char *td_board_name(void)
{
    return td_name;
}

int main(void)
{
    td_platform_init();
    td_runner_main();
    for (;;) {
        __asm volatile("wfi");
    }
}
