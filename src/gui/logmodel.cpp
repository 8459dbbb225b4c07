#include "logmodel.h"
#include "guilogging.h"
#include "statuscolors.h"

#include <QBrush>
#include <QColor>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPalette>
#include <QPointer>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryFile>
#include <QThread>
#include <QTimer>

#include <cstring>

namespace TinyDeploy::Gui {

namespace {
constexpr int commitIntervalMs = 16;
constexpr int pollIntervalMs = 200;
constexpr qint64 pollChunkBytes = 4 * 1024 * 1024;
constexpr qint64 maxFindBlockBytes = 8 * 1024 * 1024;
constexpr qint64 copyChunkBytes = 1024 * 1024;

const QRegularExpression &errorPattern()
{
    static const QRegularExpression re(
        QStringLiteral("(?i:\\berror\\b\\s*:|\\bfatal\\b\\s*:|undefined reference)"
                       "|\\bError\\b|\\bERROR\\b|FAILED|\\bFAIL\\b|Traceback|Exception\\b"));
    return re;
}

const QRegularExpression &warningPattern()
{
    static const QRegularExpression re(
        QStringLiteral("(?i:\\bwarning\\b\\s*:)|\\bWarning\\b|\\bWARN(ING)?\\b"));
    return re;
}

QString timePrefix(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs).toString(QStringLiteral("hh:mm:ss.zzz"));
}

QString decodeLine(const QByteArray &bytes, bool cut)
{
    QString text = QString::fromUtf8(bytes);
    if (text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    if (cut)
        text += QChar(0x2026);
    return text;
}
} // namespace

LogModel::LogModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_commitTimer(new QTimer(this))
    , m_pollTimer(new QTimer(this))
    , m_cache(cacheLines)
{
    m_commitTimer->setSingleShot(true);
    m_commitTimer->setInterval(commitIntervalMs);
    connect(m_commitTimer, &QTimer::timeout, this, &LogModel::commitPending);
    m_pollTimer->setInterval(pollIntervalMs);
    connect(m_pollTimer, &QTimer::timeout, this, &LogModel::poll);
}

LogModel::~LogModel()
{
    // Pending lines still reach the file, but views must not hear of rows from a dying model:
    // a view that owns this model is already half destroyed when its children go.
    blockSignals(true);
    commitPending();
}

void LogModel::reset()
{
    beginResetModel();
    m_commitTimer->stop();
    m_pollTimer->stop();
    m_pending.clear();
    m_offsets = {};
    m_msecs = {};
    m_streams = {};
    m_end = 0;
    m_scanEnd = 0;
    m_cache.clear();
    if (m_writer.isOpen())
        m_writer.close();
    if (m_reader.isOpen())
        m_reader.close();
    m_tempFile.reset();
    m_path.clear();
    m_attached = false;
    m_errorReported = false;
    endResetModel();
}

Result<void> LogModel::openFile(const QString &path)
{
    reset();
    m_writer.setFileName(path);
    if (!m_writer.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return fail(ErrorCode::Io,
                    tr("Cannot create the log file: %1.").arg(m_writer.errorString()),
                    path,
                    tr("Check that the folder exists and that you may write to it."));
    }
    m_path = path;
    m_reader.setFileName(path);
    if (!m_reader.open(QIODevice::ReadOnly)) {
        const QString reason = m_reader.errorString();
        m_writer.close();
        m_path.clear();
        return fail(ErrorCode::Io, tr("Cannot read the log file: %1.").arg(reason), path);
    }
    return ok();
}

Result<void> LogModel::attachFile(const QString &path)
{
    reset();
    m_reader.setFileName(path);
    if (!m_reader.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Io,
                    tr("Cannot read the log file: %1.").arg(m_reader.errorString()),
                    path,
                    tr("Check that the file exists and that you may read it."));
    }
    m_path = path;
    m_attached = true;
    poll();
    m_pollTimer->start();
    return ok();
}

QString LogModel::filePath() const
{
    return m_path;
}

void LogModel::ensureFile()
{
    if (!m_path.isEmpty() || m_attached)
        return;
    m_tempFile = std::make_unique<QTemporaryFile>();
    m_tempFile->setFileTemplate(QDir::tempPath() + QStringLiteral("/tinydeploy-log-XXXXXX.txt"));
    if (!m_tempFile->open()) {
        reportError(
            makeError(ErrorCode::Io,
                      tr("Cannot create a temporary log file: %1.").arg(m_tempFile->errorString()),
                      m_tempFile->fileTemplate()));
        m_tempFile.reset();
        return;
    }
    const QString path = m_tempFile->fileName();
    m_tempFile->close(); // kept (not removed) until the model goes; reopened below
    m_writer.setFileName(path);
    m_reader.setFileName(path);
    if (m_writer.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && m_reader.open(QIODevice::ReadOnly)) {
        m_path = path;
    } else {
        reportError(makeError(ErrorCode::Io,
                              tr("Cannot write the log file: %1.").arg(m_writer.errorString()),
                              path));
    }
}

void LogModel::reportError(const Error &error)
{
    // One report per file: a full disk would otherwise produce one per batch.
    if (m_errorReported)
        return;
    m_errorReported = true;
    qCWarning(lcGui) << error.oneLine();
    emit fileError(error);
}

void LogModel::appendLine(const QString &line, Stream stream, const QDateTime &time)
{
    if (m_attached)
        return; // somebody else writes that file
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
    else if (!m_commitTimer->isActive())
        m_commitTimer->start();
}

void LogModel::flush()
{
    if (m_attached)
        refresh();
    else
        commitPending();
}

void LogModel::commitPending()
{
    m_commitTimer->stop();
    if (m_pending.isEmpty())
        return;
    ensureFile();
    if (!m_writer.isOpen()) {
        m_pending.clear();
        return;
    }
    QByteArray bytes;
    qsizetype estimate = 0;
    for (const Pending &pending : std::as_const(m_pending))
        estimate += pending.text.size() + 1;
    bytes.reserve(estimate + estimate / 4);
    std::vector<qint64> starts;
    starts.reserve(m_pending.size());
    for (const Pending &pending : std::as_const(m_pending)) {
        starts.push_back(m_end + bytes.size());
        QString text = pending.text;
        if (text.endsWith(QLatin1Char('\r')))
            text.chop(1);
        bytes += text.toUtf8();
        bytes += '\n';
    }
    if (m_writer.write(bytes) != bytes.size() || !m_writer.flush()) {
        reportError(makeError(ErrorCode::Io,
                              tr("Cannot write the log file: %1.").arg(m_writer.errorString()),
                              m_path,
                              tr("Free some disk space; the log shown may be incomplete.")));
        m_pending.clear();
        return;
    }
    const int first = int(m_offsets.size());
    beginInsertRows({}, first, first + int(starts.size()) - 1);
    m_offsets.insert(m_offsets.end(), starts.begin(), starts.end());
    for (const Pending &pending : std::as_const(m_pending)) {
        m_msecs.push_back(pending.msecs);
        m_streams.push_back(pending.stream);
    }
    m_end += bytes.size();
    m_pending.clear();
    endInsertRows();
}

void LogModel::refresh()
{
    if (!m_attached)
        return;
    // Read everything there is now, in bounded chunks.
    qint64 before;
    do {
        before = m_scanEnd;
        poll();
    } while (m_scanEnd != before);
}

void LogModel::poll()
{
    if (!m_attached)
        return;
    const qint64 size = QFileInfo(m_path).size();
    if (size < m_scanEnd) {
        // Truncated or replaced: start over.
        const QString path = m_path;
        reset();
        m_reader.setFileName(path);
        if (!m_reader.open(QIODevice::ReadOnly))
            return;
        m_path = path;
        m_attached = true;
        m_pollTimer->start();
    }
    if (size <= m_scanEnd)
        return;
    const QByteArray bytes = readRange(m_scanEnd, std::min(size, m_scanEnd + pollChunkBytes));
    if (bytes.isEmpty())
        return;
    indexBytes(bytes, m_scanEnd);
    m_scanEnd += bytes.size();
    // Catch up on a large file without holding the event loop: one chunk per turn.
    if (m_scanEnd < size)
        QTimer::singleShot(0, this, &LogModel::poll);
}

void LogModel::indexBytes(const QByteArray &bytes, qint64 at)
{
    std::vector<qint64> starts;
    const char *data = bytes.constData();
    const char *end = data + bytes.size();
    qint64 lineStart = m_end;
    for (const char *p = data; p < end;) {
        const void *nl = std::memchr(p, '\n', size_t(end - p));
        if (!nl)
            break;
        const char *newline = static_cast<const char *>(nl);
        starts.push_back(lineStart);
        lineStart = at + (newline - data) + 1;
        p = newline + 1;
    }
    if (starts.empty())
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const int first = int(m_offsets.size());
    beginInsertRows({}, first, first + int(starts.size()) - 1);
    m_offsets.insert(m_offsets.end(), starts.begin(), starts.end());
    m_msecs.insert(m_msecs.end(), starts.size(), now);
    m_streams.insert(m_streams.end(), starts.size(), Stream::Stdout);
    m_end = lineStart;
    endInsertRows();
}

void LogModel::clear()
{
    commitPending();
    beginResetModel();
    m_offsets = {};
    m_msecs = {};
    m_streams = {};
    m_cache.clear();
    endResetModel();
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_offsets.size());
}

qint64 LogModel::lineEnd(int row) const
{
    return size_t(row) + 1 < m_offsets.size() ? m_offsets[size_t(row) + 1] : m_end;
}

QByteArray LogModel::readRange(qint64 from, qint64 to) const
{
    if (to <= from || !m_reader.isOpen() || !m_reader.seek(from))
        return {};
    return m_reader.read(to - from);
}

const LogModel::Cached *LogModel::cached(int row) const
{
    if (row < 0 || size_t(row) >= m_offsets.size())
        return nullptr;
    if (const Cached *hit = m_cache.object(row))
        return hit;
    const qint64 start = m_offsets[size_t(row)];
    const qint64 end = lineEnd(row) - 1; // without the '\n'
    const bool cut = end - start > maxDisplayBytes;
    auto *entry = new Cached;
    entry->text = decodeLine(readRange(start, cut ? start + maxDisplayBytes : end), cut);
    entry->level = classify(entry->text);
    m_cache.insert(row, entry);
    return entry;
}

QString LogModel::lineText(int row) const
{
    const Cached *line = cached(row);
    return line ? line->text : QString();
}

QDateTime LogModel::timestamp(int row) const
{
    if (row < 0 || size_t(row) >= m_msecs.size())
        return {};
    return QDateTime::fromMSecsSinceEpoch(m_msecs[size_t(row)]);
}

LogModel::Stream LogModel::stream(int row) const
{
    if (row < 0 || size_t(row) >= m_streams.size())
        return Stream::Stdout;
    return m_streams[size_t(row)];
}

LogModel::Level LogModel::level(int row) const
{
    const Cached *line = cached(row);
    return line ? line->level : Level::Normal;
}

QString LogModel::displayText(int row) const
{
    if (!m_showTimestamps)
        return lineText(row);
    return timePrefix(m_msecs[size_t(row)]) + QStringLiteral("  ") + lineText(row);
}

QString LogModel::text(const QList<int> &rows) const
{
    QStringList lines;
    lines.reserve(rows.size());
    for (int row : rows) {
        if (row >= 0 && row < rowCount())
            lines << displayText(row);
    }
    return lines.join(QLatin1Char('\n'));
}

LogModel::Level LogModel::classify(QStringView line)
{
    if (line.isEmpty())
        return Level::Normal;
    if (errorPattern().match(line).hasMatch())
        return Level::Error;
    if (warningPattern().match(line).hasMatch())
        return Level::Warning;
    return Level::Normal;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row);
    case LineTextRole:
        return lineText(row);
    case TimestampRole:
        return timestamp(row);
    case StreamRole:
        return int(stream(row));
    case LevelRole:
        return int(level(row));
    case MatchRole:
        return !m_highlight.isEmpty() && lineText(row).contains(m_highlight, Qt::CaseInsensitive);
    case Qt::ForegroundRole:
        switch (level(row)) {
        // Read from the palette each time, so that a theme switch recolours the lines.
        case Level::Error:
            return QBrush(StatusColors::text(StatusColors::Status::Error,
                                             QGuiApplication::palette().color(QPalette::Base)));
        case Level::Warning:
            return QBrush(StatusColors::text(StatusColors::Status::Warning,
                                             QGuiApplication::palette().color(QPalette::Base)));
        case Level::Normal:
            break;
        }
        return {};
    case Qt::BackgroundRole:
        if (!m_highlight.isEmpty() && lineText(row).contains(m_highlight, Qt::CaseInsensitive))
            return QBrush(QColor(0xff, 0xc8, 0x00, 0x80));
        if (stream(row) == Stream::Stderr)
            return QBrush(QColor(0xff, 0x30, 0x30, 0x1c)); // a tint that works on dark themes too
        return {};
    case Qt::AccessibleTextRole:
        switch (level(row)) {
        case Level::Error:
            return tr("Error: %1").arg(lineText(row));
        case Level::Warning:
            return tr("Warning: %1").arg(lineText(row));
        case Level::Normal:
            break;
        }
        return lineText(row);
    default:
        return {};
    }
}

void LogModel::setHighlight(const QString &text)
{
    if (text == m_highlight)
        return;
    m_highlight = text;
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1), {Qt::BackgroundRole, MatchRole});
}

void LogModel::setShowTimestamps(bool show)
{
    if (show == m_showTimestamps)
        return;
    m_showTimestamps = show;
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole});
}

LogModel::FindStep LogModel::findStep(const QString &needle,
                                      int from,
                                      bool backward,
                                      int maxLines) const
{
    const int count = rowCount();
    if (needle.isEmpty() || from < 0 || from >= count || maxLines <= 0)
        return {};
    int first = backward ? std::max(0, from - maxLines + 1) : from;
    int last = backward ? from : std::min(count - 1, from + maxLines - 1);
    // Very long lines: look at fewer of them per step.
    while (last > first && lineEnd(last) - m_offsets[size_t(first)] > maxFindBlockBytes) {
        if (backward)
            first = (first + last + 1) / 2;
        else
            last = (first + last) / 2;
    }
    const qint64 base = m_offsets[size_t(first)];
    const QByteArray block = readRange(base, lineEnd(last));
    auto lineMatches = [&](int row) {
        const qint64 start = m_offsets[size_t(row)] - base;
        const qint64 length = lineEnd(row) - 1 - m_offsets[size_t(row)];
        if (start < 0 || start + length > block.size())
            return false;
        return QString::fromUtf8(block.constData() + start, length)
            .contains(needle, Qt::CaseInsensitive);
    };
    if (backward) {
        for (int row = last; row >= first; --row) {
            if (lineMatches(row))
                return {row, -1};
        }
        return {-1, first > 0 ? first - 1 : -1};
    }
    for (int row = first; row <= last; ++row) {
        if (lineMatches(row))
            return {row, -1};
    }
    return {-1, last + 1 < count ? last + 1 : -1};
}

int LogModel::find(const QString &needle, int from, bool backward) const
{
    const int count = rowCount();
    if (needle.isEmpty() || count == 0)
        return -1;
    const int start = backward ? (from <= 0 || from > count ? count - 1 : from - 1)
                               : (from < 0 || from + 1 >= count ? 0 : from + 1);
    // Two passes: from start to the end, then wrapped around from the other end.
    for (int pass = 0; pass < 2; ++pass) {
        int row = pass == 0 ? start : (backward ? count - 1 : 0);
        while (row >= 0) {
            const FindStep step = findStep(needle, row, backward);
            if (step.match >= 0)
                return step.match;
            row = step.resumeRow;
        }
    }
    return -1;
}

void LogModel::saveAs(const QString &path)
{
    flush();
    struct Outcome
    {
        std::optional<Error> error;
    };
    auto outcome = std::make_shared<Outcome>();
    const QString source = m_path;
    const qint64 bytes = m_end;
    QThread *thread = QThread::create([outcome, source, bytes, path] {
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly)) {
            outcome->error = makeError(ErrorCode::Io,
                                       tr("Cannot save the log: %1.").arg(out.errorString()),
                                       path,
                                       tr("Choose a folder you may write to."));
            return;
        }
        if (!source.isEmpty()) {
            QFile in(source);
            if (!in.open(QIODevice::ReadOnly)) {
                outcome->error = makeError(ErrorCode::Io,
                                           tr("Cannot read the log file: %1.").arg(in.errorString()),
                                           source);
                return;
            }
            qint64 left = bytes;
            while (left > 0) {
                const QByteArray chunk = in.read(std::min(left, copyChunkBytes));
                if (chunk.isEmpty() || out.write(chunk) != chunk.size()) {
                    outcome->error = makeError(ErrorCode::Io,
                                               tr("Cannot save the log: %1.").arg(out.errorString()),
                                               path,
                                               tr("Check the free disk space."));
                    out.cancelWriting();
                    return;
                }
                left -= chunk.size();
            }
        }
        if (!out.commit()) {
            outcome->error = makeError(ErrorCode::Io,
                                       tr("Cannot save the log: %1.").arg(out.errorString()),
                                       path);
        }
    });
    connect(thread, &QThread::finished, this, [this, outcome, path] {
        if (outcome->error)
            emit saveFailed(*outcome->error);
        else
            emit saved(path);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace TinyDeploy::Gui
