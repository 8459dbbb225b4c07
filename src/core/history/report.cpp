#include "report.h"
#include "historytr.h"
#include "recordsummary.h"
#include "reporthtml.h"

#include <deploy/deploymentrecord.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace TinyDeploy::History {

namespace {

QJsonValue orNull(const QJsonValue &value)
{
    return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
}

QJsonValue objectOrNull(const QJsonValue &value)
{
    return value.isObject() ? value : QJsonValue(QJsonValue::Null);
}

// Tool versions as text (a server may report a number or a list).
QJsonObject stringValues(const QJsonObject &object)
{
    QJsonObject strings;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue value = it.value();
        strings.insert(it.key(), value.isString() ? value.toString() : value.toVariant().toString());
    }
    return strings;
}

QJsonObject summaryOf(const RecordSummary &record, const QJsonObject &root)
{
    const QJsonObject model = root.value(QStringLiteral("model")).toObject();
    return QJsonObject{
        {QStringLiteral("model"), record.model},
        {QStringLiteral("model_path"), record.modelPath},
        {QStringLiteral("model_sha256"), model.value(QStringLiteral("sha256")).toString()},
        {QStringLiteral("template"), record.templateName},
        {QStringLiteral("board"), record.board},
        {QStringLiteral("serial_number"), record.serialNumber},
        {QStringLiteral("serial_port"), record.serialPort},
        {QStringLiteral("run_protocol"), record.runProtocol},
        {QStringLiteral("created"), Deploy::timestampText(record.created)},
        {QStringLiteral("updated"),
         record.updated.isValid() ? QJsonValue(Deploy::timestampText(record.updated))
                                  : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("result"), resultName(record.result)},
        {QStringLiteral("result_text"), record.resultText()},
        {QStringLiteral("step"),
         record.step.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(record.step)},
        {QStringLiteral("error"), objectOrNull(root.value(QStringLiteral("error")))},
        {QStringLiteral("first_step"), root.value(QStringLiteral("first_step")).toString()},
        {QStringLiteral("tinydeploy_version"), record.tinydeployVersion},
    };
}

QJsonArray stepsOf(const QJsonObject &root)
{
    QJsonArray steps;
    for (const QJsonValue &value : root.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject step = value.toObject();
        QJsonObject out{{QStringLiteral("step"), step.value(QStringLiteral("step")).toString()},
                        {QStringLiteral("status"), step.value(QStringLiteral("status")).toString()},
                        {QStringLiteral("attempts"),
                         step.value(QStringLiteral("attempts")).toInt()}};
        for (const char *key : {"started", "finished", "wall_ms", "server_ms", "log"}) {
            if (step.contains(QLatin1String(key)))
                out.insert(QLatin1String(key), step.value(QLatin1String(key)));
        }
        if (step.value(QStringLiteral("error")).isObject())
            out.insert(QStringLiteral("error"), step.value(QStringLiteral("error")));
        steps.append(out);
    }
    return steps;
}

QJsonObject outputsOf(const std::optional<QJsonObject> &results, const ReportLimits &limits)
{
    QJsonArray list;
    QJsonArray medians;
    const QJsonArray all = results ? results->value(QStringLiteral("results")).toArray()
                                   : QJsonArray();
    const qsizetype first = std::max<qsizetype>(0, all.size() - limits.maxResults);
    for (qsizetype i = first; i < all.size(); ++i) {
        const QJsonObject result = all.at(i).toObject();
        const QJsonObject latency = result.value(QStringLiteral("latency")).toObject();
        const double median = latency.value(QStringLiteral("us"))
                                  .toObject()
                                  .value(QStringLiteral("median"))
                                  .toDouble();
        medians.append(median);
        QJsonArray outputs;
        for (const QJsonValue &value : result.value(QStringLiteral("outputs")).toArray()) {
            const QJsonObject output = value.toObject();
            const QJsonArray values = output.value(QStringLiteral("values")).toArray();
            QJsonArray shown;
            for (qsizetype v = 0; v < values.size() && v < limits.maxValuesPerOutput; ++v)
                shown.append(values.at(v).toDouble());
            outputs.append(QJsonObject{{QStringLiteral("name"),
                                        output.value(QStringLiteral("name")).toString()},
                                       {QStringLiteral("dtype"),
                                        output.value(QStringLiteral("dtype")).toString()},
                                       {QStringLiteral("shape"),
                                        output.value(QStringLiteral("shape")).toArray()},
                                       {QStringLiteral("values"), shown},
                                       {QStringLiteral("truncated"), values.size() > shown.size()}});
        }
        QJsonValue predicted = result.value(QStringLiteral("predicted_label"));
        if (!predicted.isString() && result.value(QStringLiteral("predicted")).isDouble())
            predicted = QString::number(result.value(QStringLiteral("predicted")).toInteger());
        list.append(
            QJsonObject{{QStringLiteral("input"), result.value(QStringLiteral("input")).toString()},
                        {QStringLiteral("round"), result.value(QStringLiteral("round")).toInt()},
                        {QStringLiteral("predicted"),
                         predicted.isString() ? predicted : QJsonValue()},
                        {QStringLiteral("agrees"),
                         orNull(result.value(QStringLiteral("agrees_with_expected")))},
                        {QStringLiteral("latency_median_us"), median},
                        {QStringLiteral("outputs"), outputs}});
    }
    return QJsonObject{{QStringLiteral("total"), qint64(all.size())},
                       {QStringLiteral("shown"), list},
                       {QStringLiteral("latency_median_us"), medians}};
}

QJsonArray logsOf(const QString &folder, const ReportLimits &limits)
{
    QJsonArray logs;
    const QDir dir(QDir(folder).filePath(QStringLiteral("logs")));
    const QStringList names = dir.entryList({QStringLiteral("*.log")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const qint64 size = file.size();
        if (size > limits.maxLogBytes)
            file.seek(size - limits.maxLogBytes);
        QString text = QString::fromUtf8(file.read(limits.maxLogBytes));
        if (size > limits.maxLogBytes) // from a line start
            text = text.mid(text.indexOf(QLatin1Char('\n')) + 1);
        const QString step = name.section(QLatin1Char('-'), 1).section(QLatin1Char('.'), 0, 0);
        logs.append(QJsonObject{{QStringLiteral("step"), step},
                                {QStringLiteral("file"), QString(QStringLiteral("logs/") + name)},
                                {QStringLiteral("bytes"), size},
                                {QStringLiteral("truncated"), size > limits.maxLogBytes},
                                {QStringLiteral("text"), text}});
    }
    return logs;
}

Result<void> writeText(const QByteArray &bytes, const QString &path)
{
    if (Result<void> written = Deploy::writeFileAtomically(path, bytes); !written) {
        Error error = written.error();
        error.message = Tr::tr("Cannot write the report.");
        return std::unexpected(error);
    }
    return ok();
}

} // namespace

Result<QJsonObject> buildReport(const QString &recordFolder, const ReportLimits &limits)
{
    Result<RecordSummary> summary = loadSummary(recordFolder);
    if (!summary)
        return std::unexpected(summary.error());
    Result<QJsonObject> root = loadDeploymentJson(recordFolder);
    if (!root)
        return std::unexpected(root.error());
    Result<std::optional<QJsonObject>> results = loadOptionalJson(recordFolder,
                                                                  QStringLiteral("results.json"));
    if (!results)
        return std::unexpected(results.error());
    Result<std::optional<QJsonObject>> validation = loadOptionalJson(recordFolder,
                                                                     QStringLiteral(
                                                                         "validation.json"));
    if (!validation)
        return std::unexpected(validation.error());

    QJsonObject report;
    report.insert(QStringLiteral("report_format"), ReportFormatVersion);
    report.insert(QStringLiteral("generator"),
                  QStringLiteral("TinyDeploy %1").arg(QStringLiteral(TINYDEPLOY_VERSION)));
    report.insert(QStringLiteral("generated"),
                  Deploy::timestampText(QDateTime::currentDateTimeUtc()));
    report.insert(QStringLiteral("record"),
                  QJsonObject{{QStringLiteral("folder"), summary->folder},
                              {QStringLiteral("id"), summary->id}});
    report.insert(QStringLiteral("summary"), summaryOf(*summary, *root));
    report.insert(QStringLiteral("fit_check"),
                  objectOrNull(root->value(QStringLiteral("fit_check"))));
    report.insert(QStringLiteral("options"), root->value(QStringLiteral("options")).toObject());
    report.insert(QStringLiteral("tools"),
                  stringValues(root->value(QStringLiteral("tool_versions")).toObject()));
    report.insert(QStringLiteral("firmware"), objectOrNull(root->value(QStringLiteral("firmware"))));
    report.insert(QStringLiteral("device"), objectOrNull(root->value(QStringLiteral("device"))));
    report.insert(QStringLiteral("steps"), stepsOf(*root));
    report.insert(QStringLiteral("results"), outputsOf(*results, limits));
    report.insert(QStringLiteral("validation"),
                  *validation ? QJsonValue(**validation) : QJsonValue(QJsonValue::Null));
    report.insert(QStringLiteral("logs"), logsOf(recordFolder, limits));
    return report;
}

Result<void> writeJsonReport(const QJsonObject &report, const QString &path)
{
    return writeText(QJsonDocument(report).toJson(QJsonDocument::Indented), path);
}

Result<void> writeHtmlReport(const QJsonObject &report, const QString &path)
{
    return writeText(reportHtml(report).toUtf8(), path);
}

} // namespace TinyDeploy::History
