#pragma once

#include "loglevel.h"
#include "logsearch.h"
#include "logstore.h"

#include <util/error.h>

#include <QAbstractListModel>
#include <QCache>
#include <QDateTime>
#include <QString>

namespace TinyDeploy::Gui {

/// @brief A list model over a log FILE on disk: a step's build or flash log, possibly millions
/// of lines, read through a LogStore.
///
/// Only the store's index stays in memory; the text of the lines a view shows is read back
/// from the file and kept in a small LRU cache. Appended lines are coalesced: everything that
/// arrives within one 16 ms tick becomes one rowsInserted().
///
/// Ways to feed it: followRecordLogs() shows the step logs a deployment's record writes (the
/// wizard's pages); openFile() creates (truncates) a file the model writes itself, and
/// appendLine() adds to it; attachFile() follows a file somebody else writes (polled, so it
/// also works across processes). Without any of them, the first appendLine() creates a
/// temporary file.
class LogModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogModel)

public:
    using Stream = LogStream;
    using Level = LogLevel;
    using FindStep = LogFindStep;
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
    static constexpr int maxBatchLines = LogStore::maxBatchLines;

    explicit LogModel(QObject *parent = nullptr);
    ~LogModel() override;

    /// Creates or truncates @p path; appendLine() writes to it from now on.
    Result<void> openFile(const QString &path);
    /// Follows @p path, written by somebody else: indexes what is there and, polling every
    /// 200 ms, what is appended. A file that shrinks is re-read from the start.
    Result<void> attachFile(const QString &path);
    /// Shows the deployment record's step logs @p paths one after the other (they need not
    /// exist yet), without the lines of @p hidden streams; refresh() or refreshLater() reads
    /// what was appended.
    void followRecordLogs(const QStringList &paths, const QList<Stream> &hidden = {});
    /// The file behind the model; empty before the first line or openFile()/attachFile().
    QString filePath() const;

    /// Adds a line (a text with newlines becomes several lines); an invalid @p time means now.
    /// Not shown at once: lines are committed in batches every 16 ms, or by flush().
    void appendLine(const QString &line, Stream stream = Stream::Stdout, const QDateTime &time = {});
    /// Commits the pending lines now (one rowsInserted()).
    void flush();
    /// Reads what was appended to a followed file now, instead of at the next poll.
    void refresh();
    /// Reads what was appended to a followed file within the next 16 ms.
    void refreshLater();
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

    /// See classifyLogLine().
    static Level classify(QStringView line) { return classifyLogLine(line); }

    /// Lines containing @p text (case-insensitive) get MatchRole and a highlight colour.
    void setHighlight(const QString &text);
    QString highlight() const { return m_highlight; }
    /// Prefix each line's display text with its time (hh:mm:ss.zzz).
    void setShowTimestamps(bool show);
    bool showTimestamps() const { return m_showTimestamps; }

    /// See findLogStep().
    FindStep findStep(const QString &needle, int from, bool backward, int maxLines = 20000) const;
    /// See findInLog().
    int find(const QString &needle, int from, bool backward) const;

    /// Copies the lines (all of them, also what clear() hid) to @p path in a worker thread
    /// and finishes with saved() or saveFailed().
    void saveAs(const QString &path);

signals:
    void saved(const QString &path);
    void saveFailed(const TinyDeploy::Error &error);
    /// Writing or reading the file failed; the model keeps what it has.
    void fileError(const TinyDeploy::Error &error);

private:
    struct Cached
    {
        QString text;
        Level level;
    };

    const Cached *cached(int row) const;
    QString displayText(int row) const;

    LogStore *m_store = nullptr;
    mutable QCache<int, Cached> m_cache;
    QString m_highlight;
    bool m_showTimestamps = false;
};

} // namespace TinyDeploy::Gui
