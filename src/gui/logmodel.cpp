#include "logmodel.h"
#include "logsave.h"
#include "statuscolors.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QPalette>

namespace TinyDeploy::Gui {

namespace {
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
    , m_store(new LogStore(this))
    , m_cache(cacheLines)
{
    connect(m_store, &LogStore::rowsAboutToBeAppended, this, [this](int first, int last) {
        beginInsertRows({}, first, last);
    });
    connect(m_store, &LogStore::rowsAppended, this, &LogModel::endInsertRows);
    connect(m_store, &LogStore::aboutToBeReset, this, [this] {
        beginResetModel();
        m_cache.clear();
    });
    connect(m_store, &LogStore::resetDone, this, &LogModel::endResetModel);
    connect(m_store, &LogStore::fileError, this, &LogModel::fileError);
}

LogModel::~LogModel()
{
    // Pending lines still reach the file, but views must not hear of rows from a dying model:
    // a view that owns this model is already half destroyed when its children go.
    disconnect(m_store, nullptr, this, nullptr);
    m_store->flush();
}

Result<void> LogModel::openFile(const QString &path)
{
    return m_store->openFile(path);
}

Result<void> LogModel::attachFile(const QString &path)
{
    return m_store->attachFile(path);
}

void LogModel::followRecordLogs(const QStringList &paths, const QList<Stream> &hidden)
{
    m_store->followRecordLogs(paths, hidden);
}

QString LogModel::filePath() const
{
    return m_store->filePath();
}

void LogModel::appendLine(const QString &line, Stream stream, const QDateTime &time)
{
    m_store->appendLine(line, stream, time);
}

void LogModel::flush()
{
    m_store->flush();
}

void LogModel::refresh()
{
    m_store->refresh();
}

void LogModel::refreshLater()
{
    m_store->refreshLater();
}

void LogModel::clear()
{
    m_store->clear();
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_store->rowCount();
}

const LogModel::Cached *LogModel::cached(int row) const
{
    if (row < 0 || row >= m_store->rowCount())
        return nullptr;
    if (const Cached *hit = m_cache.object(row))
        return hit;
    bool cut = false;
    const QByteArray bytes = m_store->lineBytes(row, maxDisplayBytes, &cut);
    auto *entry = new Cached;
    entry->text = decodeLine(bytes, cut);
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
    if (row < 0 || row >= m_store->rowCount())
        return {};
    return QDateTime::fromMSecsSinceEpoch(m_store->msecs(row));
}

LogModel::Stream LogModel::stream(int row) const
{
    return m_store->stream(row);
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
    return timePrefix(m_store->msecs(row)) + QStringLiteral("  ") + lineText(row);
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
    return findLogStep(*m_store, needle, from, backward, maxLines);
}

int LogModel::find(const QString &needle, int from, bool backward) const
{
    return findInLog(*m_store, needle, from, backward);
}

void LogModel::saveAs(const QString &path)
{
    m_store->flush();
    saveLogInBackground(m_store->saveJob(), path, this, [this, path](Result<void> result) {
        if (result)
            emit saved(path);
        else
            emit saveFailed(result.error());
    });
}

} // namespace TinyDeploy::Gui
