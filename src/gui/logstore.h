#pragma once

#include <deploy/deploymenttypes.h>
#include <util/error.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QFile>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QTemporaryFile;
class QTimer;

namespace TinyDeploy::Gui {

struct LogSaveJob;

/// Where a log line came from: the deployment's own enum, so that the record, the
/// deployment's signals and the log view name the streams one way.
using LogStream = Deploy::LogStream;

/// @brief The lines of a log on disk, indexed by row; QtCore only.
///
/// Three ways to fill it: openFile() creates (truncates) a file that appendLine() writes;
/// attachFile() follows a plain text file somebody else writes (polled every 200 ms, so it
/// also works across processes); followRecordLogs() follows the step logs a
/// DeploymentRecord writes ("<UTC time> [<stream>] <text>" lines), one file after the other,
/// reading them when told (refreshLater()). Without any of them, the first appendLine()
/// creates a temporary file.
///
/// Only an index stays in memory: per line where its text is, when it arrived and its
/// stream (24 bytes). The text is read back from the file when asked for. Appended lines are
/// coalesced: what arrives within one 16 ms tick becomes one rowsAppended().
///
/// A followed log that is renamed away and started afresh (the record's rotation) keeps its
/// lines: the open file still holds them, and the new file is read from its start.
class LogStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogStore)

public:
    /// A burst of more lines than this is committed at once, before the 16 ms tick.
    static constexpr int maxBatchLines = 4000;

    explicit LogStore(QObject *parent = nullptr);
    ~LogStore() override;

    /// Creates or truncates @p path; appendLine() writes to it from now on.
    Result<void> openFile(const QString &path);
    /// Adds a line (a text with newlines becomes several lines); an invalid @p time means
    /// now. Committed in batches every 16 ms, or by flush(). Ignored while following files.
    void appendLine(const QString &line, LogStream stream, const QDateTime &time);

    /// Follows the plain text file @p path: indexes what is there and, polling, what is
    /// appended. A file that shrinks is read again from the start.
    Result<void> attachFile(const QString &path);
    /// Follows the record's step logs @p paths, in that order (the files need not exist
    /// yet), without lines of @p hidden streams. Not polled: call refreshLater() when a line
    /// was written.
    void followRecordLogs(const QStringList &paths, const QList<LogStream> &hidden = {});
    /// Reads what was appended within the next 16 ms tick (many calls, one read).
    void refreshLater();
    /// Reads everything appended to the followed files now.
    void refresh();
    /// Writes the pending lines, or reads the followed files, now.
    void flush();
    /// Hides the lines there are (rowCount() 0); they stay in the file and in saveJob().
    void clear();

    /// The file written or followed (the last of followed logs); empty before there is one.
    QString filePath() const;

    int rowCount() const { return int(m_rows.size() - m_shownFrom); }
    qint64 msecs(int row) const;
    LogStream stream(int row) const;
    /// The line's bytes without the newline (and without the record's prefix), at most
    /// @p maxBytes; @p cut tells whether there were more.
    QByteArray lineBytes(int row, qint64 maxBytes, bool *cut = nullptr) const;

    /// Lines read in one go, for searching.
    struct Block
    {
        int first = 0;
        int last = -1;
        QByteArray bytes;
        qint64 base = 0;
        qint64 file = -1;
    };
    /// Rows from @p first to @p last (shown rows, inclusive), fewer when they lie in more
    /// than one file or take more than @p maxBytes: the block keeps @p last when
    /// @p keepLast, else @p first.
    Block readBlock(int first, int last, bool keepLast, qint64 maxBytes) const;
    /// The bytes of @p row inside @p block (empty when outside).
    QByteArrayView lineIn(const Block &block, int row) const;

    /// Everything there is (also what clear() hid), for saving in another thread.
    LogSaveJob saveJob() const;

signals:
    void rowsAboutToBeAppended(int first, int last);
    void rowsAppended();
    void aboutToBeReset();
    void resetDone();
    /// Writing or reading a file failed; the store keeps what it has. Once per file.
    void fileError(const TinyDeploy::Error &error);

private:
    enum class Mode : quint8 { None, Writer, Attached, Record };
    struct Row
    {
        qint64 start = 0; ///< Offset of the text in its file.
        qint64 msecs = 0; ///< Arrival (ms since the epoch).
        quint32 length = 0;
        quint16 file = 0;
        quint8 stream = 0; ///< LogStream (a byte, so that a row is 24 bytes).
    };
    struct File;
    struct Source
    {
        QString path;
        int file = -1; ///< In m_files; -1 until the file exists.
    };

    void reset();
    void ensureFile();
    void commitPending();
    void onTick();
    void poll();
    bool readSome(qint64 budget);
    bool readSource(Source &source, qint64 &budget);
    bool openSource(Source &source);
    void indexChunk(int fileIndex, const QByteArray &bytes);
    void addLine(int fileIndex, qint64 start, qint64 length, QByteArrayView head);
    void commitIncoming();
    void restart();
    static_assert(sizeof(Row) == 24);
    /// The rows in blocks of a fixed size: growing never copies the whole index (a million
    /// rows would hold the event loop for tens of ms while a vector of them moves).
    class RowIndex
    {
    public:
        size_t size() const { return m_size; }
        const Row &operator[](size_t i) const { return m_blocks[i >> blockBits][i & blockMask]; }
        void append(const Row &row)
        {
            if ((m_size & blockMask) == 0) {
                m_blocks.emplace_back();
                m_blocks.back().reserve(blockMask + 1);
            }
            m_blocks.back().push_back(row);
            ++m_size;
        }
        void clear()
        {
            m_blocks.clear();
            m_size = 0;
        }

    private:
        static constexpr size_t blockBits = 16;
        static constexpr size_t blockMask = (size_t(1) << blockBits) - 1;
        std::vector<std::vector<Row>> m_blocks;
        size_t m_size = 0;
    };
    const Row &row(int shownRow) const { return m_rows[size_t(m_shownFrom + shownRow)]; }
    QByteArray readAt(int fileIndex, qint64 from, qint64 bytes) const;
    void reportError(const Error &error);

    Mode m_mode = Mode::None;
    RowIndex m_rows;
    std::vector<Row> m_incoming;
    size_t m_shownFrom = 0;
    std::vector<std::unique_ptr<File>> m_files;
    QList<Source> m_sources;
    quint8 m_hidden = 0; ///< Bit per LogStream.

    struct Pending
    {
        QString text;
        qint64 msecs;
        LogStream stream;
    };
    QList<Pending> m_pending;
    std::unique_ptr<QTemporaryFile> m_tempFile;
    QFile m_writer;
    QString m_writerPath;
    qint64 m_writeEnd = 0;

    QTimer *m_tick = nullptr;
    QTimer *m_pollTimer = nullptr;
    bool m_restartPending = false;
    bool m_errorReported = false;
};

} // namespace TinyDeploy::Gui
