#include "base85.h"

#include "projectapitr.h"

#include <array>
#include <cstdint>
#include <cstring>

namespace TinyDeploy::ProjectApi::Base85 {

namespace {

constexpr char Alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                            "abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~";
static_assert(sizeof(Alphabet) == 86);

constexpr quint8 Invalid = 0xff;
constexpr quint32 Pow85[5] = {52200625u, 614125u, 7225u, 85u, 1u};

constexpr std::array<quint8, 256> makeDecodeTable()
{
    std::array<quint8, 256> table{};
    for (auto &entry : table)
        entry = Invalid;
    for (int i = 0; i < 85; ++i)
        table[static_cast<unsigned char>(Alphabet[i])] = static_cast<quint8>(i);
    return table;
}

constexpr std::array<quint8, 256> DecodeTable = makeDecodeTable();

// Two digits at a time: 85 * 85 = 7225 character pairs. Splitting a word into
// word / 7225^2, (word / 7225) % 7225 and word % 7225 gives three short independent steps
// instead of a chain of five divisions.
struct PairTable
{
    char pairs[7225][2];
};

constexpr PairTable makePairTable()
{
    PairTable table{};
    for (int i = 0; i < 7225; ++i) {
        table.pairs[i][0] = Alphabet[i / 85];
        table.pairs[i][1] = Alphabet[i % 85];
    }
    return table;
}

constexpr PairTable Pairs = makePairTable();

inline void encodeWord(quint32 word, char *out)
{
    const quint32 low = word % 7225u;
    const quint32 high = word / 7225u; // < 594473
    const quint32 middle = high % 7225u;
    out[0] = Alphabet[high / 7225u];
    std::memcpy(out + 1, Pairs.pairs[middle], 2);
    std::memcpy(out + 3, Pairs.pairs[low], 2);
}

inline quint32 loadBigEndian(const unsigned char *in)
{
    return (quint32(in[0]) << 24) | (quint32(in[1]) << 16) | (quint32(in[2]) << 8) | quint32(in[3]);
}

inline void storeBigEndian(quint32 value, unsigned char *out)
{
    out[0] = static_cast<unsigned char>(value >> 24);
    out[1] = static_cast<unsigned char>(value >> 16);
    out[2] = static_cast<unsigned char>(value >> 8);
    out[3] = static_cast<unsigned char>(value);
}

Error badCharacter(QByteArrayView text, qsizetype offset)
{
    const auto c = static_cast<unsigned char>(text[offset]);
    return makeError(ErrorCode::InvalidValue,
                     Tr::tr("Invalid Base85 character 0x%1 at offset %2.")
                         .arg(c, 2, 16, QLatin1Char('0'))
                         .arg(offset),
                     {},
                     Tr::tr("The data is not Base85 text as Python's base64.b85encode makes it."));
}

Error overflow(qsizetype offset)
{
    return makeError(ErrorCode::InvalidValue,
                     Tr::tr("Base85 overflow in the group starting at offset %1.").arg(offset),
                     {},
                     Tr::tr("The data is not Base85 text as Python's base64.b85encode makes it."));
}

} // namespace

qsizetype encodedLength(qsizetype size)
{
    const qsizetype rest = size % 4;
    return 5 * (size / 4) + (rest ? rest + 1 : 0);
}

QByteArray encode(QByteArrayView data)
{
    const qsizetype size = data.size();
    QByteArray out(encodedLength(size), Qt::Uninitialized);
    const auto *in = reinterpret_cast<const unsigned char *>(data.data());
    char *o = out.data();
    const qsizetype whole = size / 4;
    for (qsizetype i = 0; i < whole; ++i, in += 4, o += 5)
        encodeWord(loadBigEndian(in), o);
    if (const qsizetype rest = size % 4) {
        unsigned char padded[4] = {0, 0, 0, 0};
        std::memcpy(padded, in, size_t(rest));
        char group[5];
        encodeWord(loadBigEndian(padded), group);
        std::memcpy(o, group, size_t(rest + 1));
    }
    return out;
}

Result<QByteArray> decode(QByteArrayView text)
{
    const qsizetype size = text.size();
    const qsizetype whole = size / 5;
    const qsizetype rest = size % 5;
    QByteArray out(whole * 4 + (rest ? rest - 1 : 0), Qt::Uninitialized);
    const auto *in = reinterpret_cast<const unsigned char *>(text.data());
    auto *o = reinterpret_cast<unsigned char *>(out.data());

    // Returns the group's value, or more than 2^32 - 1 for an overflow, or ~0 for a bad
    // character. The five products are independent, so they overlap in the CPU.
    const auto groupValue = [](const unsigned char *group) -> quint64 {
        const quint8 d0 = DecodeTable[group[0]], d1 = DecodeTable[group[1]],
                     d2 = DecodeTable[group[2]], d3 = DecodeTable[group[3]],
                     d4 = DecodeTable[group[4]];
        if (Q_UNLIKELY((d0 | d1 | d2 | d3 | d4) & 0x80))
            return ~quint64(0);
        return quint64(d0) * Pow85[0] + quint64(d1) * Pow85[1] + quint64(d2) * Pow85[2]
               + quint64(d3) * Pow85[3] + d4;
    };
    const auto groupError = [&](const unsigned char *group, qsizetype offset) {
        for (qsizetype i = 0; i < 5; ++i) {
            if (DecodeTable[group[i]] == Invalid)
                return badCharacter(text, offset + i);
        }
        return overflow(offset);
    };

    for (qsizetype i = 0; i < whole; ++i, in += 5, o += 4) {
        const quint64 value = groupValue(in);
        if (Q_UNLIKELY(value > 0xffffffffu))
            return fail(groupError(in, i * 5));
        storeBigEndian(quint32(value), o);
    }
    if (rest) {
        // Python pads with '~' (84) to a whole group and drops as many bytes again.
        unsigned char group[5] = {'~', '~', '~', '~', '~'};
        std::memcpy(group, in, size_t(rest));
        const quint64 value = groupValue(group);
        if (value > 0xffffffffu)
            return fail(groupError(group, whole * 5)); // padding is valid: offsets are real
        unsigned char bytes[4];
        storeBigEndian(quint32(value), bytes);
        std::memcpy(o, bytes, size_t(rest - 1));
    }
    return out;
}

} // namespace TinyDeploy::ProjectApi::Base85
