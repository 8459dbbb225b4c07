/*
 * TinyDeploy host-driven firmware: TVM's standalone CRT RPC server fed from the serial link.
 *
 * The board provides td_platform.h (serial link, wait for input, timers) as for standalone
 * firmware, plus td_hostdriven_board_abort(). td_hostdriven.c provides the TVMPlatform*
 * functions the CRT needs and td_hostdriven_main(), the microtvm_rpc_server loop.
 */
#ifndef TD_HOSTDRIVEN_H
#define TD_HOSTDRIVEN_H

#ifdef __cplusplus
extern "C" {
#endif

/* Serves microTVM RPC on the serial link until the link is gone (host: the pty closed) or the
 * host shuts the server down. Returns a process exit status. */
int td_hostdriven_main(void);

/* What TVMPlatformAbort does once the error is reported: the host process exits with the
 * status, a Cortex-M board resets itself (it then boots and greets the host again). */
void td_hostdriven_board_abort(int code) __attribute__((noreturn));

#ifdef __cplusplus
}
#endif

#endif /* TD_HOSTDRIVEN_H */
