/*
 * TinyDeploy device runtime: the POSIX platform of the host runner (td_platform_posix.c).
 *
 * The host runner is the model as a native process, with its "serial link" either a pty
 * (what TinyDeploy opens like a USB serial port) or its own stdin and stdout (for tests).
 */
#ifndef TD_PLATFORM_POSIX_H
#define TD_PLATFORM_POSIX_H

#ifdef __cplusplus
extern "C" {
#endif

/* Parses the command line before td_platform_init():
 *   --pty [FILE]  create a pty; print its slave path on stdout and, when FILE is given, write
 *                 it to FILE atomically (temporary file + rename)
 *   --stdio       use stdin and stdout as the serial link (ends when stdin reaches EOF)
 * Returns 0, or prints the usage on stderr and returns 2. */
int td_posix_configure(int argc, char **argv);

/* Releases the pty and removes FILE; called after td_runner_main() returned. */
void td_posix_shutdown(void);

#ifdef __cplusplus
}
#endif

#endif /* TD_PLATFORM_POSIX_H */
