#pragma once

#include <util/error.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace TinyDeploy::ProjectApi {

/// @brief Splits a byte stream into lines, like Python's universal newlines.
///
/// Pure: bytes in, complete lines out, the unterminated rest kept for the next feed().
/// "\n", "\r\n" and "\r" each end a line, also when "\r" and "\n" arrive in separate chunks.
/// Lines are returned without their terminator and are not decoded (bytes, not text).
/// A line longer than the cap either yields one LineTooLong error in its place (the rest of
/// that line is skipped, and framing resumes after its terminator) or is split into pieces of
/// at most the cap (for log output). Memory use is bounded by the cap either way.
class LineFramer final
{
public:
    enum class Overflow {
        Error, ///< An oversize line becomes one LineTooLong error; its bytes are dropped.
        Split, ///< An oversize line is emitted in pieces of at most maxLineLength bytes.
    };

    static constexpr qsizetype DefaultMaxLineLength = 16 * 1024 * 1024;

    explicit LineFramer(qsizetype maxLineLength = DefaultMaxLineLength,
                        Overflow overflow = Overflow::Error);

    /// Feeds @p data and returns the lines (or LineTooLong errors) it completed, in order.
    QList<Result<QByteArray>> feed(QByteArrayView data);

    /// End of stream: returns the unterminated last line, if there is one, and resets.
    std::optional<QByteArray> finish();

    /// Forgets everything buffered.
    void reset();

    qsizetype maxLineLength() const { return m_maxLineLength; }
    /// Bytes of the current unterminated line held in memory.
    qsizetype bufferedBytes() const { return m_partial.size(); }
    /// The current unterminated line (a prompt waits without a newline), not consumed.
    const QByteArray &pending() const { return m_partial; }

private:
    void appendSegment(QByteArrayView segment, QList<Result<QByteArray>> &out);
    void endLine(QList<Result<QByteArray>> &out);

    QByteArray m_partial;
    qsizetype m_maxLineLength;
    Overflow m_overflow;
    bool m_skipLf = false; ///< The previous chunk ended with "\r": a leading "\n" belongs to it.
    bool m_discarding = false;   ///< Inside an oversize line (Overflow::Error).
    bool m_splitEmitted = false; ///< Pieces of the current line were emitted (Overflow::Split).
};

} // namespace TinyDeploy::ProjectApi
