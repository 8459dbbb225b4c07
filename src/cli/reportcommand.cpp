#include "clitr.h"
#include "commands.h"
#include "output.h"
#include "projectsupport.h"

#include <history/recordindex.h>
#include <history/report.h>

#include <QCommandLineParser>

namespace TinyDeploy::Cli {

int runReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Writes the hand-over report of one deployment record: a self-contained HTML page "
               "(summary, fit check, options, tool versions, steps and timings, outputs, "
               "validation, latency chart, logs) and/or JSON (docs/report-schema.json)."));
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("html"), Tr::tr("Write the HTML report to FILE."), QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("json"), Tr::tr("Write the JSON report to FILE."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("records"),
                      Tr::tr("Look the record up under DIR (may be repeated)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("verbose"), Tr::tr("Show the details of errors.")});
    parser.addPositionalArgument(QStringLiteral("RECORD"),
                                 Tr::tr("A record folder, or its name as \"tinydeploy-cli "
                                        "history\" lists it."));
    parser.process(arguments);
    const bool verbose = parser.isSet(QStringLiteral("verbose"));
    if (parser.positionalArguments().size() != 1
        || (!parser.isSet(QStringLiteral("html")) && !parser.isSet(QStringLiteral("json")))) {
        err() << Tr::tr("Usage: tinydeploy-cli report RECORD --html FILE | --json FILE") << '\n';
        return ExitUsage;
    }
    QStringList roots;
    for (const QString &root : parser.values(QStringLiteral("records")))
        roots << absolutePath(root);
    const History::RecordIndex index(roots.isEmpty() ? History::RecordIndex::defaultRoots() : roots);
    const Result<QString> folder = index.resolve(parser.positionalArguments().first());
    if (!folder)
        return reportFailure(folder.error(), verbose);
    const Result<QJsonObject> report = History::buildReport(*folder);
    if (!report)
        return reportFailure(report.error(), verbose);
    if (parser.isSet(QStringLiteral("html"))) {
        const QString path = absolutePath(parser.value(QStringLiteral("html")));
        if (Result<void> written = History::writeHtmlReport(*report, path); !written)
            return reportFailure(written.error(), verbose);
        out() << Tr::tr("Wrote %1").arg(path) << '\n';
    }
    if (parser.isSet(QStringLiteral("json"))) {
        const QString path = absolutePath(parser.value(QStringLiteral("json")));
        if (Result<void> written = History::writeJsonReport(*report, path); !written)
            return reportFailure(written.error(), verbose);
        out() << Tr::tr("Wrote %1").arg(path) << '\n';
    }
    out().flush();
    return ExitOk;
}

} // namespace TinyDeploy::Cli
