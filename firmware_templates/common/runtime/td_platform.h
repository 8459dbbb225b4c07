/*
 * TinyDeploy device runtime: what a board (or the host runner) provides.
 *
 * Every board port implements these functions in its own C file (startup, UART driver, timer).
 * The runner (td_runner.c) and the protocol codec (td_protocol.c) use nothing else, so they
 * build unchanged for the host and for bare-metal Cortex-M.
 */
#ifndef TD_PLATFORM_H
#define TD_PLATFORM_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Called once before anything else: clocks, UART, cycle counter. */
void td_platform_init(void);

/* Reads up to max bytes that have already arrived on the serial link; never blocks.
 * Returns the number of bytes stored in buf (0 when nothing is pending), or -1 when the link
 * is gone for good (host runner: the pty was closed); the runner then returns. */
int td_serial_read(uint8_t *buf, size_t max);

/* Writes all len bytes to the serial link; may block until they are sent. */
void td_serial_write(const uint8_t *data, size_t len);

/* Sleeps or idles until serial input may be available (WFI on Cortex-M, poll() on the host).
 * May return early; the runner calls td_serial_read() afterwards. */
void td_platform_wait_for_input(void);

/* A free-running cycle counter and its rate. td_cycles_emulated() is non-zero when the
 * counter comes from an emulator (QEMU) and not from real silicon; 0 from
 * td_cycles_hz() means no cycle counter (host runner): only microseconds are reported. */
uint64_t td_cycles_now(void);
uint32_t td_cycles_hz(void);
int td_cycles_emulated(void);

/* Monotonic microseconds since td_platform_init(). */
uint64_t td_time_us(void);

/* Short board name for the device hello, for example "mps2-an385" or "host". */
const char *td_board_name(void);

#ifdef __cplusplus
}
#endif

#endif /* TD_PLATFORM_H */
