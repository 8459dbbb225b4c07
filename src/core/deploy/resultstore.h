#pragma once

#include "deploymenttypes.h"

#include <QList>

namespace TinyDeploy::Deploy {

/// @brief The results of a deployment, within limits, and the agreement figures.
///
/// Keeps the latest results, oldest first, up to a count and about a number of bytes of
/// tensors and latencies (the newest result is always kept); older ones are dropped and
/// counted, so that running for hours uses bounded memory and disk. The agreement counters
/// cover every result added, the dropped ones included: they are the one home of "n of m
/// agree" for the record, the GUI and the CLI.
class ResultStore final
{
public:
    /// Results kept by default; older ones are dropped.
    static constexpr qsizetype DefaultMaxResults = 1000;
    /// Bytes of tensors and latencies kept by default (big outputs keep fewer).
    static constexpr qint64 DefaultMaxResultBytes = 16 * 1024 * 1024;

    /// At most @p maxResults results (at least 1) and about @p maxBytes of their data.
    void setLimits(qsizetype maxResults, qint64 maxBytes = DefaultMaxResultBytes);
    qsizetype maxResults() const { return m_maxResults; }

    void add(const RunResult &result);
    /// Starts counting the results of a new round (roundResults()).
    void beginRound() { m_roundResults = 0; }

    const QList<RunResult> &results() const { return m_results; }
    quint64 dropped() const { return m_dropped; }
    qsizetype roundResults() const { return m_roundResults; }
    /// Results with known expected outputs, and how many of them agree (dropped included).
    quint64 compared() const { return m_compared; }
    quint64 agreeing() const { return m_agreeing; }
    bool allAgree() const { return m_compared == m_agreeing; }

    /// What @p result holds in memory, roughly: its tensors and its latencies.
    static qint64 bytesOf(const RunResult &result);

private:
    QList<RunResult> m_results;
    qsizetype m_maxResults = DefaultMaxResults;
    qint64 m_maxBytes = DefaultMaxResultBytes;
    qint64 m_bytes = 0;
    quint64 m_dropped = 0;
    qsizetype m_roundResults = 0;
    quint64 m_compared = 0;
    quint64 m_agreeing = 0;
};

} // namespace TinyDeploy::Deploy
