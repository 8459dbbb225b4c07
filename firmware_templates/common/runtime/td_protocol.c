#include "td_protocol.h"

#include "td_crc32.h"

#include <string.h>

static uint16_t td_get_u16(const uint8_t *p)
{
    return (uint16_t) (p[0] | (p[1] << 8));
}

static void td_put_u16(uint8_t *p, uint16_t v)
{
    p[0] = (uint8_t) v;
    p[1] = (uint8_t) (v >> 8);
}

static void td_put_u32(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t) v;
    p[1] = (uint8_t) (v >> 8);
    p[2] = (uint8_t) (v >> 16);
    p[3] = (uint8_t) (v >> 24);
}

void td_frame_write_header(uint8_t *out, uint8_t type, uint16_t seq, uint16_t len)
{
    out[0] = TD_MAGIC0;
    out[1] = TD_MAGIC1;
    out[2] = TD_PROTOCOL_VERSION;
    out[3] = type;
    td_put_u16(out + 4, seq);
    td_put_u16(out + 6, len);
}

size_t td_frame_finish(uint8_t *out, uint16_t len)
{
    /* The CRC covers everything after the magic: version, type, seq, length and payload. */
    const uint32_t crc = td_crc32_update(0, out + 2, (size_t) TD_HEADER_SIZE - 2u + len);
    td_put_u32(out + TD_HEADER_SIZE + len, crc);
    return (size_t) len + TD_FRAME_OVERHEAD;
}

size_t td_frame_encode(
    uint8_t *out, size_t cap, uint8_t type, uint16_t seq, const uint8_t *payload, size_t len)
{
    if (len > TD_LIMIT_MAX_PAYLOAD || cap < TD_FRAME_OVERHEAD || len > cap - TD_FRAME_OVERHEAD)
        return 0;
    if (len > 0 && payload != out + TD_HEADER_SIZE)
        memmove(out + TD_HEADER_SIZE, payload, len);
    td_frame_write_header(out, type, seq, (uint16_t) len);
    return td_frame_finish(out, (uint16_t) len);
}

void td_decoder_init(td_decoder_t *d, uint8_t *buf, size_t cap)
{
    size_t max = cap > TD_FRAME_OVERHEAD ? cap - TD_FRAME_OVERHEAD : 0;
    memset(d, 0, sizeof(*d));
    d->buf = buf;
    d->cap = cap;
    d->max_payload = (uint16_t) (max > TD_LIMIT_MAX_PAYLOAD ? TD_LIMIT_MAX_PAYLOAD : max);
}

static void td_decoder_settle(td_decoder_t *d)
{
    d->start += d->consume;
    d->consume = 0;
    if (d->start == d->end)
        d->start = d->end = 0;
}

size_t td_decoder_push(td_decoder_t *d, const uint8_t *data, size_t len)
{
    size_t room;
    td_decoder_settle(d);
    if (d->end + len > d->cap && d->start > 0) {
        memmove(d->buf, d->buf + d->start, d->end - d->start);
        d->end -= d->start;
        d->start = 0;
    }
    room = d->cap - d->end;
    if (len > room)
        len = room;
    if (len > 0) {
        memcpy(d->buf + d->end, data, len);
        d->end += len;
    }
    return len;
}

static void td_decoder_drop_one(td_decoder_t *d)
{
    ++d->start;
    ++d->dropped_bytes;
}

td_decode_status_t td_decoder_poll(td_decoder_t *d, td_frame_t *frame)
{
    td_decoder_settle(d);
    while (d->start < d->end) {
        const uint8_t *p = d->buf + d->start;
        const size_t n = d->end - d->start;
        uint16_t length;
        uint32_t crc;
        /* Every header field is checked as soon as its bytes are there, so a bogus header is
         * rejected before the decoder waits for the frame it announces. */
        if (p[0] != TD_MAGIC0 || (n >= 2 && p[1] != TD_MAGIC1)
            || (n >= 3 && p[2] != TD_PROTOCOL_VERSION)
            || (n >= TD_HEADER_SIZE && td_get_u16(p + 6) > d->max_payload)) {
            td_decoder_drop_one(d);
            continue;
        }
        if (n < TD_HEADER_SIZE)
            break;
        length = td_get_u16(p + 6);
        if (n < (size_t) length + TD_FRAME_OVERHEAD)
            break;
        frame->type = p[3];
        frame->seq = td_get_u16(p + 4);
        frame->length = length;
        crc = (uint32_t) p[8 + length] | ((uint32_t) p[9 + length] << 8)
              | ((uint32_t) p[10 + length] << 16) | ((uint32_t) p[11 + length] << 24);
        if (td_crc32_update(0, p + 2, (size_t) TD_HEADER_SIZE - 2u + length) != crc) {
            /* Only the first magic byte is dropped: a real frame may start inside the bytes
             * of this candidate. */
            frame->payload = NULL;
            ++d->crc_errors;
            td_decoder_drop_one(d);
            return TD_DECODE_BAD_CRC;
        }
        frame->payload = p + TD_HEADER_SIZE;
        d->consume = (size_t) length + TD_FRAME_OVERHEAD;
        ++d->frames;
        return TD_DECODE_FRAME;
    }
    if (d->start == d->end)
        d->start = d->end = 0;
    return TD_DECODE_NEED_MORE;
}

size_t td_decoder_buffered(const td_decoder_t *d)
{
    return d->end - d->start - d->consume;
}

int td_decoder_abandon(td_decoder_t *d, td_frame_t *header)
{
    const uint8_t *p;
    int complete;
    td_decoder_settle(d);
    if (d->start == d->end)
        return 0;
    p = d->buf + d->start;
    complete = d->end - d->start >= TD_HEADER_SIZE;
    if (complete) {
        header->type = p[3];
        header->seq = td_get_u16(p + 4);
        header->length = td_get_u16(p + 6);
        header->payload = NULL;
    }
    td_decoder_drop_one(d);
    return complete;
}
