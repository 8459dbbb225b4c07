#include "packagewriter.h"
#include "flashrecipe.h"
#include "packagetr.h"

#include <deploy/deploymentrecord.h>
#include <deploy/modelstaging.h>
#include <deploy/projectstate.h>
#include <deploy/runprotocol.h>
#include <deploy/samplekit.h>
#include <mlf/modelarchive.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace TinyDeploy::Package {

namespace {

// Every member is read into memory once, hashed and written from that copy, so that the
// hash always describes the bytes in the package.
constexpr qint64 maxMemberBytes = 256 * 1024 * 1024;

struct PendingMember
{
    PackageMember member;
    QByteArray data;
    bool executable = false;
};

struct ArchiveDeleter
{
    void operator()(struct archive *a) const { archive_write_free(a); }
};
struct EntryDeleter
{
    void operator()(archive_entry *e) const { archive_entry_free(e); }
};

la_ssize_t writeCallback(struct archive *, void *clientData, const void *buffer, size_t length)
{
    auto *file = static_cast<QSaveFile *>(clientData);
    const qint64 written = file->write(static_cast<const char *>(buffer), qint64(length));
    return written < 0 ? -1 : la_ssize_t(written);
}

Error notPackageable(const QString &projectDir, const QString &message, const QString &hint)
{
    return makeError(ErrorCode::NotPackageable, message, projectDir, hint);
}

class Collector
{
public:
    explicit Collector(QString projectDir)
        : m_projectDir(std::move(projectDir))
    {}

    /// Adds the file at @p source as member @p path.
    Result<void> add(const QString &source, const QString &path, const QString &role)
    {
        QFile file(source);
        if (file.size() > maxMemberBytes) {
            return fail(ErrorCode::LimitExceeded,
                        Tr::tr("The file is too large for a deployment package."),
                        source);
        }
        if (!file.open(QIODevice::ReadOnly)) {
            return fail(ErrorCode::Io,
                        Tr::tr("Cannot read a file of the package."),
                        source,
                        Tr::tr("Check that the project is built and readable."),
                        file.errorString());
        }
        PendingMember pending;
        pending.data = file.readAll();
        pending.executable = QFileInfo(source).isExecutable();
        pending.member.path = path;
        pending.member.role = role;
        pending.member.size = pending.data.size();
        pending.member.sha256 = QString::fromLatin1(
            QCryptographicHash::hash(pending.data, QCryptographicHash::Sha256).toHex());
        m_members.append(pending);
        return ok();
    }

    /// Adds @p relative of the project under the same path.
    Result<void> addProjectFile(const QString &relative, const QString &role)
    {
        return add(QDir(m_projectDir).filePath(relative), relative, role);
    }

    bool has(const QString &path) const
    {
        return std::any_of(m_members.cbegin(), m_members.cend(), [&path](const auto &m) {
            return m.member.path == path;
        });
    }

    const QList<PendingMember> &members() const { return m_members; }

private:
    QString m_projectDir;
    QList<PendingMember> m_members;
};

QJsonObject tensorSummary(const Mlf::TensorInfo &tensor)
{
    QJsonArray shape;
    for (const qint64 dim : tensor.shape)
        shape.append(dim);
    return QJsonObject{{QStringLiteral("name"), tensor.name},
                       {QStringLiteral("dtype"), tensor.dtype},
                       {QStringLiteral("shape"), shape},
                       {QStringLiteral("bytes"), tensor.sizeBytes}};
}

QJsonObject modelSummary(const Mlf::ModelInfo &info)
{
    QJsonArray inputs;
    QJsonArray outputs;
    QString executor;
    if (!info.modules.isEmpty()) {
        const Mlf::ModuleInfo &module = info.modules.first();
        executor = module.executor;
        for (const Mlf::TensorInfo &tensor : module.inputs)
            inputs.append(tensorSummary(tensor));
        for (const Mlf::TensorInfo &tensor : module.outputs)
            outputs.append(tensorSummary(tensor));
    }
    return QJsonObject{{QStringLiteral("executor"), executor},
                       {QStringLiteral("tvm_version"), info.tvmVersion},
                       {QStringLiteral("metadata_version"), info.version},
                       {QStringLiteral("inputs"), inputs},
                       {QStringLiteral("outputs"), outputs}};
}

/// The sample kit beside the model the project was generated from, under samples/ in the
/// layout SampleKit::find() reads.
Result<void> addSamples(Collector &collector, PackageManifest &manifest, const QString &modelPath)
{
    if (modelPath.isEmpty())
        return ok();
    const Deploy::SampleKit kit = Deploy::SampleKit::find(modelPath);
    const QString stem = Deploy::modelStem(modelPath);
    manifest.samplesModelStem = stem;
    const QDir dir(kit.directory());
    if (QFileInfo::exists(dir.filePath(QStringLiteral("labels.txt")))) {
        if (Result<void> r = collector.add(dir.filePath(QStringLiteral("labels.txt")),
                                           QStringLiteral("samples/labels.txt"),
                                           QStringLiteral("labels"));
            !r)
            return r;
    }
    if (!kit.hasSamples())
        return ok();
    const QString variant = kit.variant();
    const QString family = stem.section(QLatin1Char('_'), 0, 0) + QLatin1Char('_') + variant;
    for (const QString &quant : {stem, family}) {
        const QString source = dir.filePath(quant + QStringLiteral(".quant.json"));
        if (QFileInfo::exists(source)) {
            if (Result<void> r = collector.add(source,
                                               QStringLiteral("samples/%1.quant.json").arg(stem),
                                               QStringLiteral("quant"));
                !r)
                return r;
            break;
        }
    }
    const QString truth = dir.filePath(QStringLiteral("inputs/labels.json"));
    if (QFileInfo::exists(truth)) {
        if (Result<void> r = collector.add(truth,
                                           QStringLiteral("samples/inputs/labels.json"),
                                           QStringLiteral("labels"));
            !r)
            return r;
    }
    for (const Deploy::SampleFile &sample : kit.samples()) {
        PackageSample entry;
        entry.name = sample.name;
        entry.trueClass = sample.trueClass;
        const QString file = QFileInfo(sample.inputPath).fileName();
        entry.input = QStringLiteral("samples/inputs/%1/%2").arg(variant, file);
        if (Result<void> r = collector.add(sample.inputPath,
                                           entry.input,
                                           QStringLiteral("sample-input"));
            !r)
            return r;
        if (!sample.expectedPath.isEmpty()) {
            entry.expected = QStringLiteral("samples/expected/%1/%2").arg(variant, file);
            if (Result<void> r = collector.add(sample.expectedPath,
                                               entry.expected,
                                               QStringLiteral("sample-expected"));
                !r)
                return r;
        }
        manifest.samples.append(entry);
    }
    return ok();
}

/// How the Run step speaks to the device: what the project's last Connect chose, else the
/// decision from the recipe's project type and the model; always over the serial port (no
/// server runs for a package).
Result<QJsonObject> runChoiceFor(const QString &projectDir,
                                 const std::optional<Deploy::ProjectState> &state,
                                 const FlashRecipe &recipe)
{
    if (state && state->run) {
        Deploy::RunChoice choice = *state->run;
        choice.link = Deploy::RunLink::SerialPort;
        return choice.toJson();
    }
    Deploy::RunFacts facts;
    facts.ourTemplate = true;
    facts.projectType = recipe.projectType;
    facts.serialPort = QStringLiteral("package");
    facts.portGiven = true;
    facts.projectDir = projectDir;
    const QString model = QDir(projectDir).filePath(QStringLiteral("model"));
    if (QFileInfo::exists(model + QStringLiteral("/metadata.json"))) {
        Result<Deploy::ModelRunFacts> modelFacts = Deploy::modelRunFacts(model);
        if (!modelFacts)
            return fail(modelFacts.error());
        facts.model = *modelFacts;
    }
    Result<Deploy::RunChoice> choice = Deploy::chooseRun(facts);
    if (!choice)
        return fail(choice.error());
    choice->link = Deploy::RunLink::SerialPort;
    return choice->toJson();
}

Result<void> writeArchive(const QString &outPath,
                          const QByteArray &manifest,
                          const QList<PendingMember> &members)
{
    QSaveFile file(outPath);
    const auto ioError = [&outPath](const QString &details) {
        return fail(ErrorCode::Io,
                    Tr::tr("Cannot write the deployment package."),
                    outPath,
                    Tr::tr("Check the free space and the permissions of the folder."),
                    details);
    };
    if (!file.open(QIODevice::WriteOnly))
        return ioError(file.errorString());
    std::unique_ptr<struct archive, ArchiveDeleter> archive(archive_write_new());
    if (archive_write_set_format_pax_restricted(archive.get()) != ARCHIVE_OK
        || archive_write_add_filter_gzip(archive.get()) != ARCHIVE_OK
        || archive_write_open2(archive.get(), &file, nullptr, writeCallback, nullptr, nullptr)
               != ARCHIVE_OK) {
        return ioError(QString::fromLocal8Bit(archive_error_string(archive.get())));
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto writeEntry = [&](const QString &path, const QByteArray &data, bool executable) {
        std::unique_ptr<archive_entry, EntryDeleter> entry(archive_entry_new());
        archive_entry_set_pathname_utf8(entry.get(), path.toUtf8().constData());
        archive_entry_set_filetype(entry.get(), AE_IFREG);
        archive_entry_set_perm(entry.get(), executable ? 0755 : 0644);
        archive_entry_set_size(entry.get(), data.size());
        archive_entry_set_mtime(entry.get(), now.toSecsSinceEpoch(), 0);
        archive_entry_set_uname(entry.get(), "root");
        archive_entry_set_gname(entry.get(), "root");
        if (archive_write_header(archive.get(), entry.get()) != ARCHIVE_OK
            || (data.size() > 0
                && archive_write_data(archive.get(), data.constData(), size_t(data.size()))
                       != data.size())) {
            return false;
        }
        return true;
    };
    bool written = writeEntry(QString::fromLatin1(PackageManifest::FileName), manifest, false);
    for (const PendingMember &pending : members) {
        if (!written)
            break;
        written = writeEntry(pending.member.path, pending.data, pending.executable);
    }
    if (!written || archive_write_close(archive.get()) != ARCHIVE_OK)
        return ioError(QString::fromLocal8Bit(archive_error_string(archive.get())));
    archive.reset();
    if (!file.commit())
        return ioError(file.errorString());
    return ok();
}

} // namespace

Result<PackageManifest> writePackage(const QString &projectDir,
                                     const QString &recordFolder,
                                     const QString &outPath)
{
    const QDir project(projectDir);
    if (!QFileInfo(projectDir).isDir()) {
        return fail(ErrorCode::NotFound,
                    Tr::tr("The project folder does not exist."),
                    projectDir,
                    Tr::tr("Give the folder of a generated and built project."));
    }
    const QString recipePath = project.filePath(QString::fromLatin1(FlashRecipe::ProjectPath));
    if (!QFileInfo::exists(recipePath)) {
        const bool ours = QFileInfo::exists(
            project.filePath(QStringLiteral("tdserver/__main__.py")));
        if (!ours) {
            return fail(notPackageable(projectDir,
                                       Tr::tr("The project cannot be packaged: its template does "
                                              "not describe how to flash without it."),
                                       Tr::tr("Deployment packages need a project of "
                                              "TinyDeploy's own templates (host, qemu-cortex-m, "
                                              "stm32, microbit); flash this one with "
                                              "tinydeploy-cli flash.")));
        }
        return fail(notPackageable(projectDir,
                                   Tr::tr("The project is not built (or was built before "
                                          "TinyDeploy wrote flash recipes)."),
                                   Tr::tr("Build it (tinydeploy-cli build PROJECT), then make "
                                          "the package.")));
    }
    QFile recipeFile(recipePath);
    if (!recipeFile.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Io,
                    Tr::tr("Cannot read the project's flash recipe."),
                    recipePath,
                    {},
                    recipeFile.errorString());
    }
    Result<FlashRecipe> recipe = FlashRecipe::parse(recipeFile.read(1024 * 1024), recipePath);
    if (!recipe)
        return fail(recipe.error());
    Result<std::optional<Deploy::ProjectState>> state = Deploy::ProjectState::load(projectDir);
    if (!state)
        return fail(state.error());

    PackageManifest manifest;
    manifest.created = QDateTime::currentDateTimeUtc();
    manifest.tinydeployVersion = QStringLiteral(TINYDEPLOY_VERSION);
    manifest.platform = recipe->platform;
    manifest.templateName = *state && !(*state)->templateName.isEmpty() ? (*state)->templateName
                                                                        : recipe->platform;
    manifest.boardName = recipe->boardName;
    manifest.emulated = recipe->emulated;
    manifest.recipe = QString::fromLatin1(FlashRecipe::ProjectPath);
    manifest.flasher = recipe->flasher;
    manifest.flashMethods = recipe->methods;
    manifest.firmware = recipe->firmware();
    manifest.projectType = recipe->projectType;
    const QString modelPath = *state ? (*state)->modelPath : QString();
    manifest.modelName = modelPath.isEmpty() ? QStringLiteral("model")
                                             : Deploy::modelStem(modelPath);

    Collector collector(projectDir);
    if (Result<void> r = collector.addProjectFile(manifest.recipe, QStringLiteral("recipe")); !r)
        return fail(r.error());
    for (auto it = recipe->artifacts.cbegin(); it != recipe->artifacts.cend(); ++it) {
        if (!QFileInfo::exists(project.filePath(it.value()))) {
            return fail(notPackageable(project.filePath(it.value()),
                                       Tr::tr("The built firmware named by the flash recipe is "
                                              "missing."),
                                       Tr::tr("Build the project again, then make the package.")));
        }
        const QString role = it.value() == manifest.firmware ? QStringLiteral("firmware")
                                                             : QStringLiteral("other");
        if (Result<void> r = collector.addProjectFile(it.value(), role); !r)
            return fail(r.error());
    }
    if (QFileInfo::exists(project.filePath(QStringLiteral("boards.json")))) {
        if (Result<void> r = collector.addProjectFile(QStringLiteral("boards.json"),
                                                      QStringLiteral("other"));
            !r)
            return fail(r.error());
    }
    const QString modelTar = project.filePath(QStringLiteral("model.tar"));
    if (QFileInfo::exists(modelTar)) {
        if (Result<Mlf::ModelInfo> info = Mlf::ModelArchive::summarize(modelTar); info)
            manifest.modelSummary = modelSummary(*info);
    }
    if (!modelPath.isEmpty() && QFileInfo(modelPath).isFile()) {
        if (Result<QString> hash = Deploy::sha256OfFile(modelPath); hash)
            manifest.modelSha256 = *hash;
    }
    if (Result<void> r = addSamples(collector, manifest, modelPath); !r)
        return fail(r.error());
    Result<QJsonObject> run = runChoiceFor(projectDir, *state, *recipe);
    if (!run)
        return fail(run.error());
    manifest.run = *run;

    const QString record = !recordFolder.isEmpty() ? recordFolder
                           : *state                ? (*state)->record
                                                   : QString();
    if (!record.isEmpty() && QFileInfo::exists(record + QStringLiteral("/deployment.json"))) {
        manifest.buildRecord = QStringLiteral("record/deployment.json");
        if (Result<void> r = collector.add(record + QStringLiteral("/deployment.json"),
                                           manifest.buildRecord,
                                           QStringLiteral("record"));
            !r)
            return fail(r.error());
        const QString log = Deploy::DeploymentRecord::logName(Deploy::DeploymentStep::Build);
        if (QFileInfo::exists(record + QLatin1Char('/') + log)) {
            if (Result<void> r = collector.add(record + QLatin1Char('/') + log,
                                               QStringLiteral("record/") + log,
                                               QStringLiteral("record"));
                !r)
                return fail(r.error());
        }
    }
    for (const PendingMember &pending : collector.members())
        manifest.members.append(pending.member);
    if (Result<void> r = writeArchive(outPath, manifest.toBytes(), collector.members()); !r)
        return fail(r.error());
    return manifest;
}

} // namespace TinyDeploy::Package
