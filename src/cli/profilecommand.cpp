#include "clitr.h"
#include "commands.h"
#include "output.h"
#include "projectsupport.h"
#include "signalwatcher.h"

#include <deploy/deployment.h>
#include <deploy/runprotocol.h>
#include <tensor/npy.h>

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace TinyDeploy::Cli {

namespace {

/// A node name as a file name: every character but [A-Za-z0-9_.-] becomes '_'.
QString fileNameOf(const QString &node)
{
    QString name = node;
    for (QChar &c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('_')
            && c != QLatin1Char('-') && c != QLatin1Char('.'))
            c = QLatin1Char('_');
    }
    return name + QStringLiteral(".npy");
}

QJsonObject profileJson(const MicroTvm::OperatorProfile &profile, const QString &dumpDir)
{
    QJsonArray operators;
    for (const MicroTvm::OperatorTime &op : profile.operators) {
        operators.append(QJsonObject{{QStringLiteral("node"), op.node},
                                     {QStringLiteral("function"), op.function},
                                     {QStringLiteral("mean_us"), op.meanUs},
                                     {QStringLiteral("share"), op.share}});
    }
    QJsonObject root{{QStringLiteral("operators"), operators},
                     {QStringLiteral("total_us"), profile.totalUs}};
    if (!dumpDir.isEmpty()) {
        QJsonArray tensors;
        for (const auto &[node, tensor] : profile.nodeOutputs) {
            const QString file = dumpDir + QLatin1Char('/') + fileNameOf(node);
            tensors.append(
                QJsonObject{{QStringLiteral("node"), node}, {QStringLiteral("file"), file}});
        }
        root.insert(QStringLiteral("tensors"), tensors);
    }
    return root;
}

void printProfile(const MicroTvm::OperatorProfile &profile)
{
    QTextStream &o = out();
    o << Tr::tr("%1 %2 %3 %4")
             .arg(Tr::tr("node").leftJustified(32),
                  Tr::tr("function").leftJustified(40),
                  Tr::tr("mean us").rightJustified(12),
                  Tr::tr("share").rightJustified(8))
      << '\n';
    for (const MicroTvm::OperatorTime &op : profile.operators) {
        o << op.node.leftJustified(32) << ' ' << op.function.leftJustified(40) << ' '
          << QString::number(op.meanUs, 'f', 1).rightJustified(12) << ' '
          << QString(QString::number(op.share * 100, 'f', 1) + QLatin1Char('%')).rightJustified(8)
          << '\n';
    }
    o << Tr::tr("total").leftJustified(73) << ' '
      << QString::number(profile.totalUs, 'f', 1).rightJustified(12) << ' '
      << QStringLiteral("100.0%").rightJustified(8) << '\n';
    o.flush();
}

} // namespace

int runProfile(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Times every operator of the model on a flashed host-driven device (microTVM RPC, "
               "graph executor), the way TVM's debug executor does: each graph node's function "
               "over its own tensors. Prints each operator's mean time and share of the total."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("repeats"),
                      Tr::tr("Timed runs of each operator (default 10)."),
                      QStringLiteral("N"),
                      QStringLiteral("10")});
    parser.addOption({QStringLiteral("dump-tensors"),
                      Tr::tr("Write every node's output as DIR/<node>.npy."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("port"),
                      Tr::tr("The device's serial port (default: the one the project "
                             "remembers, else its Project API transport)."),
                      QStringLiteral("PORT")});
    parser.addOption({QStringLiteral("json"), Tr::tr("Prints the profile as JSON on stdout.")});
    parser.addOption(
        {QStringLiteral("verbose"), Tr::tr("Show every log line, and the details of errors.")});
    parser.addPositionalArgument(QStringLiteral("PROJECT_DIR"),
                                 Tr::tr("A generated and flashed host-driven project."));
    parser.process(arguments);
    const bool verbose = parser.isSet(QStringLiteral("verbose"));
    bool repeatsOk = false;
    const uint repeats = parser.value(QStringLiteral("repeats")).toUInt(&repeatsOk);
    if (parser.positionalArguments().size() != 1 || !repeatsOk || repeats < 1) {
        err() << Tr::tr("Usage: tinydeploy-cli profile PROJECT_DIR [--repeats N] "
                        "[--dump-tensors DIR] [--port PORT] [--json]")
              << '\n';
        return ExitUsage;
    }
    const QString projectDir = absolutePath(parser.positionalArguments().first());
    const QString port = parser.value(QStringLiteral("port"));
    const QString dumpDir = parser.isSet(QStringLiteral("dump-tensors"))
                                ? absolutePath(parser.value(QStringLiteral("dump-tensors")))
                                : QString();
    // Asked before connecting: a framed project cannot be profiled at all.
    const Result<Deploy::RunChoice> choice = Deploy::runChoiceForProject(projectDir, port);
    if (!choice)
        return reportFailure(choice.error(), verbose);
    if (!choice->canProfile()) {
        return reportFailure(
            makeError(ErrorCode::InvalidArgument,
                      Tr::tr("Profiling needs a host-driven project with the graph executor, and "
                             "this one runs %1.")
                          .arg(Deploy::describeRun(*choice)),
                      projectDir,
                      Tr::tr("Generate a project with -o project_type=host_driven from a "
                             "graph-executor archive built with --runtime-crt-system-lib (for "
                             "example digits_int8_graph.tar).")),
            verbose);
    }
    if (!dumpDir.isEmpty() && !QDir().mkpath(dumpDir)) {
        return reportFailure(makeError(ErrorCode::Io,
                                       Tr::tr("Cannot create the folder for the tensors."),
                                       dumpDir),
                             verbose);
    }

    Deploy::DeploymentSettings settings;
    settings.firstStep = Deploy::DeploymentStep::Connect;
    settings.projectDir = projectDir;
    settings.serialPort = port;
    settings.keepDeviceOpen = true; // the profile runs on the connection of the run
    SignalWatcher watcher;
    Deploy::Deployment deployment;
    deployment.setSettings(settings);
    QEventLoop loop;
    std::optional<Result<MicroTvm::OperatorProfile>> profiled;
    QObject::connect(&deployment, &Deploy::Deployment::finished, &loop, &QEventLoop::quit);
    QObject::connect(&deployment,
                     &Deploy::Deployment::profileFinished,
                     &loop,
                     [&](const Result<MicroTvm::OperatorProfile> &result) {
                         profiled = result;
                         loop.quit();
                     });
    QObject::connect(&watcher, &SignalWatcher::signalReceived, &deployment, [&] {
        deployment.cancel();
        loop.quit();
    });
    if (verbose) {
        QObject::connect(&deployment,
                         &Deploy::Deployment::logLine,
                         &loop,
                         [](Deploy::DeploymentStep,
                            const QDateTime &,
                            const QString &text,
                            Deploy::LogStream) { err() << "   " << text << Qt::endl; });
    }
    if (Result<void> started = deployment.start(); !started)
        return reportFailure(started.error(), verbose);
    if (deployment.isActive())
        loop.exec(); // connect and run once: the profile's inputs are the run's
    if (watcher.interrupted())
        return ExitCancelled;
    if (deployment.state() != Deploy::DeploymentState::Finished)
        return reportFailure(deployment.error().value_or(makeError(ErrorCode::StepFailed,
                                                                   Tr::tr("The run did not "
                                                                          "finish."),
                                                                   projectDir)),
                             verbose);
    if (Result<void> asked = deployment.profile(repeats, !dumpDir.isEmpty()); !asked)
        return reportFailure(asked.error(), verbose);
    if (!profiled)
        loop.exec();
    deployment.closeDevice();
    if (watcher.interrupted() || !profiled)
        return ExitCancelled;
    if (!*profiled)
        return reportFailure(profiled->error(), verbose);
    const MicroTvm::OperatorProfile &profile = **profiled;
    for (const auto &[node, tensor] : profile.nodeOutputs) {
        const QString path = dumpDir + QLatin1Char('/') + fileNameOf(node);
        if (Result<void> written = Tensor::writeNpyFile(tensor, path); !written)
            return reportFailure(written.error(), verbose);
    }
    if (parser.isSet(QStringLiteral("json")))
        out() << QString::fromUtf8(
            QJsonDocument(profileJson(profile, dumpDir)).toJson(QJsonDocument::Indented));
    else
        printProfile(profile);
    out().flush();
    return ExitOk;
}

} // namespace TinyDeploy::Cli
