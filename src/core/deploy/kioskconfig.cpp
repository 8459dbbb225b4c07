#include "kioskconfig.h"
#include "deploytr.h"

#include <templates/templatelocator.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>
#include <QStringList>

namespace TinyDeploy::Deploy {

namespace {

const QStringList &knownFields()
{
    static const QStringList fields{QStringLiteral("format"),
                                    QStringLiteral("version"),
                                    QStringLiteral("title"),
                                    QStringLiteral("message"),
                                    QStringLiteral("model"),
                                    QStringLiteral("template"),
                                    QStringLiteral("board"),
                                    QStringLiteral("options")};
    return fields;
}

QString fieldLocation(const QString &filePath, const QString &field)
{
    return field.isEmpty() ? filePath : filePath + QStringLiteral(": ") + field;
}

Error configError(ErrorCode code,
                  const QString &message,
                  const QString &filePath,
                  const QString &field,
                  const QString &hint)
{
    return makeError(code, message, fieldLocation(filePath, field), hint);
}

// A string field; empty when absent. WrongFieldType when present and not a string.
Result<QString> stringField(const QJsonObject &object,
                            const QString &field,
                            const QString &filePath,
                            bool required)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined() || (value.isString() && value.toString().trimmed().isEmpty())) {
        if (!required)
            return QString();
        return fail(
            configError(ErrorCode::MissingField,
                        Tr::tr("The kiosk configuration does not say its \"%1\".").arg(field),
                        filePath,
                        field,
                        Tr::tr("Make it again with \"tinydeploy-cli kiosk-config\".")));
    }
    if (!value.isString()) {
        return fail(configError(ErrorCode::WrongFieldType,
                                Tr::tr("The field \"%1\" of the kiosk configuration must be a "
                                       "text.")
                                    .arg(field),
                                filePath,
                                field,
                                Tr::tr("Put the value in double quotes.")));
    }
    return value.toString().trimmed();
}

QString absoluteFrom(const QString &baseDir, const QString &path)
{
    return QDir::cleanPath(QDir(baseDir).absoluteFilePath(path));
}

} // namespace

Result<KioskConfig> parseKioskConfig(const QByteArray &json, const QString &filePath)
{
    const QString file = QFileInfo(filePath).absoluteFilePath();
    const QString baseDir = QFileInfo(file).absolutePath();
    const QString remake = Tr::tr("Make it again with \"tinydeploy-cli kiosk-config\".");
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(ErrorCode::InvalidJson,
                    Tr::tr("The kiosk configuration is not valid JSON (%1 at byte %2).")
                        .arg(parseError.errorString())
                        .arg(parseError.offset),
                    file,
                    remake);
    }
    if (!document.isObject()) {
        return fail(ErrorCode::InvalidJson,
                    Tr::tr("The kiosk configuration must be one JSON object."),
                    file,
                    remake);
    }
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!knownFields().contains(it.key())) {
            return fail(configError(ErrorCode::InvalidValue,
                                    Tr::tr("The kiosk configuration has an unknown field "
                                           "\"%1\".")
                                        .arg(it.key()),
                                    file,
                                    it.key(),
                                    Tr::tr("The fields are: %1.")
                                        .arg(knownFields().join(QStringLiteral(", ")))));
        }
    }
    if (object.value(QStringLiteral("format")).toString() != QLatin1String(kioskFormat)) {
        return fail(configError(ErrorCode::InvalidValue,
                                Tr::tr("This is not a TinyDeploy kiosk configuration (its "
                                       "\"format\" is not \"%1\").")
                                    .arg(QLatin1String(kioskFormat)),
                                file,
                                QStringLiteral("format"),
                                remake));
    }
    const QJsonValue version = object.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != kioskVersion) {
        return fail(configError(ErrorCode::UnsupportedVersion,
                                Tr::tr("This kiosk configuration is of version %1; this "
                                       "TinyDeploy reads version %2.")
                                    .arg(version.isDouble() ? QString::number(version.toDouble())
                                                            : QStringLiteral("?"))
                                    .arg(kioskVersion),
                                file,
                                QStringLiteral("version"),
                                Tr::tr("Use the TinyDeploy that made it, or make it again.")));
    }

    KioskConfig config;
    config.filePath = file;
    struct Field
    {
        const char *name;
        QString *target;
        bool required;
    };
    const Field fields[] = {{"title", &config.title, false},
                            {"message", &config.message, false},
                            {"model", &config.modelPath, true},
                            {"template", &config.templateRef, true},
                            {"board", &config.board, false}};
    for (const Field &field : fields) {
        Result<QString> value = stringField(object, QLatin1String(field.name), file, field.required);
        if (!value)
            return fail(value.error());
        *field.target = *value;
    }
    if (config.title.isEmpty())
        config.title = QStringLiteral("TinyDeploy");
    const QJsonValue options = object.value(QStringLiteral("options"));
    if (!options.isUndefined() && !options.isObject()) {
        return fail(configError(ErrorCode::WrongFieldType,
                                Tr::tr("The \"options\" of the kiosk configuration must be an "
                                       "object of option names and values."),
                                file,
                                QStringLiteral("options"),
                                Tr::tr("Write them as {\"name\": value, ...}.")));
    }
    config.options = options.toObject();
    for (auto it = config.options.begin(); it != config.options.end(); ++it) {
        if (it.value().isNull() || it.value().isObject()) {
            return fail(configError(ErrorCode::WrongFieldType,
                                    Tr::tr("The option \"%1\" must be a text, a number, true or "
                                           "false, or a list.")
                                        .arg(it.key()),
                                    file,
                                    QStringLiteral("options.") + it.key(),
                                    remake));
        }
    }
    if (config.options.contains(QStringLiteral("board"))) {
        return fail(configError(ErrorCode::InvalidValue,
                                Tr::tr("The board is its own field of the kiosk configuration, "
                                       "not an option."),
                                file,
                                QStringLiteral("options.board"),
                                Tr::tr("Move it to \"board\".")));
    }
    config.modelPath = absoluteFrom(baseDir, config.modelPath);
    if (!QFileInfo(config.modelPath).isFile() || !QFileInfo(config.modelPath).isReadable()) {
        return fail(configError(ErrorCode::NotFound,
                                Tr::tr("The model of the kiosk configuration does not exist or "
                                       "cannot be read: %1.")
                                    .arg(QDir::toNativeSeparators(config.modelPath)),
                                file,
                                QStringLiteral("model"),
                                Tr::tr("Copy the model next to the configuration, or make the "
                                       "configuration again.")));
    }
    return config;
}

Result<KioskConfig> loadKioskConfig(const QString &path)
{
    const QFileInfo info(path);
    const QString file = info.absoluteFilePath();
    if (!info.isFile() || !info.isReadable()) {
        return fail(ErrorCode::NotFound,
                    Tr::tr("The kiosk configuration does not exist or cannot be read."),
                    file,
                    Tr::tr("Give a .tdkiosk file made with \"tinydeploy-cli kiosk-config\", or "
                           "a .tdpkg deployment package."));
    }
    if (info.suffix().compare(QLatin1String("tdpkg"), Qt::CaseInsensitive) == 0) {
        KioskConfig config;
        config.filePath = file;
        config.packagePath = file;
        config.title = info.completeBaseName();
        return config;
    }
    if (info.size() > maxKioskConfigBytes) {
        return fail(ErrorCode::LimitExceeded,
                    Tr::tr("The kiosk configuration is too large to be one (%1 bytes).")
                        .arg(info.size()),
                    file,
                    Tr::tr("Give a .tdkiosk file made with \"tinydeploy-cli kiosk-config\"."));
    }
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Io,
                    Tr::tr("The kiosk configuration cannot be read: %1.").arg(input.errorString()),
                    file);
    }
    return parseKioskConfig(input.readAll(), file);
}

namespace {
// @p path relative to @p base when the two share a folder below the root (a classroom folder,
// a home folder); absolute otherwise (/tmp/x.tdkiosk naming /opt/models/m.tar).
QString portablePath(const QDir &base, const QString &path)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    const QString top = absolute.section(QLatin1Char('/'), 1, 1);
    if (top.isEmpty() || base.absolutePath().section(QLatin1Char('/'), 1, 1) != top)
        return absolute;
    return base.relativeFilePath(absolute);
}
} // namespace

QByteArray kioskConfigJson(const KioskConfig &config, const QString &filePath)
{
    const QDir base = QFileInfo(filePath).absoluteDir();
    QJsonObject object;
    object.insert(QStringLiteral("format"), QLatin1String(kioskFormat));
    object.insert(QStringLiteral("version"), kioskVersion);
    object.insert(QStringLiteral("title"), config.title);
    if (!config.message.isEmpty())
        object.insert(QStringLiteral("message"), config.message);
    object.insert(QStringLiteral("model"), portablePath(base, config.modelPath));
    // A template name stays a name; a folder becomes relative (and keeps a '/').
    QString templ = config.templateRef;
    if (templ.contains(QLatin1Char('/'))) {
        templ = portablePath(base, templ);
        if (!templ.contains(QLatin1Char('/')))
            templ.prepend(QStringLiteral("./"));
    }
    object.insert(QStringLiteral("template"), templ);
    if (!config.board.isEmpty())
        object.insert(QStringLiteral("board"), config.board);
    if (!config.options.isEmpty())
        object.insert(QStringLiteral("options"), config.options);
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Result<void> writeKioskConfig(const KioskConfig &config, const QString &filePath)
{
    const QByteArray json = kioskConfigJson(config, filePath);
    if (Result<KioskConfig> reread = parseKioskConfig(json, filePath); !reread)
        return fail(reread.error());
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        return fail(ErrorCode::Io,
                    Tr::tr("Could not write the kiosk configuration: %1.").arg(file.errorString()),
                    filePath,
                    Tr::tr("Choose a folder you can write to."));
    }
    return ok();
}

Result<QString> kioskTemplateDir(const KioskConfig &config,
                                 const Templates::TemplateLocator &locator)
{
    const QString where = fieldLocation(config.filePath, QStringLiteral("template"));
    if (config.templateRef.contains(QLatin1Char('/'))) {
        const QString dir = absoluteFrom(QFileInfo(config.filePath).absolutePath(),
                                         config.templateRef);
        if (!Templates::TemplateLocator::isTemplateDir(dir)) {
            return fail(ErrorCode::NotFound,
                        Tr::tr("The template folder of the kiosk configuration does not exist "
                               "or is not a template: %1.")
                            .arg(QDir::toNativeSeparators(dir)),
                        where,
                        Tr::tr("Copy the template next to the configuration, or name an "
                               "installed template."));
        }
        return dir;
    }
    QStringList names;
    for (const Templates::TemplateLocation &location : locator.locate()) {
        if (location.name != config.templateRef) {
            names << location.name;
            continue;
        }
        if (!location.confirmed) {
            return fail(ErrorCode::TemplateUnavailable,
                        Tr::tr("The template \"%1\" is in a folder that was added but not "
                               "confirmed yet.")
                            .arg(config.templateRef),
                        location.path,
                        Tr::tr("Confirm the folder in TinyDeploy's settings first."));
        }
        return location.path;
    }
    return fail(ErrorCode::NotFound,
                Tr::tr("There is no template called \"%1\" on this computer.")
                    .arg(config.templateRef),
                where,
                names.isEmpty()
                    ? Tr::tr("Install TinyDeploy's templates.")
                    : Tr::tr("Known templates: %1.").arg(names.join(QStringLiteral(", "))));
}

DeploymentSettings kioskSettings(const KioskConfig &config, const QString &templateDir)
{
    DeploymentSettings settings;
    if (config.isPackage()) {
        settings.packagePath = config.packagePath;
        settings.firstStep = DeploymentStep::Flash;
    } else {
        settings.modelPath = config.modelPath;
        settings.templateDir = templateDir;
        settings.templateName = QFileInfo(templateDir).fileName();
        settings.optionValues = config.options;
        if (!config.board.isEmpty())
            settings.optionValues.insert(QStringLiteral("board"), config.board);
    }
    settings.runs = 1;
    // Drawings run on the connection the first run left open.
    settings.keepDeviceOpen = true;
    return settings;
}

} // namespace TinyDeploy::Deploy
