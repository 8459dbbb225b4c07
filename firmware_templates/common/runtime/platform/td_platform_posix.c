/* The POSIX platform of the host runner: see td_platform_posix.h. Not freestanding. */
#define _GNU_SOURCE /* posix_openpt, ptsname_r, cfmakeraw */

#include "td_platform_posix.h"

#include "../td_platform.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

enum td_posix_mode { TD_POSIX_NONE, TD_POSIX_PTY, TD_POSIX_STDIO };

static enum td_posix_mode td_mode = TD_POSIX_NONE;
static const char *td_path_file;
static int td_in_fd = -1;
static int td_out_fd = -1;
static int td_slave_fd = -1;
static int td_link_gone;
static volatile sig_atomic_t td_terminate;
static struct timespec td_start;

static void td_on_signal(int sig)
{
    (void) sig;
    td_terminate = 1;
}

static void td_usage(const char *argv0)
{
    fprintf(stderr,
            "usage: %s --pty [FILE] | --stdio\n"
            "  --pty [FILE]  serve the device protocol on a new pty; print its path and write it "
            "to FILE\n"
            "  --stdio       serve the device protocol on stdin/stdout\n",
            argv0);
}

int td_posix_configure(int argc, char **argv)
{
    int i;
    for (i = 1; i < argc; ++i) {
        if (strcmp(argv[i], "--pty") == 0 && td_mode == TD_POSIX_NONE) {
            td_mode = TD_POSIX_PTY;
            if (i + 1 < argc && strncmp(argv[i + 1], "--", 2) != 0)
                td_path_file = argv[++i];
        } else if (strcmp(argv[i], "--stdio") == 0 && td_mode == TD_POSIX_NONE) {
            td_mode = TD_POSIX_STDIO;
        } else {
            td_usage(argv[0]);
            return 2;
        }
    }
    if (td_mode == TD_POSIX_NONE) {
        td_usage(argv[0]);
        return 2;
    }
    return 0;
}

static void td_fatal(const char *what)
{
    fprintf(stderr, "tinydeploy host runner: %s: %s\n", what, strerror(errno));
    exit(1);
}

static void td_write_path_file(const char *slave)
{
    char tmp[4096];
    FILE *f;
    if (snprintf(tmp, sizeof(tmp), "%s.tmp.%ld", td_path_file, (long) getpid())
        >= (int) sizeof(tmp)) {
        errno = ENAMETOOLONG;
        td_fatal(td_path_file);
    }
    f = fopen(tmp, "w");
    if (!f)
        td_fatal(tmp);
    if (fprintf(f, "%s\n", slave) < 0 || fclose(f) != 0)
        td_fatal(tmp);
    /* rename() is atomic: a reader sees no file or the whole path, never half of it. */
    if (rename(tmp, td_path_file) != 0)
        td_fatal(td_path_file);
}

static void td_open_pty(void)
{
    char slave[256];
    struct termios tio;
    const int master = posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0)
        td_fatal("posix_openpt");
    if (grantpt(master) != 0 || unlockpt(master) != 0)
        td_fatal("grantpt/unlockpt");
    if (ptsname_r(master, slave, sizeof(slave)) != 0)
        td_fatal("ptsname");
    /* Holding the slave open ourselves keeps reads on the master from failing with EIO before
     * the app opens the port and after it closes it. */
    td_slave_fd = open(slave, O_RDWR | O_NOCTTY);
    if (td_slave_fd < 0)
        td_fatal(slave);
    /* Raw mode before anybody connects: no echo of the host's bytes back to the host, no
     * newline translation of binary frames. */
    if (tcgetattr(td_slave_fd, &tio) != 0)
        td_fatal("tcgetattr");
    cfmakeraw(&tio);
    if (tcsetattr(td_slave_fd, TCSANOW, &tio) != 0)
        td_fatal("tcsetattr");
    if (fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK) != 0)
        td_fatal("fcntl");
    td_in_fd = td_out_fd = master;
    if (td_path_file)
        td_write_path_file(slave);
    printf("%s\n", slave);
    fflush(stdout);
}

void td_platform_init(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = td_on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    signal(SIGPIPE, SIG_IGN);
    clock_gettime(CLOCK_MONOTONIC, &td_start);
    if (td_mode == TD_POSIX_PTY) {
        td_open_pty();
    } else {
        td_in_fd = STDIN_FILENO;
        td_out_fd = STDOUT_FILENO;
    }
}

void td_posix_shutdown(void)
{
    if (td_mode == TD_POSIX_PTY) {
        if (td_path_file)
            unlink(td_path_file);
        close(td_in_fd);
        close(td_slave_fd);
    }
}

int td_serial_read(uint8_t *buf, size_t max)
{
    struct pollfd pfd;
    ssize_t n;
    if (td_terminate || td_link_gone)
        return -1;
    /* poll() first: stdin stays blocking (it may be shared with the parent). */
    pfd.fd = td_in_fd;
    pfd.events = POLLIN;
    pfd.revents = 0;
    if (poll(&pfd, 1, 0) <= 0 || !(pfd.revents & (POLLIN | POLLHUP | POLLERR)))
        return 0;
    n = read(td_in_fd, buf, max > 0x10000 ? 0x10000 : max);
    if (n > 0)
        return (int) n;
    if (n < 0 && (errno == EAGAIN || errno == EINTR))
        return 0;
    td_link_gone = 1; /* EOF on stdin, or the pty failed */
    return -1;
}

void td_serial_write(const uint8_t *data, size_t len)
{
    while (len > 0 && !td_link_gone && !td_terminate) {
        const ssize_t n = write(td_out_fd, data, len);
        if (n > 0) {
            data += n;
            len -= (size_t) n;
        } else if (n < 0 && (errno == EAGAIN || errno == EINTR)) {
            /* Nobody reads the pty yet: wait, but stay responsive to SIGTERM. */
            struct pollfd pfd;
            pfd.fd = td_out_fd;
            pfd.events = POLLOUT;
            pfd.revents = 0;
            poll(&pfd, 1, 100);
        } else {
            td_link_gone = 1;
        }
    }
}

void td_platform_wait_for_input(void)
{
    struct pollfd pfd;
    pfd.fd = td_in_fd;
    pfd.events = POLLIN;
    pfd.revents = 0;
    /* A bounded wait, so that a SIGTERM that arrives just before poll() is still seen. */
    poll(&pfd, 1, 100);
}

uint64_t td_cycles_now(void)
{
    return 0;
}

uint32_t td_cycles_hz(void)
{
    return 0;
}

int td_cycles_emulated(void)
{
    return 0;
}

uint64_t td_time_us(void)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (uint64_t) (now.tv_sec - td_start.tv_sec) * 1000000u
           + (uint64_t) ((now.tv_nsec - td_start.tv_nsec) / 1000);
}

const char *td_board_name(void)
{
    return "host";
}
