#include "recordsummary.h"
#include "historytr.h"

#include <deploy/recordprocess.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace TinyDeploy::History {

namespace {

// A record file bigger than this is not a record (results.json is read by the report only).
constexpr qint64 maxRecordFileBytes = 64LL * 1024 * 1024;

const QStringList &activeStates()
{
    static const QStringList states{QStringLiteral("staging"),
                                    QStringLiteral("generating"),
                                    QStringLiteral("building"),
                                    QStringLiteral("flashing"),
                                    QStringLiteral("connecting"),
                                    QStringLiteral("running"),
                                    QStringLiteral("cancelling")};
    return states;
}

// The step a state runs in, for records that name no current_step (older versions).
QString stepOfState(const QString &state)
{
    if (state == QLatin1String("staging") || state == QLatin1String("generating"))
        return QStringLiteral("generate");
    if (state == QLatin1String("building"))
        return QStringLiteral("build");
    if (state == QLatin1String("flashing"))
        return QStringLiteral("flash");
    if (state == QLatin1String("connecting"))
        return QStringLiteral("connect");
    if (state == QLatin1String("running"))
        return QStringLiteral("run");
    return QString();
}

Error recordError(ErrorCode code, const QString &message, const QString &file)
{
    return makeError(code,
                     message,
                     file,
                     Tr::tr("The record may have been edited by hand or written by another "
                            "version of TinyDeploy: fix or delete the record folder."));
}

Result<QJsonObject> readJsonObject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Io,
                    Tr::tr("Cannot read the deployment record."),
                    path,
                    Tr::tr("Check that the file is readable."),
                    file.errorString());
    }
    if (file.size() > maxRecordFileBytes) {
        return std::unexpected(
            recordError(ErrorCode::LimitExceeded,
                        Tr::tr("The record file is too large (%1 bytes).").arg(file.size()),
                        path));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return std::unexpected(recordError(ErrorCode::InvalidJson,
                                           Tr::tr("The record file is not valid JSON: %1 at "
                                                  "byte %2.")
                                               .arg(parseError.errorString())
                                               .arg(parseError.offset),
                                           path));
    }
    if (!document.isObject()) {
        return std::unexpected(recordError(ErrorCode::InvalidJson,
                                           Tr::tr("The record file does not hold a JSON object."),
                                           path));
    }
    return document.object();
}

std::optional<double> numberAt(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

} // namespace

QString resultName(RecordResult result)
{
    switch (result) {
    case RecordResult::Finished:
        return QStringLiteral("finished");
    case RecordResult::Failed:
        return QStringLiteral("failed");
    case RecordResult::Cancelled:
        return QStringLiteral("cancelled");
    case RecordResult::Interrupted:
        return QStringLiteral("interrupted");
    case RecordResult::InProgress:
        return QStringLiteral("in-progress");
    }
    return QString();
}

std::optional<RecordResult> resultFromName(const QString &name)
{
    for (const RecordResult result : {RecordResult::Finished,
                                      RecordResult::Failed,
                                      RecordResult::Cancelled,
                                      RecordResult::Interrupted,
                                      RecordResult::InProgress}) {
        if (name.compare(resultName(result), Qt::CaseInsensitive) == 0)
            return result;
    }
    return std::nullopt;
}

QString resultTitle(RecordResult result)
{
    switch (result) {
    case RecordResult::Finished:
        return Tr::tr("Finished");
    case RecordResult::Failed:
        return Tr::tr("Failed");
    case RecordResult::Cancelled:
        return Tr::tr("Cancelled");
    case RecordResult::Interrupted:
        return Tr::tr("Interrupted");
    case RecordResult::InProgress:
        return Tr::tr("In progress");
    }
    return QString();
}

QString RecordSummary::resultText() const
{
    if (step.isEmpty() || result == RecordResult::Finished)
        return resultName(result);
    return QStringLiteral("%1 during %2").arg(resultName(result), step);
}

QString RecordSummary::agreementText() const
{
    if (accuracy)
        return Tr::tr("%1 % accuracy").arg(*accuracy * 100.0, 0, 'f', 1);
    if (top1Agreement)
        return Tr::tr("%1 % top-1 agreement").arg(*top1Agreement * 100.0, 0, 'f', 1);
    if (compared > 0)
        return Tr::tr("%1/%2 agree").arg(agreeing).arg(compared);
    return QString();
}

Result<QJsonObject> loadDeploymentJson(const QString &folder)
{
    const QString path = QDir(folder).filePath(QStringLiteral("deployment.json"));
    if (!QFileInfo::exists(path)) {
        return fail(ErrorCode::NotFound,
                    Tr::tr("This folder is not a deployment record: it has no deployment.json."),
                    path,
                    Tr::tr("Give a record folder (tinydeploy-cli history lists them)."));
    }
    Result<QJsonObject> root = readJsonObject(path);
    if (!root)
        return root;
    const QJsonValue version = root->value(QStringLiteral("format_version"));
    if (!version.isDouble()) {
        return std::unexpected(
            recordError(ErrorCode::MissingField, Tr::tr("The record has no format_version."), path));
    }
    if (version.toInt() > RecordFormatVersion) {
        return fail(ErrorCode::UnsupportedVersion,
                    Tr::tr("The record was written by a newer TinyDeploy (record format %1; this "
                           "version reads %2).")
                        .arg(version.toInt())
                        .arg(RecordFormatVersion),
                    path,
                    Tr::tr("Open it with the TinyDeploy version that wrote it (%1).")
                        .arg(root->value(QStringLiteral("tinydeploy_version")).toString()));
    }
    for (const char *field : {"state", "created"}) {
        if (!root->value(QLatin1String(field)).isString()) {
            return std::unexpected(
                recordError(ErrorCode::MissingField,
                            Tr::tr("The record has no \"%1\" text.").arg(QLatin1String(field)),
                            path));
        }
    }
    return root;
}

Result<std::optional<QJsonObject>> loadOptionalJson(const QString &folder, const QString &name)
{
    const QString path = QDir(folder).filePath(name);
    if (!QFileInfo::exists(path))
        return std::optional<QJsonObject>();
    Result<QJsonObject> object = readJsonObject(path);
    if (!object)
        return std::unexpected(object.error());
    return std::optional<QJsonObject>(*object);
}

Result<RecordSummary> loadSummary(const QString &folder)
{
    Result<QJsonObject> loaded = loadDeploymentJson(folder);
    if (!loaded)
        return std::unexpected(loaded.error());
    const QJsonObject &root = *loaded;
    RecordSummary summary;
    summary.folder = QFileInfo(folder).absoluteFilePath();
    summary.id = QFileInfo(folder).fileName();
    const QJsonObject model = root.value(QStringLiteral("model")).toObject();
    summary.modelPath = model.value(QStringLiteral("path")).toString();
    summary.model = QFileInfo(summary.modelPath).completeBaseName();
    if (summary.model.endsWith(QLatin1String(".tar")))
        summary.model.chop(4);
    summary.projectDir = root.value(QStringLiteral("project_dir")).toString();
    if (summary.model.isEmpty())
        summary.model = QFileInfo(summary.projectDir).fileName();
    summary.templateName
        = root.value(QStringLiteral("template")).toObject().value(QStringLiteral("name")).toString();
    summary.board = root.value(QStringLiteral("board")).toString();
    summary.serialNumber = root.value(QStringLiteral("serial_number")).toString();
    summary.serialPort = root.value(QStringLiteral("serial_port")).toString();
    summary.runProtocol = root.value(QStringLiteral("run_protocol")).toString();
    summary.tinydeployVersion = root.value(QStringLiteral("tinydeploy_version")).toString();
    summary.created = QDateTime::fromString(root.value(QStringLiteral("created")).toString(),
                                            Qt::ISODateWithMs);
    summary.updated = QDateTime::fromString(root.value(QStringLiteral("updated")).toString(),
                                            Qt::ISODateWithMs);
    if (!summary.created.isValid()) {
        return std::unexpected(
            recordError(ErrorCode::InvalidValue,
                        Tr::tr("The record's \"created\" is not a date: %1.")
                            .arg(root.value(QStringLiteral("created")).toString()),
                        QDir(folder).filePath(QStringLiteral("deployment.json"))));
    }

    const QString state = root.value(QStringLiteral("state")).toString();
    const QJsonObject error = root.value(QStringLiteral("error")).toObject();
    summary.errorMessage = error.value(QStringLiteral("message")).toString();
    if (state == QLatin1String("finished")) {
        summary.result = RecordResult::Finished;
    } else if (state == QLatin1String("cancelled")) {
        summary.result = RecordResult::Cancelled;
        summary.step = error.value(QStringLiteral("location")).toString();
    } else if (state == QLatin1String("failed") || state == QLatin1String("idle")) {
        summary.result = RecordResult::Failed;
    } else if (activeStates().contains(state)) {
        summary.step = root.value(QStringLiteral("current_step")).toString();
        if (summary.step.isEmpty())
            summary.step = stepOfState(state);
        // A record of an older version names no process: nothing runs it any more.
        const QJsonObject process = root.value(QStringLiteral("process")).toObject();
        const Deploy::WriterLiveness liveness = process.isEmpty() ? Deploy::WriterLiveness::Gone
                                                                  : Deploy::writerLiveness(process);
        summary.result = liveness == Deploy::WriterLiveness::Gone ? RecordResult::Interrupted
                                                                  : RecordResult::InProgress;
    } else {
        return std::unexpected(
            recordError(ErrorCode::InvalidValue,
                        Tr::tr("The record's state \"%1\" is not one TinyDeploy "
                               "writes.")
                            .arg(state),
                        QDir(folder).filePath(QStringLiteral("deployment.json"))));
    }
    if (summary.result == RecordResult::Failed) {
        for (const QJsonValue &step : root.value(QStringLiteral("steps")).toArray()) {
            if (step.toObject().value(QStringLiteral("status")).toString()
                == QLatin1String("failed"))
                summary.step = step.toObject().value(QStringLiteral("step")).toString();
        }
    }

    const QJsonObject results = root.value(QStringLiteral("summary")).toObject();
    summary.latencyMedianUs = numberAt(results, QStringLiteral("latency_median_us"));
    summary.compared = results.value(QStringLiteral("compared")).toInteger();
    summary.agreeing = results.value(QStringLiteral("agreeing")).toInteger();

    const Result<std::optional<QJsonObject>> validation = loadOptionalJson(folder,
                                                                           QStringLiteral(
                                                                               "validation.json"));
    if (validation && *validation) {
        summary.hasValidation = true;
        const QJsonObject classifier = (*validation)->value(QStringLiteral("classifier")).toObject();
        summary.accuracy = numberAt(classifier, QStringLiteral("accuracy"));
        summary.top1Agreement = numberAt(classifier, QStringLiteral("top1_agreement"));
        const QJsonObject latency = (*validation)->value(QStringLiteral("latency_us")).toObject();
        if (const std::optional<double> median = numberAt(latency, QStringLiteral("median")))
            summary.latencyMedianUs = median;
    }
    return summary;
}

} // namespace TinyDeploy::History
