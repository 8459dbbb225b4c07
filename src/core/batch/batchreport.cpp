#include "batchreport.h"
#include "batchdeployment.h"
#include "batchtr.h"

#include <deploy/deploymentrecord.h>
#include <history/report.h>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace TinyDeploy::Batch {

using namespace TinyDeploy::Deploy;

namespace {

QJsonObject rowJson(const BoardRow &row)
{
    QJsonObject object{
        {QStringLiteral("index"), row.target.index + 1},
        {QStringLiteral("kind"),
         row.target.isReal() ? QStringLiteral("real") : QStringLiteral("emulated")},
        {QStringLiteral("serial_number"), row.target.serialNumber},
        {QStringLiteral("port"), row.target.isReal() ? row.target.port : row.outcome.serialPort},
        {QStringLiteral("label"), row.target.label},
        {QStringLiteral("name"), row.target.displayName()},
        {QStringLiteral("state"), rowStateName(row.state)},
        {QStringLiteral("step"), row.step ? stepName(*row.step) : QString()},
        {QStringLiteral("attempts"), row.attempts},
        {QStringLiteral("record"), row.outcome.recordFolder},
        {QStringLiteral("project_dir"), row.outcome.projectDir},
        {QStringLiteral("results"), row.outcome.results},
        {QStringLiteral("predicted"), row.outcome.predicted},
        {QStringLiteral("agreement"),
         QJsonObject{{QStringLiteral("compared"), qint64(row.outcome.compared)},
                     {QStringLiteral("agreeing"), qint64(row.outcome.agreeing)}}},
    };
    object.insert(QStringLiteral("latency_us"),
                  row.outcome.latencyUs ? QJsonValue(*row.outcome.latencyUs) : QJsonValue());
    if (row.started.isValid())
        object.insert(QStringLiteral("started"), timestampText(row.started));
    if (row.finished.isValid() && row.started.isValid())
        object.insert(QStringLiteral("wall_ms"), row.started.msecsTo(row.finished));
    object.insert(QStringLiteral("error"),
                  row.error ? QJsonValue(errorToJson(*row.error)) : QJsonValue());
    return object;
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString cell(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 6);
    if (value.isNull() || value.isUndefined() || value.toString().isEmpty())
        return QStringLiteral("–");
    return esc(value.toString());
}

} // namespace

QJsonObject batchToJson(const BatchDeployment &batch)
{
    const BatchSummary summary = batch.summary();
    QJsonObject root{
        {QStringLiteral("batch_format"), BatchReportVersion},
        {QStringLiteral("state"), batchStateName(batch.state())},
        {QStringLiteral("ok"), batch.state() == BatchState::Finished && summary.allPassed()},
        {QStringLiteral("folder"), batch.batchFolder()},
        {QStringLiteral("model"), batch.settings().modelPath},
        {QStringLiteral("package"), batch.settings().packagePath},
        {QStringLiteral("template"), batch.settings().templateName},
        {QStringLiteral("started"),
         batch.startedAt().isValid() ? timestampText(batch.startedAt()) : QString()},
        {QStringLiteral("wall_ms"), batch.wallMs()},
        {QStringLiteral("max_parallel"), batch.maxParallel()},
    };
    QJsonObject build;
    if (const std::optional<JobOutcome> &outcome = batch.buildOutcome()) {
        build.insert(QStringLiteral("state"), stateName(outcome->state));
        build.insert(QStringLiteral("record"), outcome->recordFolder);
        build.insert(QStringLiteral("project_dir"), outcome->projectDir);
        if (outcome->error)
            build.insert(QStringLiteral("error"), errorToJson(*outcome->error));
    } else {
        build.insert(QStringLiteral("state"), stateName(DeploymentState::Building));
    }
    root.insert(QStringLiteral("build"), build);
    root.insert(QStringLiteral("summary"),
                QJsonObject{{QStringLiteral("boards"), summary.boards},
                            {QStringLiteral("passed"), summary.passed},
                            {QStringLiteral("failed"), summary.failed},
                            {QStringLiteral("cancelled"), summary.cancelled},
                            {QStringLiteral("waiting"), summary.waiting},
                            {QStringLiteral("reasons"),
                             QJsonArray::fromStringList(summary.reasons)}});
    QJsonArray boards;
    for (const BoardRow &row : batch.rows())
        boards.append(rowJson(row));
    root.insert(QStringLiteral("boards"), boards);
    return root;
}

QString batchHtml(const QJsonObject &json)
{
    const QJsonObject summary = json.value(QStringLiteral("summary")).toObject();
    // What was deployed: the package, or the model built for the batch.
    const QString deployed = json.value(QStringLiteral("package")).toString().isEmpty()
                                 ? json.value(QStringLiteral("model")).toString()
                                 : json.value(QStringLiteral("package")).toString();
    QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                   + esc(Tr::tr("Batch deployment"))
                   + QStringLiteral("</title><style>body{font-family:sans-serif;margin:2em}"
                                    "table{border-collapse:collapse}td,th{border:1px solid #ccc;"
                                    "padding:4px 8px;text-align:left}.passed{color:#1a7f37}"
                                    ".failed{color:#cf222e}</style></head><body>\n<h1>")
                   + esc(Tr::tr("Batch deployment of %1").arg(QFileInfo(deployed).fileName()))
                   + QStringLiteral("</h1>\n<p>");
    html += esc(Tr::tr("%1 boards: %2 passed, %3 failed, %4 cancelled. Template %5, started %6, "
                       "%7 s, at most %8 at once.")
                    .arg(summary.value(QStringLiteral("boards")).toInt())
                    .arg(summary.value(QStringLiteral("passed")).toInt())
                    .arg(summary.value(QStringLiteral("failed")).toInt())
                    .arg(summary.value(QStringLiteral("cancelled")).toInt())
                    .arg(json.value(QStringLiteral("template")).toString(),
                         json.value(QStringLiteral("started")).toString())
                    .arg(json.value(QStringLiteral("wall_ms")).toDouble() / 1000.0, 0, 'f', 1)
                    .arg(json.value(QStringLiteral("max_parallel")).toInt()));
    html += QStringLiteral("</p>\n<table>\n<tr>");
    for (const QString &heading : {Tr::tr("#"),
                                   Tr::tr("Board"),
                                   Tr::tr("Label"),
                                   Tr::tr("Result"),
                                   Tr::tr("Step"),
                                   Tr::tr("Latency (µs)"),
                                   Tr::tr("Agreement"),
                                   Tr::tr("Record")})
        html += QStringLiteral("<th>") + esc(heading) + QStringLiteral("</th>");
    html += QStringLiteral("</tr>\n");
    for (const QJsonValue &value : json.value(QStringLiteral("boards")).toArray()) {
        const QJsonObject board = value.toObject();
        const QString state = board.value(QStringLiteral("state")).toString();
        const QJsonObject agreement = board.value(QStringLiteral("agreement")).toObject();
        const QString record = board.value(QStringLiteral("record")).toString();
        const QString identity = board.value(QStringLiteral("serial_number")).toString().isEmpty()
                                     ? board.value(QStringLiteral("port")).toString()
                                     : board.value(QStringLiteral("serial_number")).toString();
        QString recordCell = QStringLiteral("–");
        if (!record.isEmpty()) {
            const QString report = record + QStringLiteral("/report.html");
            recordCell
                = QStringLiteral("<a href=\"")
                  + esc(QUrl::fromLocalFile(QFileInfo::exists(report) ? report : record).toString())
                  + QStringLiteral("\">") + esc(QFileInfo(record).fileName())
                  + QStringLiteral("</a>");
        }
        const qint64 compared = agreement.value(QStringLiteral("compared")).toInteger();
        html += QStringLiteral("<tr><td>")
                + QString::number(board.value(QStringLiteral("index")).toInt())
                + QStringLiteral("</td><td>") + cell(identity) + QStringLiteral("</td><td>")
                + cell(board.value(QStringLiteral("label"))) + QStringLiteral("</td><td class=\"")
                + esc(state) + QStringLiteral("\">") + esc(state) + QStringLiteral("</td><td>")
                + cell(board.value(QStringLiteral("step"))) + QStringLiteral("</td><td>")
                + cell(board.value(QStringLiteral("latency_us"))) + QStringLiteral("</td><td>")
                + (compared > 0
                       ? QString::number(agreement.value(QStringLiteral("agreeing")).toInteger())
                             + QStringLiteral(" / ") + QString::number(compared)
                       : QStringLiteral("–"))
                + QStringLiteral("</td><td>") + recordCell + QStringLiteral("</td></tr>\n");
    }
    html += QStringLiteral("</table>\n");
    const QJsonArray reasons = summary.value(QStringLiteral("reasons")).toArray();
    if (!reasons.isEmpty()) {
        html += QStringLiteral("<h2>") + esc(Tr::tr("Why boards failed"))
                + QStringLiteral("</h2>\n<ul>\n");
        for (const QJsonValue &reason : reasons)
            html += QStringLiteral("<li>") + esc(reason.toString()) + QStringLiteral("</li>\n");
        html += QStringLiteral("</ul>\n");
    }
    html += QStringLiteral("</body></html>\n");
    return html;
}

Result<void> exportBatchHtml(const BatchDeployment &batch, const QString &path)
{
    return writeFileAtomically(path, batchHtml(batchToJson(batch)).toUtf8());
}

Result<void> writeBatchReport(const BatchDeployment &batch)
{
    if (batch.batchFolder().isEmpty())
        return ok();
    std::optional<Error> first;
    const auto keep = [&first](const Result<void> &result) {
        if (!result && !first)
            first = result.error();
    };
    // The boards' own reports first, so that batch.html links to them.
    for (const BoardRow &row : batch.rows()) {
        const QString record = row.outcome.recordFolder;
        if (record.isEmpty() || !QFileInfo::exists(record + QStringLiteral("/deployment.json")))
            continue;
        if (Result<QJsonObject> report = History::buildReport(record); report)
            keep(History::writeHtmlReport(*report, record + QStringLiteral("/report.html")));
        else
            keep(std::unexpected<Error>(report.error()));
    }
    const QJsonObject json = batchToJson(batch);
    const QJsonObject summary = json.value(QStringLiteral("summary")).toObject();
    const QJsonArray boards = json.value(QStringLiteral("boards")).toArray();
    for (qsizetype i = 0; i < boards.size(); ++i) {
        const QString record = batch.rows().at(i).outcome.recordFolder;
        if (record.isEmpty() || !QFileInfo::exists(record))
            continue;
        const QJsonObject mine{{QStringLiteral("batch_format"), BatchReportVersion},
                               {QStringLiteral("batch_folder"), batch.batchFolder()},
                               {QStringLiteral("board"), boards.at(i)},
                               {QStringLiteral("summary"), summary}};
        keep(writeFileAtomically(record + QStringLiteral("/batch.json"),
                                 QJsonDocument(mine).toJson(QJsonDocument::Indented)));
    }
    keep(writeFileAtomically(batch.batchFolder() + QStringLiteral("/batch.json"),
                             QJsonDocument(json).toJson(QJsonDocument::Indented)));
    keep(writeFileAtomically(batch.batchFolder() + QStringLiteral("/batch.html"),
                             batchHtml(json).toUtf8()));
    if (first)
        return fail(*first);
    return ok();
}

} // namespace TinyDeploy::Batch
