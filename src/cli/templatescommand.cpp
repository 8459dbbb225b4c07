#include "clitr.h"
#include "commands.h"
#include "output.h"
#include "projectsupport.h"
#include "signalwatcher.h"

#include <templates/templatecatalog.h>

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace TinyDeploy::Cli {

using namespace TinyDeploy::Templates;

namespace {

QJsonObject boardToJson(const BoardInfo &board)
{
    QJsonArray usb;
    for (const UsbId &id : board.usbIds)
        usb.append(formatUsbId(id));
    QJsonObject object{
        {QStringLiteral("name"), board.name},
        {QStringLiteral("display_name"), board.displayName},
        {QStringLiteral("cpu"), board.cpu},
        {QStringLiteral("fpu"), board.fpu},
        {QStringLiteral("emulated"), board.emulated},
        {QStringLiteral("usb"), usb},
    };
    if (!board.description.isEmpty())
        object.insert(QStringLiteral("description"), board.description);
    if (!board.fpuName.isEmpty())
        object.insert(QStringLiteral("fpu_name"), board.fpuName);
    if (board.cpuClockHz > 0)
        object.insert(QStringLiteral("cpu_clock_hz"), board.cpuClockHz);
    if (board.defaultBaudRate > 0)
        object.insert(QStringLiteral("baud_rate"), board.defaultBaudRate);
    if (const qint64 flash = board.totalBytes(MemoryKind::Flash); flash >= 0)
        object.insert(QStringLiteral("flash_bytes"), flash);
    if (const qint64 ram = board.totalBytes(MemoryKind::Ram); ram >= 0)
        object.insert(QStringLiteral("ram_bytes"), ram);
    return object;
}

QJsonObject errorToJson(const Error &error)
{
    return QJsonObject{{QStringLiteral("code"), errorCodeName(error.code)},
                       {QStringLiteral("message"), error.message},
                       {QStringLiteral("location"), error.location},
                       {QStringLiteral("hint"), error.hint},
                       {QStringLiteral("details"), error.details}};
}

QJsonObject templateToJson(const TemplateInfo &info)
{
    QJsonObject object{
        {QStringLiteral("name"), info.name()},
        {QStringLiteral("path"), info.path()},
        {QStringLiteral("source"), sourceName(info.location.source)},
        {QStringLiteral("status"), statusName(info.status)},
        {QStringLiteral("from_cache"), info.fromCache},
    };
    if (info.isUsable())
        object.insert(QStringLiteral("platform"), info.serverInfo.platformName);
    if (!info.isUsable())
        object.insert(QStringLiteral("error"), errorToJson(info.error));
    object.insert(QStringLiteral("problems"), QJsonArray::fromStringList(info.problems));
    QJsonArray boards;
    for (const BoardInfo &board : info.boards)
        boards.append(boardToJson(board));
    object.insert(QStringLiteral("boards"), boards);
    if (info.boardsError)
        object.insert(QStringLiteral("boards_error"), errorToJson(*info.boardsError));
    return object;
}

QString statusText(const TemplateInfo &info)
{
    switch (info.status) {
    case TemplateStatus::Available:
        return Tr::tr("available");
    case TemplateStatus::Problems:
        return Tr::tr("problems");
    case TemplateStatus::NeedsConfirmation:
        return Tr::tr("not confirmed");
    case TemplateStatus::Unavailable:
        return Tr::tr("unavailable");
    case TemplateStatus::Pending:
    case TemplateStatus::Querying:
        break;
    }
    return Tr::tr("unknown");
}

void printText(const QList<TemplateInfo> &templates)
{
    if (templates.isEmpty()) {
        out() << Tr::tr("No template found. Set TINYDEPLOY_TEMPLATE_PATH or add a template "
                        "folder.")
              << '\n';
        return;
    }
    for (const TemplateInfo &info : templates) {
        const QString platform = info.isUsable() ? info.serverInfo.platformName
                                                 : QStringLiteral("-");
        out() << info.name() << "  " << Tr::tr("platform: %1").arg(platform) << "  "
              << Tr::tr("status: %1").arg(statusText(info)) << '\n';
        out() << "    " << Tr::tr("path: %1").arg(info.path()) << '\n';
        if (!info.boards.isEmpty()) {
            QStringList names;
            for (const BoardInfo &board : info.boards)
                names.append(board.name);
            out() << "    " << Tr::tr("boards: %1").arg(names.join(QStringLiteral(", "))) << '\n';
        }
        if (info.boardsError)
            out() << "    " << Tr::tr("boards.json: %1").arg(info.boardsError->oneLine()) << '\n';
        for (const QString &problem : info.problems)
            out() << "    " << Tr::tr("problem: %1").arg(problem) << '\n';
        if (!info.isUsable()) {
            out() << "    " << Tr::tr("reason: %1").arg(info.error.message) << '\n';
            if (!info.error.hint.isEmpty())
                out() << "    " << Tr::tr("hint: %1").arg(info.error.hint) << '\n';
        }
    }
}

} // namespace

int runTemplates(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Lists the templates: bundled, TINYDEPLOY_TEMPLATE_PATH (':'-separated) and the "
               "folders you added, with their status (available, problems, unavailable with the "
               "reason) and boards."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), Tr::tr("Prints JSON instead of text.")});
    parser.addOption({QStringLiteral("no-cache"),
                      Tr::tr("Asks every server again instead of using cached answers.")});
    parser.process(arguments);
    if (!parser.positionalArguments().isEmpty()) {
        err() << Tr::tr("tinydeploy-cli templates: unexpected argument \"%1\"")
                     .arg(parser.positionalArguments().first())
              << '\n';
        return ExitUsage;
    }

    SignalWatcher watcher;
    TemplateCatalog catalog;
    catalog.setCacheEnabled(!parser.isSet(QStringLiteral("no-cache")));
    runCatalog(catalog, &watcher);
    if (watcher.interrupted())
        return ExitCancelled;

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const TemplateInfo &info : catalog.templates())
            list.append(templateToJson(info));
        out() << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
    } else {
        printText(catalog.templates());
    }
    out().flush();
    return ExitOk;
}

} // namespace TinyDeploy::Cli
