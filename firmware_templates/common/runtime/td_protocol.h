/*
 * TinyDeploy device runtime: frames of the device protocol (PROTOCOL.md beside this folder).
 *
 * Pure code: no I/O, no allocation. The decoder works in a buffer the caller provides, sized
 * for one maximum frame, and never waits for more than one such frame: garbage, a bogus length
 * or a bad CRC cost at most one buffer of bytes before it finds the next real frame.
 */
#ifndef TD_PROTOCOL_H
#define TD_PROTOCOL_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define TD_PROTOCOL_VERSION 1u
#define TD_MAGIC0 0x54u /* 'T' */
#define TD_MAGIC1 0x44u /* 'D' */
#define TD_HEADER_SIZE 8u
#define TD_CRC_SIZE 4u
#define TD_FRAME_OVERHEAD (TD_HEADER_SIZE + TD_CRC_SIZE)
/* The smallest maximum payload a device may announce, and the largest any receiver accepts. */
#define TD_MIN_MAX_PAYLOAD 256u
#define TD_LIMIT_MAX_PAYLOAD 65535u

/* The largest payload this device receives and sends; the host runner uses 4096. */
#ifndef TD_MAX_PAYLOAD
#define TD_MAX_PAYLOAD 1024u
#endif

#define TD_MAX_RUNS 10000u
/* INPUT, INPUT_ACK and OUTPUT start with u8 tensor, u8 reserved[3], u32 offset or count. */
#define TD_CHUNK_HEADER_SIZE 8u
/* TIMING: u32 first_run, u16 count, u16 reserved, then count x (u64 cycles, u32 us). */
#define TD_TIMING_HEADER_SIZE 8u
#define TD_TIMING_ENTRY_SIZE 12u

enum td_message_type {
    TD_MSG_HELLO = 0x01,
    TD_MSG_INPUT = 0x02,
    TD_MSG_RUN = 0x03,
    TD_MSG_PING = 0x04,
    TD_MSG_HELLO_REPLY = 0x81,
    TD_MSG_INPUT_ACK = 0x82,
    TD_MSG_OUTPUT = 0x83,
    TD_MSG_RUN_DONE = 0x84,
    TD_MSG_TIMING = 0x85,
    TD_MSG_PONG = 0x86,
    TD_MSG_LOG = 0x8E,
    TD_MSG_ERROR = 0x8F
};

enum td_error_code {
    TD_ERR_BAD_CRC = 1,
    TD_ERR_UNKNOWN_TYPE = 2,
    TD_ERR_BAD_PAYLOAD = 3,
    TD_ERR_BAD_TENSOR = 4,
    TD_ERR_OUT_OF_RANGE = 5,
    TD_ERR_BAD_RUNS = 6,
    TD_ERR_MODEL_FAILED = 7,
    TD_ERR_INIT_FAILED = 8,
    TD_ERR_TRUNCATED = 9
};

/* HELLO_REPLY flags. */
#define TD_FLAG_CYCLE_COUNTER 0x01u
#define TD_FLAG_CYCLES_EMULATED 0x02u

/* Writes the 8-byte header of a frame with a payload of len bytes. */
void td_frame_write_header(uint8_t *out, uint8_t type, uint16_t seq, uint16_t len);

/* Finishes a frame whose header and payload are already in out[0 .. 8 + len): appends the
 * CRC and returns the frame size (len + 12). */
size_t td_frame_finish(uint8_t *out, uint16_t len);

/* Encodes a whole frame into out (capacity cap); returns its size, or 0 when it does not fit
 * or len exceeds TD_LIMIT_MAX_PAYLOAD. payload may alias out + TD_HEADER_SIZE. */
size_t td_frame_encode(
    uint8_t *out, size_t cap, uint8_t type, uint16_t seq, const uint8_t *payload, size_t len);

typedef struct td_frame
{
    uint8_t type;
    uint16_t seq;
    uint16_t length;
    const uint8_t *payload; /* valid until the next td_decoder_push/poll/abandon */
} td_frame_t;

typedef enum td_decode_status {
    TD_DECODE_NEED_MORE = 0, /* feed more bytes */
    TD_DECODE_FRAME = 1,     /* *frame is a complete, CRC-checked frame */
    TD_DECODE_BAD_CRC = 2    /* a candidate failed its CRC; *frame has its header (no payload) */
} td_decode_status_t;

typedef struct td_decoder
{
    uint8_t *buf;
    size_t cap;
    uint16_t max_payload;
    size_t start; /* buffered bytes are buf[start .. end) */
    size_t end;
    size_t consume; /* size of the frame returned by the last poll, dropped on the next call */
    uint32_t frames;
    uint32_t crc_errors;
    uint32_t dropped_bytes; /* bytes that were not part of any delivered frame */
} td_decoder_t;

/* buf must hold one maximum frame: the maximum payload is cap - 12 (at most 65535). */
void td_decoder_init(td_decoder_t *d, uint8_t *buf, size_t cap);

/* Copies as many of the len bytes as fit and returns how many it took. After a poll returned
 * TD_DECODE_NEED_MORE there is always room for at least one byte, so the loop
 * "push, then poll until NEED_MORE" consumes any input. */
size_t td_decoder_push(td_decoder_t *d, const uint8_t *data, size_t len);

/* Looks for the next frame in the buffered bytes (see PROTOCOL.md, "Receiving"). */
td_decode_status_t td_decoder_poll(td_decoder_t *d, td_frame_t *frame);

/* Number of bytes held back as the start of a frame that is not complete yet. */
size_t td_decoder_buffered(const td_decoder_t *d);

/* Gives up on the incomplete frame at the start of the buffer (the sender paused in the
 * middle of it): drops its first byte so that the rest is rescanned. Returns 1 and fills
 * *header (no payload) when the candidate had a complete header, else 0. */
int td_decoder_abandon(td_decoder_t *d, td_frame_t *header);

#ifdef __cplusplus
}
#endif

#endif /* TD_PROTOCOL_H */
