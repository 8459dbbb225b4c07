/*
 * TinyDeploy device runtime: CRC-32 as used by the frame trailer (IEEE 802.3, reflected,
 * polynomial 0xEDB88320, init and final xor 0xFFFFFFFF; the same value as zlib's crc32()).
 */
#ifndef TD_CRC32_H
#define TD_CRC32_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Continues a CRC like zlib: td_crc32_update(0, a, n) is the CRC of a, and
 * td_crc32_update(td_crc32_update(0, a, n), b, m) the CRC of a followed by b. */
uint32_t td_crc32_update(uint32_t crc, const uint8_t *data, size_t len);

#ifdef __cplusplus
}
#endif

#endif /* TD_CRC32_H */
