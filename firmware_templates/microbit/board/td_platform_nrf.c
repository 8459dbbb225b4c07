/*
 * TinyDeploy microbit: td_platform.h for the nRF51822 (micro:bit v1 and QEMU's `microbit`
 * machine) and the nRF52833 (micro:bit v2, built with -DTD_NRF52=1). Register-level code, no
 * vendor SDK.
 *
 * Serial: UART0 at 0x40002000 (the same legacy UART block on both chips) at TD_BAUD_RATE on
 * the pins wired to the DAPLink interface chip. Bytes are taken from the 6-byte hardware FIFO
 * by the RX interrupt into a ring buffer, so that nothing is lost while the runner computes a
 * CRC or runs the model; writes are polled.
 *
 * Time: TIMER0 at 16 MHz, 32 bits, extended to 64 bits in software. Its compare channel 0
 * interrupts every 2^28 ticks (16.8 s) so that the extension never misses a wrap, even while
 * the core sleeps. The nRF51822 has no SysTick and its Cortex-M0 no DWT; its CPU runs at
 * 16 MHz, so TIMER0 ticks are CPU cycles. On the nRF52833 the cycle counter is the Cortex-M4's
 * DWT CYCCNT (64 MHz), extended the same way.
 *
 * Clock: the 16 MHz (nRF51) / 32 MHz (nRF52) crystal is started for an accurate baud rate,
 * with a bounded wait: a board whose crystal does not start stays on the RC oscillator and says
 * so in its hello. (QEMU's CLOCK block is a stub whose registers read 1: the wait ends at
 * once there.)
 */
#include <stddef.h>
#include <stdint.h>

#include "td_platform.h"
#include "td_runner.h"

#ifndef TD_CPU_HZ
#define TD_CPU_HZ 16000000u
#endif
#ifndef TD_BAUD_RATE
#define TD_BAUD_RATE 115200u
#endif
#ifndef TD_BOARD_NAME
#define TD_BOARD_NAME "microbit-v1"
#endif
#ifndef TD_EMULATED
#define TD_EMULATED 0
#endif
#ifndef TD_RX_RING_BYTES
#define TD_RX_RING_BYTES 256u
#endif
#if (TD_RX_RING_BYTES & (TD_RX_RING_BYTES - 1u)) != 0
#error "TD_RX_RING_BYTES must be a power of two"
#endif

/* UART pins (port << 5 | pin on the nRF52833, pin on the nRF51822). */
#if TD_NRF52
#define TD_UART_TX_PORT 0u
#define TD_UART_TX_PIN 6u
#define TD_UART_RX_PORT 1u
#define TD_UART_RX_PIN 8u
#else
#define TD_UART_TX_PORT 0u
#define TD_UART_TX_PIN 24u
#define TD_UART_RX_PORT 0u
#define TD_UART_RX_PIN 25u
#endif

#define TD_REG(address) (*(volatile uint32_t *) (address))

/* CLOCK */
#define CLOCK_TASKS_HFCLKSTART TD_REG(0x40000000u)
#define CLOCK_EVENTS_HFCLKSTARTED TD_REG(0x40000100u)
#define TD_HFCLK_WAIT_LOOPS 200000u

/* UART0 */
#define UART0_BASE 0x40002000u
#define UART0_TASKS_STARTRX TD_REG(UART0_BASE + 0x000u)
#define UART0_TASKS_STARTTX TD_REG(UART0_BASE + 0x008u)
#define UART0_EVENTS_RXDRDY TD_REG(UART0_BASE + 0x108u)
#define UART0_EVENTS_TXDRDY TD_REG(UART0_BASE + 0x11Cu)
#define UART0_EVENTS_ERROR TD_REG(UART0_BASE + 0x124u)
#define UART0_INTENSET TD_REG(UART0_BASE + 0x304u)
#define UART0_ERRORSRC TD_REG(UART0_BASE + 0x480u)
#define UART0_ENABLE TD_REG(UART0_BASE + 0x500u)
#define UART0_PSELRTS TD_REG(UART0_BASE + 0x508u)
#define UART0_PSELTXD TD_REG(UART0_BASE + 0x50Cu)
#define UART0_PSELCTS TD_REG(UART0_BASE + 0x510u)
#define UART0_PSELRXD TD_REG(UART0_BASE + 0x514u)
#define UART0_RXD TD_REG(UART0_BASE + 0x518u)
#define UART0_TXD TD_REG(UART0_BASE + 0x51Cu)
#define UART0_BAUDRATE TD_REG(UART0_BASE + 0x524u)
#define UART0_CONFIG TD_REG(UART0_BASE + 0x56Cu)
#define UART_ENABLE_UART 4u
#define UART_INT_RXDRDY (1u << 2)
#define UART_INT_ERROR (1u << 9)
#define UART_PSEL_DISCONNECTED 0xFFFFFFFFu
#define UART0_IRQ 2u

/* GPIO (P0 at 0x50000000; the nRF52833's P1 at 0x50000300) */
#define GPIO_PORT_BASE(port) (0x50000000u + 0x300u * (port))
#define GPIO_OUTSET(port) TD_REG(GPIO_PORT_BASE(port) + 0x508u)
#define GPIO_PIN_CNF(port, pin) TD_REG(GPIO_PORT_BASE(port) + 0x700u + 4u * (pin))
#define GPIO_CNF_OUTPUT_NO_INPUT 0x3u /* DIR output, input buffer disconnected */
#define GPIO_CNF_INPUT 0x0u           /* DIR input, input buffer connected, no pull */

/* TIMER0 */
#define TIMER0_BASE 0x40008000u
#define TIMER0_TASKS_START TD_REG(TIMER0_BASE + 0x000u)
#define TIMER0_TASKS_STOP TD_REG(TIMER0_BASE + 0x004u)
#define TIMER0_TASKS_CLEAR TD_REG(TIMER0_BASE + 0x00Cu)
#define TIMER0_TASKS_CAPTURE1 TD_REG(TIMER0_BASE + 0x044u)
#define TIMER0_EVENTS_COMPARE0 TD_REG(TIMER0_BASE + 0x140u)
#define TIMER0_INTENSET TD_REG(TIMER0_BASE + 0x304u)
#define TIMER0_MODE TD_REG(TIMER0_BASE + 0x504u)
#define TIMER0_BITMODE TD_REG(TIMER0_BASE + 0x508u)
#define TIMER0_PRESCALER TD_REG(TIMER0_BASE + 0x510u)
#define TIMER0_CC0 TD_REG(TIMER0_BASE + 0x540u)
#define TIMER0_CC1 TD_REG(TIMER0_BASE + 0x544u)
#define TIMER_INT_COMPARE0 (1u << 16)
#define TIMER_BITMODE_32 3u
#define TIMER0_IRQ 8u
#define TD_TIMER_HZ 16000000u
#define TD_TIMER_WAKE_TICKS (1u << 28)

/* Cortex-M core */
#define NVIC_ISER0 TD_REG(0xE000E100u)
#define DEMCR TD_REG(0xE000EDFCu)
#define DWT_CTRL TD_REG(0xE0001000u)
#define DWT_CYCCNT TD_REG(0xE0001004u)
#define DEMCR_TRCENA (1u << 24)
#define DWT_CTRL_CYCCNTENA 1u

/* Baud rate register values (the same on both chips). */
#if TD_BAUD_RATE == 115200u
#define TD_UART_BAUD_VALUE 0x01D7E000u
#elif TD_BAUD_RATE == 9600u
#define TD_UART_BAUD_VALUE 0x00275000u
#elif TD_BAUD_RATE == 57600u
#define TD_UART_BAUD_VALUE 0x00EBF000u
#elif TD_BAUD_RATE == 230400u
#define TD_UART_BAUD_VALUE 0x03AFB000u
#elif TD_BAUD_RATE == 1000000u
#define TD_UART_BAUD_VALUE 0x10000000u
#else
#error "TD_BAUD_RATE must be 9600, 57600, 115200, 230400 or 1000000 on the nRF UART"
#endif

void UART0_IRQHandler(void);
void TIMER0_IRQHandler(void);
int main(void);

static volatile uint8_t td_rx_ring[TD_RX_RING_BYTES];
static volatile uint32_t td_rx_head; /* written by the interrupt only */
static volatile uint32_t td_rx_tail; /* written by td_serial_read only */
static volatile uint32_t td_rx_dropped;
static int td_crystal_running;

typedef struct td_counter64
{
    uint32_t last;
    uint32_t high;
} td_counter64_t;

static td_counter64_t td_timer_ext;
#if TD_NRF52
static td_counter64_t td_dwt_ext;
#endif

static uint32_t td_irq_save(void)
{
    uint32_t primask;
    __asm volatile("mrs %0, primask\n\tcpsid i" : "=r"(primask)::"memory");
    return primask;
}

static void td_irq_restore(uint32_t primask)
{
    __asm volatile("msr primask, %0" ::"r"(primask) : "memory");
}

/* With interrupts masked: the 32-bit value now, widened by the wraps seen since the last
 * call (at most one, as calls come at least every TD_TIMER_WAKE_TICKS). */
static uint64_t td_extend(td_counter64_t *ext, uint32_t now)
{
    if (now < ext->last)
        ext->high++;
    ext->last = now;
    return ((uint64_t) ext->high << 32) | now;
}

static uint32_t td_timer_read(void)
{
    TIMER0_TASKS_CAPTURE1 = 1u;
    return TIMER0_CC1;
}

static uint64_t td_timer_ticks(void)
{
    const uint32_t primask = td_irq_save();
    const uint64_t ticks = td_extend(&td_timer_ext, td_timer_read());
    td_irq_restore(primask);
    return ticks;
}

void TIMER0_IRQHandler(void)
{
    /* Next wake-up first, then clear the event (read back so that the write has landed
     * before the handler returns, as the nRF52 needs). */
    TIMER0_CC0 = TIMER0_CC0 + TD_TIMER_WAKE_TICKS;
    TIMER0_EVENTS_COMPARE0 = 0u;
    (void) TIMER0_EVENTS_COMPARE0;
    (void) td_timer_ticks();
#if TD_NRF52
    (void) td_cycles_now();
#endif
}

void UART0_IRQHandler(void)
{
    if (UART0_EVENTS_ERROR) {
        UART0_EVENTS_ERROR = 0u;
        UART0_ERRORSRC = UART0_ERRORSRC; /* write 1s to clear: overrun, parity, framing, break */
        td_rx_dropped++;
    }
    while (UART0_EVENTS_RXDRDY) {
        /* Clear before reading RXD: the next byte of the FIFO raises the event again. */
        UART0_EVENTS_RXDRDY = 0u;
        (void) UART0_EVENTS_RXDRDY;
        const uint8_t byte = (uint8_t) UART0_RXD;
        const uint32_t head = td_rx_head;
        if (head - td_rx_tail < TD_RX_RING_BYTES) {
            td_rx_ring[head & (TD_RX_RING_BYTES - 1u)] = byte;
            td_rx_head = head + 1u;
        } else {
            td_rx_dropped++;
        }
    }
}

static void td_start_crystal(void)
{
    uint32_t loops;
    CLOCK_EVENTS_HFCLKSTARTED = 0u;
    CLOCK_TASKS_HFCLKSTART = 1u;
    for (loops = 0; loops < TD_HFCLK_WAIT_LOOPS; ++loops) {
        if (CLOCK_EVENTS_HFCLKSTARTED) {
            td_crystal_running = 1;
            return;
        }
    }
    td_crystal_running = 0; /* QEMU, or no crystal: stay on the RC oscillator */
}

static uint32_t td_psel(uint32_t port, uint32_t pin)
{
#if TD_NRF52
    return (port << 5) | pin; /* CONNECT (bit 31) = 0: connected */
#else
    (void) port;
    return pin;
#endif
}

static void td_uart_init(void)
{
    GPIO_OUTSET(TD_UART_TX_PORT) = 1u << TD_UART_TX_PIN; /* idle high before the UART owns it */
    GPIO_PIN_CNF(TD_UART_TX_PORT, TD_UART_TX_PIN) = GPIO_CNF_OUTPUT_NO_INPUT;
    GPIO_PIN_CNF(TD_UART_RX_PORT, TD_UART_RX_PIN) = GPIO_CNF_INPUT;
    UART0_PSELRTS = UART_PSEL_DISCONNECTED;
    UART0_PSELCTS = UART_PSEL_DISCONNECTED;
    UART0_PSELTXD = td_psel(TD_UART_TX_PORT, TD_UART_TX_PIN);
    UART0_PSELRXD = td_psel(TD_UART_RX_PORT, TD_UART_RX_PIN);
    UART0_BAUDRATE = TD_UART_BAUD_VALUE;
    UART0_CONFIG = 0u; /* 8N1, no flow control */
    UART0_ENABLE = UART_ENABLE_UART;
    UART0_EVENTS_RXDRDY = 0u;
    UART0_EVENTS_ERROR = 0u;
    UART0_INTENSET = UART_INT_RXDRDY | UART_INT_ERROR;
    UART0_TASKS_STARTTX = 1u;
    UART0_TASKS_STARTRX = 1u;
    NVIC_ISER0 = 1u << UART0_IRQ;
}

static void td_timer_init(void)
{
    TIMER0_TASKS_STOP = 1u;
    TIMER0_MODE = 0u; /* timer */
    TIMER0_BITMODE = TIMER_BITMODE_32;
    TIMER0_PRESCALER = 0u; /* 16 MHz */
    TIMER0_TASKS_CLEAR = 1u;
    TIMER0_CC0 = TD_TIMER_WAKE_TICKS;
    TIMER0_EVENTS_COMPARE0 = 0u;
    TIMER0_INTENSET = TIMER_INT_COMPARE0;
    td_timer_ext.last = 0u;
    td_timer_ext.high = 0u;
    NVIC_ISER0 = 1u << TIMER0_IRQ;
    TIMER0_TASKS_START = 1u;
#if TD_NRF52
    DEMCR |= DEMCR_TRCENA;
    DWT_CYCCNT = 0u;
    DWT_CTRL |= DWT_CTRL_CYCCNTENA;
    td_dwt_ext.last = 0u;
    td_dwt_ext.high = 0u;
#endif
}

void td_platform_init(void)
{
    td_start_crystal();
    td_rx_head = 0u;
    td_rx_tail = 0u;
    td_rx_dropped = 0u;
    td_timer_init();
    td_uart_init();
}

int td_serial_read(uint8_t *buf, size_t max)
{
    size_t count = 0;
    uint32_t tail = td_rx_tail;
    while (count < max && tail != td_rx_head) {
        buf[count++] = td_rx_ring[tail & (TD_RX_RING_BYTES - 1u)];
        ++tail;
    }
    td_rx_tail = tail;
    return (int) count;
}

void td_serial_write(const uint8_t *data, size_t len)
{
    for (size_t i = 0; i < len; ++i) {
        UART0_EVENTS_TXDRDY = 0u;
        UART0_TXD = data[i];
        while (!UART0_EVENTS_TXDRDY) {
        }
    }
}

void td_platform_wait_for_input(void)
{
    /* With interrupts masked, a byte arriving between the check and WFI still wakes WFI. */
    __asm volatile("cpsid i" ::: "memory");
    if (td_rx_head == td_rx_tail)
        __asm volatile("wfi" ::: "memory");
    __asm volatile("cpsie i" ::: "memory");
}

uint64_t td_cycles_now(void)
{
#if TD_NRF52
    const uint32_t primask = td_irq_save();
    const uint64_t cycles = td_extend(&td_dwt_ext, DWT_CYCCNT);
    td_irq_restore(primask);
    return cycles;
#else
    return td_timer_ticks(); /* TIMER0 runs at the CPU clock */
#endif
}

uint32_t td_cycles_hz(void)
{
    return TD_CPU_HZ;
}

int td_cycles_emulated(void)
{
    return TD_EMULATED;
}

uint64_t td_time_us(void)
{
    return td_timer_ticks() / (TD_TIMER_HZ / 1000000u);
}

const char *td_board_name(void)
{
    /* A real board whose crystal did not start keeps running on the RC oscillator, whose
     * baud rate may be off by a few percent: say so in the hello. */
    if (!td_crystal_running && !TD_EMULATED)
        return TD_BOARD_NAME " (RC clock)";
    return TD_BOARD_NAME;
}

int main(void)
{
    td_platform_init();
    td_runner_main();
    for (;;) {
        __asm volatile("wfi");
    }
}
