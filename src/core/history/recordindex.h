#pragma once

#include "recordsummary.h"

#include <util/error.h>

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace TinyDeploy::History {

/// What to list: every criterion that is set must hold.
struct RecordFilter
{
    QString model;   ///< Part of the model's name, case-insensitive.
    QString board;   ///< Part of the board's name, case-insensitive.
    QDateTime since; ///< Created at or after (invalid: no bound).
    QDateTime until; ///< Created before (invalid: no bound).
    std::optional<RecordResult> result;

    bool matches(const RecordSummary &summary) const;
    bool isEmpty() const;
};

/// What a scan of the records root found.
struct RecordScan
{
    QList<RecordSummary> records; ///< Newest first.
    /// One per record folder that could not be read (each names its file): one bad record
    /// never hides the others.
    QList<Error> errors;
};

/// @brief The deployment records under one or more root folders: listing, finding and
/// deleting them.
///
/// A record is a folder with a deployment.json; scan() reads only that file and validation.json
/// of each, so it is cheap (about a millisecond per 10 records; see the README's figures) and
/// safe to run on a worker thread (it touches no QObject).
class RecordIndex final
{
public:
    explicit RecordIndex(QStringList roots);
    QStringList roots() const { return m_roots; }

    /// Where the GUI and the CLI write their records (DeploymentRecord::defaultRoot() of each:
    /// <data>/TinyDeploy/TinyDeploy/deployments and <data>/TinyDeploy/tinydeploy-cli/
    /// deployments), and this program's own, so that each lists both.
    static QStringList defaultRoots();

    /// Every record under roots() matching @p filter, newest first. A root that does not exist
    /// yet holds no records.
    RecordScan scan(const RecordFilter &filter = {}) const;

    /// The record folder @p nameOrPath names: an existing folder path, or a folder name under
    /// one of roots(). NotFound when neither holds a deployment.json.
    Result<QString> resolve(const QString &nameOrPath) const;

    /// Removes the record folder (logs, results, and the generated project inside it).
    /// Refuses a folder that is not a record (no deployment.json), so that a wrong path never
    /// deletes anything else.
    static Result<void> remove(const QString &folder);

private:
    QStringList m_roots;
};

/// "2026-12-03", "2026-12-03T10:15", "2026-12-03T10:15:00Z" (local time unless it says
/// otherwise); InvalidArgument naming the text otherwise.
Result<QDateTime> parseDateBound(const QString &text);

} // namespace TinyDeploy::History
