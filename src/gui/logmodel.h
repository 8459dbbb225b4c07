#pragma once

#include <util/error.h>

#include <QAbstractListModel>
#include <QCache>
#include <QDateTime>
#include <QFile>
#include <QString>

#include <memory>
#include <vector>

class QTemporaryFile;
class QTimer;

namespace TinyDeploy::Gui {

/// @brief A list model over a log FILE on disk: a step's build or flash log, possibly millions
/// of lines.
///
/// Only an index of line start offsets (8 bytes a line) plus a timestamp and a stream tag per
/// line stay in memory; the text of the lines a view shows is read back from the file and kept
/// in a small LRU cache. Appended lines are coalesced: everything that arrives within one
/// 16 ms tick becomes one rowsInserted().
///
/// Two ways to feed it: openFile() creates (truncates) a file the model writes itself, and
/// appendLine() adds to it; attachFile() follows a file somebody else writes (polled, so it
/// also works across processes). Without either, the first appendLine() creates a temporary
/// file.
class LogModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogModel)

public:
    enum class Stream : quint8 { Stdout, Stderr, Info };
    Q_ENUM(Stream)
    enum class Level : quint8 { Normal, Warning, Error };
    Q_ENUM(Level)
    enum Role {
        LineTextRole = Qt::UserRole + 1, ///< QString without the timestamp prefix.
        TimestampRole,                   ///< QDateTime the line arrived.
        StreamRole,                      ///< Stream as int.
        LevelRole,                       ///< Level as int.
        MatchRole,                       ///< bool: the line contains the highlight text.
    };

    /// Lines longer than this are shown cut (the file keeps them whole).
    static constexpr qint64 maxDisplayBytes = 16 * 1024;
    /// Decoded lines kept for the view.
    static constexpr int cacheLines = 4000;
    /// A burst of more lines than this is committed at once, before the 16 ms tick: it bounds
    /// the pending memory and the work (time without events) of one commit.
    static constexpr int maxBatchLines = 4000;

    explicit LogModel(QObject *parent = nullptr);
    ~LogModel() override;

    /// Creates or truncates @p path; appendLine() writes to it from now on.
    Result<void> openFile(const QString &path);
    /// Follows @p path, written by somebody else: indexes what is there and, polling every
    /// 200 ms, what is appended. A file that shrinks is re-read from the start.
    Result<void> attachFile(const QString &path);
    /// The file behind the model; empty before the first line or openFile()/attachFile().
    QString filePath() const;

    /// Adds a line (a text with newlines becomes several lines); an invalid @p time means now.
    /// Not shown at once: lines are committed in batches every 16 ms, or by flush().
    void appendLine(const QString &line, Stream stream = Stream::Stdout, const QDateTime &time = {});
    /// Commits the pending lines now (one rowsInserted()).
    void flush();
    /// Reads what was appended to an attached file now, instead of at the next poll.
    void refresh();
    /// Empties the view; the file keeps everything, and saveAs() still copies all of it.
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    QString lineText(int row) const;
    QDateTime timestamp(int row) const;
    Stream stream(int row) const;
    Level level(int row) const;
    /// The lines @p rows joined with '\n' (with timestamps when they are shown), for copying.
    QString text(const QList<int> &rows) const;

    /// Error for "error:", "Error", "FAILED", "Traceback", "fatal", "undefined reference";
    /// Warning for "warning:", "Warning", "WARN".
    static Level classify(QStringView line);

    /// Lines containing @p text (case-insensitive) get MatchRole and a highlight colour.
    void setHighlight(const QString &text);
    QString highlight() const { return m_highlight; }
    /// Prefix each line's display text with its time (hh:mm:ss.zzz).
    void setShowTimestamps(bool show);
    bool showTimestamps() const { return m_showTimestamps; }

    /// One bounded step of a search, for an incremental search that never blocks.
    struct FindStep
    {
        int match = -1;     ///< The matching row, or -1.
        int resumeRow = -1; ///< Where to continue when no match yet; -1 when done.
    };
    /// Looks at up to @p maxLines rows starting at @p from (inclusive), going backwards when
    /// @p backward, for @p needle (case-insensitive). No wrap-around.
    FindStep findStep(const QString &needle, int from, bool backward, int maxLines = 20000) const;
    /// The whole search at once: the next match after @p from, wrapping around; -1 if none.
    int find(const QString &needle, int from, bool backward) const;

    /// Copies the file (all of it, also what clear() hid) to @p path in a worker thread and
    /// finishes with saved() or saveFailed().
    void saveAs(const QString &path);

signals:
    void saved(const QString &path);
    void saveFailed(const TinyDeploy::Error &error);
    /// Writing or reading the file failed; the model keeps what it has.
    void fileError(const TinyDeploy::Error &error);

private:
    struct Pending
    {
        QString text;
        qint64 msecs;
        Stream stream;
    };
    struct Cached
    {
        QString text;
        Level level;
    };

    void reset();
    void ensureFile();
    void commitPending();
    void poll();
    void indexBytes(const QByteArray &bytes, qint64 at);
    qint64 lineEnd(int row) const;
    QByteArray readRange(qint64 from, qint64 to) const;
    const Cached *cached(int row) const;
    QString displayText(int row) const;
    void reportError(const Error &error);

    std::vector<qint64> m_offsets; ///< Start of each row's line in the file.
    std::vector<qint64> m_msecs;   ///< Arrival time (ms since epoch) of each row.
    std::vector<Stream> m_streams;
    qint64 m_end = 0;     ///< End of the last indexed (complete) line.
    qint64 m_scanEnd = 0; ///< Attached file: bytes read so far (>= m_end).

    QList<Pending> m_pending;
    QTimer *m_commitTimer = nullptr;
    QTimer *m_pollTimer = nullptr;

    std::unique_ptr<QTemporaryFile> m_tempFile;
    QFile m_writer;
    mutable QFile m_reader;
    QString m_path;
    bool m_attached = false;
    bool m_errorReported = false;

    mutable QCache<int, Cached> m_cache;
    QString m_highlight;
    bool m_showTimestamps = false;
};

} // namespace TinyDeploy::Gui
