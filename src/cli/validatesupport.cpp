#include "validatesupport.h"
#include "clitr.h"
#include "commands.h"
#include "output.h"
#include "signalwatcher.h"

#include <validate/validation.h>

#include <QEventLoop>
#include <QJsonDocument>

#include <cmath>

namespace TinyDeploy::Cli {

using namespace TinyDeploy::Validate;

namespace {

constexpr qsizetype printedWorst = 10;

QString percent(const std::optional<double> &fraction)
{
    return fraction ? QStringLiteral("%1 %").arg(*fraction * 100, 0, 'f', 2) : Tr::tr("n/a");
}

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

QString optionalClass(const std::optional<qint64> &value)
{
    return value ? QString::number(*value) : QStringLiteral("-");
}

void printSummary(const Validation &validation)
{
    QTextStream &o = out();
    const ValidationMetrics &metrics = validation.metrics();
    o << Tr::tr("Data set: %1").arg(validation.dataSet().path()) << '\n';
    o << Tr::tr("Reference: %1").arg(referenceName(validation.settings().reference)) << '\n';
    o << Tr::tr("Samples: %1 of %2").arg(validation.completed()).arg(validation.total()) << '\n';
    for (const ValidationMetrics::OutputFigures &output : metrics.outputs()) {
        o << Tr::tr("Output %1: max abs error %2, RMSE %3, cosine %4")
                 .arg(output.name,
                      number(output.maxAbsError),
                      number(output.rmse),
                      number(output.cosine))
          << '\n';
    }
    if (metrics.isClassifier()) {
        o << Tr::tr("Top-1 agreement: %1, top-%2 agreement: %3")
                 .arg(percent(metrics.top1Agreement()))
                 .arg(validation.settings().topK)
                 .arg(percent(metrics.topKAgreement()))
          << '\n';
        o << Tr::tr("Accuracy against the labels: %1").arg(percent(metrics.accuracy())) << '\n';
    }
    const ValidationMetrics::LatencyFigures latency = metrics.latency();
    o << Tr::tr("Latency (us): min %1, median %2, p95 %3, max %4")
             .arg(number(latency.min),
                  number(latency.median),
                  number(latency.p95),
                  number(latency.max))
      << '\n';
    o << Tr::tr("Samples that depart from the reference: %1").arg(metrics.disagreements()) << '\n';

    const QList<SampleOutcome> worst = worstFirst(validation.outcomes(), printedWorst);
    if (!worst.isEmpty()) {
        o << '\n' << Tr::tr("Worst samples:") << '\n';
        o << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                 .arg(Tr::tr("sample"), -20)
                 .arg(Tr::tr("max abs error"), 14)
                 .arg(Tr::tr("predicted"), 9)
                 .arg(Tr::tr("reference"), 9)
                 .arg(Tr::tr("label"), 6)
                 .arg(Tr::tr("agrees"));
        for (const SampleOutcome &outcome : worst) {
            const std::optional<double> error = outcome.maxAbsError();
            o << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                     .arg(outcome.name, -20)
                     .arg(error ? number(*error) : QStringLiteral("-"), 14)
                     .arg(optionalClass(outcome.predicted), 9)
                     .arg(optionalClass(outcome.expected), 9)
                     .arg(optionalClass(outcome.label), 6)
                     .arg(outcome.disagrees() ? Tr::tr("NO") : Tr::tr("yes"));
        }
    }
    if (validation.state() == ValidationState::Cancelled)
        o << Tr::tr("Cancelled.") << '\n';
    o << Tr::tr("Record: %1").arg(validation.summaryPath()) << '\n';
    o.flush();
}

} // namespace

int runValidation(Validation &validation, SignalWatcher &watcher, bool json, bool verbose)
{
    QEventLoop loop;
    QObject::connect(&validation, &Validation::finished, &loop, &QEventLoop::quit);
    QObject::connect(&watcher, &SignalWatcher::signalReceived, &validation, [&validation] {
        validation.cancel();
    });
    QObject::connect(&validation, &Validation::warning, &loop, [](const QString &text) {
        err() << Tr::tr("tinydeploy-cli: warning: %1").arg(text) << Qt::endl;
    });
    qsizetype lastPrinted = -1;
    QObject::connect(&validation,
                     &Validation::progress,
                     &loop,
                     [&lastPrinted](qsizetype done, qsizetype total) {
                         // About every 5 %, and the last one.
                         const qsizetype step = std::max<qsizetype>(1, total / 20);
                         if (done == total || done / step != lastPrinted / step) {
                             lastPrinted = done;
                             err() << Tr::tr("Validated %1 of %2 samples").arg(done).arg(total)
                                   << Qt::endl;
                         }
                     });
    if (Result<void> started = validation.start(); !started) {
        printError(started.error(), verbose);
        return ExitFailed;
    }
    if (watcher.interrupted())
        validation.cancel();
    if (validation.isActive())
        loop.exec();

    if (json) {
        out() << QString::fromUtf8(
            QJsonDocument(validation.summaryJson()).toJson(QJsonDocument::Indented));
        out().flush();
    } else {
        printSummary(validation);
    }
    if (validation.error())
        printError(*validation.error(), verbose);
    switch (validation.state()) {
    case ValidationState::Finished:
        return ExitOk;
    case ValidationState::Cancelled:
        return ExitCancelled;
    default:
        return ExitFailed;
    }
}

} // namespace TinyDeploy::Cli
