#include "logsave.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSaveFile>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <memory>
#include <optional>

#include <unistd.h>

namespace TinyDeploy::Gui {

namespace {
// The strings were LogModel's; they keep its translation context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TinyDeploy::Gui::LogModel)
};

constexpr qint64 windowBytes = 1024 * 1024;

/// Reads through a window of one file, so that many short lines cost few reads.
class RangeReader
{
public:
    explicit RangeReader(const std::vector<int> &fds)
        : m_fds(fds)
    {}

    /// Appends the bytes of @p range to @p out; false when they cannot be read.
    bool append(const LogSaveJob::Range &range, QByteArray &out)
    {
        if (range.file < 0 || size_t(range.file) >= m_fds.size() || m_fds[size_t(range.file)] < 0)
            return false;
        if (range.length > windowBytes)
            return readDirect(range, out);
        if (range.file != m_file || range.start < m_start
            || range.start + range.length > m_start + m_window.size()) {
            m_file = range.file;
            m_start = range.start;
            m_window.resize(windowBytes);
            const qint64 got = readAt(range.file, range.start, m_window.data(), windowBytes);
            m_window.resize(got < 0 ? 0 : got);
            if (range.length > m_window.size())
                return false;
        }
        out.append(m_window.constData() + (range.start - m_start), range.length);
        return true;
    }

    QString error() const { return m_error; }

private:
    qint64 readAt(qsizetype file, qint64 offset, char *data, qint64 bytes)
    {
        qint64 done = 0;
        while (done < bytes) {
            const ssize_t got = ::pread(m_fds[size_t(file)],
                                        data + done,
                                        size_t(bytes - done),
                                        off_t(offset + done));
            if (got < 0 && errno == EINTR)
                continue;
            if (got < 0) {
                m_error = QString::fromLocal8Bit(std::strerror(errno));
                return -1;
            }
            if (got == 0)
                break;
            done += got;
        }
        return done;
    }

    bool readDirect(const LogSaveJob::Range &range, QByteArray &out)
    {
        const qsizetype at = out.size();
        out.resize(at + range.length);
        return readAt(range.file, range.start, out.data() + at, range.length) == range.length;
    }

    const std::vector<int> &m_fds;
    QByteArray m_window;
    qsizetype m_file = -1;
    qint64 m_start = 0;
    QString m_error;
};

std::optional<Error> writeJob(const LogSaveJob &job, const QString &path)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        return makeError(ErrorCode::Io,
                         Tr::tr("Cannot save the log: %1.").arg(out.errorString()),
                         path,
                         Tr::tr("Choose a folder you may write to."));
    }
    RangeReader reader(job.fds);
    QByteArray chunk;
    chunk.reserve(windowBytes + 4096);
    auto writeChunk = [&] {
        const bool written = out.write(chunk) == chunk.size();
        chunk.clear();
        return written;
    };
    for (const LogSaveJob::Range &range : job.ranges) {
        if (!reader.append(range, chunk)) {
            out.cancelWriting();
            return makeError(ErrorCode::Io,
                             Tr::tr("Cannot read the log file: %1.")
                                 .arg(reader.error().isEmpty()
                                          ? QStringLiteral("unexpected end of file")
                                          : reader.error()),
                             path);
        }
        chunk.append('\n');
        if (chunk.size() >= windowBytes && !writeChunk()) {
            out.cancelWriting();
            return makeError(ErrorCode::Io,
                             Tr::tr("Cannot save the log: %1.").arg(out.errorString()),
                             path,
                             Tr::tr("Check the free disk space."));
        }
    }
    if (!chunk.isEmpty() && !writeChunk()) {
        out.cancelWriting();
        return makeError(ErrorCode::Io,
                         Tr::tr("Cannot save the log: %1.").arg(out.errorString()),
                         path,
                         Tr::tr("Check the free disk space."));
    }
    if (!out.commit())
        return makeError(ErrorCode::Io,
                         Tr::tr("Cannot save the log: %1.").arg(out.errorString()),
                         path);
    return std::nullopt;
}
} // namespace

LogSaveJob::~LogSaveJob()
{
    for (int fd : fds) {
        if (fd >= 0)
            ::close(fd);
    }
}

void saveLogInBackground(LogSaveJob job,
                         const QString &path,
                         QObject *context,
                         std::function<void(Result<void>)> done)
{
    auto shared = std::make_shared<LogSaveJob>(std::move(job));
    auto outcome = std::make_shared<std::optional<Error>>();
    QThread *thread = QThread::create(
        [shared, outcome, path] { *outcome = writeJob(*shared, path); });
    QPointer<QObject> guard(context);
    QObject::connect(thread, &QThread::finished, context, [guard, outcome, done = std::move(done)] {
        if (!guard || !done)
            return;
        if (*outcome)
            done(fail(**outcome));
        else
            done(ok());
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace TinyDeploy::Gui
