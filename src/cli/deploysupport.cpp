#include "deploysupport.h"
#include "clitr.h"
#include "commands.h"
#include "output.h"
#include "signalwatcher.h"

#include <deploy/deployment.h>
#include <deploy/deploymentrecord.h>
#include <deploy/devicestopper.h>

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace TinyDeploy::Cli {

using namespace TinyDeploy::Deploy;

namespace {

// Outputs longer than this are summarized on the terminal (the record has every value).
constexpr int maxPrintedValues = 16;

QString tensorLine(const Device::TensorInfo &info)
{
    QStringList dims;
    for (const qint32 dim : info.shape)
        dims.append(QString::number(dim));
    return Tr::tr("%1: %2 [%3], %4 bytes")
        .arg(info.name,
             info.dtype(),
             dims.isEmpty() ? QStringLiteral("?") : dims.join(QStringLiteral(", ")))
        .arg(info.bytes);
}

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

void printDevice(const Device::DeviceHello &device)
{
    QTextStream &o = out();
    o << Tr::tr("Device: %1 on board %2, model \"%3\" (entry point %4)")
             .arg(device.firmware, device.board, device.model, device.entryPoint)
      << '\n';
    if (device.hasCycleCounter()) {
        o << Tr::tr("  clock %1 MHz, cycle counts %2")
                 .arg(device.cyclesHz / 1e6, 0, 'g', 4)
                 .arg(device.cyclesEmulated() ? Tr::tr("emulated") : Tr::tr("from the silicon"))
          << '\n';
    }
    for (const Device::TensorInfo &input : device.inputs)
        o << Tr::tr("  input  %1").arg(tensorLine(input)) << '\n';
    for (const Device::TensorInfo &output : device.outputs)
        o << Tr::tr("  output %1").arg(tensorLine(output)) << '\n';
    o.flush();
}

void printResult(const RunResult &result)
{
    QTextStream &o = out();
    QString heading = result.input.name;
    if (!result.input.source.isEmpty())
        heading += QStringLiteral(" (") + result.input.source + QLatin1Char(')');
    o << heading << '\n';
    if (!result.topK.isEmpty()) {
        QStringList ranked;
        for (qsizetype i = 0; i < result.topK.size(); ++i) {
            const QString name = i < result.topKLabels.size()
                                     ? result.topKLabels.at(i)
                                     : QString::number(result.topK.at(i).index);
            ranked.append(QStringLiteral("%1 (%2)").arg(name, number(result.topK.at(i).value)));
        }
        o << Tr::tr("  predicted: %1").arg(ranked.first()) << '\n';
        o << Tr::tr("  top %1: %2").arg(ranked.size()).arg(ranked.join(QStringLiteral(", ")))
          << '\n';
        if (result.trueClass) {
            const bool right = result.topK.first().index == *result.trueClass;
            o << Tr::tr("  true class: %1 (%2)")
                     .arg(*result.trueClass)
                     .arg(right ? Tr::tr("right") : Tr::tr("wrong"))
              << '\n';
        }
    } else {
        for (qsizetype i = 0; i < result.outputs.size(); ++i) {
            const QList<double> values = result.outputs.at(i).toDoubles();
            QStringList shown;
            for (qsizetype v = 0; v < values.size() && v < maxPrintedValues; ++v)
                shown.append(number(values.at(v)));
            if (values.size() > maxPrintedValues)
                shown.append(Tr::tr("... (%1 values)").arg(values.size()));
            o << Tr::tr("  %1 = [%2]")
                     .arg(result.outputNames.value(i), shown.join(QStringLiteral(", ")))
              << '\n';
        }
    }
    for (qsizetype i = 0; i < result.dequantized.size(); ++i) {
        if (result.dequantized.at(i).isNull())
            continue;
        // The model's scale and zero point are known (<model>.quant.json).
        const QList<double> values = result.dequantized.at(i).toDoubles();
        QStringList shown;
        for (qsizetype v = 0; v < values.size() && v < maxPrintedValues; ++v)
            shown.append(number(values.at(v)));
        if (values.size() > maxPrintedValues)
            shown.append(Tr::tr("... (%1 values)").arg(values.size()));
        o << Tr::tr("  %1 in real values = [%2]")
                 .arg(result.outputNames.value(i), shown.join(QStringLiteral(", ")))
          << '\n';
    }
    const LatencySummary latency = result.latency();
    const QString emulated = result.cyclesEmulated ? Tr::tr(" (emulated)") : QString();
    if (latency.hasCycles) {
        o << Tr::tr("  latency over %n run(s): min/median/max %1/%2/%3 cycles, %4/%5/%6 us%7",
                    nullptr,
                    latency.runs)
                 .arg(latency.minCycles)
                 .arg(latency.medianCycles)
                 .arg(latency.maxCycles)
                 .arg(number(latency.minUs), number(latency.medianUs), number(latency.maxUs))
                 .arg(emulated)
          << '\n';
    } else {
        o << Tr::tr("  latency over %n run(s): min/median/max %1/%2/%3 us%4", nullptr, latency.runs)
                 .arg(number(latency.minUs), number(latency.medianUs), number(latency.maxUs))
                 .arg(emulated)
          << '\n';
    }
    if (result.agreementKnown()) {
        const Tensor::Comparison &c = result.comparisons.first();
        o << (result.agrees()
                  ? Tr::tr("  agrees with the expected output (max abs diff %1)")
                        .arg(number(c.maxAbsDiff))
                  : Tr::tr("  DIFFERS from the expected output: %1 value(s), max abs diff %2")
                        .arg(c.mismatches)
                        .arg(number(c.maxAbsDiff)))
          << '\n';
    }
    o.flush();
}

QJsonObject summaryJson(const Deployment &deployment)
{
    QJsonObject root;
    root.insert(QStringLiteral("state"), stateName(deployment.state()));
    root.insert(QStringLiteral("ok"), deployment.state() == DeploymentState::Finished);
    root.insert(QStringLiteral("record"), deployment.recordFolder());
    root.insert(QStringLiteral("project_dir"), deployment.projectDir());
    root.insert(QStringLiteral("model"), deployment.settings().modelPath);
    if (!deployment.serialPort().isEmpty())
        root.insert(QStringLiteral("serial_port"), deployment.serialPort());
    if (deployment.deviceInfo())
        root.insert(QStringLiteral("device"), deviceInfoToJson(*deployment.deviceInfo()));
    QJsonArray results;
    for (const RunResult &result : deployment.results())
        results.append(runResultToJson(result, false));
    root.insert(QStringLiteral("results"), results);
    if (!deployment.results().isEmpty() && !deployment.results().first().topK.isEmpty()) {
        const RunResult &first = deployment.results().first();
        root.insert(QStringLiteral("predicted"), first.topK.first().index);
        if (!first.topKLabels.isEmpty())
            root.insert(QStringLiteral("predicted_label"), first.topKLabels.first());
    }
    // The deployment's own figures (over every result, dropped ones included), as in
    // results.json.
    const ResultStore &store = deployment.resultStore();
    QJsonObject agreement{{QStringLiteral("compared"), qint64(store.compared())},
                          {QStringLiteral("agreeing"), qint64(store.agreeing())}};
    if (store.compared() > 0)
        agreement.insert(QStringLiteral("all_agree"), store.allAgree());
    root.insert(QStringLiteral("agreement"), agreement);
    QJsonArray steps;
    for (const StepRecord &step : deployment.stepRecords()) {
        QJsonObject object{{QStringLiteral("step"), stepName(step.step)},
                           {QStringLiteral("done"), step.done},
                           {QStringLiteral("attempts"), step.attempt},
                           {QStringLiteral("wall_ms"), step.wallMs},
                           {QStringLiteral("server_ms"), step.serverMs}};
        if (step.error)
            object.insert(QStringLiteral("error"), errorToJson(*step.error));
        steps.append(object);
    }
    root.insert(QStringLiteral("steps"), steps);
    if (const auto &package = deployment.package()) {
        root.insert(QStringLiteral("package"),
                    QJsonObject{{QStringLiteral("path"), package->path},
                                {QStringLiteral("sha256"), package->sha256},
                                {QStringLiteral("board"), package->manifest.boardName},
                                {QStringLiteral("template"), package->manifest.templateName},
                                {QStringLiteral("model"), package->manifest.modelName}});
    }
    if (deployment.error())
        root.insert(QStringLiteral("error"), errorToJson(*deployment.error()));
    return root;
}

} // namespace

void addRunOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("input"),
                      Tr::tr("An input file (repeatable): .npy (one per model input) or .npz "
                             "(one input set). Default: the sample inputs of a bundled sample "
                             "model, else zeros."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("runs"),
                      Tr::tr("Runs per input, 1 to %1 (default 1); latency is reported over "
                             "them.")
                          .arg(Device::Protocol::MaxRuns),
                      QStringLiteral("N"),
                      QStringLiteral("1")});
    parser.addOption({QStringLiteral("port"),
                      Tr::tr("The device's serial port (default: the one the template reports "
                             "after flashing)."),
                      QStringLiteral("PORT")});
    parser.addOption({QStringLiteral("json"), Tr::tr("Prints the outcome as JSON on stdout.")});
}

std::optional<uint> runsOption(const QCommandLineParser &parser)
{
    bool ok = false;
    const uint runs = parser.value(QStringLiteral("runs")).toUInt(&ok);
    if (!ok || runs < 1 || runs > Device::Protocol::MaxRuns) {
        err() << Tr::tr("tinydeploy-cli: --runs must be a number from 1 to %1.")
                     .arg(Device::Protocol::MaxRuns)
              << '\n';
        return std::nullopt;
    }
    return runs;
}

int executeDeployment(Deployment &deployment,
                      SignalWatcher &watcher,
                      const DeployPresentation &presentation)
{
    QEventLoop loop;
    QObject::connect(&deployment, &Deployment::finished, &loop, &QEventLoop::quit);
    QObject::connect(&watcher, &SignalWatcher::signalReceived, &deployment, [&deployment] {
        deployment.cancel();
    });
    QObject::connect(&deployment, &Deployment::stepStarted, &loop, [](DeploymentStep step) {
        err() << "== " << stepTitle(step) << " ==" << Qt::endl;
    });
    QObject::connect(&deployment,
                     &Deployment::logLine,
                     &loop,
                     [&presentation](DeploymentStep,
                                     const QDateTime &,
                                     const QString &text,
                                     LogStream stream) {
                         if (presentation.verbose) {
                             err() << (stream == LogStream::Info     ? "   "
                                       : stream == LogStream::Device ? "device| "
                                                                     : "| ")
                                   << text << Qt::endl;
                         }
                     });
    if (!presentation.verbose) {
        // With --verbose the log line says it already.
        QObject::connect(&deployment, &Deployment::warning, &loop, [](const QString &text) {
            err() << Tr::tr("tinydeploy-cli: warning: %1").arg(text) << Qt::endl;
        });
    }
    QObject::connect(&deployment,
                     &Deployment::stepFinished,
                     &loop,
                     [&presentation](DeploymentStep, const Result<void> &result) {
                         if (!result && result.error().code != ErrorCode::Cancelled)
                             printError(result.error(), presentation.verbose);
                     });
    if (!presentation.json) {
        QObject::connect(&deployment,
                         &Deployment::deviceInfoReceived,
                         &loop,
                         [](const Device::DeviceHello &device) { printDevice(device); });
        QObject::connect(&deployment, &Deployment::runResultReady, &loop, printResult);
    }

    if (Result<void> started = deployment.start(); !started) {
        printError(started.error(), presentation.verbose);
        return started.error().code == ErrorCode::Cancelled ? ExitCancelled : ExitFailed;
    }
    if (watcher.interrupted())
        deployment.cancel();
    if (deployment.isActive())
        loop.exec();

    const DeploymentState state = deployment.state();
    const ResultStore &store = deployment.resultStore();
    const quint64 compared = store.compared();
    const quint64 agreeing = store.agreeing();
    const bool disagreement = agreeing < compared;

    if (presentation.json) {
        out() << QString::fromUtf8(
            QJsonDocument(summaryJson(deployment)).toJson(QJsonDocument::Indented));
    } else {
        if (compared > 0) {
            out() << Tr::tr("Agreement with the expected outputs: %1 of %2 agree.")
                         .arg(agreeing)
                         .arg(compared)
                  << '\n';
        }
        if (state == DeploymentState::Cancelled)
            out() << Tr::tr("Cancelled.") << '\n';
        out() << Tr::tr("Record: %1").arg(deployment.recordFolder()) << '\n';
    }
    out().flush();

    if (presentation.stopDeviceAtExit && projectHasDeviceRecord(deployment.projectDir())) {
        // The emulated device would otherwise run on until its idle timeout.
        std::optional<Result<void>> stopped;
        QEventLoop stopLoop;
        stopProjectDevice(deployment.projectDir(), &stopLoop, [&](Result<void> result) {
            stopped = result;
            stopLoop.quit();
        });
        if (!stopped)
            stopLoop.exec();
        if (stopped && !*stopped)
            printError(stopped->error(), presentation.verbose);
    }

    if (state == DeploymentState::Cancelled || watcher.interrupted())
        return ExitCancelled;
    if (state != DeploymentState::Finished)
        return ExitFailed;
    if (disagreement) {
        err() << Tr::tr("tinydeploy-cli: the device's outputs differ from the expected outputs.")
              << '\n';
        err().flush();
        return ExitFailed;
    }
    return ExitOk;
}

} // namespace TinyDeploy::Cli
