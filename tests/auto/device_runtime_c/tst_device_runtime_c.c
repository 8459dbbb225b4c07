/*
 * Tests of the C device runtime (firmware_templates/common/runtime): CRC, frame encoder and
 * decoder against the shared vectors (tests/data/device-protocol-vectors.h), and the runner
 * driven in-process through an in-memory platform with the fake model (default config,
 * TD_MAX_PAYLOAD=4096, like the host runner). Prints one line per failed check; exit status 1
 * when any check failed.
 */
#include "td_crc32.h"
#include "td_model.h"
#include "td_platform.h"
#include "td_protocol.h"
#include "td_runner.h"

#include "data/device-protocol-vectors.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures;
static int checks;

#define CHECK(cond, ...) \
    do { \
        ++checks; \
        if (!(cond)) { \
            ++failures; \
            printf("FAIL %s:%d: %s: ", __FILE__, __LINE__, #cond); \
            printf(__VA_ARGS__); \
            printf("\n"); \
        } \
    } while (0)

/* The in-memory platform: td_serial_read() serves `rx`, td_serial_write() appends to `tx`. */
static uint8_t rx[70000];
static size_t rx_len, rx_pos;
static uint8_t tx[1 << 20];
static size_t tx_len;
static uint64_t clock_us;
static uint64_t cycles;
static uint32_t cycles_hz;
static uint32_t cycles_step;
static int emulated;

void td_platform_init(void) {}

int td_serial_read(uint8_t *buf, size_t max)
{
    size_t n = rx_len - rx_pos;
    if (n == 0)
        return 0;
    if (n > max)
        n = max;
    memcpy(buf, rx + rx_pos, n);
    rx_pos += n;
    return (int) n;
}

void td_serial_write(const uint8_t *data, size_t len)
{
    if (tx_len + len <= sizeof(tx)) {
        memcpy(tx + tx_len, data, len);
        tx_len += len;
    }
}

void td_platform_wait_for_input(void) {}

uint64_t td_cycles_now(void)
{
    cycles += cycles_step;
    return cycles;
}

uint32_t td_cycles_hz(void)
{
    return cycles_hz;
}

int td_cycles_emulated(void)
{
    return emulated;
}

uint64_t td_time_us(void)
{
    clock_us += 7;
    return clock_us;
}

const char *td_board_name(void)
{
    return "host";
}

static void put_rx(const uint8_t *data, size_t len)
{
    memcpy(rx + rx_len, data, len);
    rx_len += len;
}

static size_t encode(uint8_t *out, uint8_t type, uint16_t seq, const void *payload, size_t len)
{
    return td_frame_encode(out, TD_MAX_PAYLOAD + TD_FRAME_OVERHEAD, type, seq, payload, len);
}

static void send_request(uint8_t type, uint16_t seq, const void *payload, size_t len)
{
    static uint8_t frame[TD_MAX_PAYLOAD + TD_FRAME_OVERHEAD];
    const size_t n = encode(frame, type, seq, payload, len);
    td_runner_feed(frame, n);
}

/* Decodes everything the runner wrote so far into `replies`. */
typedef struct reply
{
    uint8_t type;
    uint16_t seq;
    uint16_t length;
    uint8_t payload[TD_MAX_PAYLOAD];
} reply_t;
static reply_t replies[2000];
static size_t num_replies;

static void decode_tx(void)
{
    static uint8_t buf[TD_LIMIT_MAX_PAYLOAD + TD_FRAME_OVERHEAD];
    td_decoder_t d;
    size_t pos = 0;
    td_frame_t f;
    td_decoder_init(&d, buf, sizeof(buf));
    num_replies = 0;
    while (pos < tx_len) {
        pos += td_decoder_push(&d, tx + pos, tx_len - pos);
        while (td_decoder_poll(&d, &f) == TD_DECODE_FRAME && num_replies < 2000) {
            reply_t *r = &replies[num_replies++];
            r->type = f.type;
            r->seq = f.seq;
            r->length = f.length;
            memcpy(r->payload, f.payload, f.length);
        }
    }
    CHECK(d.dropped_bytes == 0 && d.crc_errors == 0, "the runner wrote bytes that are no frame");
    tx_len = 0;
}

static uint32_t u32_at(const uint8_t *p)
{
    return (uint32_t) p[0] | ((uint32_t) p[1] << 8) | ((uint32_t) p[2] << 16)
           | ((uint32_t) p[3] << 24);
}

static uint64_t u64_at(const uint8_t *p)
{
    return (uint64_t) u32_at(p) | ((uint64_t) u32_at(p + 4) << 32);
}

static void test_crc(void)
{
    const uint8_t check[] = "123456789";
    CHECK(td_crc32_update(0, check, 9) == 0xCBF43926u, "CRC-32 check value");
    CHECK(td_crc32_update(td_crc32_update(0, check, 4), check + 4, 5) == 0xCBF43926u,
          "CRC-32 continued");
    CHECK(td_crc32_update(0, check, 0) == 0, "CRC-32 of nothing");
}

static void test_encode_vectors(void)
{
    size_t i;
    for (i = 0; i < TDV_NUM_FRAMES; ++i) {
        const tdv_frame_t *v = &tdv_frames[i];
        uint8_t out[TD_LIMIT_MAX_PAYLOAD + TD_FRAME_OVERHEAD];
        const size_t n
            = td_frame_encode(out, sizeof(out), v->type, v->seq, v->payload, v->payload_len);
        CHECK(n == v->frame_len && memcmp(out, v->frame, n) == 0, "encode %s", v->name);
        CHECK(td_frame_encode(out, v->frame_len - 1, v->type, v->seq, v->payload, v->payload_len)
                  == 0,
              "encode %s into a buffer one byte short",
              v->name);
    }
}

static void test_decode_vectors_every_split(void)
{
    size_t i, split;
    for (i = 0; i < TDV_NUM_FRAMES; ++i) {
        const tdv_frame_t *v = &tdv_frames[i];
        for (split = 0; split < v->frame_len; ++split) {
            static uint8_t buf[TD_LIMIT_MAX_PAYLOAD + TD_FRAME_OVERHEAD];
            td_decoder_t d;
            td_frame_t f;
            int got = 0;
            td_decoder_init(&d, buf, sizeof(buf));
            td_decoder_push(&d, v->frame, split);
            while (td_decoder_poll(&d, &f) == TD_DECODE_FRAME)
                ++got;
            CHECK(got == 0 && td_decoder_buffered(&d) == split,
                  "%s: no frame before split %u",
                  v->name,
                  (unsigned) split);
            td_decoder_push(&d, v->frame + split, v->frame_len - split);
            CHECK(td_decoder_poll(&d, &f) == TD_DECODE_FRAME,
                  "%s split at %u",
                  v->name,
                  (unsigned) split);
            CHECK(f.type == v->type && f.seq == v->seq && f.length == v->payload_len
                      && memcmp(f.payload, v->payload, v->payload_len) == 0,
                  "%s split at %u: fields",
                  v->name,
                  (unsigned) split);
            CHECK(td_decoder_poll(&d, &f) == TD_DECODE_NEED_MORE && td_decoder_buffered(&d) == 0
                      && d.dropped_bytes == 0,
                  "%s split at %u: nothing left",
                  v->name,
                  (unsigned) split);
        }
    }
}

static void run_decoder_case(const tdv_decoder_case_t *c, size_t step)
{
    static uint8_t buf[1024 + TD_FRAME_OVERHEAD];
    td_decoder_t d;
    td_frame_t f;
    size_t pos = 0, got = 0;
    td_decode_status_t st;
    td_decoder_init(&d, buf, (size_t) c->max_payload + TD_FRAME_OVERHEAD);
    CHECK(d.max_payload == c->max_payload, "%s: max payload", c->name);
    while (pos < c->stream_len) {
        size_t n = c->stream_len - pos < step ? c->stream_len - pos : step;
        n = td_decoder_push(&d, c->stream + pos, n);
        CHECK(n > 0, "%s: push accepted nothing", c->name);
        if (n == 0)
            return;
        pos += n;
        while ((st = td_decoder_poll(&d, &f)) != TD_DECODE_NEED_MORE) {
            if (st != TD_DECODE_FRAME)
                continue;
            CHECK(got < c->num_frames, "%s (step %u): unexpected frame", c->name, (unsigned) step);
            if (got < c->num_frames) {
                const tdv_decoded_t *e = &c->frames[got];
                CHECK(f.type == e->type && f.seq == e->seq && f.length == e->payload_len
                          && memcmp(f.payload, e->payload, e->payload_len) == 0,
                      "%s (step %u): frame %u",
                      c->name,
                      (unsigned) step,
                      (unsigned) got);
            }
            ++got;
        }
    }
    CHECK(got == c->num_frames,
          "%s (step %u): %u frames, expected %u",
          c->name,
          (unsigned) step,
          (unsigned) got,
          (unsigned) c->num_frames);
    CHECK(d.crc_errors == c->crc_errors,
          "%s (step %u): crc errors %u, expected %u",
          c->name,
          (unsigned) step,
          (unsigned) d.crc_errors,
          (unsigned) c->crc_errors);
    CHECK(d.dropped_bytes == c->dropped_bytes,
          "%s (step %u): dropped %u, expected %u",
          c->name,
          (unsigned) step,
          (unsigned) d.dropped_bytes,
          (unsigned) c->dropped_bytes);
    CHECK(td_decoder_buffered(&d) == c->buffered,
          "%s (step %u): buffered %u, expected %u",
          c->name,
          (unsigned) step,
          (unsigned) td_decoder_buffered(&d),
          (unsigned) c->buffered);
}

static void test_decoder_cases(void)
{
    size_t i;
    for (i = 0; i < TDV_NUM_DECODER_CASES; ++i) {
        run_decoder_case(&tdv_decoder_cases[i], 1);
        run_decoder_case(&tdv_decoder_cases[i], 7);
        run_decoder_case(&tdv_decoder_cases[i], 100000);
    }
}

static void test_exchanges(void)
{
    size_t i;
    for (i = 0; i < TDV_NUM_EXCHANGES; ++i) {
        const tdv_exchange_t *e = &tdv_exchanges[i];
        tx_len = 0;
        td_runner_feed(e->request, e->request_len);
        CHECK(tx_len == e->reply_len && memcmp(tx, e->reply, tx_len) == 0,
              "exchange %s: reply of %u bytes, expected %u",
              e->name,
              (unsigned) tx_len,
              (unsigned) e->reply_len);
    }
    tx_len = 0;
}

static void upload_floats(uint16_t seq, float a, float b, float c, float d)
{
    uint8_t payload[8 + 16] = {0};
    const float values[4] = {a, b, c, d};
    memcpy(payload + 8, values, sizeof(values));
    send_request(TD_MSG_INPUT, seq, payload, sizeof(payload));
}

static void test_run(void)
{
    uint8_t runs[4] = {3, 0, 0, 0};
    float out[4];
    tx_len = 0;
    upload_floats(20, 1.0f, 2.0f, 3.0f, 4.0f);
    send_request(TD_MSG_RUN, 21, runs, 4);
    decode_tx();
    CHECK(num_replies == 4, "RUN 3: %u replies", (unsigned) num_replies);
    if (num_replies != 4)
        return;
    CHECK(replies[0].type == TD_MSG_INPUT_ACK && u32_at(replies[0].payload + 4) == 16, "ack");
    CHECK(replies[1].type == TD_MSG_TIMING && replies[1].seq == 21 && replies[1].length == 8 + 36
              && u32_at(replies[1].payload) == 0 && replies[1].payload[4] == 3,
          "TIMING for 3 runs");
    /* No cycle counter: cycles 0, microseconds from td_time_us (7 us per call here). */
    CHECK(u64_at(replies[1].payload + 8) == 0 && u32_at(replies[1].payload + 16) == 7,
          "run 0 latency");
    memcpy(out, replies[2].payload + 8, sizeof(out));
    CHECK(replies[2].type == TD_MSG_OUTPUT && replies[2].length == 24 && out[0] == 3.0f
              && out[1] == 5.0f && out[2] == 7.0f && out[3] == 9.0f,
          "OUTPUT = input * 2 + 1");
    CHECK(replies[3].type == TD_MSG_RUN_DONE && u32_at(replies[3].payload) == 0
              && u32_at(replies[3].payload + 4) == 3,
          "RUN_DONE status 0, 3 runs");
}

static void test_run_with_cycle_counter(void)
{
    uint8_t runs[4] = {2, 0, 0, 0};
    cycles_hz = 25000000u;
    cycles_step = 12500000u; /* 0.5 s between consecutive reads */
    emulated = 1;
    tx_len = 0;
    send_request(TD_MSG_HELLO, 30, NULL, 0);
    send_request(TD_MSG_RUN, 31, runs, 4);
    decode_tx();
    CHECK(num_replies == 4, "RUN 2 with counter: %u replies", (unsigned) num_replies);
    if (num_replies == 4) {
        CHECK(replies[0].payload[1] == (TD_FLAG_CYCLE_COUNTER | TD_FLAG_CYCLES_EMULATED)
                  && u32_at(replies[0].payload + 4) == 25000000u,
              "HELLO_REPLY flags and rate");
        CHECK(replies[1].type == TD_MSG_TIMING && replies[1].payload[4] == 2
                  && u64_at(replies[1].payload + 8) == 12500000u
                  && u32_at(replies[1].payload + 16) == 500000u,
              "cycles and microseconds from the counter");
    }
    /* A run that crosses 2^32 cycles: the 64-bit delta stays exact; the microseconds
     * (2^31 cycles at 1 kHz, about 25 days) saturate at the u32 maximum. */
    cycles = 0xFFFFFFF0ull;
    cycles_hz = 1000u;
    cycles_step = 0x7FFFFFFFu;
    runs[0] = 1;
    send_request(TD_MSG_RUN, 32, runs, 4);
    decode_tx();
    CHECK(num_replies == 3 && u64_at(replies[0].payload + 8) == 0x7FFFFFFFu
              && u32_at(replies[0].payload + 16) == 0xFFFFFFFFu,
          "long run: cycles exact, microseconds saturated");
    cycles_hz = 0;
    cycles_step = 0;
    emulated = 0;
}

static void test_many_runs_are_batched(void)
{
    const uint8_t runs[4] = {0x10, 0x27, 0, 0}; /* 10000 */
    uint32_t total = 0, next = 0;
    size_t i;
    tx_len = 0;
    upload_floats(40, 0.5f, 0, 0, 0);
    send_request(TD_MSG_RUN, 41, runs, 4);
    decode_tx();
    for (i = 0; i < num_replies; ++i) {
        if (replies[i].type != TD_MSG_TIMING)
            continue;
        CHECK(u32_at(replies[i].payload) == next, "TIMING first_run %u", (unsigned) next);
        CHECK(replies[i].length <= TD_MAX_PAYLOAD, "TIMING fits the max payload");
        next += (uint32_t) (replies[i].payload[4] | (replies[i].payload[5] << 8));
        total = next;
    }
    CHECK(total == 10000, "10000 runs timed, got %u", (unsigned) total);
    CHECK(num_replies > 2 && replies[num_replies - 1].type == TD_MSG_RUN_DONE
              && u32_at(replies[num_replies - 1].payload + 4) == 10000,
          "RUN_DONE after 10000 runs");
}

static void test_model_failure(void)
{
    const uint8_t runs[4] = {5, 0, 0, 0};
    uint8_t payload[9] = {0, 0, 0, 0, 0, 0, 0, 0, 0xEE};
    tx_len = 0;
    send_request(TD_MSG_INPUT, 50, payload, sizeof(payload));
    send_request(TD_MSG_RUN, 51, runs, 4);
    decode_tx();
    CHECK(num_replies == 3, "failed run: %u replies", (unsigned) num_replies);
    if (num_replies == 3) {
        const char *msg = "the model returned -3 in run 0";
        CHECK(replies[1].type == TD_MSG_ERROR && replies[1].payload[0] == TD_ERR_MODEL_FAILED
                  && replies[1].length == 4 + strlen(msg)
                  && memcmp(replies[1].payload + 4, msg, strlen(msg)) == 0,
              "ERROR MODEL_FAILED names the status");
        CHECK(replies[2].type == TD_MSG_RUN_DONE && (int32_t) u32_at(replies[2].payload) == -3
                  && u32_at(replies[2].payload + 4) == 0,
              "RUN_DONE carries the status");
    }
    payload[8] = 0;
    send_request(TD_MSG_INPUT, 52, payload, sizeof(payload));
    send_request(TD_MSG_RUN, 53, runs, 4);
    decode_tx();
    CHECK(num_replies == 4 && replies[3].type == TD_MSG_RUN_DONE && u32_at(replies[3].payload) == 0,
          "the runner keeps serving after a model failure");
}

static void test_truncated_frame_is_dropped_after_a_pause(void)
{
    uint8_t frame[64];
    uint8_t hello[TD_FRAME_OVERHEAD];
    const uint8_t data[9] = {0};
    const size_t n = encode(frame, TD_MSG_INPUT, 60, data, sizeof(data));
    encode(hello, TD_MSG_HELLO, 61, NULL, 0);
    tx_len = 0;
    rx_len = rx_pos = 0;
    put_rx(frame, n - 3);
    CHECK(td_runner_poll() == 0 && tx_len == 0, "partial frame: no answer yet");
    clock_us += TD_FRAME_GAP_US + 1;
    put_rx(hello, sizeof(hello));
    CHECK(td_runner_poll() == 0, "poll");
    decode_tx();
    CHECK(num_replies == 2 && replies[0].type == TD_MSG_ERROR
              && replies[0].payload[0] == TD_ERR_TRUNCATED && replies[0].seq == 60,
          "ERROR TRUNCATED for the stalled frame");
    CHECK(num_replies == 2 && replies[1].type == TD_MSG_HELLO_REPLY && replies[1].seq == 61,
          "the next request is answered");

    /* Without a pause, the bytes of the next request complete the frame (and fail its CRC). */
    rx_len = rx_pos = 0;
    put_rx(frame, n - 3);
    put_rx(hello, sizeof(hello));
    CHECK(td_runner_poll() == 0, "poll");
    decode_tx();
    CHECK(num_replies >= 1 && replies[0].type == TD_MSG_ERROR
              && replies[0].payload[0] == TD_ERR_BAD_CRC,
          "a frame completed by foreign bytes fails its CRC");
}

static void test_garbage_never_hangs(void)
{
    static uint8_t noise[50000];
    uint32_t x = 12345;
    size_t i;
    for (i = 0; i < sizeof(noise); ++i) {
        x = x * 1103515245u + 12345u;
        noise[i] = (uint8_t) (x >> 16);
        if (i % 97 == 0)
            noise[i] = TD_MAGIC0;
        if (i % 97 == 1)
            noise[i] = TD_MAGIC1;
        if (i % 97 == 2)
            noise[i] = TD_PROTOCOL_VERSION;
    }
    tx_len = 0;
    td_runner_feed(noise, sizeof(noise));
    clock_us += TD_FRAME_GAP_US + 1;
    rx_len = rx_pos = 0;
    {
        uint8_t hello[TD_FRAME_OVERHEAD];
        encode(hello, TD_MSG_HELLO, 70, NULL, 0);
        put_rx(hello, sizeof(hello));
    }
    td_runner_poll();
    decode_tx();
    CHECK(num_replies >= 1 && replies[num_replies - 1].type == TD_MSG_HELLO_REPLY
              && replies[num_replies - 1].seq == 70,
          "HELLO answered after 50000 bytes of noise");
}

int main(void)
{
    td_runner_init();
    test_crc();
    test_encode_vectors();
    test_decode_vectors_every_split();
    test_decoder_cases();
    test_exchanges();
    test_run();
    test_run_with_cycle_counter();
    test_many_runs_are_batched();
    test_model_failure();
    test_truncated_frame_is_dropped_after_a_pause();
    test_garbage_never_hangs();
    printf("%d checks, %d failed\n", checks, failures);
    return failures == 0 ? 0 : 1;
}
