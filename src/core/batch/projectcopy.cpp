#include "projectcopy.h"
#include "batchtr.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace TinyDeploy::Batch {

Result<void> copyProjectFolder(const QString &from, const QString &to)
{
    const QDir source(from);
    if (!source.exists()) {
        return fail(ErrorCode::NotFound,
                    Tr::tr("The built project folder does not exist."),
                    from,
                    Tr::tr("Start the batch again: it builds the project first."));
    }
    if (QFileInfo::exists(to)) {
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("The board's project folder already exists."),
                    to,
                    Tr::tr("Delete it, or start a new batch."));
    }
    const auto failedCopy = [&](const QString &path) {
        return fail(ErrorCode::Io,
                    Tr::tr("The built project could not be copied for this board."),
                    path,
                    Tr::tr("Check that the disk has room and the folder can be written."));
    };
    if (!QDir().mkpath(to))
        return failedCopy(to);
    QDirIterator it(from,
                    QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    const QString runDir = source.filePath(QStringLiteral("run"));
    while (it.hasNext()) {
        const QString path = it.next();
        if (path == runDir || path.startsWith(runDir + QLatin1Char('/')))
            continue;
        const QFileInfo info = it.fileInfo();
        const QString target = QDir(to).filePath(source.relativeFilePath(path));
        if (info.isSymLink()) {
            if (!QFile::link(info.symLinkTarget(), target))
                return failedCopy(target);
        } else if (info.isDir()) {
            if (!QDir().mkpath(target))
                return failedCopy(target);
        } else if (!QFile::copy(path, target)) {
            return failedCopy(target);
        }
    }
    return ok();
}

} // namespace TinyDeploy::Batch
