#include "clitr.h"
#include "commands.h"
#include "output.h"
#include "signalwatcher.h"

#include <device/portdoctor.h>
#include <templates/boardinfo.h>
#include <templates/templatelocator.h>

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

// `tinydeploy-cli doctor [PORT] [--watch SECONDS] [--json]`
//
// Says, for each serial port (or PORT), whether it can be opened and if not why and what to do;
// then, without PORT, checks the USB bus for a known board without a serial port (or no board at
// all). --watch first watches the port list for SECONDS and reports ports that come and go.
//
// Exit codes: 0 no problem found, 1 a problem found (printed), 2 wrong usage, 130 interrupted.
//
// JSON output: {"findings": [{"port": str, "problem": "ok" | "gone" | "permission-denied" |
// "busy" | "modemmanager" | "brltty" | "flapping" | "no-serial-interface" | "no-board",
// "what": str, "fix": str, "details": [str], "holders": [{"pid": int, "name": str}]}]}

namespace TinyDeploy::Cli {

namespace {

/// The boards of every template found, for recognising them on the USB bus.
QList<Templates::BoardInfo> knownBoards()
{
    QList<Templates::BoardInfo> boards;
    for (const Templates::TemplateLocation &location : Templates::TemplateLocator().locate()) {
        const QString file = QDir(location.path).filePath(QStringLiteral("boards.json"));
        if (!QFileInfo::exists(file))
            continue;
        if (Result<QList<Templates::BoardInfo>> loaded = Templates::loadBoards(file)) {
            for (const Templates::BoardInfo &board : *loaded) {
                if (!board.usbIds.isEmpty())
                    boards.append(board);
            }
        }
    }
    return boards;
}

/// The port lists seen every 200 ms for @p seconds (empty when interrupted).
QList<QStringList> watchPorts(const Device::SystemView &view, int seconds, SignalWatcher &watcher)
{
    QList<QStringList> snapshots{view.serialPorts()};
    QEventLoop loop;
    QTimer tick;
    tick.setInterval(200);
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] { snapshots.append(view.serialPorts()); });
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    QObject::connect(&watcher, &SignalWatcher::signalReceived, &loop, &QEventLoop::quit);
    tick.start();
    loop.exec();
    return snapshots;
}

void printFinding(const Device::PortFinding &finding)
{
    const QString mark = finding.isProblem() ? Tr::tr("problem") : Tr::tr("ok");
    out() << (finding.port.isEmpty() ? Tr::tr("USB bus") : finding.port) << ": " << mark << '\n'
          << "  " << finding.what << '\n';
    if (!finding.fix.isEmpty())
        out() << "  " << Tr::tr("What to do: %1").arg(finding.fix) << '\n';
    for (const QString &detail : finding.details)
        out() << "    " << detail << '\n';
}

} // namespace

int runDoctor(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Says why a serial port cannot be opened and what to do: permission, a program "
               "holding it, ModemManager or brltty, a board that keeps resetting, a board "
               "without a serial port on the USB bus, or none at all."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PORT"),
                                 Tr::tr("The port to check (default: every serial port)."),
                                 QStringLiteral("[PORT]"));
    parser.addOption({QStringLiteral("watch"),
                      Tr::tr("First watch the ports for SECONDS, to catch ports that come and go."),
                      QStringLiteral("SECONDS")});
    parser.addOption({QStringLiteral("json"), Tr::tr("Prints JSON instead of text.")});
    parser.process(arguments);
    const QStringList ports = parser.positionalArguments();
    if (ports.size() > 1) {
        err() << Tr::tr("Usage: tinydeploy-cli doctor [PORT] [--watch SECONDS] [--json]") << '\n';
        return ExitUsage;
    }
    int watchSeconds = 0;
    if (parser.isSet(QStringLiteral("watch"))) {
        bool ok = false;
        watchSeconds = parser.value(QStringLiteral("watch")).toInt(&ok);
        if (!ok || watchSeconds < 1 || watchSeconds > 600) {
            err() << Tr::tr("tinydeploy-cli doctor: --watch takes 1 to 600 seconds.") << '\n';
            return ExitUsage;
        }
    }

    SignalWatcher watcher;
    const Device::PortDoctor doctor;
    QList<Device::PortFinding> findings;
    if (watchSeconds > 0) {
        if (!parser.isSet(QStringLiteral("json")))
            err() << Tr::tr("Watching the serial ports for %n second(s)...", nullptr, watchSeconds)
                  << Qt::endl;
        findings = Device::PortDoctor::flapping(watchPorts(doctor.view(), watchSeconds, watcher));
        if (watcher.interrupted())
            return ExitCancelled;
    }
    if (ports.isEmpty()) {
        findings.append(doctor.examineAll(knownBoards()));
    } else {
        QString port = ports.first();
        if (!port.startsWith(QLatin1Char('/')))
            port.prepend(QStringLiteral("/dev/"));
        findings.append(doctor.examine(port));
    }

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const Device::PortFinding &finding : findings)
            list.append(finding.toJson());
        out() << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("findings"), list}}).toJson());
    } else {
        for (const Device::PortFinding &finding : findings)
            printFinding(finding);
    }
    out().flush();
    const bool problem = std::any_of(findings.begin(), findings.end(), [](const auto &finding) {
        return finding.isProblem();
    });
    return problem ? ExitFailed : ExitOk;
}

} // namespace TinyDeploy::Cli
