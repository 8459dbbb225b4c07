/*
 * TinyDeploy host-driven firmware: the platform functions TVM's standalone CRT needs, and the
 * loop that feeds the CRT's microTVM RPC server from the serial link (see td_hostdriven.h).
 *
 * Memory: TVM's page allocator over a static arena of TD_HD_MEMORY_BYTES (the RPC server's
 * receive buffer, the graph executor's tensors and parsed graph, the workspace of the
 * operators). Timer: td_cycles_now() when the board has a cycle counter, td_time_us()
 * otherwise. Random: a xorshift generator seeded from the timer at the first call, so that two
 * boots seldom pick the same session nonce.
 */
#include "td_hostdriven.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <tvm/runtime/crt/error_codes.h>
#include <tvm/runtime/crt/graph_executor_module.h>
#include <tvm/runtime/crt/logging.h>
#include <tvm/runtime/crt/microtvm_rpc_server.h>
#include <tvm/runtime/crt/page_allocator.h>
#include <tvm/runtime/crt/platform.h>

#include "td_platform.h"

#ifndef TD_HD_MEMORY_BYTES
#define TD_HD_MEMORY_BYTES (256u * 1024u)
#endif
#define TD_HD_PAGE_SIZE_LOG2 8u /* 256-byte pages */
#define TD_HD_READ_CHUNK 128u

static uint8_t td_hd_memory[TD_HD_MEMORY_BYTES] __attribute__((aligned(16)));
static MemoryManagerInterface *td_hd_manager;
static uint64_t td_hd_timer_start;
static int td_hd_timer_running;
static uint32_t td_hd_random_state;

static uint64_t td_hd_ticks(void)
{
    return td_cycles_hz() != 0 ? td_cycles_now() : td_time_us();
}

static double td_hd_tick_seconds(void)
{
    const uint32_t hz = td_cycles_hz();
    return hz != 0 ? 1.0 / (double) hz : 1e-6;
}

void TVMPlatformAbort(tvm_crt_error_t code)
{
    td_hostdriven_board_abort((int) code);
}

size_t TVMPlatformFormatMessage(char *out_buf,
                                size_t out_buf_size_bytes,
                                const char *fmt,
                                va_list args)
{
    const int n = vsnprintf(out_buf, out_buf_size_bytes, fmt, args);
    if (n < 0)
        return 0;
    return (size_t) n < out_buf_size_bytes ? (size_t) n : out_buf_size_bytes - 1;
}

tvm_crt_error_t TVMPlatformMemoryAllocate(size_t num_bytes, DLDevice dev, void **out_ptr)
{
    if (td_hd_manager == NULL)
        return kTvmErrorPlatformNoMemory;
    return td_hd_manager->Allocate(td_hd_manager, num_bytes, dev, out_ptr);
}

tvm_crt_error_t TVMPlatformMemoryFree(void *ptr, DLDevice dev)
{
    if (td_hd_manager == NULL)
        return kTvmErrorPlatformNoMemory;
    return td_hd_manager->Free(td_hd_manager, ptr, dev);
}

tvm_crt_error_t TVMPlatformTimerStart(void)
{
    if (td_hd_timer_running)
        return kTvmErrorPlatformTimerBadState;
    td_hd_timer_running = 1;
    td_hd_timer_start = td_hd_ticks();
    return kTvmErrorNoError;
}

tvm_crt_error_t TVMPlatformTimerStop(double *elapsed_time_seconds)
{
    const uint64_t now = td_hd_ticks();
    if (!td_hd_timer_running)
        return kTvmErrorPlatformTimerBadState;
    td_hd_timer_running = 0;
    *elapsed_time_seconds = (double) (now - td_hd_timer_start) * td_hd_tick_seconds();
    return kTvmErrorNoError;
}

tvm_crt_error_t TVMPlatformGenerateRandom(uint8_t *buffer, size_t num_bytes)
{
    size_t i;
    if (td_hd_random_state == 0) {
        const uint64_t seed = td_hd_ticks() ^ (uint64_t) (uintptr_t) buffer;
        td_hd_random_state = (uint32_t) (seed ^ (seed >> 32)) | 1u;
    }
    for (i = 0; i < num_bytes; ++i) {
        uint32_t x = td_hd_random_state;
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        td_hd_random_state = x;
        buffer[i] = (uint8_t) (x >> 24);
    }
    return kTvmErrorNoError;
}

tvm_crt_error_t TVMPlatformInitialize(void)
{
    return PageMemoryManagerCreate(&td_hd_manager,
                                   td_hd_memory,
                                   sizeof(td_hd_memory),
                                   TD_HD_PAGE_SIZE_LOG2);
}

static ssize_t td_hd_write(void *context, const uint8_t *data, size_t num_bytes)
{
    (void) context;
    td_serial_write(data, num_bytes);
    return (ssize_t) num_bytes;
}

int td_hostdriven_main(void)
{
    static uint8_t chunk[TD_HD_READ_CHUNK];
    microtvm_rpc_server_t server;
    tvm_crt_error_t err = TVMPlatformInitialize();
    if (err != kTvmErrorNoError)
        TVMPlatformAbort(err);
    /* Registers the runtime globals and tvm.aot_executor.create, then sends the boot frame
     * (kTerminateSession). */
    server = MicroTVMRpcServerInit(td_hd_write, NULL);
    err = TVMGraphExecutorModule_Register();
    if (err != kTvmErrorNoError)
        TVMPlatformAbort(err);
    for (;;) {
        const int n = td_serial_read(chunk, sizeof(chunk));
        uint8_t *cursor = chunk;
        size_t left;
        if (n < 0)
            return 0; /* the link is gone */
        if (n == 0) {
            td_platform_wait_for_input();
            continue;
        }
        left = (size_t) n;
        while (left > 0) {
            const size_t before = left;
            err = MicroTVMRpcServerLoop(server, &cursor, &left);
            if (err == kTvmErrorPlatformShutdown)
                break; /* the host sent kShutdown: keep reading and ignoring, as TVM's host does */
            /* Framing errors (noise, an abandoned frame, a bad escape) only make the unframer
             * hunt for the next frame start; anything else (e.g. a message longer than the
             * receive buffer, 0x0301) leaves the server wedged: abort, which resets. */
            if (err != kTvmErrorNoError && (err >> 8) != kTvmErrorCategoryFraming)
                TVMPlatformAbort(err);
            if (left == before)
                break; /* nothing consumed: wait for more input */
        }
    }
}
