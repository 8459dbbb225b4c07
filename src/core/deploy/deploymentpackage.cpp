// A Deployment from a deployment package (settings.packagePath): its Flash step unpacks the
// package and flashes it by its recipe through tdserver's flashing layer (no Project API
// server, nothing built); Connect and Run then go as for any project, with the package's run
// choice and sample kit.

#include "boardcheck.h"
#include "deployment.h"
#include "deploytr.h"
#include "progressparser.h"

#include <package/recipeflasher.h>

#include <QDir>
#include <QFileInfo>

namespace TinyDeploy::Deploy {

void Deployment::connectPackageFlasher()
{
    connect(m_flasher, &Package::RecipeFlasher::logLine, this, [this](const QString &text, bool e) {
        log(DeploymentStep::Flash,
            QDateTime::currentDateTimeUtc(),
            text,
            e ? LogStream::Stderr : LogStream::Stdout);
        const std::optional<int> percent = parseProgressPercent(text);
        if (percent && *percent != m_lastPercent) {
            m_lastPercent = *percent;
            emit progress(DeploymentStep::Flash, *percent);
        }
    });
    connect(m_flasher, &Package::RecipeFlasher::finished, this, [this](const auto &flashed) {
        if (cancelling()) {
            maybeFinishCancel();
            return;
        }
        onPackageFlashed(flashed);
    });
}

Result<void> Deployment::openSettingsPackage()
{
    const QString dir = m_facts.projectDir;
    if (QFileInfo::exists(dir))
        QDir(dir).removeRecursively(); // what a failed attempt left
    logInfo(Tr::tr("Checking and unpacking the deployment package %1.").arg(m_settings.packagePath));
    Result<Package::OpenedPackage> opened = Package::openPackage(m_settings.packagePath, dir);
    if (!opened)
        return fail(opened.error());
    m_package = *opened;
    const Package::PackageManifest &manifest = m_package->manifest;
    m_facts.modelSha256 = manifest.modelSha256;
    m_facts.platformName = manifest.platform;
    m_settings.templateName = manifest.templateName;
    m_facts.package = QJsonObject{
        {QStringLiteral("path"), m_package->path},
        {QStringLiteral("sha256"), m_package->sha256},
        {QStringLiteral("package_format"), manifest.formatVersion},
        {QStringLiteral("created"), manifest.created.toString(Qt::ISODateWithMs)},
        {QStringLiteral("tinydeploy_version"), manifest.tinydeployVersion},
        {QStringLiteral("template"), manifest.templateName},
        {QStringLiteral("board"), manifest.boardName},
        {QStringLiteral("model"), manifest.modelName},
    };
    if (!manifest.samplesModelStem.isEmpty()) {
        m_kit = SampleKit::find(
            m_package->filePath(QStringLiteral("samples/%1.tar").arg(manifest.samplesModelStem)));
    }
    m_facts.bundledSample = m_kit.hasSamples();
    if (m_kit.quantError())
        warn(m_kit.quantError()->oneLine());
    // The options: the board the package was built for, and what the user chose for the
    // flashing layer (flasher, serial_number, gdb_server, ...), as text.
    QJsonObject options = m_settings.optionValues;
    for (const QString &assignment : std::as_const(m_settings.optionAssignments)) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            return fail(ErrorCode::InvalidOption,
                        Tr::tr("An option must be given as name=value, not \"%1\".").arg(assignment),
                        QStringLiteral("options"));
        }
        options.insert(assignment.left(equals), assignment.mid(equals + 1));
    }
    options.insert(QStringLiteral("board"), manifest.boardName);
    m_facts.userOptions = options;
    m_optionsResolved = true;
    logInfo(Tr::tr("Package for %1 (%2), model %3, made by TinyDeploy %4 on %5; SHA-256 %6.")
                .arg(manifest.boardName,
                     manifest.templateName,
                     manifest.modelName,
                     manifest.tinydeployVersion,
                     manifest.created.toString(Qt::ISODate),
                     m_package->sha256));
    m_writer->writeDeployment();
    return ok();
}

void Deployment::startPackageFlash()
{
    if (!m_package) {
        if (Result<void> opened = openSettingsPackage(); !opened) {
            failStep(opened.error());
            return;
        }
    }
    QJsonObject options = m_facts.userOptions;
    options.remove(QStringLiteral("board")); // the recipe names it
    const QString serialNumberKey = QString::fromLatin1(serialNumberOption);
    if (!options.contains(serialNumberKey) && !m_settings.serialPort.isEmpty()) {
        const QString serial = serialNumberOfPort(m_settings.serialPort);
        if (!serial.isEmpty()) {
            options.insert(serialNumberKey, serial);
            logInfo(Tr::tr("The board's USB serial number is %1: the flasher addresses that "
                           "board.")
                        .arg(serial));
        }
    }
    const Package::PackageManifest &manifest = m_package->manifest;
    logInfo(Tr::tr("Flashing %1 by the package's recipe (flasher %2); no server runs, nothing "
                   "is built.")
                .arg(manifest.boardName, manifest.flasher));
    if (Result<void> started = m_flasher->start(m_package->directory, manifest.recipe, options);
        !started) {
        failStep(Error(started.error()).withContext(stepTitle(DeploymentStep::Flash)));
        return;
    }
    logInfo(m_flasher->commandLine());
}

void Deployment::onPackageFlashed(const Result<QJsonObject> &flashed)
{
    if (m_step != DeploymentStep::Flash || m_facts.state != DeploymentState::Flashing)
        return;
    if (!flashed) {
        failStep(Error(flashed.error()).withContext(stepTitle(DeploymentStep::Flash)));
        return;
    }
    m_facts.flashResult = *flashed;
    if (std::optional<FirmwareInfo> firmware = findFirmware(m_facts.projectDir, *flashed))
        m_facts.firmware = firmware;
    const QString reported = flashed->value(QStringLiteral("serial_port")).toString();
    m_facts.serialPort = !m_settings.serialPort.isEmpty() ? m_settings.serialPort : reported;
    if (!reported.isEmpty())
        logInfo(Tr::tr("The device's serial port is %1.").arg(reported));
    finishStep(ok());
}

Result<void> Deployment::decidePackageRun()
{
    std::optional<RunChoice> choice = RunChoice::fromJson(m_package->manifest.run);
    if (!choice) {
        return fail(ErrorCode::PackageInvalid,
                    Tr::tr("The package does not say how to talk to the device."),
                    m_package->path,
                    Tr::tr("Make the package again with this TinyDeploy."));
    }
    choice->link = RunLink::SerialPort; // no server runs for a package
    m_facts.runChoice = *choice;
    logInfo(Tr::tr("Running the model with %1.").arg(runDescription()));
    return ok();
}

} // namespace TinyDeploy::Deploy
