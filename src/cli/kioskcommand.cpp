#include "clitr.h"
#include "commands.h"
#include "output.h"
#include "projectsupport.h"
#include "signalwatcher.h"

#include <deploy/kioskconfig.h>
#include <deploy/optionresolver.h>
#include <mlf/modelarchive.h>

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace TinyDeploy::Cli {

namespace {
// Checks the board against the template's boards.json (when it has one).
Result<void> checkBoard(const Templates::TemplateInfo &templ, const QString &board)
{
    if (board.isEmpty())
        return ok();
    if (templ.boardsError)
        return fail(*templ.boardsError);
    if (templ.boards.isEmpty()) {
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("The template \"%1\" has no boards to choose from.").arg(templ.name()),
                    templ.path(),
                    Tr::tr("Leave out --board."));
    }
    QStringList names;
    for (const Templates::BoardInfo &info : templ.boards) {
        if (info.name == board)
            return ok();
        names << info.name;
    }
    return fail(ErrorCode::InvalidArgument,
                Tr::tr("The template \"%1\" has no board called \"%2\".").arg(templ.name(), board),
                templ.path() + QStringLiteral("/boards.json"),
                Tr::tr("Its boards: %1.").arg(names.join(QStringLiteral(", "))));
}
} // namespace

int runKioskConfig(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Writes a kiosk configuration (.tdkiosk) for \"tinydeploy --kiosk\": the model, "
               "the template, the board and the options a class deploys, checked now so that "
               "the kiosk works the first time. Paths in the file are relative to it."));
    parser.addHelpOption();
    // Here -o is the output file (as for "package"); options are --option only.
    parser.addOption({QStringLiteral("option"),
                      Tr::tr("Sets a project option (repeatable); see \"tinydeploy-cli options\"."),
                      QStringLiteral("name=value")});
    parser.addOption({QStringLiteral("verbose"),
                      Tr::tr("On failure, also print the details (traceback, exit status, "
                             "last lines of stderr).")});
    parser.addOption({QStringLiteral("model"), Tr::tr("The MLF archive."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("template"),
                      Tr::tr("The template: a name from \"tinydeploy-cli templates\" (kept as a "
                             "name) or a folder (kept relative to the file)."),
                      QStringLiteral("NAME_OR_DIR")});
    parser.addOption({QStringLiteral("board"),
                      Tr::tr("The board (see \"tinydeploy-cli templates\")."),
                      QStringLiteral("BOARD")});
    parser.addOption({QStringLiteral("title"),
                      Tr::tr("The kiosk's big title (default: the model's name)."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("message"),
                      Tr::tr("A short message for the students."),
                      QStringLiteral("TEXT")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      Tr::tr("The file to write (.tdkiosk)."),
                      QStringLiteral("FILE")});
    parser.process(arguments);
    const bool verbose = parser.isSet(QStringLiteral("verbose"));
    if (!parser.isSet(QStringLiteral("model")) || !parser.isSet(QStringLiteral("template"))
        || !parser.isSet(QStringLiteral("output")) || !parser.positionalArguments().isEmpty()) {
        err() << Tr::tr("Usage: tinydeploy-cli kiosk-config --model FILE --template NAME_OR_DIR "
                        "[--board BOARD] [--option name=value]... [--title TEXT] [--message TEXT] "
                        "-o FILE.tdkiosk")
              << '\n';
        return ExitUsage;
    }
    QString output = absolutePath(parser.value(QStringLiteral("output")));
    if (QFileInfo(output).suffix().isEmpty())
        output += QStringLiteral(".tdkiosk");
    const QString model = absolutePath(parser.value(QStringLiteral("model")));
    const Result<Mlf::ModelInfo> summary = Mlf::ModelArchive::summarize(model);
    if (!summary)
        return reportFailure(summary.error(), verbose);

    SignalWatcher watcher;
    const QString templateArg = parser.value(QStringLiteral("template"));
    const Result<Templates::TemplateInfo> templ = resolveTemplate(templateArg, &watcher);
    if (!templ)
        return reportFailure(templ.error(), verbose);
    warnAboutProblems(*templ);
    const QString board = parser.value(QStringLiteral("board"));
    if (const Result<void> checked = checkBoard(*templ, board); !checked)
        return reportFailure(checked.error(), verbose);
    // The options as the template declares them, typed: the kiosk sends them as they are.
    const Deploy::OptionResolver resolver(templ->serverInfo.projectOptions);
    const Result<QJsonObject> options = resolver.userValues({},
                                                            parser.values(
                                                                QStringLiteral("option")));
    if (!options)
        return reportFailure(options.error(), verbose);
    if (options->contains(QStringLiteral("board"))) {
        return reportFailure(makeError(ErrorCode::InvalidArgument,
                                       Tr::tr("Give the board with --board, not as an option."),
                                       QStringLiteral("--option board=...")),
                             verbose);
    }

    Deploy::KioskConfig config;
    config.filePath = output;
    config.modelPath = model;
    config.templateRef = templateArg.contains(QLatin1Char('/')) ? templ->path() : templ->name();
    config.board = board;
    config.options = *options;
    config.title = parser.isSet(QStringLiteral("title")) ? parser.value(QStringLiteral("title"))
                                                         : QFileInfo(model).completeBaseName();
    config.message = parser.value(QStringLiteral("message"));
    if (Result<void> written = Deploy::writeKioskConfig(config, output); !written)
        return reportFailure(written.error(), verbose);
    out() << Tr::tr("Wrote %1. Start the kiosk with: tinydeploy --kiosk %1")
                 .arg(QDir::toNativeSeparators(output))
          << '\n';
    return ExitOk;
}

} // namespace TinyDeploy::Cli
