#include "commands.h"
#include "output.h"

#include <util/sourceplurals.h>

#include <QCoreApplication>

#include <vector>

using namespace TinyDeploy::Cli;

namespace {

// Subcommands, in the order of the help text. Each lives in its own <name>command.cpp.
const std::vector<Command> &commands()
{
    static const std::vector<Command> table{
        {"info", "Show what a model archive contains", runInfo},
        {"templates", "List the templates, their status and boards", runTemplates},
        {"options", "Show a template's project options", runOptions},
        {"generate", "Generate a project from a template and a model", runGenerate},
        {"build", "Build a generated project", runBuild},
        {"flash", "Flash a built project (prints the serial port)", runFlash},
        {"run", "Run the model again on a flashed device", runRun},
        {"deploy", "Generate, build, flash, connect and run: the whole deployment", runDeploy},
        {"doctor", "Say why a serial port cannot be opened, and what to do", runDoctor},
        {"history", "List (or delete) the deployment records of the GUI and the CLI", runHistory},
        {"report", "Write a record's hand-over report as HTML or JSON", runReport},
        {"profile", "Time every operator on a host-driven device", runProfile},
        {"validate", "Run a data set on a flashed device and compare with a reference", runValidate},
        {"kiosk-config",
         "Write a checked kiosk configuration for \"tinydeploy --kiosk\"",
         runKioskConfig},
        {"package", "Write a deployment package (.tdpkg) of a built project", runPackage},
        {"flash-package",
         "Flash, connect and check a deployment package: no compiler needed",
         runFlashPackage},
    };
    return table;
}

void printUsage(QTextStream &stream)
{
    stream << "Usage: tinydeploy-cli <command> [options]\n\n"
              "Deploys TVM Model Library Format archives to microcontrollers.\n\nCommands:\n";
    for (const Command &command : commands())
        stream << "  " << QString::fromLatin1(command.name).leftJustified(13) << ' '
               << command.summary << '\n';
    stream << "\nRun 'tinydeploy-cli <command> --help' for the options of a command.\n"
              "Exit codes: 0 success, 1 the command failed, 2 wrong usage, 130 interrupted.\n";
    stream.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tinydeploy-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("TinyDeploy"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TINYDEPLOY_VERSION));
    // The tool speaks English; "%n run(s)" reads "1 run" / "2 runs".
    TinyDeploy::Util::installEnglishPlurals(app);

    QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        printUsage(err());
        return ExitUsage;
    }
    const QString name = arguments.at(1);
    if (name == QLatin1String("--help") || name == QLatin1String("-h")
        || name == QLatin1String("help")) {
        printUsage(out());
        return ExitOk;
    }
    if (name == QLatin1String("--version") || name == QLatin1String("-v")) {
        out() << "tinydeploy-cli " << QCoreApplication::applicationVersion() << '\n';
        return ExitOk;
    }
    for (const Command &command : commands()) {
        if (name == QLatin1String(command.name)) {
            arguments.removeAt(1);
            arguments[0] = QStringLiteral("tinydeploy-cli ") + name;
            // QCommandLineParser's --help prints QCoreApplication::arguments().first(), which
            // Qt reads from argv on every call: name the subcommand there too.
            static QByteArray usageName = arguments[0].toLocal8Bit();
            argv[0] = usageName.data();
            return command.run(arguments);
        }
    }
    err() << "tinydeploy-cli: unknown command '" << name << "'\n\n";
    printUsage(err());
    return ExitUsage;
}
