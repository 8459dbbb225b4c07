#include "recordindex.h"
#include "historytr.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <deploy/deploymentrecord.h>

#include <algorithm>

namespace TinyDeploy::History {

bool RecordFilter::matches(const RecordSummary &summary) const
{
    if (!model.isEmpty() && !summary.model.contains(model, Qt::CaseInsensitive)
        && !summary.modelPath.contains(model, Qt::CaseInsensitive))
        return false;
    if (!board.isEmpty() && !summary.board.contains(board, Qt::CaseInsensitive))
        return false;
    if (since.isValid() && summary.created < since)
        return false;
    if (until.isValid() && summary.created >= until)
        return false;
    if (result && summary.result != *result)
        return false;
    return true;
}

bool RecordFilter::isEmpty() const
{
    return model.isEmpty() && board.isEmpty() && !since.isValid() && !until.isValid() && !result;
}

RecordIndex::RecordIndex(QStringList roots)
    : m_roots(std::move(roots))
{
    m_roots.removeAll(QString());
    m_roots.removeDuplicates();
}

QStringList RecordIndex::defaultRoots()
{
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    QStringList roots;
    for (const char *app : {"TinyDeploy", "tinydeploy-cli"})
        roots << QStringLiteral("%1/TinyDeploy/%2/deployments").arg(data, QLatin1String(app));
    const QString own = Deploy::DeploymentRecord::defaultRoot();
    if (!roots.contains(own))
        roots.prepend(own);
    return roots;
}

namespace {

void scanRoot(const QString &path, const RecordFilter &filter, RecordScan *scan)
{
    const QDir root(path);
    if (!root.exists())
        return; // no record written there yet
    const QStringList names = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : names) {
        const QString folder = root.filePath(name);
        if (!QFileInfo::exists(folder + QStringLiteral("/deployment.json"))
            && !QFileInfo::exists(folder + QStringLiteral("/logs")))
            continue; // not a record folder (something else the user keeps there)
        Result<RecordSummary> summary = loadSummary(folder);
        if (!summary) {
            scan->errors.append(summary.error());
            continue;
        }
        if (filter.matches(*summary))
            scan->records.append(std::move(*summary));
    }
}

} // namespace

RecordScan RecordIndex::scan(const RecordFilter &filter) const
{
    RecordScan scan;
    for (const QString &path : m_roots)
        scanRoot(path, filter, &scan);
    std::stable_sort(scan.records.begin(),
                     scan.records.end(),
                     [](const RecordSummary &a, const RecordSummary &b) {
                         return a.created != b.created ? a.created > b.created : a.id > b.id;
                     });
    return scan;
}

Result<QString> RecordIndex::resolve(const QString &nameOrPath) const
{
    QStringList candidates{nameOrPath};
    for (const QString &root : m_roots)
        candidates << QDir(root).filePath(nameOrPath);
    for (const QString &candidate : std::as_const(candidates)) {
        if (!nameOrPath.isEmpty()
            && QFileInfo::exists(QDir(candidate).filePath(QStringLiteral("deployment.json"))))
            return QFileInfo(candidate).absoluteFilePath();
    }
    return fail(ErrorCode::NotFound,
                Tr::tr("No deployment record is called \"%1\".").arg(nameOrPath),
                m_roots.join(QStringLiteral(", ")),
                Tr::tr("Give a record folder, or a name that \"tinydeploy-cli history\" lists."));
}

Result<void> RecordIndex::remove(const QString &folder)
{
    const QString path = QFileInfo(folder).absoluteFilePath();
    if (!QFileInfo::exists(QDir(path).filePath(QStringLiteral("deployment.json")))) {
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("This folder is not a deployment record: it was not deleted."),
                    path,
                    Tr::tr("Give a record folder (tinydeploy-cli history lists them)."));
    }
    if (!QDir(path).removeRecursively()) {
        return fail(ErrorCode::Io,
                    Tr::tr("The record folder could not be deleted completely."),
                    path,
                    Tr::tr("Check that its files are not in use and that you may delete them."));
    }
    return ok();
}

Result<QDateTime> parseDateBound(const QString &text)
{
    const QString trimmed = text.trimmed();
    QDate date = QDate::fromString(trimmed, Qt::ISODate);
    if (date.isValid())
        return QDateTime(date, QTime(0, 0), Qt::LocalTime);
    QDateTime when = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(trimmed, Qt::ISODate);
    if (when.isValid())
        return when;
    return fail(ErrorCode::InvalidArgument,
                Tr::tr("\"%1\" is not a date.").arg(text),
                QStringLiteral("--since"),
                Tr::tr("Write it as 2026-12-03 or 2026-12-03T10:15."));
}

} // namespace TinyDeploy::History
