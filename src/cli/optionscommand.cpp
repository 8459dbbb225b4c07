#include "clitr.h"
#include "commands.h"
#include "output.h"
#include "projectsupport.h"
#include "signalwatcher.h"

#include <projectapi/methods.h>

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace TinyDeploy::Cli {

using ProjectApi::OptionType;
using ProjectApi::ProjectOption;

namespace {

constexpr int wrapColumn = 80;
constexpr int helpIndent = 6;

const QStringList &methodOrder()
{
    static const QStringList methods{QString(ProjectApi::Method::GenerateProject),
                                     QString(ProjectApi::Method::Build),
                                     QString(ProjectApi::Method::Flash),
                                     QString(ProjectApi::Method::OpenTransport)};
    return methods;
}

QString valueSyntax(const ProjectOption &option)
{
    if (option.choices && !option.choices->isEmpty())
        return QLatin1Char('{') + option.choices->join(QStringLiteral(", ")) + QLatin1Char('}');
    switch (option.type) {
    case OptionType::Bool:
        return QStringLiteral("{true, false}");
    case OptionType::Int:
        return QStringLiteral("INT");
    case OptionType::Float:
        return QStringLiteral("FLOAT");
    case OptionType::Str:
        return option.isList() ? QStringLiteral("LIST") : QStringLiteral("TEXT");
    case OptionType::Unspecified:
        break;
    }
    return QStringLiteral("VALUE");
}

QStringList wrap(const QString &text, int width)
{
    QStringList lines;
    QString line;
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines.append(line);
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines;
}

void printOption(const ProjectOption &option, QStringView method)
{
    QStringList marks;
    if (option.isRequiredFor(method))
        marks.append(Tr::tr("required"));
    if (!option.defaultValue.isNull() && !option.defaultValue.isUndefined()) {
        const QString text = option.defaultValue.isArray()
                                 ? QString::fromUtf8(QJsonDocument(option.defaultValue.toArray())
                                                         .toJson(QJsonDocument::Compact))
                                 : ProjectApi::optionValueText(option.defaultValue);
        marks.append(Tr::tr("default: %1").arg(text));
    }
    out() << "  " << option.name << '=' << valueSyntax(option);
    if (!marks.isEmpty())
        out() << "  (" << marks.join(QStringLiteral("; ")) << ')';
    out() << '\n';
    const QStringList lines = wrap(option.help, wrapColumn - helpIndent);
    for (const QString &line : lines)
        out() << QString(helpIndent, QLatin1Char(' ')) << line << '\n';
}

QJsonObject toJson(const Templates::TemplateInfo &info)
{
    QJsonArray options;
    for (const ProjectOption &option : info.serverInfo.projectOptions)
        options.append(option.toJson());
    QJsonObject methods;
    for (const QString &method : methodOrder()) {
        QJsonArray names;
        for (const ProjectOption &option : info.serverInfo.projectOptions) {
            if (option.isRequiredFor(method) || option.isOptionalFor(method))
                names.append(option.name);
        }
        methods.insert(method, names);
    }
    return QJsonObject{{QStringLiteral("name"), info.name()},
                       {QStringLiteral("path"), info.path()},
                       {QStringLiteral("platform"), info.serverInfo.platformName},
                       {QStringLiteral("is_template"), info.serverInfo.isTemplate},
                       {QStringLiteral("options"), options},
                       {QStringLiteral("methods"), methods}};
}

} // namespace

int runOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Shows the project options of a template (or generated project), grouped by "
               "the method that uses them, with their values, defaults and help."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), Tr::tr("Prints JSON instead of text.")});
    parser.addOption({QStringLiteral("verbose"), Tr::tr("On failure, also print the details.")});
    parser.addPositionalArgument(QStringLiteral("TEMPLATE_OR_DIR"),
                                 Tr::tr("A template name or a template folder."));
    parser.process(arguments);
    const bool verbose = parser.isSet(QStringLiteral("verbose"));
    if (parser.positionalArguments().size() != 1) {
        err() << Tr::tr("Usage: tinydeploy-cli options TEMPLATE_OR_DIR [--json]") << '\n';
        return ExitUsage;
    }

    SignalWatcher watcher;
    const Result<Templates::TemplateInfo> info
        = resolveTemplate(parser.positionalArguments().first(), &watcher, true);
    if (!info)
        return reportFailure(info.error(), verbose);

    if (parser.isSet(QStringLiteral("json"))) {
        out() << QString::fromUtf8(QJsonDocument(toJson(*info)).toJson(QJsonDocument::Indented));
        out().flush();
        return ExitOk;
    }

    warnAboutProblems(*info);
    out() << Tr::tr("%1 (platform %2): %3")
                 .arg(info->name(), info->serverInfo.platformName, info->path())
          << '\n';
    const QList<ProjectOption> &options = info->serverInfo.projectOptions;
    if (options.isEmpty())
        out() << Tr::tr("The server declares no options.") << '\n';
    for (const QString &method : methodOrder()) {
        bool header = false;
        for (const ProjectOption &option : options) {
            if (!option.isRequiredFor(method) && !option.isOptionalFor(method))
                continue;
            if (!header) {
                out() << '\n' << method << ":\n";
                header = true;
            }
            printOption(option, method);
        }
    }
    // Servers older than TVM 0.11 do not say which method uses an option.
    bool header = false;
    for (const ProjectOption &option : options) {
        if (!option.required.isEmpty() || !option.optional.isEmpty())
            continue;
        if (!header) {
            out() << '\n' << Tr::tr("all methods:") << '\n';
            header = true;
        }
        printOption(option, QStringView());
    }
    out().flush();
    return ExitOk;
}

} // namespace TinyDeploy::Cli
