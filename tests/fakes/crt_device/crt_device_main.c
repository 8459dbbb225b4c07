/* crt_device: TVM's standalone CRT (RPC server, graph and AOT executors) on this host with a
 * small platform glue, speaking microTVM RPC on stdin/stdout or on a new pty. Test code: the
 * host side of TinyDeploy's microTVM RPC is tested against the real CRT with it.
 *
 * usage: crt_device [--stdio | --pty [FILE]] [--old-time-evaluator] [--log TEXT]
 *   --pty [FILE]          serve on a new pty; print its path (and write it to FILE)
 *   --old-time-evaluator  runtime.RPCTimeEvaluator takes 11 arguments, like TVM 0.13's CRT
 *                         (a 12-argument call fails with "one or more invalid arg types")
 *   --log TEXT            send TEXT as a log message right after the boot frame
 * Exit status 2 when the RPC server fails (as TVM's host main does), 0 at EOF. */
#define _GNU_SOURCE
#include <tvm/runtime/c_runtime_api.h>
#include <tvm/runtime/crt/error_codes.h>
#include <tvm/runtime/crt/graph_executor_module.h>
#include <tvm/runtime/crt/logging.h>
#include <tvm/runtime/crt/microtvm_rpc_server.h>
#include <tvm/runtime/crt/platform.h>

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

static int g_in_fd = STDIN_FILENO;
static int g_out_fd = STDOUT_FILENO;
static struct timespec g_timer_start;
static int g_timer_running;

void TVMPlatformAbort(tvm_crt_error_t code)
{
    fprintf(stderr, "crt_device: TVMPlatformAbort %08x\n", (unsigned) code);
    exit(3);
}

size_t TVMPlatformFormatMessage(char *out, size_t size, const char *fmt, va_list args)
{
    const int n = vsnprintf(out, size, fmt, args);
    return n < 0 ? 0 : ((size_t) n >= size ? size - 1 : (size_t) n);
}

tvm_crt_error_t TVMPlatformMemoryAllocate(size_t num_bytes, DLDevice dev, void **out_ptr)
{
    (void) dev;
    *out_ptr = malloc(num_bytes ? num_bytes : 1);
    return *out_ptr ? kTvmErrorNoError : kTvmErrorPlatformNoMemory;
}

tvm_crt_error_t TVMPlatformMemoryFree(void *ptr, DLDevice dev)
{
    (void) dev;
    free(ptr);
    return kTvmErrorNoError;
}

tvm_crt_error_t TVMPlatformTimerStart(void)
{
    if (g_timer_running)
        return kTvmErrorPlatformTimerBadState;
    clock_gettime(CLOCK_MONOTONIC, &g_timer_start);
    g_timer_running = 1;
    return kTvmErrorNoError;
}

tvm_crt_error_t TVMPlatformTimerStop(double *elapsed_time_seconds)
{
    struct timespec now;
    if (!g_timer_running)
        return kTvmErrorPlatformTimerBadState;
    clock_gettime(CLOCK_MONOTONIC, &now);
    g_timer_running = 0;
    *elapsed_time_seconds = (double) (now.tv_sec - g_timer_start.tv_sec)
                            + (double) (now.tv_nsec - g_timer_start.tv_nsec) * 1e-9;
    return kTvmErrorNoError;
}

tvm_crt_error_t TVMPlatformGenerateRandom(uint8_t *buffer, size_t num_bytes)
{
    static unsigned int seed;
    if (seed == 0) {
        struct timespec now;
        clock_gettime(CLOCK_REALTIME, &now);
        seed = (unsigned int) (now.tv_nsec ^ (getpid() << 16));
    }
    for (size_t i = 0; i < num_bytes; ++i)
        buffer[i] = (uint8_t) (rand_r(&seed) >> 8);
    return kTvmErrorNoError;
}

/* The CRT's own time evaluator (crt_runtime_api.c), wrapped by --old-time-evaluator. */
int RPCTimeEvaluator(
    TVMValue *args, int *type_codes, int num_args, TVMValue *ret_val, int *ret_type_code);

/* TVM 0.13's argument list: no cache_flush_bytes, so 11 arguments. */
static int old_time_evaluator(
    TVMValue *args, int *codes, int num_args, TVMValue *ret, int *ret_code, void *resource)
{
    TVMValue full_args[12];
    int full_codes[12];
    (void) resource;
    if (num_args != 11 || codes[10] != kTVMStr) {
        TVMAPISetLastError("one or more invalid arg types");
        return kTvmErrorFunctionCallWrongArgType;
    }
    memcpy(full_args, args, sizeof(TVMValue) * 10);
    memcpy(full_codes, codes, sizeof(int) * 10);
    full_args[10].v_int64 = 0;
    full_codes[10] = kTVMArgInt;
    full_args[11] = args[10];
    full_codes[11] = codes[10];
    return RPCTimeEvaluator(full_args, full_codes, 12, ret, ret_code);
}

static ssize_t write_channel(void *context, const uint8_t *data, size_t size)
{
    size_t left = size;
    (void) context;
    while (left > 0) {
        const ssize_t n = write(g_out_fd, data, left);
        if (n > 0) {
            data += n;
            left -= (size_t) n;
        } else if (n < 0 && (errno == EAGAIN || errno == EINTR)) {
            struct pollfd pfd = {g_out_fd, POLLOUT, 0};
            poll(&pfd, 1, 100);
        } else {
            return -1;
        }
    }
    return (ssize_t) size;
}

static void fatal(const char *what)
{
    perror(what);
    exit(1);
}

static void open_pty(const char *path_file)
{
    char slave[256];
    struct termios tio;
    const int master = posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0)
        fatal("posix_openpt");
    if (grantpt(master) != 0 || unlockpt(master) != 0)
        fatal("grantpt/unlockpt");
    if (ptsname_r(master, slave, sizeof(slave)) != 0)
        fatal("ptsname");
    /* Held open so that reads on the master do not fail before the host opens the slave. */
    const int slave_fd = open(slave, O_RDWR | O_NOCTTY);
    if (slave_fd < 0)
        fatal(slave);
    if (tcgetattr(slave_fd, &tio) != 0)
        fatal("tcgetattr");
    cfmakeraw(&tio);
    if (tcsetattr(slave_fd, TCSANOW, &tio) != 0)
        fatal("tcsetattr");
    g_in_fd = g_out_fd = master;
    if (path_file) {
        FILE *f = fopen(path_file, "w");
        if (!f || fprintf(f, "%s\n", slave) < 0 || fclose(f) != 0)
            fatal(path_file);
    }
    printf("%s\n", slave);
    fflush(stdout);
}

int main(int argc, char **argv)
{
    int pty = 0;
    const char *path_file = NULL;
    int old_evaluator = 0;
    const char *log_text = NULL;
    for (int i = 1; i < argc; ++i) {
        if (strcmp(argv[i], "--pty") == 0) {
            pty = 1;
            if (i + 1 < argc && strncmp(argv[i + 1], "--", 2) != 0)
                path_file = argv[++i];
        } else if (strcmp(argv[i], "--stdio") == 0) {
            pty = 0;
        } else if (strcmp(argv[i], "--old-time-evaluator") == 0) {
            old_evaluator = 1;
        } else if (strcmp(argv[i], "--log") == 0 && i + 1 < argc) {
            log_text = argv[++i];
        } else {
            fprintf(stderr,
                    "usage: %s [--stdio | --pty [FILE]] [--old-time-evaluator] [--log TEXT]\n",
                    argv[0]);
            return 64;
        }
    }
    signal(SIGPIPE, SIG_IGN);
    if (pty)
        open_pty(path_file);

    microtvm_rpc_server_t server = MicroTVMRpcServerInit(write_channel, NULL);
    if (TVMGraphExecutorModule_Register() != kTvmErrorNoError)
        TVMPlatformAbort(kTvmErrorFunctionAlreadyDefined);
    if (old_evaluator
        && TVMFuncRegisterGlobal("runtime.RPCTimeEvaluator",
                                 (TVMFunctionHandle) old_time_evaluator,
                                 1)
               != 0)
        TVMPlatformAbort(kTvmErrorFunctionRegistryFull);
    if (log_text)
        TVMLogf("%s", log_text);

    uint8_t buffer[4096];
    int shut_down = 0;
    for (;;) {
        const ssize_t n = read(g_in_fd, buffer, sizeof(buffer));
        if (n == 0 || (n < 0 && errno != EINTR && errno != EAGAIN))
            return 0;
        if (n < 0)
            continue;
        if (shut_down)
            continue; /* like TVM's host main: keep reading and ignoring input */
        uint8_t *data = buffer;
        size_t size = (size_t) n;
        while (size > 0) {
            const size_t before = size;
            const tvm_crt_error_t err = MicroTVMRpcServerLoop(server, &data, &size);
            if (err == kTvmErrorPlatformShutdown) {
                shut_down = 1;
                break;
            }
            /* Framing errors (noise, an abandoned frame) only resynchronise the unframer. */
            if (err != kTvmErrorNoError && (err >> 8) != (kTvmErrorFramingShortPacket >> 8)) {
                fprintf(stderr, "MicroTVMRpcServerLoop error: %08x\n", (unsigned) err);
                return 2;
            }
            if (size == before) { /* nothing consumed: skip the byte rather than spin */
                ++data;
                --size;
            }
        }
    }
}
