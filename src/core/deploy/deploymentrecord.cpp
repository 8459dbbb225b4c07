#include "deploymentrecord.h"
#include "deploylogging.h"
#include "deploytr.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace TinyDeploy::Deploy {

namespace {

// Keeps folder names portable and short whatever the model file is called.
QString safeName(const QString &name)
{
    QString safe;
    for (const QChar c : name) {
        if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_')
            || c == QLatin1Char('.'))
            safe.append(c);
        else
            safe.append(QLatin1Char('_'));
    }
    safe = safe.left(64);
    return safe.isEmpty() ? QStringLiteral("model") : safe;
}

QJsonArray shapeToJson(const QList<qint64> &shape)
{
    QJsonArray array;
    for (const qint64 dim : shape)
        array.append(dim);
    return array;
}

} // namespace

DeploymentRecord::DeploymentRecord() = default;
DeploymentRecord::~DeploymentRecord() = default;

QString DeploymentRecord::defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
           + QStringLiteral("/deployments");
}

Result<void> DeploymentRecord::create(const QString &root,
                                      const QString &modelName,
                                      const QDateTime &when)
{
    closeLogs();
    m_folder.clear();
    const QString base = root + QLatin1Char('/')
                         + when.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))
                         + QLatin1Char('-') + safeName(modelName);
    QDir dir;
    if (!dir.mkpath(root)) {
        return fail(ErrorCode::Io,
                    Tr::tr("Cannot create the folder for deployment records."),
                    root,
                    Tr::tr("Check that the folder is writable and the disk is not full."));
    }
    // mkdir (not mkpath) fails if the folder exists: two deployments never share one.
    for (int n = 1; n < 1000; ++n) {
        const QString candidate = n == 1 ? base : base + QStringLiteral("-%1").arg(n);
        if (QFileInfo::exists(candidate))
            continue;
        if (dir.mkdir(candidate) && dir.mkdir(candidate + QStringLiteral("/logs"))) {
            m_folder = candidate;
            return ok();
        }
    }
    return fail(ErrorCode::Io,
                Tr::tr("Cannot create the record folder of the deployment."),
                base,
                Tr::tr("Check that the folder is writable and the disk is not full."));
}

QString DeploymentRecord::logName(DeploymentStep step)
{
    return QStringLiteral("logs/%1-%2.log").arg(int(step) + 1).arg(stepName(step));
}

QString DeploymentRecord::logPath(DeploymentStep step) const
{
    return m_folder + QLatin1Char('/') + logName(step);
}

Result<void> DeploymentRecord::appendLog(DeploymentStep step,
                                         const QDateTime &when,
                                         LogStream stream,
                                         const QString &text)
{
    if (m_folder.isEmpty())
        return ok();
    std::unique_ptr<QFile> &file = m_logs[size_t(step)];
    if (!file) {
        file = std::make_unique<QFile>(logPath(step));
        if (!file->open(QIODevice::WriteOnly | QIODevice::Append)) {
            const QString reason = file->errorString();
            file.reset();
            return fail(ErrorCode::Io,
                        Tr::tr("Cannot write the log of the step."),
                        logPath(step),
                        Tr::tr("Check that the disk is not full."),
                        reason);
        }
        m_logSizes[size_t(step)] = file->size();
    }
    const QByteArray line = (timestampText(when) + QStringLiteral(" [") + logStreamName(stream)
                             + QStringLiteral("] ") + text + QLatin1Char('\n'))
                                .toUtf8();
    // Flushed per line: a crash or kill must not lose what the tools already printed.
    if (file->write(line) != line.size() || !file->flush()) {
        return fail(ErrorCode::Io,
                    Tr::tr("Cannot write the log of the step."),
                    logPath(step),
                    Tr::tr("Check that the disk is not full."),
                    file->errorString());
    }
    m_logSizes[size_t(step)] += line.size();
    if (m_logLimit > 0 && m_logSizes[size_t(step)] >= m_logLimit)
        rotateLog(step);
    return ok();
}

void DeploymentRecord::rotateLog(DeploymentStep step)
{
    m_logs[size_t(step)].reset();
    m_logSizes[size_t(step)] = 0;
    const QString path = logPath(step);
    const QString older = path + QStringLiteral(".1");
    // rename() replaces the older part in one go; a failure only means the log keeps growing.
    if (::rename(QFile::encodeName(path).constData(), QFile::encodeName(older).constData()) != 0)
        qCWarning(lcDeploy).noquote() << "cannot rotate" << path << std::strerror(errno);
}

Result<void> DeploymentRecord::writeDeployment(const QJsonObject &document)
{
    return writeJson(QStringLiteral("deployment.json"), document);
}

Result<void> DeploymentRecord::writeResults(const QJsonObject &document)
{
    return writeJson(QStringLiteral("results.json"), document);
}

void DeploymentRecord::closeLogs()
{
    for (std::unique_ptr<QFile> &file : m_logs)
        file.reset();
}

Result<void> DeploymentRecord::writeJson(const QString &name, const QJsonObject &document)
{
    if (m_folder.isEmpty())
        return ok();
    return writeFileAtomically(m_folder + QLatin1Char('/') + name,
                               QJsonDocument(document).toJson(QJsonDocument::Indented));
}

Result<void> writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    // Temporary file + rename: a reader, a crash or a kill sees the old or the new content,
    // never a torn file. No fsync: the record is written often during a deployment and must
    // survive the process, not a power cut.
    const QString temporary = path + QStringLiteral(".tmp");
    QFile file(temporary);
    const auto failure = [&path](const QString &reason) {
        return fail(ErrorCode::Io,
                    Tr::tr("Cannot write the deployment record."),
                    path,
                    Tr::tr("Check that the disk is not full."),
                    reason);
    };
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return failure(file.errorString());
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const QString reason = file.errorString();
        file.close();
        file.remove();
        return failure(reason);
    }
    file.close();
    if (::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData())
        != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        QFile::remove(temporary);
        return failure(reason);
    }
    return ok();
}

QString timestampText(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject errorToJson(const Error &error)
{
    QJsonObject object{{QStringLiteral("code"), errorCodeName(error.code)},
                       {QStringLiteral("message"), error.message}};
    if (!error.location.isEmpty())
        object.insert(QStringLiteral("location"), error.location);
    if (!error.hint.isEmpty())
        object.insert(QStringLiteral("hint"), error.hint);
    if (!error.details.isEmpty())
        object.insert(QStringLiteral("details"), error.details);
    return object;
}

QJsonObject deviceInfoToJson(const Device::DeviceHello &info)
{
    const auto tensors = [](const QList<Device::TensorInfo> &list) {
        QJsonArray array;
        for (const Device::TensorInfo &tensor : list) {
            QJsonArray shape;
            for (const qint32 dim : tensor.shape)
                shape.append(dim);
            array.append(QJsonObject{{QStringLiteral("name"), tensor.name},
                                     {QStringLiteral("dtype"), tensor.dtype()},
                                     {QStringLiteral("shape"), shape},
                                     {QStringLiteral("bytes"), qint64(tensor.bytes)}});
        }
        return array;
    };
    return QJsonObject{{QStringLiteral("protocol_version"), info.protocolVersion},
                       {QStringLiteral("firmware"), info.firmware},
                       {QStringLiteral("board"), info.board},
                       {QStringLiteral("model"), info.model},
                       {QStringLiteral("entry_point"), info.entryPoint},
                       {QStringLiteral("workspace_bytes"), qint64(info.workspaceBytes)},
                       {QStringLiteral("max_payload"), info.maxPayload},
                       {QStringLiteral("cycle_counter"), info.hasCycleCounter()},
                       {QStringLiteral("cycles_emulated"), info.cyclesEmulated()},
                       {QStringLiteral("cycles_hz"), qint64(info.cyclesHz)},
                       {QStringLiteral("inputs"), tensors(info.inputs)},
                       {QStringLiteral("outputs"), tensors(info.outputs)}};
}

QJsonObject tensorToJson(const Tensor::Tensor &tensor)
{
    QJsonArray values;
    const QList<double> doubles = tensor.toDoubles();
    for (const double value : doubles)
        values.append(value);
    return QJsonObject{{QStringLiteral("dtype"), tensor.dtype().name()},
                       {QStringLiteral("shape"), shapeToJson(tensor.shape())},
                       {QStringLiteral("values"), values}};
}

QJsonObject latencyToJson(const LatencySummary &latency)
{
    QJsonObject object{{QStringLiteral("runs"), latency.runs},
                       {QStringLiteral("us"),
                        QJsonObject{{QStringLiteral("min"), latency.minUs},
                                    {QStringLiteral("median"), latency.medianUs},
                                    {QStringLiteral("max"), latency.maxUs}}}};
    if (latency.hasCycles) {
        object.insert(QStringLiteral("cycles"),
                      QJsonObject{{QStringLiteral("min"), qint64(latency.minCycles)},
                                  {QStringLiteral("median"), qint64(latency.medianCycles)},
                                  {QStringLiteral("max"), qint64(latency.maxCycles)}});
    }
    return object;
}

QJsonObject runResultToJson(const RunResult &result, bool withPerRunLatencies)
{
    QJsonObject object{{QStringLiteral("input"), result.input.name}};
    if (!result.input.source.isEmpty())
        object.insert(QStringLiteral("input_source"), result.input.source);
    QJsonArray outputs;
    for (qsizetype i = 0; i < result.outputs.size(); ++i) {
        QJsonObject output = tensorToJson(result.outputs.at(i));
        output.insert(QStringLiteral("name"), result.outputNames.value(i));
        if (i < result.dequantized.size() && !result.dequantized.at(i).isNull()) {
            QJsonArray real;
            for (const double value : result.dequantized.at(i).toDoubles())
                real.append(value);
            output.insert(QStringLiteral("dequantized"), real);
        }
        if (i < result.comparisons.size()) {
            const Tensor::Comparison &c = result.comparisons.at(i);
            output.insert(QStringLiteral("agreement"),
                          QJsonObject{{QStringLiteral("agrees"), c.agrees},
                                      {QStringLiteral("max_abs_diff"), c.maxAbsDiff},
                                      {QStringLiteral("max_rel_diff"), c.maxRelDiff},
                                      {QStringLiteral("mismatches"), c.mismatches}});
        }
        outputs.append(output);
    }
    object.insert(QStringLiteral("outputs"), outputs);
    QJsonObject latency = latencyToJson(result.latency());
    latency.insert(QStringLiteral("emulated"), result.cyclesEmulated);
    latency.insert(QStringLiteral("cycles_hz"), qint64(result.cyclesHz));
    if (withPerRunLatencies) {
        QJsonArray runs;
        for (const Device::RunLatency &run : result.latencies) {
            runs.append(QJsonObject{{QStringLiteral("cycles"), qint64(run.cycles)},
                                    {QStringLiteral("us"), qint64(run.microseconds)}});
        }
        latency.insert(QStringLiteral("per_run"), runs);
    }
    object.insert(QStringLiteral("latency"), latency);
    if (!result.topK.isEmpty()) {
        QJsonArray top;
        for (qsizetype i = 0; i < result.topK.size(); ++i) {
            QJsonObject entry{{QStringLiteral("index"), result.topK.at(i).index},
                              {QStringLiteral("value"), result.topK.at(i).value}};
            if (i < result.topKLabels.size())
                entry.insert(QStringLiteral("label"), result.topKLabels.at(i));
            top.append(entry);
        }
        object.insert(QStringLiteral("top_k"), top);
        object.insert(QStringLiteral("predicted"), result.topK.first().index);
        if (!result.topKLabels.isEmpty())
            object.insert(QStringLiteral("predicted_label"), result.topKLabels.first());
    }
    if (result.trueClass)
        object.insert(QStringLiteral("true_class"), *result.trueClass);
    if (result.agreementKnown())
        object.insert(QStringLiteral("agrees_with_expected"), result.agrees());
    return object;
}

} // namespace TinyDeploy::Deploy
