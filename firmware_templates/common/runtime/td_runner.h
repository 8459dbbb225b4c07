/*
 * TinyDeploy device runtime: the runner that serves the device protocol (PROTOCOL.md) for the
 * model in td_model.h, using only the functions of td_platform.h.
 *
 * A board's main() calls td_platform_init() and then td_runner_main(). Firmware with its own
 * main loop calls td_runner_init() once and td_runner_poll() whenever input may have arrived.
 */
#ifndef TD_RUNNER_H
#define TD_RUNNER_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The firmware name announced in HELLO_REPLY. */
#define TD_RUNNER_FIRMWARE "tinydeploy-runner 0.1.0"

/* A frame that stays incomplete while the input pauses this long is dropped (ERROR
 * TRUNCATED), so that a truncated frame cannot swallow the next request. */
#ifndef TD_FRAME_GAP_US
#define TD_FRAME_GAP_US 250000u
#endif

/* During a long RUN, timings are sent at least this often (and whenever a TIMING frame is
 * full), so that the host sees progress. */
#ifndef TD_TIMING_FLUSH_US
#define TD_TIMING_FLUSH_US 1000000u
#endif

/* Initializes the model (td_model.init) and the frame decoder. */
void td_runner_init(void);

/* Reads what has arrived and answers every complete request. Returns 0, or -1 when
 * td_serial_read() reported that the link is gone. */
int td_runner_poll(void);

/* Handles bytes as if they had been read from the serial link (used by td_runner_poll, and
 * by tests and fuzzers that drive the runner directly). */
void td_runner_feed(const uint8_t *data, size_t len);

/* td_runner_init(), then td_runner_poll() and td_platform_wait_for_input() until the link is
 * gone. Returns 0. */
int td_runner_main(void);

#ifdef __cplusplus
}
#endif

#endif /* TD_RUNNER_H */
