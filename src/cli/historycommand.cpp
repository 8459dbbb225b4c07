#include "clitr.h"
#include "commands.h"
#include "output.h"
#include "projectsupport.h"

#include <deploy/deploymentrecord.h>
#include <history/recordindex.h>

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace TinyDeploy::Cli {

namespace {

QJsonObject summaryJson(const History::RecordSummary &record)
{
    QJsonObject object{{QStringLiteral("id"), record.id},
                       {QStringLiteral("folder"), record.folder},
                       {QStringLiteral("model"), record.model},
                       {QStringLiteral("model_path"), record.modelPath},
                       {QStringLiteral("template"), record.templateName},
                       {QStringLiteral("board"), record.board},
                       {QStringLiteral("serial_number"), record.serialNumber},
                       {QStringLiteral("created"), Deploy::timestampText(record.created)},
                       {QStringLiteral("result"), History::resultName(record.result)},
                       {QStringLiteral("step"),
                        record.step.isEmpty() ? QJsonValue() : QJsonValue(record.step)},
                       {QStringLiteral("compared"), record.compared},
                       {QStringLiteral("agreeing"), record.agreeing}};
    object.insert(QStringLiteral("latency_median_us"),
                  record.latencyMedianUs ? QJsonValue(*record.latencyMedianUs) : QJsonValue());
    object.insert(QStringLiteral("accuracy"),
                  record.accuracy ? QJsonValue(*record.accuracy) : QJsonValue());
    if (!record.errorMessage.isEmpty())
        object.insert(QStringLiteral("error"), record.errorMessage);
    return object;
}

QStringList rootsOption(const QCommandLineParser &parser)
{
    QStringList roots;
    for (const QString &root : parser.values(QStringLiteral("records")))
        roots << absolutePath(root);
    return roots.isEmpty() ? History::RecordIndex::defaultRoots() : roots;
}

int deleteRecord(const QCommandLineParser &parser, const QStringList &positional, bool verbose)
{
    if (positional.size() != 2) {
        err() << Tr::tr("Usage: tinydeploy-cli history delete RECORD") << '\n';
        return ExitUsage;
    }
    const History::RecordIndex index(rootsOption(parser));
    const Result<QString> folder = index.resolve(positional.at(1));
    if (!folder)
        return reportFailure(folder.error(), verbose);
    if (Result<void> removed = History::RecordIndex::remove(*folder); !removed)
        return reportFailure(removed.error(), verbose);
    out() << Tr::tr("Deleted %1").arg(*folder) << '\n';
    return ExitOk;
}

} // namespace

int runHistory(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Lists the deployment records of the GUI and the CLI, newest first: date, "
               "result (finished, failed, cancelled, interrupted), model, board, serial number, "
               "latency and agreement. \"history delete RECORD\" removes a record folder."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("model"),
                      Tr::tr("Only models whose name contains TEXT."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("board"),
                      Tr::tr("Only boards whose name contains TEXT."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("since"),
                      Tr::tr("Only records made on or after DATE (2026-12-03 or "
                             "2026-12-03T10:15)."),
                      QStringLiteral("DATE")});
    parser.addOption(
        {QStringLiteral("until"), Tr::tr("Only records made before DATE."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("result"),
                      Tr::tr("Only this result: finished, failed, cancelled, interrupted or "
                             "in-progress."),
                      QStringLiteral("RESULT")});
    parser.addOption({QStringLiteral("records"),
                      Tr::tr("Read the records under DIR instead of the GUI's and the CLI's "
                             "folders (may be repeated)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("json"), Tr::tr("Print one JSON document.")});
    parser.addOption({QStringLiteral("verbose"), Tr::tr("Show the details of errors.")});
    parser.addPositionalArgument(QStringLiteral("delete"),
                                 Tr::tr("\"delete RECORD\": remove that record folder."),
                                 QStringLiteral("[delete RECORD]"));
    parser.process(arguments);
    const bool verbose = parser.isSet(QStringLiteral("verbose"));
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        if (positional.first() == QLatin1String("delete"))
            return deleteRecord(parser, positional, verbose);
        err() << Tr::tr("Usage: tinydeploy-cli history [--model TEXT] [--board TEXT] [--since "
                        "DATE] [--until DATE] [--result RESULT] [--json], or tinydeploy-cli "
                        "history delete RECORD")
              << '\n';
        return ExitUsage;
    }

    History::RecordFilter filter;
    filter.model = parser.value(QStringLiteral("model"));
    filter.board = parser.value(QStringLiteral("board"));
    for (const char *name : {"since", "until"}) {
        if (!parser.isSet(QLatin1String(name)))
            continue;
        const Result<QDateTime> bound = History::parseDateBound(parser.value(QLatin1String(name)));
        if (!bound) {
            printError(bound.error());
            return ExitUsage;
        }
        (QLatin1String(name) == QLatin1String("since") ? filter.since : filter.until) = *bound;
    }
    if (parser.isSet(QStringLiteral("result"))) {
        filter.result = History::resultFromName(parser.value(QStringLiteral("result")));
        if (!filter.result) {
            err() << Tr::tr("tinydeploy-cli: --result must be finished, failed, cancelled, "
                            "interrupted or in-progress, not \"%1\".")
                         .arg(parser.value(QStringLiteral("result")))
                  << '\n';
            return ExitUsage;
        }
    }

    const History::RecordIndex index(rootsOption(parser));
    const History::RecordScan scan = index.scan(filter);
    // One unreadable record never hides the others: each is reported, the rest listed.
    for (const Error &error : scan.errors)
        printError(error, verbose);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray records;
        for (const History::RecordSummary &record : scan.records)
            records.append(summaryJson(record));
        QJsonArray errors;
        for (const Error &error : scan.errors)
            errors.append(Deploy::errorToJson(error));
        out() << QJsonDocument(QJsonObject{{QStringLiteral("records"), records},
                                           {QStringLiteral("errors"), errors}})
                     .toJson(QJsonDocument::Indented);
        out().flush();
        return ExitOk;
    }
    if (scan.records.isEmpty()) {
        out() << (filter.isEmpty() ? Tr::tr("No deployment records yet.")
                                   : Tr::tr("No deployment record matches."))
              << '\n';
        return ExitOk;
    }
    out() << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8\n")
                 .arg(Tr::tr("DATE").leftJustified(16),
                      Tr::tr("RESULT").leftJustified(26),
                      Tr::tr("MODEL").leftJustified(18),
                      Tr::tr("BOARD").leftJustified(16),
                      Tr::tr("SERIAL").leftJustified(12),
                      Tr::tr("LATENCY").leftJustified(10),
                      Tr::tr("AGREEMENT").leftJustified(20),
                      Tr::tr("RECORD"));
    for (const History::RecordSummary &record : scan.records) {
        const QString latency = record.latencyMedianUs
                                    ? QStringLiteral("%1 us").arg(*record.latencyMedianUs, 0, 'f', 0)
                                    : QStringLiteral("-");
        const QString agreement = record.agreementText();
        out() << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8\n")
                     .arg(record.created.toLocalTime()
                              .toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                              .leftJustified(16),
                          record.resultText().leftJustified(26),
                          record.model.leftJustified(18),
                          (record.board.isEmpty() ? QStringLiteral("-") : record.board)
                              .leftJustified(16),
                          (record.serialNumber.isEmpty() ? QStringLiteral("-") : record.serialNumber)
                              .leftJustified(12),
                          latency.leftJustified(10),
                          (agreement.isEmpty() ? QStringLiteral("-") : agreement).leftJustified(20),
                          record.folder);
    }
    out().flush();
    return ExitOk;
}

} // namespace TinyDeploy::Cli
