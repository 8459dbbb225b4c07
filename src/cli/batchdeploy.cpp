#include "batchdeploy.h"
#include "clitr.h"
#include "commands.h"
#include "output.h"
#include "signalwatcher.h"

#include <batch/batchdeployment.h>
#include <batch/batchreport.h>
#include <batch/boardmatcher.h>

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QThread>

namespace TinyDeploy::Cli {

using namespace TinyDeploy::Batch;

namespace {

QString stepText(const BoardRow &row)
{
    return row.step ? Deploy::stepTitle(*row.step) : QStringLiteral("-");
}

QString latencyText(const BoardRow &row)
{
    return row.outcome.latencyUs ? Tr::tr("%1 us").arg(*row.outcome.latencyUs, 0, 'f', 1)
                                 : QStringLiteral("-");
}

QString agreementText(const BoardRow &row)
{
    if (row.outcome.compared == 0)
        return QStringLiteral("-");
    return QStringLiteral("%1/%2").arg(row.outcome.agreeing).arg(row.outcome.compared);
}

void printTable(const BatchDeployment &batch)
{
    QTextStream &o = out();
    const QStringList headings{Tr::tr("#"),
                               Tr::tr("Board"),
                               Tr::tr("Label"),
                               Tr::tr("Result"),
                               Tr::tr("Step"),
                               Tr::tr("Latency"),
                               Tr::tr("Agreement"),
                               Tr::tr("Record or reason")};
    QList<QStringList> lines;
    for (const BoardRow &row : batch.rows()) {
        const QString last = row.state == RowState::Passed || !row.error ? row.outcome.recordFolder
                                                                         : row.error->oneLine();
        lines.append({QString::number(row.target.index + 1),
                      row.target.identity(),
                      row.target.label.isEmpty() ? QStringLiteral("-") : row.target.label,
                      rowStateTitle(row.state),
                      stepText(row),
                      latencyText(row),
                      agreementText(row),
                      last});
    }
    QList<qsizetype> widths;
    for (qsizetype c = 0; c < headings.size() - 1; ++c) {
        qsizetype width = headings.at(c).size();
        for (const QStringList &line : std::as_const(lines))
            width = std::max(width, line.at(c).size());
        widths.append(width);
    }
    const auto print = [&](const QStringList &line) {
        for (qsizetype c = 0; c < line.size() - 1; ++c)
            o << line.at(c).leftJustified(widths.at(c)) << "  ";
        o << line.last() << '\n';
    };
    print(headings);
    for (const QStringList &line : std::as_const(lines))
        print(line);
    const BatchSummary summary = batch.summary();
    o << Tr::tr("%1 of %2 boards passed, %3 failed, %4 cancelled, in %5 s.")
             .arg(summary.passed)
             .arg(summary.boards)
             .arg(summary.failed)
             .arg(summary.cancelled)
             .arg(batch.wallMs() / 1000.0, 0, 'f', 1)
      << '\n';
    o << Tr::tr("Batch report: %1").arg(batch.batchFolder() + QStringLiteral("/batch.html"))
      << '\n';
    o.flush();
}

/// Applies --label KEY=NAME: KEY is a serial number or a 1-based board number.
bool applyLabels(const QStringList &labels, QList<BoardTarget> &targets)
{
    for (const QString &label : labels) {
        const qsizetype equals = label.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            err() << Tr::tr("tinydeploy-cli: --label takes SERIAL=NAME or NUMBER=NAME, not "
                            "\"%1\".")
                         .arg(label)
                  << '\n';
            return false;
        }
        const QString key = label.left(equals).trimmed();
        const QString name = label.mid(equals + 1).trimmed();
        bool isNumber = false;
        const int number = key.toInt(&isNumber);
        bool found = false;
        for (BoardTarget &target : targets) {
            const bool match = target.serialNumber.compare(key, Qt::CaseInsensitive) == 0
                               || (isNumber && target.serialNumber.isEmpty()
                                   && number == target.index + 1);
            if (match) {
                target.label = name;
                found = true;
            }
        }
        if (!found) {
            err() << Tr::tr("tinydeploy-cli: --label %1: no board of the batch is %2.")
                         .arg(label, key)
                  << '\n';
            return false;
        }
    }
    return true;
}

} // namespace

void addBatchOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("boards"),
                      Tr::tr("Deploy to several boards of the board type (a model is built once): "
                             "\"all\" connected ones, a number N (the first N connected, or N "
                             "emulated boards), or serial numbers separated by commas."),
                      QStringLiteral("all|N|SERIAL,...")});
    parser.addOption({QStringLiteral("jobs"),
                      Tr::tr("With --boards: boards deployed at once (default: the number of "
                             "cores)."),
                      QStringLiteral("K")});
    parser.addOption({QStringLiteral("label"),
                      Tr::tr("With --boards: a name for a board, by serial number (or board "
                             "number for emulated boards); repeatable."),
                      QStringLiteral("SERIAL=NAME")});
}

int runBatchDeploy(const QCommandLineParser &parser,
                   const Deploy::DeploymentSettings &settings,
                   SignalWatcher &watcher)
{
    const bool verbose = parser.isSet(QStringLiteral("verbose"));
    const bool json = parser.isSet(QStringLiteral("json"));
    // optionNames(): the options given (isSet() warns about one the command does not have).
    const QStringList given = parser.optionNames();
    for (const char *name : {"port", "project-dir", "keep-running"}) {
        if (given.contains(QLatin1String(name))) {
            err() << Tr::tr("tinydeploy-cli: --boards finds each board's port and makes each "
                            "board's project itself; --%1 does not go with it.")
                         .arg(QLatin1String(name))
                  << '\n';
            return ExitUsage;
        }
    }
    int jobs = QThread::idealThreadCount();
    if (parser.isSet(QStringLiteral("jobs"))) {
        bool ok = false;
        jobs = parser.value(QStringLiteral("jobs")).toInt(&ok);
        if (!ok || jobs < 1 || jobs > MaxBatchBoards) {
            err() << Tr::tr("tinydeploy-cli: --jobs must be a number from 1 to %1.")
                         .arg(MaxBatchBoards)
                  << '\n';
            return ExitUsage;
        }
    }
    const Result<BoardSelection> selection = parseBoardSelection(
        parser.value(QStringLiteral("boards")));
    if (!selection) {
        printError(selection.error(), verbose);
        return ExitUsage;
    }
    const Result<std::optional<Templates::BoardInfo>> board
        = settings.packagePath.isEmpty()
              ? chosenBoard(settings.templateDir, settings.optionValues, settings.optionAssignments)
              : packageBoard(settings.packagePath);
    if (!board) {
        printError(board.error(), verbose);
        return ExitFailed;
    }
    const BoardMatcher matcher(*board);
    Result<QList<BoardTarget>> targets = matcher.select(*selection);
    if (!targets) {
        printError(targets.error(), verbose);
        return ExitFailed;
    }
    if (!applyLabels(parser.values(QStringLiteral("label")), *targets))
        return ExitUsage;

    BatchDeployment batch;
    batch.setSettings(settings);
    batch.setTargets(*targets);
    batch.setMatcher(matcher);
    batch.setMaxParallel(jobs);

    QEventLoop loop;
    QObject::connect(&batch, &BatchDeployment::finished, &loop, &QEventLoop::quit);
    QObject::connect(&watcher, &SignalWatcher::signalReceived, &batch, [&batch] { batch.cancel(); });
    QObject::connect(&batch, &BatchDeployment::stateChanged, &loop, [&batch](BatchState state) {
        if (state == BatchState::Deploying && batch.isFromPackage())
            err() << "== " << Tr::tr("Flash the package and run on each board")
                  << " ==" << Qt::endl;
        else if (state == BatchState::Building)
            err() << "== "
                  << Tr::tr("Build (once, for %n board(s))", nullptr, int(batch.rows().size()))
                  << " ==" << Qt::endl;
        else if (state == BatchState::Deploying)
            err() << "== " << Tr::tr("Flash and run on each board") << " ==" << Qt::endl;
    });
    // One line per board when it starts a step or ends.
    QList<QString> shown(batch.rows().size());
    QObject::connect(&batch, &BatchDeployment::rowAdded, &loop, [&shown] {
        shown.append(QString());
    });
    QObject::connect(&batch, &BatchDeployment::rowChanged, &loop, [&batch, &shown](int index) {
        const BoardRow &row = batch.rows().at(index);
        const bool done = row.state != RowState::Waiting && row.state != RowState::Running;
        const QString text = done ? rowStateTitle(row.state) : stepText(row);
        if (shown.at(index) == text)
            return;
        shown[index] = text;
        QString line
            = QStringLiteral("[%1 %2] %3").arg(index + 1).arg(row.target.displayName(), text);
        if (row.state == RowState::Failed && row.error)
            line += QStringLiteral(": ") + row.error->oneLine();
        err() << line << Qt::endl;
    });
    QObject::connect(&batch,
                     &BatchDeployment::logLine,
                     &loop,
                     [verbose](int index, const QString &text) {
                         if (verbose) {
                             err() << (index < 0 ? QStringLiteral("[build] ")
                                                 : QStringLiteral("[%1] ").arg(index + 1))
                                   << text << Qt::endl;
                         }
                     });
    QObject::connect(&batch, &BatchDeployment::boardOffered, &loop, [](const BoardTarget &t) {
        err() << Tr::tr("tinydeploy-cli: a new board was plugged in (%1, serial number %2); it "
                        "is not part of this batch: deploy to it with another command.")
                     .arg(t.port, t.serialNumber)
              << Qt::endl;
    });
    QObject::connect(&batch, &BatchDeployment::warning, &loop, [](const QString &text) {
        err() << Tr::tr("tinydeploy-cli: warning: %1").arg(text) << Qt::endl;
    });

    if (Result<void> started = batch.start(); !started) {
        printError(started.error(), verbose);
        return ExitFailed;
    }
    if (watcher.interrupted())
        batch.cancel();
    if (batch.isActive())
        loop.exec();

    if (batch.state() == BatchState::Failed && batch.buildOutcome() && batch.buildOutcome()->error)
        printError(*batch.buildOutcome()->error, verbose);
    if (json) {
        out() << QString::fromUtf8(
            QJsonDocument(batchToJson(batch)).toJson(QJsonDocument::Indented));
        out().flush();
    } else {
        printTable(batch);
    }
    if (batch.state() == BatchState::Cancelled || watcher.interrupted())
        return ExitCancelled;
    return batch.state() == BatchState::Finished && batch.summary().allPassed() ? ExitOk
                                                                                : ExitFailed;
}

} // namespace TinyDeploy::Cli
