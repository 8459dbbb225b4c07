#pragma once

#include "modelinfo.h"
#include "util/error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace TinyDeploy::Mlf {

/// @brief Incremental decoder of `parameters/<mod>.params` (spec 6.6): names, dtypes, shapes and
/// sizes, without ever holding the tensor data.
///
/// Feed the member in chunks of any size; data bytes that are fed are counted and dropped.
/// A reader that can skip input instead may ask bytesToSkip() before reading and call
/// skipped(n) for what it skipped. Call finish() at the end of the member.
/// @code
/// ParamsDecoder decoder(member);
/// while (more data) { if (auto r = decoder.feed(chunk); !r) return fail(r.error()); }
/// Result<QList<ParamInfo>> params = decoder.finish();
/// @endcode
/// Errors: BadParamsMagic (expected and found in hex), ParamsTruncated, LimitExceeded
/// (counts and sizes beyond the limits below), InvalidValue (name count differs from array
/// count, negative or inconsistent sizes, bad dtype, trailing bytes). After an error every call
/// returns the same error.
class ParamsDecoder final
{
public:
    static constexpr quint64 listMagic = 0xF7E58D4F05049CB7ULL;
    static constexpr quint64 arrayMagic = 0xDD5E40F096B4A13FULL;
    static constexpr quint64 maxParams = 1 << 20;
    static constexpr quint64 maxNameBytes = 64 * 1024;
    static constexpr int maxDimensions = 32;
    static constexpr qint64 maxArrayBytes = qint64(1) << 40;

    explicit ParamsDecoder(const QString &member = QStringLiteral("parameters/default.params"));

    /// Consumes all of @p chunk.
    Result<void> feed(QByteArrayView chunk);
    /// Tensor data bytes that may be skipped now instead of being fed; 0 when header bytes are
    /// expected next.
    qint64 bytesToSkip() const;
    /// Tells the decoder that @p n (at most bytesToSkip()) data bytes were skipped.
    Result<void> skipped(qint64 n);
    /// True once the last array has been read completely.
    bool isComplete() const;
    /// Ends the member: the decoded params, or ParamsTruncated if the member ended early.
    Result<QList<ParamInfo>> finish();
    /// Bytes consumed so far (fed and skipped).
    qint64 offset() const { return m_offset; }

private:
    enum class State {
        ListHeader,
        NameLength,
        Name,
        ArrayCount,
        ArrayHeader,
        Shape,
        DataSize,
        Data,
        Done
    };

    Result<void> process();
    Result<void> enter(State state);
    Result<void> fail(Error error);
    Error truncated() const;
    QString stateName() const;

    QString m_member;
    State m_state = State::ListHeader;
    QByteArray m_buffer;
    qsizetype m_need = 24;
    qint64 m_offset = 0;
    qint64 m_dataLeft = 0;
    quint64 m_nameCount = 0;
    quint64 m_arrayCount = 0;
    quint64 m_arrayIndex = 0;
    int m_ndim = 0;
    QString m_dtype;
    int m_elementBytes = 0;
    QList<ParamInfo> m_params;
    std::optional<Error> m_error;
};

/// Decodes a whole params member at once.
Result<QList<ParamInfo>> decodeParams(
    QByteArrayView whole, const QString &member = QStringLiteral("parameters/default.params"));

} // namespace TinyDeploy::Mlf
