/* libFuzzer target: the C device runner (td_runner.c + td_protocol.c) fed with arbitrary serial
 * input through a platform that reads the fuzz input and discards what the runner writes. The
 * runner must never crash, overrun a buffer or hang. */
#include "td_platform.h"
#include "td_runner.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

static const uint8_t *fz_data;
static size_t fz_size;
static size_t fz_pos;
static uint64_t fz_clock;
static size_t fz_written;

void td_platform_init(void) {}

int td_serial_read(uint8_t *buf, size_t max)
{
    size_t n;
    uint8_t control;
    if (fz_pos >= fz_size)
        return -1;
    /* Each read: one control byte (length of this read, and whether the input paused
     * before it), then that many bytes. */
    control = fz_data[fz_pos++];
    if (control & 0x80)
        fz_clock += 300000; /* longer than TD_FRAME_GAP_US: stalled frames get dropped */
    n = (size_t) (control & 0x7F) + 1;
    if (n > max)
        n = max;
    if (n > fz_size - fz_pos)
        n = fz_size - fz_pos;
    memcpy(buf, fz_data + fz_pos, n);
    fz_pos += n;
    return (int) n;
}

void td_serial_write(const uint8_t *data, size_t len)
{
    (void) data;
    fz_written += len;
}

void td_platform_wait_for_input(void) {}

uint64_t td_cycles_now(void)
{
    return fz_clock * 25u;
}

uint32_t td_cycles_hz(void)
{
    return 25000000u;
}

int td_cycles_emulated(void)
{
    return 1;
}

uint64_t td_time_us(void)
{
    return fz_clock++;
}

const char *td_board_name(void)
{
    return "fuzz";
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fz_data = data;
    fz_size = size;
    fz_pos = 0;
    fz_written = 0;
    td_runner_init();
    while (td_runner_poll() == 0) {
    }
    return 0;
}
