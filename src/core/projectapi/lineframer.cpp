#include "lineframer.h"

#include "projectapitr.h"

#include <algorithm>

namespace TinyDeploy::ProjectApi {

LineFramer::LineFramer(qsizetype maxLineLength, Overflow overflow)
    : m_maxLineLength(std::max<qsizetype>(1, maxLineLength))
    , m_overflow(overflow)
{}

static Error lineTooLong(qsizetype limit)
{
    return makeError(ErrorCode::LineTooLong,
                     Tr::tr("A line is longer than the limit of %1 bytes.").arg(limit),
                     {},
                     Tr::tr("The other side sent more data on one line than is plausible; "
                            "the line was skipped."),
                     Tr::tr("Line length limit: %1 bytes.").arg(limit));
}

void LineFramer::appendSegment(QByteArrayView segment, QList<Result<QByteArray>> &out)
{
    if (m_discarding) {
        return;
    }
    if (m_partial.size() + segment.size() <= m_maxLineLength) {
        m_partial.append(segment);
        return;
    }
    if (m_overflow == Overflow::Error) {
        // Report as soon as the cap is crossed: waiting for the terminator of a 100 MB line
        // would keep the caller waiting for nothing.
        out.append(std::unexpected(lineTooLong(m_maxLineLength)));
        m_partial.clear();
        m_discarding = true;
        return;
    }
    while (m_partial.size() + segment.size() > m_maxLineLength) {
        const qsizetype take = m_maxLineLength - m_partial.size();
        m_partial.append(segment.first(take));
        segment = segment.sliced(take);
        out.append(std::exchange(m_partial, QByteArray()));
        m_splitEmitted = true;
    }
    m_partial.append(segment);
}

void LineFramer::endLine(QList<Result<QByteArray>> &out)
{
    if (m_discarding) {
        m_discarding = false;
        return;
    }
    if (!(m_splitEmitted && m_partial.isEmpty()))
        out.append(std::exchange(m_partial, QByteArray()));
    m_splitEmitted = false;
}

QList<Result<QByteArray>> LineFramer::feed(QByteArrayView data)
{
    QList<Result<QByteArray>> out;
    const char *begin = data.data();
    const char *end = begin + data.size();
    const char *pos = begin;
    if (m_skipLf && pos != end) {
        if (*pos == '\n')
            ++pos;
        m_skipLf = false;
    }
    while (pos != end) {
        const char *term = std::find_if(pos, end, [](char c) { return c == '\n' || c == '\r'; });
        appendSegment(QByteArrayView(pos, term - pos), out);
        if (term == end)
            break;
        endLine(out);
        pos = term + 1;
        if (*term == '\r') {
            if (pos == end)
                m_skipLf = true;
            else if (*pos == '\n')
                ++pos;
        }
    }
    return out;
}

std::optional<QByteArray> LineFramer::finish()
{
    std::optional<QByteArray> rest;
    if (!m_discarding && !m_partial.isEmpty())
        rest = m_partial;
    reset();
    return rest;
}

void LineFramer::reset()
{
    m_partial.clear();
    m_skipLf = false;
    m_discarding = false;
    m_splitEmitted = false;
}

} // namespace TinyDeploy::ProjectApi
