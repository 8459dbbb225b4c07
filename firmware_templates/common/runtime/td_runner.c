#include "td_runner.h"

#include "td_model.h"
#include "td_platform.h"
#include "td_protocol.h"

#include <string.h>

#if TD_MAX_PAYLOAD < TD_MIN_MAX_PAYLOAD || TD_MAX_PAYLOAD > TD_LIMIT_MAX_PAYLOAD
#error "TD_MAX_PAYLOAD must be 256 to 65535"
#endif

#define TD_FRAME_CAP (TD_MAX_PAYLOAD + TD_FRAME_OVERHEAD)
#define TD_CHUNK_DATA (TD_MAX_PAYLOAD - TD_CHUNK_HEADER_SIZE)
#define TD_TIMING_CAPACITY ((TD_MAX_PAYLOAD - TD_TIMING_HEADER_SIZE) / TD_TIMING_ENTRY_SIZE)

static uint8_t td_rx_buf[TD_FRAME_CAP];
static uint8_t td_tx_buf[TD_FRAME_CAP];
static td_decoder_t td_rx;
static int32_t td_init_status;
static uint64_t td_last_rx_us;

/* Payload writer over td_tx_buf; an overflow is remembered and the frame is not sent. */
typedef struct td_writer
{
    uint8_t *p;
    size_t len;
    int overflow;
} td_writer_t;

static void td_writer_begin(td_writer_t *w)
{
    w->p = td_tx_buf + TD_HEADER_SIZE;
    w->len = 0;
    w->overflow = 0;
}

static void td_put_bytes(td_writer_t *w, const void *data, size_t len)
{
    if (w->overflow || len > TD_MAX_PAYLOAD - w->len) {
        w->overflow = 1;
        return;
    }
    if (len > 0)
        memcpy(w->p + w->len, data, len);
    w->len += len;
}

static void td_put_u8(td_writer_t *w, uint8_t v)
{
    td_put_bytes(w, &v, 1);
}

static void td_put_le(td_writer_t *w, uint64_t v, unsigned size)
{
    uint8_t b[8];
    unsigned i;
    for (i = 0; i < size; ++i)
        b[i] = (uint8_t) (v >> (8u * i));
    td_put_bytes(w, b, size);
}

/* A u8-length-prefixed string, cut to at most max bytes on a UTF-8 character boundary. */
static void td_put_string(td_writer_t *w, const char *s, size_t max)
{
    size_t len = s ? strlen(s) : 0;
    if (max > 255)
        max = 255;
    if (len > max) {
        len = max;
        while (len > 0 && ((uint8_t) s[len] & 0xC0u) == 0x80u)
            --len;
    }
    td_put_u8(w, (uint8_t) len);
    td_put_bytes(w, s, len);
}

static void td_put_text(td_writer_t *w, const char *s)
{
    td_put_bytes(w, s, strlen(s));
}

static void td_put_dec(td_writer_t *w, uint32_t v)
{
    char digits[10];
    unsigned n = 0;
    do {
        digits[n++] = (char) ('0' + v % 10u);
        v /= 10u;
    } while (v != 0);
    while (n > 0)
        td_put_u8(w, (uint8_t) digits[--n]);
}

static void td_put_signed_dec(td_writer_t *w, int32_t v)
{
    if (v < 0) {
        td_put_u8(w, '-');
        td_put_dec(w, (uint32_t) 0 - (uint32_t) v);
    } else {
        td_put_dec(w, (uint32_t) v);
    }
}

static void td_put_hex8(td_writer_t *w, uint8_t v)
{
    static const char hex[] = "0123456789abcdef";
    td_put_u8(w, (uint8_t) hex[v >> 4]);
    td_put_u8(w, (uint8_t) hex[v & 0x0Fu]);
}

static void td_send(const td_writer_t *w, uint8_t type, uint16_t seq)
{
    if (w->overflow)
        return;
    td_frame_write_header(td_tx_buf, type, seq, (uint16_t) w->len);
    td_serial_write(td_tx_buf, td_frame_finish(td_tx_buf, (uint16_t) w->len));
}

static void td_error_begin(td_writer_t *w, uint16_t code)
{
    td_writer_begin(w);
    td_put_le(w, code, 2);
    td_put_le(w, 0, 2);
}

static void td_send_error_text(uint16_t seq, uint16_t code, const char *text)
{
    td_writer_t w;
    td_error_begin(&w, code);
    td_put_text(&w, text);
    td_send(&w, TD_MSG_ERROR, seq);
}

static int td_encode_hello(td_writer_t *w, size_t name_max)
{
    const uint32_t hz = td_cycles_hz();
    uint8_t flags = 0;
    unsigned i;
    if (hz != 0) {
        flags |= TD_FLAG_CYCLE_COUNTER;
        if (td_cycles_emulated())
            flags |= TD_FLAG_CYCLES_EMULATED;
    }
    td_writer_begin(w);
    td_put_u8(w, TD_PROTOCOL_VERSION);
    td_put_u8(w, flags);
    td_put_le(w, TD_MAX_PAYLOAD, 2);
    td_put_le(w, hz, 4);
    td_put_string(w, TD_RUNNER_FIRMWARE, name_max);
    td_put_string(w, td_board_name(), name_max);
    td_put_string(w, td_model.name, name_max);
    td_put_string(w, td_model.entry_point, name_max);
    td_put_le(w, td_model.workspace_bytes, 4);
    td_put_u8(w, td_model.num_inputs);
    td_put_u8(w, td_model.num_outputs);
    for (i = 0; i < (unsigned) td_model.num_inputs + td_model.num_outputs; ++i) {
        const td_tensor_t *t = i < td_model.num_inputs ? &td_model.inputs[i]
                                                       : &td_model.outputs[i - td_model.num_inputs];
        const uint8_t ndim = t->ndim > TD_MAX_NDIM ? TD_MAX_NDIM : t->ndim;
        unsigned k;
        td_put_string(w, t->name, name_max);
        td_put_u8(w, t->dtype_code);
        td_put_u8(w, t->dtype_bits);
        td_put_u8(w, ndim);
        for (k = 0; k < ndim; ++k)
            td_put_le(w, (uint32_t) t->shape[k], 4);
        td_put_le(w, t->bytes, 4);
    }
    return !w->overflow;
}

static void td_handle_hello(uint16_t seq)
{
    td_writer_t w;
    size_t name_max = 255;
    /* Many tensors with long names may not fit a small maximum payload: shorten the names
     * until the reply fits rather than not answering at all. */
    while (!td_encode_hello(&w, name_max) && name_max > 0)
        name_max /= 2;
    td_send(&w, TD_MSG_HELLO_REPLY, seq);
}

static uint32_t td_get_u32(const uint8_t *p)
{
    return (uint32_t) p[0] | ((uint32_t) p[1] << 8) | ((uint32_t) p[2] << 16)
           | ((uint32_t) p[3] << 24);
}

static void td_handle_input(const td_frame_t *f)
{
    td_writer_t w;
    uint8_t index;
    uint32_t offset, len;
    const td_tensor_t *t;
    if (f->length < TD_CHUNK_HEADER_SIZE + 1u) {
        td_error_begin(&w, TD_ERR_BAD_PAYLOAD);
        td_put_text(&w, "INPUT payload of ");
        td_put_dec(&w, f->length);
        td_put_text(&w, " bytes; needs 9 or more");
        td_send(&w, TD_MSG_ERROR, f->seq);
        return;
    }
    index = f->payload[0];
    offset = td_get_u32(f->payload + 4);
    len = (uint32_t) f->length - TD_CHUNK_HEADER_SIZE;
    if (index >= td_model.num_inputs) {
        td_error_begin(&w, TD_ERR_BAD_TENSOR);
        td_put_text(&w, "no input ");
        td_put_dec(&w, index);
        td_put_text(&w, "; the model has ");
        td_put_dec(&w, td_model.num_inputs);
        td_send(&w, TD_MSG_ERROR, f->seq);
        return;
    }
    t = &td_model.inputs[index];
    if (offset > t->bytes || len > t->bytes - offset) {
        td_error_begin(&w, TD_ERR_OUT_OF_RANGE);
        td_put_text(&w, "input ");
        td_put_dec(&w, index);
        td_put_text(&w, ": ");
        td_put_dec(&w, offset);
        td_put_text(&w, " + ");
        td_put_dec(&w, len);
        td_put_text(&w, " bytes exceed ");
        td_put_dec(&w, t->bytes);
        td_send(&w, TD_MSG_ERROR, f->seq);
        return;
    }
    memcpy(t->data + offset, f->payload + TD_CHUNK_HEADER_SIZE, len);
    td_writer_begin(&w);
    td_put_u8(&w, index);
    td_put_le(&w, 0, 3);
    td_put_le(&w, offset + len, 4);
    td_send(&w, TD_MSG_INPUT_ACK, f->seq);
}

static uint32_t td_cycles_to_us(uint64_t cycles, uint32_t hz)
{
    /* Split so that cycles * 1e6 cannot overflow 64 bits. */
    const uint64_t us = (cycles / hz) * 1000000u + ((cycles % hz) * 1000000u) / hz;
    return us > 0xFFFFFFFFu ? 0xFFFFFFFFu : (uint32_t) us;
}

typedef struct td_timing_batch
{
    td_writer_t w;
    uint32_t first_run;
    uint16_t count;
} td_timing_batch_t;

static void td_timing_begin(td_timing_batch_t *b, uint32_t first_run)
{
    td_writer_begin(&b->w);
    td_put_le(&b->w, first_run, 4);
    td_put_le(&b->w, 0, 4); /* count and reserved, filled in on flush */
    b->first_run = first_run;
    b->count = 0;
}

static void td_timing_flush(td_timing_batch_t *b, uint16_t seq)
{
    if (b->count == 0)
        return;
    b->w.p[4] = (uint8_t) b->count;
    b->w.p[5] = (uint8_t) (b->count >> 8);
    td_send(&b->w, TD_MSG_TIMING, seq);
    td_timing_begin(b, b->first_run + b->count);
}

static void td_send_run_done(uint16_t seq, int32_t status, uint32_t runs)
{
    td_writer_t w;
    td_writer_begin(&w);
    td_put_le(&w, (uint32_t) status, 4);
    td_put_le(&w, runs, 4);
    td_send(&w, TD_MSG_RUN_DONE, seq);
}

static void td_send_outputs(uint16_t seq)
{
    unsigned i;
    for (i = 0; i < td_model.num_outputs; ++i) {
        const td_tensor_t *t = &td_model.outputs[i];
        uint32_t offset = 0;
        while (offset < t->bytes) {
            td_writer_t w;
            uint32_t len = t->bytes - offset;
            if (len > TD_CHUNK_DATA)
                len = TD_CHUNK_DATA;
            td_writer_begin(&w);
            td_put_u8(&w, (uint8_t) i);
            td_put_le(&w, 0, 3);
            td_put_le(&w, offset, 4);
            td_put_bytes(&w, t->data + offset, len);
            td_send(&w, TD_MSG_OUTPUT, seq);
            offset += len;
        }
    }
}

static void td_handle_run(const td_frame_t *f)
{
    td_writer_t w;
    td_timing_batch_t batch;
    uint32_t runs, i;
    uint64_t last_flush;
    if (f->length != 4u) {
        td_error_begin(&w, TD_ERR_BAD_PAYLOAD);
        td_put_text(&w, "RUN payload of ");
        td_put_dec(&w, f->length);
        td_put_text(&w, " bytes; needs 4");
        td_send(&w, TD_MSG_ERROR, f->seq);
        return;
    }
    runs = td_get_u32(f->payload);
    if (runs == 0 || runs > TD_MAX_RUNS) {
        td_error_begin(&w, TD_ERR_BAD_RUNS);
        td_put_text(&w, "runs must be 1 to ");
        td_put_dec(&w, TD_MAX_RUNS);
        td_put_text(&w, ", got ");
        td_put_dec(&w, runs);
        td_send(&w, TD_MSG_ERROR, f->seq);
        return;
    }
    if (td_init_status != 0) {
        td_error_begin(&w, TD_ERR_INIT_FAILED);
        td_put_text(&w, "model init returned ");
        td_put_signed_dec(&w, td_init_status);
        td_send(&w, TD_MSG_ERROR, f->seq);
        return;
    }
    td_timing_begin(&batch, 0);
    last_flush = td_time_us();
    for (i = 0; i < runs; ++i) {
        const uint32_t hz = td_cycles_hz();
        uint64_t t0, t1, c0, c1, cycles = 0;
        uint32_t us;
        int32_t status;
        t0 = td_time_us();
        c0 = td_cycles_now();
        status = td_model.run();
        c1 = td_cycles_now();
        t1 = td_time_us();
        if (status != 0) {
            td_timing_flush(&batch, f->seq);
            td_error_begin(&w, TD_ERR_MODEL_FAILED);
            td_put_text(&w, "the model returned ");
            td_put_signed_dec(&w, status);
            td_put_text(&w, " in run ");
            td_put_dec(&w, i);
            td_send(&w, TD_MSG_ERROR, f->seq);
            td_send_run_done(f->seq, status, i);
            return;
        }
        if (hz != 0) {
            cycles = c1 - c0; /* unsigned: correct across one wrap of the counter */
            us = td_cycles_to_us(cycles, hz);
        } else {
            const uint64_t dt = t1 - t0;
            us = dt > 0xFFFFFFFFu ? 0xFFFFFFFFu : (uint32_t) dt;
        }
        td_put_le(&batch.w, cycles, 8);
        td_put_le(&batch.w, us, 4);
        ++batch.count;
        if (batch.count == TD_TIMING_CAPACITY || t1 - last_flush >= TD_TIMING_FLUSH_US) {
            td_timing_flush(&batch, f->seq);
            last_flush = t1;
        }
    }
    td_timing_flush(&batch, f->seq);
    td_send_outputs(f->seq);
    td_send_run_done(f->seq, 0, runs);
}

static void td_handle_frame(const td_frame_t *f)
{
    td_writer_t w;
    switch (f->type) {
    case TD_MSG_HELLO:
        /* A HELLO payload is empty in version 1; later hosts may add fields, so it is ignored. */
        td_handle_hello(f->seq);
        return;
    case TD_MSG_INPUT:
        td_handle_input(f);
        return;
    case TD_MSG_RUN:
        td_handle_run(f);
        return;
    case TD_MSG_PING:
        td_writer_begin(&w);
        td_put_bytes(&w, f->payload, f->length);
        td_send(&w, TD_MSG_PONG, f->seq);
        return;
    default:
        td_error_begin(&w, TD_ERR_UNKNOWN_TYPE);
        td_put_text(&w, "unknown frame type 0x");
        td_put_hex8(&w, f->type);
        td_send(&w, TD_MSG_ERROR, f->seq);
        return;
    }
}

static void td_drain(void)
{
    td_frame_t f;
    td_decode_status_t status;
    while ((status = td_decoder_poll(&td_rx, &f)) != TD_DECODE_NEED_MORE) {
        if (status == TD_DECODE_FRAME)
            td_handle_frame(&f);
        else
            td_send_error_text(f.seq, TD_ERR_BAD_CRC, "frame failed its CRC check");
    }
}

void td_runner_init(void)
{
    td_decoder_init(&td_rx, td_rx_buf, sizeof(td_rx_buf));
    td_init_status = td_model.init ? td_model.init() : 0;
    td_last_rx_us = td_time_us();
}

void td_runner_feed(const uint8_t *data, size_t len)
{
    while (len > 0) {
        const size_t used = td_decoder_push(&td_rx, data, len);
        data += used;
        len -= used;
        td_drain();
    }
}

static void td_abandon_stalled(void)
{
    int reported = 0;
    while (td_decoder_buffered(&td_rx) > 0) {
        td_frame_t header;
        const size_t held = td_decoder_buffered(&td_rx);
        if (td_decoder_abandon(&td_rx, &header) && !reported) {
            td_writer_t w;
            td_error_begin(&w, TD_ERR_TRUNCATED);
            td_put_text(&w, "incomplete frame dropped after ");
            td_put_dec(&w, (uint32_t) held);
            td_put_text(&w, " of ");
            td_put_dec(&w, (uint32_t) header.length + TD_FRAME_OVERHEAD);
            td_put_text(&w, " bytes");
            td_send(&w, TD_MSG_ERROR, header.seq);
            reported = 1;
        }
        td_drain();
    }
}

int td_runner_poll(void)
{
    uint8_t chunk[256];
    for (;;) {
        const int n = td_serial_read(chunk, sizeof(chunk));
        if (n < 0)
            return -1;
        if (n == 0)
            return 0;
        if (td_decoder_buffered(&td_rx) > 0 && td_time_us() - td_last_rx_us > TD_FRAME_GAP_US)
            td_abandon_stalled();
        td_runner_feed(chunk, (size_t) n);
        /* Measured after handling, so that a long RUN does not count as a pause in the input. */
        td_last_rx_us = td_time_us();
    }
}

int td_runner_main(void)
{
    td_runner_init();
    while (td_runner_poll() == 0)
        td_platform_wait_for_input();
    return 0;
}
