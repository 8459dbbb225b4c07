#include "logstore.h"
#include "guilogging.h"
#include "logrecordline.h"
#include "logsave.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>
#include <QTimer>

#include <cstring>
#include <limits>
#include <optional>

#include <sys/stat.h>
#include <unistd.h>

namespace TinyDeploy::Gui {

namespace {
// The strings were LogModel's; they keep its translation context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TinyDeploy::Gui::LogModel)
};

constexpr int commitIntervalMs = 16;
constexpr int pollIntervalMs = 200;
constexpr qint64 pollChunkBytes = 4 * 1024 * 1024;
/// Enough of a line to read the record's prefix from it.
constexpr qsizetype headBytes = 96;

quint8 streamBit(LogStream stream)
{
    return quint8(1u << unsigned(stream));
}

quint32 clampLength(qint64 length)
{
    return quint32(std::clamp<qint64>(length, 0, std::numeric_limits<quint32>::max()));
}

bool sameFile(const QString &path, int fd)
{
    struct stat byName = {};
    struct stat byHandle = {};
    if (::stat(QFile::encodeName(path).constData(), &byName) != 0 || ::fstat(fd, &byHandle) != 0)
        return false;
    return byName.st_dev == byHandle.st_dev && byName.st_ino == byHandle.st_ino;
}
} // namespace

struct LogStore::File
{
    QString path;
    mutable QFile reader;
    bool record = false;
    qint64 scanned = 0;   ///< Bytes read so far.
    qint64 lineStart = 0; ///< Where the line being read starts.
    QByteArray carry;     ///< Its first bytes, when it started in an earlier read.
    qint64 lastMsecs = 0; ///< Of the last line, for continuation lines (no prefix).
    LogStream lastStream = LogStream::Stdout;
};

LogStore::LogStore(QObject *parent)
    : QObject(parent)
    , m_tick(new QTimer(this))
    , m_pollTimer(new QTimer(this))
{
    m_tick->setSingleShot(true);
    m_tick->setInterval(commitIntervalMs);
    connect(m_tick, &QTimer::timeout, this, &LogStore::onTick);
    m_pollTimer->setInterval(pollIntervalMs);
    connect(m_pollTimer, &QTimer::timeout, this, &LogStore::poll);
}

LogStore::~LogStore()
{
    commitPending();
}

void LogStore::reset()
{
    emit aboutToBeReset();
    m_tick->stop();
    m_pollTimer->stop();
    m_pending.clear();
    m_rows.clear();
    m_incoming = {};
    m_shownFrom = 0;
    m_files.clear();
    m_sources.clear();
    m_hidden = 0;
    if (m_writer.isOpen())
        m_writer.close();
    m_tempFile.reset();
    m_writerPath.clear();
    m_writeEnd = 0;
    m_mode = Mode::None;
    m_restartPending = false;
    m_errorReported = false;
    emit resetDone();
}

Result<void> LogStore::openFile(const QString &path)
{
    reset();
    m_writer.setFileName(path);
    if (!m_writer.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return fail(ErrorCode::Io,
                    Tr::tr("Cannot create the log file: %1.").arg(m_writer.errorString()),
                    path,
                    Tr::tr("Check that the folder exists and that you may write to it."));
    }
    auto file = std::make_unique<File>();
    file->path = path;
    file->reader.setFileName(path);
    if (!file->reader.open(QIODevice::ReadOnly)) {
        const QString reason = file->reader.errorString();
        m_writer.close();
        return fail(ErrorCode::Io, Tr::tr("Cannot read the log file: %1.").arg(reason), path);
    }
    m_files.push_back(std::move(file));
    m_writerPath = path;
    m_mode = Mode::Writer;
    return ok();
}

void LogStore::ensureFile()
{
    if (m_mode != Mode::None)
        return;
    m_tempFile = std::make_unique<QTemporaryFile>();
    m_tempFile->setFileTemplate(QDir::tempPath() + QStringLiteral("/tinydeploy-log-XXXXXX.txt"));
    if (!m_tempFile->open()) {
        reportError(makeError(ErrorCode::Io,
                              Tr::tr("Cannot create a temporary log file: %1.")
                                  .arg(m_tempFile->errorString()),
                              m_tempFile->fileTemplate()));
        m_tempFile.reset();
        return;
    }
    const QString path = m_tempFile->fileName();
    m_tempFile->close(); // kept (not removed) until the store goes; reopened below
    m_writer.setFileName(path);
    auto file = std::make_unique<File>();
    file->path = path;
    file->reader.setFileName(path);
    if (m_writer.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file->reader.open(QIODevice::ReadOnly)) {
        m_files.push_back(std::move(file));
        m_writerPath = path;
        m_mode = Mode::Writer;
    } else {
        reportError(makeError(ErrorCode::Io,
                              Tr::tr("Cannot write the log file: %1.").arg(m_writer.errorString()),
                              path));
    }
}

void LogStore::reportError(const Error &error)
{
    // One report per file: a full disk would otherwise produce one per batch.
    if (m_errorReported)
        return;
    m_errorReported = true;
    qCWarning(lcGui) << error.oneLine();
    emit fileError(error);
}

void LogStore::appendLine(const QString &line, LogStream stream, const QDateTime &time)
{
    if (m_mode == Mode::Attached || m_mode == Mode::Record)
        return; // somebody else writes those files
    const qint64 msecs = time.isValid() ? time.toMSecsSinceEpoch()
                                        : QDateTime::currentMSecsSinceEpoch();
    if (line.contains(QLatin1Char('\n'))) {
        const QStringList parts = line.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < parts.size(); ++i) {
            // "a\n" is one line, not two
            if (i == parts.size() - 1 && parts[i].isEmpty() && i > 0)
                break;
            m_pending.append({parts[i], msecs, stream});
        }
    } else {
        m_pending.append({line, msecs, stream});
    }
    if (m_pending.size() >= maxBatchLines)
        commitPending();
    else if (!m_tick->isActive())
        m_tick->start();
}

void LogStore::commitPending()
{
    m_tick->stop(); // the next line starts the next batch's tick
    if (m_pending.isEmpty())
        return;
    ensureFile();
    if (m_mode != Mode::Writer || !m_writer.isOpen()) {
        m_pending.clear();
        return;
    }
    QByteArray bytes;
    qsizetype estimate = 0;
    for (const Pending &pending : std::as_const(m_pending))
        estimate += pending.text.size() + 1;
    bytes.reserve(estimate + estimate / 4);
    for (const Pending &pending : std::as_const(m_pending)) {
        const qint64 start = m_writeEnd + bytes.size();
        QString text = pending.text;
        if (text.endsWith(QLatin1Char('\r')))
            text.chop(1);
        const QByteArray utf8 = text.toUtf8();
        bytes += utf8;
        bytes += '\n';
        m_incoming.push_back(
            {start, pending.msecs, clampLength(utf8.size()), 0, quint8(pending.stream)});
    }
    m_pending.clear();
    if (m_writer.write(bytes) != bytes.size() || !m_writer.flush()) {
        m_incoming.clear();
        reportError(makeError(ErrorCode::Io,
                              Tr::tr("Cannot write the log file: %1.").arg(m_writer.errorString()),
                              m_writerPath,
                              Tr::tr("Free some disk space; the log shown may be incomplete.")));
        return;
    }
    m_writeEnd += bytes.size();
    commitIncoming();
}

void LogStore::commitIncoming()
{
    if (m_incoming.empty())
        return;
    const int first = rowCount();
    emit rowsAboutToBeAppended(first, first + int(m_incoming.size()) - 1);
    for (const Row &row : m_incoming)
        m_rows.append(row);
    m_incoming.clear();
    emit rowsAppended();
}

Result<void> LogStore::attachFile(const QString &path)
{
    reset();
    auto file = std::make_unique<File>();
    file->path = path;
    file->reader.setFileName(path);
    if (!file->reader.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Io,
                    Tr::tr("Cannot read the log file: %1.").arg(file->reader.errorString()),
                    path,
                    Tr::tr("Check that the file exists and that you may read it."));
    }
    m_files.push_back(std::move(file));
    m_sources = {Source{path, 0}};
    m_mode = Mode::Attached;
    poll();
    m_pollTimer->start();
    return ok();
}

void LogStore::followRecordLogs(const QStringList &paths, const QList<LogStream> &hidden)
{
    reset();
    for (const QString &path : paths)
        m_sources.append(Source{path, -1});
    for (LogStream stream : hidden)
        m_hidden |= streamBit(stream);
    m_mode = Mode::Record;
    poll();
}

QString LogStore::filePath() const
{
    if (m_mode == Mode::Writer)
        return m_writerPath;
    return m_sources.isEmpty() ? QString() : m_sources.constLast().path;
}

void LogStore::refreshLater()
{
    if ((m_mode == Mode::Attached || m_mode == Mode::Record) && !m_tick->isActive())
        m_tick->start();
}

void LogStore::onTick()
{
    if (m_mode == Mode::Writer || m_mode == Mode::None)
        commitPending();
    else
        poll();
}

void LogStore::flush()
{
    if (m_mode == Mode::Attached || m_mode == Mode::Record)
        refresh();
    else
        commitPending();
}

void LogStore::refresh()
{
    m_tick->stop();
    while (readSome(pollChunkBytes)) {
    }
}

void LogStore::poll()
{
    // Catch up on a large file without holding the event loop: one chunk per turn.
    if (readSome(pollChunkBytes))
        QTimer::singleShot(0, this, &LogStore::poll);
}

bool LogStore::readSome(qint64 budget)
{
    if (m_mode != Mode::Attached && m_mode != Mode::Record)
        return false;
    bool more = false;
    for (Source &source : m_sources) {
        if (readSource(source, budget))
            more = true;
        if (m_restartPending || budget <= 0)
            break;
    }
    commitIncoming();
    if (m_restartPending) {
        m_restartPending = false;
        restart();
        return m_mode != Mode::None;
    }
    return more && budget <= 0;
}

bool LogStore::openSource(Source &source)
{
    auto file = std::make_unique<File>();
    file->path = source.path;
    file->record = m_mode == Mode::Record;
    file->reader.setFileName(source.path);
    if (!file->reader.open(QIODevice::ReadOnly))
        return false; // not there yet
    source.file = int(m_files.size());
    m_files.push_back(std::move(file));
    return true;
}

bool LogStore::readSource(Source &source, qint64 &budget)
{
    if (source.file < 0 && (!QFileInfo::exists(source.path) || !openSource(source)))
        return false;
    File &file = *m_files[size_t(source.file)];
    struct stat info = {};
    if (::fstat(file.reader.handle(), &info) != 0)
        return false;
    const qint64 size = info.st_size;
    if (size < file.scanned) {
        m_restartPending = true; // truncated in place: start over
        return false;
    }
    if (size > file.scanned) {
        const qint64 bytes = std::min(size - file.scanned, budget);
        const QByteArray chunk = readAt(source.file, file.scanned, bytes);
        if (chunk.isEmpty())
            return false;
        indexChunk(source.file, chunk);
        budget -= chunk.size();
        if (file.scanned < size)
            return true;
    }
    // All of it read: a log renamed away and started afresh (rotation) goes on in a new file.
    if (m_mode == Mode::Record && QFileInfo::exists(source.path)
        && !sameFile(source.path, file.reader.handle())) {
        source.file = -1;
        return budget > 0 ? readSource(source, budget) : true;
    }
    return false;
}

void LogStore::restart()
{
    const Mode mode = m_mode;
    QStringList paths;
    for (const Source &source : std::as_const(m_sources))
        paths << source.path;
    const quint8 hidden = m_hidden;
    reset();
    if (mode == Mode::Attached && !paths.isEmpty()) {
        if (!attachFile(paths.constFirst()))
            reset();
        return;
    }
    for (const QString &path : std::as_const(paths))
        m_sources.append(Source{path, -1});
    m_hidden = hidden;
    m_mode = mode;
}

void LogStore::indexChunk(int fileIndex, const QByteArray &bytes)
{
    File &file = *m_files[size_t(fileIndex)];
    const qint64 at = file.scanned;
    const char *data = bytes.constData();
    const char *end = data + bytes.size();
    for (const char *p = data; p < end;) {
        const void *found = std::memchr(p, '\n', size_t(end - p));
        if (!found) {
            // A partial line: keep its start, for the prefix, until its newline comes.
            if (file.record && file.carry.size() < headBytes)
                file.carry.append(p, std::min<qsizetype>(end - p, headBytes - file.carry.size()));
            break;
        }
        const char *newline = static_cast<const char *>(found);
        QByteArrayView head;
        if (file.carry.isEmpty()) {
            head = QByteArrayView(p, std::min<qsizetype>(newline - p, headBytes));
        } else {
            file.carry.append(p, std::min<qsizetype>(newline - p, headBytes - file.carry.size()));
            head = file.carry;
        }
        const qint64 lineEnd = at + (newline - data);
        addLine(fileIndex, file.lineStart, lineEnd - file.lineStart, head);
        file.carry.clear();
        file.lineStart = lineEnd + 1;
        p = newline + 1;
    }
    file.scanned = at + bytes.size();
}

void LogStore::addLine(int fileIndex, qint64 start, qint64 length, QByteArrayView head)
{
    File &file = *m_files[size_t(fileIndex)];
    Row row{start, 0, clampLength(length), quint16(fileIndex), quint8(LogStream::Stdout)};
    if (!file.record) {
        row.msecs = QDateTime::currentMSecsSinceEpoch();
    } else if (const std::optional<RecordLinePrefix> prefix = parseRecordLinePrefix(head)) {
        row.start += prefix->length;
        row.length = clampLength(length - prefix->length);
        row.msecs = prefix->msecs;
        row.stream = quint8(prefix->stream);
        file.lastMsecs = prefix->msecs;
        file.lastStream = prefix->stream;
    } else {
        // A text with a newline in it: the rest belongs to the line before.
        row.msecs = file.lastMsecs ? file.lastMsecs : QDateTime::currentMSecsSinceEpoch();
        row.stream = quint8(file.lastStream);
    }
    if (m_hidden & streamBit(LogStream(row.stream)))
        return;
    m_incoming.push_back(row);
    if (m_incoming.size() >= size_t(maxBatchLines) * 16)
        commitIncoming(); // bounds the memory of one huge read
}

void LogStore::clear()
{
    flush();
    emit aboutToBeReset();
    m_shownFrom = m_rows.size();
    emit resetDone();
}

qint64 LogStore::msecs(int shownRow) const
{
    if (shownRow < 0 || shownRow >= rowCount())
        return 0;
    return row(shownRow).msecs;
}

LogStream LogStore::stream(int shownRow) const
{
    if (shownRow < 0 || shownRow >= rowCount())
        return LogStream::Stdout;
    return LogStream(row(shownRow).stream);
}

QByteArray LogStore::readAt(int fileIndex, qint64 from, qint64 bytes) const
{
    if (fileIndex < 0 || size_t(fileIndex) >= m_files.size() || bytes <= 0)
        return {};
    QFile &reader = m_files[size_t(fileIndex)]->reader;
    if (!reader.isOpen() || !reader.seek(from))
        return {};
    return reader.read(bytes);
}

QByteArray LogStore::lineBytes(int shownRow, qint64 maxBytes, bool *cut) const
{
    if (cut)
        *cut = false;
    if (shownRow < 0 || shownRow >= rowCount())
        return {};
    const Row &line = row(shownRow);
    if (cut)
        *cut = line.length > maxBytes;
    return readAt(line.file, line.start, std::min<qint64>(line.length, maxBytes));
}

LogStore::Block LogStore::readBlock(int first, int last, bool keepLast, qint64 maxBytes) const
{
    Block block;
    if (first < 0 || last >= rowCount() || first > last)
        return block;
    // One file per block: the rows of another file are for the next block.
    const quint16 file = row(keepLast ? last : first).file;
    if (keepLast) {
        for (int r = last - 1; r >= first; --r) {
            if (row(r).file != file) {
                first = r + 1;
                break;
            }
        }
    } else {
        for (int r = first + 1; r <= last; ++r) {
            if (row(r).file != file) {
                last = r - 1;
                break;
            }
        }
    }
    auto end = [this](int r) { return row(r).start + row(r).length; };
    // Very long lines: fewer of them per block.
    while (last > first && end(last) - row(first).start > maxBytes) {
        if (keepLast)
            first = (first + last + 1) / 2;
        else
            last = (first + last) / 2;
    }
    block.first = first;
    block.last = last;
    block.base = row(first).start;
    block.file = file;
    block.bytes = readAt(file, block.base, end(last) - block.base);
    return block;
}

QByteArrayView LogStore::lineIn(const Block &block, int shownRow) const
{
    if (shownRow < block.first || shownRow > block.last || shownRow >= rowCount())
        return {};
    const Row &line = row(shownRow);
    const qint64 at = line.start - block.base;
    if (at < 0 || at + line.length > block.bytes.size())
        return {};
    return QByteArrayView(block.bytes.constData() + at, qsizetype(line.length));
}

LogSaveJob LogStore::saveJob() const
{
    LogSaveJob job;
    job.fds.reserve(m_files.size());
    for (const std::unique_ptr<File> &file : m_files) {
        const int fd = file->reader.isOpen() ? ::dup(file->reader.handle()) : -1;
        job.fds.push_back(fd);
    }
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const Row &line = m_rows[i];
        // Neighbouring lines of one file are one range: a plain log is copied in big reads.
        if (!job.ranges.empty()) {
            LogSaveJob::Range &last = job.ranges.back();
            if (last.file == line.file && last.start + last.length + 1 == line.start) {
                last.length += 1 + line.length;
                continue;
            }
        }
        job.ranges.push_back({line.file, line.start, line.length});
    }
    return job;
}

} // namespace TinyDeploy::Gui
