#include "projectstate.h"
#include "deploymentrecord.h"
#include "deploytr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace TinyDeploy::Deploy {

namespace {

QString stateDir(const QString &projectDir)
{
    return projectDir + QStringLiteral("/.tinydeploy");
}

/// std::nullopt when @p path does not exist.
Result<std::optional<QJsonObject>> readObject(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return std::optional<QJsonObject>();
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Io,
                    Tr::tr("Cannot read what the project remembers."),
                    path,
                    Tr::tr("Check the file's permissions."),
                    file.errorString());
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return fail(ErrorCode::InvalidJson,
                    Tr::tr("What the project remembers is unreadable."),
                    path,
                    Tr::tr("Delete the file; then give the options and the serial port again."),
                    parseError.error != QJsonParseError::NoError
                        ? parseError.errorString()
                        : Tr::tr("The file does not hold a JSON object."));
    }
    return std::optional<QJsonObject>(document.object());
}

QDateTime parseTime(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace

QString ProjectState::filePath(const QString &projectDir)
{
    return stateDir(projectDir) + QStringLiteral("/project.json");
}

QJsonObject ProjectState::toJson() const
{
    QJsonObject root{{QStringLiteral("format_version"), FormatVersion},
                     {QStringLiteral("template"),
                      QJsonObject{{QStringLiteral("name"), templateName},
                                  {QStringLiteral("path"), templateDir}}},
                     {QStringLiteral("model"), modelPath},
                     {QStringLiteral("options"), options}};
    if (!buildOptions.isEmpty())
        root.insert(QStringLiteral("build_options"), buildOptions);
    if (!flashOptions.isEmpty())
        root.insert(QStringLiteral("flash_options"), flashOptions);
    if (!serialPort.isEmpty())
        root.insert(QStringLiteral("serial_port"), serialPort);
    if (flashed.isValid()) {
        root.insert(QStringLiteral("flash"),
                    QJsonObject{{QStringLiteral("result"), flashResult},
                                {QStringLiteral("flashed"), timestampText(flashed)}});
    }
    if (run)
        root.insert(QStringLiteral("run"), run->toJson());
    if (!record.isEmpty())
        root.insert(QStringLiteral("record"), record);
    return root;
}

ProjectState ProjectState::fromJson(const QJsonObject &object)
{
    ProjectState state;
    const QJsonObject templ = object.value(QStringLiteral("template")).toObject();
    state.templateName = templ.value(QStringLiteral("name")).toString();
    state.templateDir = templ.value(QStringLiteral("path")).toString();
    state.modelPath = object.value(QStringLiteral("model")).toString();
    state.options = object.value(QStringLiteral("options")).toObject();
    state.buildOptions = object.value(QStringLiteral("build_options")).toObject();
    state.flashOptions = object.value(QStringLiteral("flash_options")).toObject();
    state.serialPort = object.value(QStringLiteral("serial_port")).toString();
    const QJsonObject flash = object.value(QStringLiteral("flash")).toObject();
    state.flashResult = flash.value(QStringLiteral("result"));
    state.flashed = parseTime(flash.value(QStringLiteral("flashed")));
    state.run = RunChoice::fromJson(object.value(QStringLiteral("run")));
    state.record = object.value(QStringLiteral("record")).toString();
    return state;
}

Result<std::optional<ProjectState>> ProjectState::load(const QString &projectDir)
{
    Result<std::optional<QJsonObject>> current = readObject(filePath(projectDir));
    if (!current)
        return fail(current.error());
    if (*current)
        return std::optional<ProjectState>(fromJson(**current));

    // Before project.json: options.json from `tinydeploy-cli generate`, flash.json from a
    // deployment's flash step. Either may be missing.
    Result<std::optional<QJsonObject>> options = readObject(stateDir(projectDir)
                                                            + QStringLiteral("/options.json"));
    if (!options)
        return fail(options.error());
    Result<std::optional<QJsonObject>> flash = readObject(stateDir(projectDir)
                                                          + QStringLiteral("/flash.json"));
    if (!flash)
        return fail(flash.error());
    if (!*options && !*flash)
        return std::optional<ProjectState>();
    ProjectState state;
    if (*options) {
        state = fromJson(**options);
        state.serialPort.clear();
    }
    if (*flash) {
        const QJsonObject &object = **flash;
        state.serialPort = object.value(QStringLiteral("serial_port")).toString();
        state.flashResult = object.value(QStringLiteral("result"));
        state.flashed = parseTime(object.value(QStringLiteral("flashed")));
        state.record = object.value(QStringLiteral("record")).toString();
    }
    return std::optional<ProjectState>(state);
}

Result<void> ProjectState::save(const QString &projectDir) const
{
    const QString path = filePath(projectDir);
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return fail(ErrorCode::Io,
                    Tr::tr("Cannot remember the project's options and serial port."),
                    QFileInfo(path).absolutePath(),
                    Tr::tr("Check the permissions of the project folder."));
    }
    Result<void> written = writeFileAtomically(path,
                                               QJsonDocument(toJson()).toJson(
                                                   QJsonDocument::Indented));
    if (!written) {
        Error error = written.error();
        error.message = Tr::tr("Cannot remember the project's options and serial port.");
        error.hint = Tr::tr("Check that the disk is not full and the project folder is "
                            "writable.");
        return fail(error);
    }
    return ok();
}

Result<QString> rememberedSerialPort(const QString &projectDir)
{
    Result<std::optional<ProjectState>> state = ProjectState::load(projectDir);
    if (!state)
        return fail(state.error());
    if (*state && !(*state)->serialPort.isEmpty())
        return (*state)->serialPort;
    // Our templates' running device (host runner, QEMU) names its port here.
    QFile device(projectDir + QStringLiteral("/run/device.json"));
    if (!device.open(QIODevice::ReadOnly))
        return QString();
    return QJsonDocument::fromJson(device.readAll())
        .object()
        .value(QStringLiteral("serial_port"))
        .toString();
}

} // namespace TinyDeploy::Deploy
