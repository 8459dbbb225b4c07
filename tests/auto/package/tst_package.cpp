// Deployment packages: the manifest and the flash recipe parsers (data-driven), a package
// written from a built project and read back, tampering (a changed byte, a removed member, an
// added member, a bad manifest) refused naming the member, hostile package archives and
// projects that cannot be packaged.

#include "../modelarchive/rawtar.h"

#include <deploy/deployment.h>
#include <deploy/projectstate.h>
#include <deploy/runprotocol.h>
#include <mlffixtures.h>
#include <package/flashrecipe.h>
#include <package/packagemanifest.h>
#include <package/packagereader.h>
#include <package/packagewriter.h>
#include <package/recipeflasher.h>

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace TinyDeploy;
using namespace TinyDeploy::Package;

Q_DECLARE_METATYPE(TinyDeploy::ErrorCode)

namespace {

const QString samplesDir = QStringLiteral(TINYDEPLOY_SOURCE_DIR "/resources/samples");

void writeFile(const QString &path, const QByteArray &data, bool executable = false)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
    file.close();
    if (executable)
        file.setPermissions(file.permissions() | QFileDevice::ExeOwner | QFileDevice::ExeUser);
}

QByteArray hostRecipe()
{
    return R"({"recipe_format": 1, "platform": "host", "board_name": "host",
               "board": {"emulated": true, "flash": {"methods": ["host"]}},
               "flasher": "auto", "project_type": "standalone",
               "artifacts": {"runner": "build/tinydeploy_runner"}})";
}

QString sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

/// A valid manifest text with one member "build/fw" of @p data.
QByteArray minimalManifest(const QByteArray &data = "firmware")
{
    PackageManifest m;
    m.created = QDateTime::fromString(QStringLiteral("2026-12-03T10:00:00.000Z"), Qt::ISODateWithMs);
    m.tinydeployVersion = QStringLiteral("0.1.0");
    m.modelName = QStringLiteral("digits_int8");
    m.templateName = QStringLiteral("host");
    m.boardName = QStringLiteral("host");
    m.recipe = QStringLiteral("build/fw");
    m.flasher = QStringLiteral("auto");
    m.firmware = QStringLiteral("build/fw");
    m.members.append(
        {QStringLiteral("build/fw"), sha256(data), data.size(), QStringLiteral("firmware")});
    return m.toBytes();
}

QByteArray withField(const QByteArray &manifest, const QString &pointer, const QJsonValue &value)
{
    QJsonObject root = QJsonDocument::fromJson(manifest).object();
    const QStringList path = pointer.split(QLatin1Char('.'));
    if (path.size() == 1) {
        if (value.isUndefined())
            root.remove(path.first());
        else
            root.insert(path.first(), value);
    } else {
        QJsonObject inner = root.value(path.first()).toObject();
        inner.insert(path.at(1), value);
        root.insert(path.first(), inner);
    }
    return QJsonDocument(root).toJson();
}

/// Every file under @p root, relative, sorted.
QStringList snapshot(const QString &root)
{
    QStringList files;
    QDirIterator it(root,
                    QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(root).relativeFilePath(it.next()));
    files.sort();
    return files;
}

/// The members of an extracted package as archive files, manifest first.
QList<Fixtures::FixtureFile> packageFiles(const OpenedPackage &package)
{
    QList<Fixtures::FixtureFile> files;
    QFile manifest(package.filePath(QStringLiteral("manifest.json")));
    if (manifest.open(QIODevice::ReadOnly))
        files.append({QStringLiteral("manifest.json"), manifest.readAll(), {}, {}, 0644});
    for (const PackageMember &member : package.manifest.members) {
        QFile file(package.filePath(member.path));
        if (file.open(QIODevice::ReadOnly))
            files.append({member.path, file.readAll(), {}, {}, 0644});
    }
    return files;
}

} // namespace

class tst_Package : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void manifestParse_data();
    void manifestParse();
    void manifestRoundTrip();
    void recipeParse_data();
    void recipeParse();
    void writeAndOpen();
    void tampering_data();
    void tampering();
    void hostilePackages_data();
    void hostilePackages();
    void mlfHostileCorpusIsRefused();
    void notPackageable_data();
    void notPackageable();
    void recipeFlasher_data();
    void recipeFlasher();
    void recipeFlasherCancel();
    void deploymentSettings_data();
    void deploymentSettings();
    void deploymentRefusesChangedPackage();

private:
    /// A flashing library whose `python3 -m tdserver.flashing` acts as FAKE_FLASH says.
    QString fakeLibrary();
    /// A built project of the host template, as far as packaging reads it.
    QString makeProject(const QString &name);

    QTemporaryDir m_dir;
    QString m_package;
};

void tst_Package::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(QFileInfo::exists(samplesDir + "/digits_int8.tar"));
    const QString project = makeProject("project");
    m_package = m_dir.filePath("digits_int8.tdpkg");
    const Result<PackageManifest> written = writePackage(project, QString(), m_package);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().fullText()));
}

QString tst_Package::makeProject(const QString &name)
{
    const QString project = m_dir.filePath(name);
    writeFile(project + "/build/flash_recipe.json", hostRecipe());
    writeFile(project + "/build/tinydeploy_runner", "#!/bin/sh\necho runner\n", true);
    writeFile(project + "/tdserver/__main__.py", "");
    Deploy::ProjectState state;
    state.templateName = QStringLiteral("host");
    state.modelPath = samplesDir + "/digits_int8.tar";
    state.run = Deploy::RunChoice{};
    state.record = project + "/record";
    if (!state.save(project))
        qWarning("cannot save the project state");
    writeFile(project + "/record/deployment.json", R"({"format_version": 1})");
    writeFile(project + "/record/logs/2-build.log", "built\n");
    return project;
}

void tst_Package::manifestParse_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("field"); ///< A part of the error's location.

    const QByteArray good = minimalManifest();
    const auto invalid = ErrorCode::PackageInvalid;
    QTest::newRow("valid") << good << true << ErrorCode::Internal << QString();
    QTest::newRow("empty") << QByteArray() << false << invalid << QString();
    QTest::newRow("garbage") << QByteArray("\x89PNG\r\n\x1a\n") << false << invalid << QString();
    QTest::newRow("incomplete") << good.left(good.size() / 2) << false << invalid << QString();
    QTest::newRow("trailing data") << good + "}{" << false << invalid << QString();
    QTest::newRow("array") << QByteArray("[1, 2]") << false << invalid << QString();
    QTest::newRow("bad charset") << QByteArray("{\"package_format\": 1, \"created\": \"\xff\xfe\"}")
                                 << false << invalid << QString();
    QTest::newRow("oversize") << QByteArray(PackageManifest::MaxBytes + 1, ' ') << false << invalid
                              << QString();
    QTest::newRow("no format") << withField(good, "package_format", QJsonValue::Undefined) << false
                               << invalid << "package_format";
    QTest::newRow("future format") << withField(good, "package_format", 2) << false
                                   << ErrorCode::UnsupportedVersion << "package_format";
    QTest::newRow("bad created") << withField(good, "created", "yesterday") << false << invalid
                                 << "created";
    QTest::newRow("no board") << withField(good, "board", QJsonValue::Undefined) << false << invalid
                              << "board";
    QTest::newRow("recipe outside")
        << withField(good, "flash.recipe", "../recipe.json") << false << invalid << "flash.recipe";
    QTest::newRow("recipe absolute")
        << withField(good, "flash.recipe", "/etc/passwd") << false << invalid << "flash.recipe";
    QTest::newRow("recipe not a member") << withField(good, "flash.recipe", "build/other.json")
                                         << false << invalid << "flash.recipe";
    QTest::newRow("members not an array")
        << withField(good, "members", "all") << false << invalid << "members";

    QJsonObject root = QJsonDocument::fromJson(good).object();
    QJsonArray members = root.value("members").toArray();
    QJsonObject member = members.first().toObject();
    const auto withMember = [&root](const QJsonArray &list) {
        QJsonObject copy = root;
        copy.insert("members", list);
        return QJsonDocument(copy).toJson();
    };
    QJsonObject badHash = member;
    badHash.insert("sha256", "ABC");
    QTest::newRow("bad sha256") << withMember({badHash}) << false << invalid << "members[0].sha256";
    QJsonObject badSize = member;
    badSize.insert("size", -4);
    QTest::newRow("negative size")
        << withMember({badSize}) << false << invalid << "members[0].size";
    QJsonObject dotDot = member;
    dotDot.insert("path", "build/../../evil");
    QTest::newRow("member outside")
        << withMember({member, dotDot}) << false << invalid << "members[1].path";
    QJsonObject manifestItself = member;
    manifestItself.insert("path", "manifest.json");
    QTest::newRow("member is the manifest")
        << withMember({member, manifestItself}) << false << invalid << "members[1].path";
    QTest::newRow("duplicate member")
        << withMember({member, member}) << false << invalid << "members[1].path";
    QJsonObject sampleRoot = root;
    sampleRoot.insert("samples",
                      QJsonObject{{"model_stem", "digits_int8"},
                                  {"items",
                                   QJsonArray{QJsonObject{{"name", "sample_0"},
                                                          {"input", "samples/x.npy"}}}}});
    QTest::newRow("sample not a member")
        << QJsonDocument(sampleRoot).toJson() << false << invalid << "samples.items[0].input";
}

void tst_Package::manifestParse()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QFETCH(ErrorCode, code);
    QFETCH(QString, field);
    const Result<PackageManifest> parsed = PackageManifest::parse(bytes);
    QCOMPARE(bool(parsed), valid);
    if (valid)
        return;
    QCOMPARE(errorCodeName(parsed.error().code), errorCodeName(code));
    QVERIFY(!parsed.error().message.isEmpty());
    QVERIFY2(parsed.error().location.contains(field), qPrintable(parsed.error().location));
}

void tst_Package::manifestRoundTrip()
{
    const Result<PackageManifest> read = readManifest(m_package);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().fullText()));
    const Result<PackageManifest> again = PackageManifest::parse(read->toBytes());
    QVERIFY(again);
    QCOMPARE(again->toJson(), read->toJson());
    QCOMPARE(read->members, again->members);
    QCOMPARE(read->samples, again->samples);

    QCOMPARE(read->formatVersion, PackageManifest::FormatVersion);
    QCOMPARE(read->modelName, QStringLiteral("digits_int8"));
    QCOMPARE(read->templateName, QStringLiteral("host"));
    QCOMPARE(read->boardName, QStringLiteral("host"));
    QCOMPARE(read->firmware, QStringLiteral("build/tinydeploy_runner"));
    QCOMPARE(read->recipe, QStringLiteral("build/flash_recipe.json"));
    QCOMPARE(read->buildRecord, QStringLiteral("record/deployment.json"));
    QVERIFY(read->member(QStringLiteral("record/logs/2-build.log")));
    QCOMPARE(read->member(QStringLiteral("build/tinydeploy_runner"))->role,
             QStringLiteral("firmware"));
    QFile model(samplesDir + "/digits_int8.tar");
    QVERIFY(model.open(QIODevice::ReadOnly));
    QCOMPARE(read->modelSha256, sha256(model.readAll()));
    // The digits samples: every input with its expected output and true class.
    QVERIFY(read->samples.size() >= 1);
    for (const PackageSample &sample : read->samples) {
        QVERIFY(read->member(sample.input));
        QVERIFY(read->member(sample.expected));
        QVERIFY(sample.trueClass.has_value());
    }
    QVERIFY(read->member(QStringLiteral("samples/labels.txt")));
    QCOMPARE(Deploy::RunChoice::fromJson(read->run), Deploy::RunChoice{});
}

void tst_Package::recipeParse_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("firmware");
    QTest::addColumn<QString>("field");

    QTest::newRow("host") << hostRecipe() << true << "build/tinydeploy_runner" << QString();
    const QByteArray qemu = R"({"recipe_format": 1, "platform": "qemu-cortex-m",
        "board_name": "mps2-an385", "flasher": "auto", "project_type": "standalone",
        "board": {"emulated": true, "flash": {"methods": ["qemu"]},
                  "qemu": {"machine": "mps2-an385", "serial_index": 0, "icount": "shift=5"}},
        "artifacts": {"elf": "build/firmware.elf"}})";
    QTest::newRow("qemu") << qemu << true << "build/firmware.elf" << QString();
    const QByteArray stm32 = R"({"recipe_format": 1, "platform": "stm32",
        "board_name": "nucleo-f446re", "flasher": "auto", "board": {"flash": {"methods":
        ["openocd", "stflash", "gdb"]}}, "artifacts": {"bin": "build/firmware.bin",
        "elf": "build/firmware.elf", "hex": "build/firmware.hex"}})";
    QTest::newRow("stm32, three files") << stm32 << true << "build/firmware.elf" << QString();
    QTest::newRow("empty") << QByteArray() << false << QString() << QString();
    QTest::newRow("garbage") << QByteArray("\x7f"
                                           "ELF")
                             << false << QString() << QString();
    QTest::newRow("not an object") << QByteArray("[]") << false << QString() << QString();
    QTest::newRow("no format") << QByteArray(hostRecipe()).replace("\"recipe_format\": 1,", "")
                               << false << QString() << "recipe_format";
    QTest::newRow("future format")
        << QByteArray(hostRecipe()).replace("\"recipe_format\": 1", "\"recipe_format\": 2") << false
        << QString() << "recipe_format";
    QTest::newRow("empty flasher")
        << QByteArray(hostRecipe()).replace("\"flasher\": \"auto\"", "\"flasher\": \"\"") << false
        << QString() << "flasher";
    QTest::newRow("board not an object")
        << QByteArray(hostRecipe()).replace("\"board\": {", "\"board\": [{").replace("}},", "}]],")
        << false << QString() << QString();
    QTest::newRow("no artifacts") << QByteArray(hostRecipe())
                                         .replace("{\"runner\": \"build/tinydeploy_runner\"}", "{}")
                                  << false << QString() << "artifacts";
    QTest::newRow("unknown kind") << QByteArray(hostRecipe()).replace("\"runner\":", "\"exe\":")
                                  << false << QString() << "artifacts.exe";
    QTest::newRow("absolute artifact")
        << QByteArray(hostRecipe()).replace("build/tinydeploy_runner", "/bin/sh") << false
        << QString() << "artifacts.runner";
    QTest::newRow("artifact outside")
        << QByteArray(hostRecipe()).replace("build/tinydeploy_runner", "../../bin/sh") << false
        << QString() << "artifacts.runner";
}

void tst_Package::recipeParse()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QFETCH(QString, firmware);
    QFETCH(QString, field);
    const Result<FlashRecipe> recipe = FlashRecipe::parse(bytes, QStringLiteral("recipe.json"));
    QVERIFY2(bool(recipe) == valid, qPrintable(recipe ? QString() : recipe.error().fullText()));
    if (valid) {
        QCOMPARE(recipe->firmware(), firmware);
        QVERIFY(!recipe->boardName.isEmpty());
        return;
    }
    QVERIFY(!recipe.error().message.isEmpty());
    QVERIFY2(recipe.error().location.contains(field), qPrintable(recipe.error().location));
}

void tst_Package::writeAndOpen()
{
    const QString target = m_dir.filePath("opened");
    const Result<OpenedPackage> opened = openPackage(m_package, target);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().fullText()));
    QCOMPARE(opened->directory, target);
    QFile file(m_package);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(opened->sha256, sha256(file.readAll()));
    for (const PackageMember &member : opened->manifest.members)
        QVERIFY2(QFileInfo::exists(opened->filePath(member.path)), qPrintable(member.path));
    // The host runner stays executable; the samples keep the layout SampleKit reads.
    QVERIFY(QFileInfo(opened->filePath("build/tinydeploy_runner")).isExecutable());
    QVERIFY(QFileInfo::exists(opened->filePath("samples/inputs/int8/sample_0.npy")));
    QVERIFY(QFileInfo::exists(opened->filePath("samples/expected/int8/sample_0.npy")));
    // The target must not exist yet.
    QVERIFY(!openPackage(m_package, target));
}

void tst_Package::tampering_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("named"); ///< In the message or the location.
    QTest::newRow("changed byte") << "byte" << ErrorCode::PackageTampered
                                  << "build/tinydeploy_runner";
    QTest::newRow("changed byte, same size, of a sample")
        << "sample" << ErrorCode::PackageTampered << "samples/inputs/int8/sample_0.npy";
    QTest::newRow("removed member")
        << "remove" << ErrorCode::PackageTampered << "samples/expected/int8/sample_0.npy";
    QTest::newRow("added member") << "add" << ErrorCode::PackageTampered << "build/extra.bin";
    QTest::newRow("grown member") << "grow" << ErrorCode::PackageTampered
                                  << "build/flash_recipe.json";
    QTest::newRow("bad manifest") << "manifest" << ErrorCode::PackageInvalid << "manifest.json";
    QTest::newRow("manifest not first") << "order" << ErrorCode::PackageInvalid << QString();
    QTest::newRow("no manifest") << "nomanifest" << ErrorCode::PackageInvalid << QString();
}

void tst_Package::tampering()
{
    QFETCH(QString, change);
    QFETCH(ErrorCode, code);
    QFETCH(QString, named);

    QTemporaryDir work;
    QVERIFY(work.isValid());
    const Result<OpenedPackage> original = openPackage(m_package, work.filePath("original"));
    QVERIFY(original);
    QList<Fixtures::FixtureFile> files = packageFiles(*original);
    const auto find = [&files](const QString &path) -> Fixtures::FixtureFile & {
        for (Fixtures::FixtureFile &file : files) {
            if (file.path == path)
                return file;
        }
        qFatal("no member %s", qPrintable(path));
    };
    if (change == "byte") {
        find("build/tinydeploy_runner").data += "rm -rf ~\n";
        find("build/tinydeploy_runner").data.chop(9);
        find("build/tinydeploy_runner").data[2] = 'X';
    } else if (change == "sample") {
        QByteArray &data = find("samples/inputs/int8/sample_0.npy").data;
        data[data.size() - 1] = char(data.at(data.size() - 1) ^ 0x01);
    } else if (change == "remove") {
        files.removeIf([](const auto &f) { return f.path == "samples/expected/int8/sample_0.npy"; });
    } else if (change == "add") {
        files.append({QStringLiteral("build/extra.bin"), QByteArray("payload"), {}, {}, 0644});
    } else if (change == "grow") {
        find("build/flash_recipe.json").data += " ";
    } else if (change == "manifest") {
        find("manifest.json").data.replace("\"package_format\"", "\"package_format\" 1,");
    } else if (change == "order") {
        files.move(0, files.size() - 1);
    } else if (change == "nomanifest") {
        files.removeFirst();
    }
    const QString changed = work.filePath("changed.tdpkg");
    QVERIFY(Fixtures::writeArchive(files, changed, Fixtures::Compression::Gzip, false));
    const QString target = work.filePath("target");
    const Result<OpenedPackage> opened = openPackage(changed, target);
    QVERIFY2(!opened, "a changed package must be refused");
    QCOMPARE(errorCodeName(opened.error().code), errorCodeName(code));
    QVERIFY2(opened.error().oneLine().contains(named), qPrintable(opened.error().oneLine()));
    QVERIFY(!opened.error().hint.isEmpty());
    QVERIFY(!QFileInfo::exists(target));
}

void tst_Package::hostilePackages_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray manifest = minimalManifest();
    const auto package = [&manifest](RawTar::Builder builder) -> QByteArray {
        return RawTar::Builder().file("manifest.json", manifest).file("build/fw", "firmware").bytes()
               + builder.finish();
    };
    QTest::newRow("dot-dot") << package(RawTar::Builder().file("../tinydeploy-evil.txt", "x"));
    QTest::newRow("absolute") << package(RawTar::Builder().file("/tmp/tinydeploy-evil.txt", "x"));
    QTest::newRow("symlink out") << package(
        RawTar::Builder().add("build/link", {}, '2', "/tmp/tinydeploy-evil.txt"));
    QTest::newRow("symlink in") << package(RawTar::Builder().add("build/link", {}, '2', "fw"));
    QTest::newRow("hard link") << package(RawTar::Builder().add("build/hard", {}, '1', "build/fw"));
    QTest::newRow("device") << package(RawTar::Builder().add("build/dev", {}, '3'));
    QTest::newRow("fifo") << package(RawTar::Builder().add("build/fifo", {}, '6'));
    QTest::newRow("duplicate manifest") << package(RawTar::Builder().file("manifest.json", "{}"));
    QTest::newRow("duplicate member") << package(RawTar::Builder().file("./build/fw", "firmwarf"));
    QTest::newRow("huge declared size")
        << package(RawTar::Builder().add("build/huge", {}, '0', {}, qint64(5) << 30));
    QTest::newRow("compressed, unlisted member")
        << RawTar::compress(package(RawTar::Builder().add("build/zeros", QByteArray(1 << 20, '\0'))),
                            RawTar::Filter::Gzip);
    QTest::newRow("truncated") << package(RawTar::Builder()).left(700);
}

// Nothing may be written outside the target, and nothing stays when the package is refused.
void tst_Package::hostilePackages()
{
    QFETCH(QByteArray, bytes);
    QTemporaryDir root;
    QVERIFY(root.isValid());
    writeFile(root.filePath("in/hostile.tdpkg"), bytes);
    QVERIFY(QDir().mkpath(root.filePath("a/b")));
    const QStringList before = snapshot(root.path());
    const Result<OpenedPackage> opened = openPackage(root.filePath("in/hostile.tdpkg"),
                                                     root.filePath("a/b/package"));
    QVERIFY2(!opened, "a hostile package must be refused");
    QVERIFY(!opened.error().message.isEmpty());
    QCOMPARE(snapshot(root.path()), before);
    QVERIFY(!QFileInfo::exists("/tmp/tinydeploy-evil.txt"));
}

// The model reader's hostile archives are no packages either: refused, nothing written.
void tst_Package::mlfHostileCorpusIsRefused()
{
    for (const RawTar::HostileCase &c : RawTar::hostileCorpus()) {
        if (c.isDirectory)
            continue;
        QTemporaryDir root;
        QVERIFY(root.isValid());
        writeFile(root.filePath("hostile.tdpkg"), c.bytes);
        const Result<OpenedPackage> opened = openPackage(root.filePath("hostile.tdpkg"),
                                                         root.filePath("package"));
        QVERIFY2(!opened, qPrintable(c.name));
        QVERIFY2(!QFileInfo::exists(root.filePath("package")), qPrintable(c.name));
    }
    QVERIFY(!QFileInfo::exists("/tmp/tinydeploy-evil.txt"));
}

void tst_Package::notPackageable_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("says");
    QTest::newRow("foreign template")
        << "foreign" << ErrorCode::NotPackageable << "does not describe how to flash";
    QTest::newRow("not built") << "unbuilt" << ErrorCode::NotPackageable << "not built";
    QTest::newRow("firmware missing") << "nofirmware" << ErrorCode::NotPackageable << "missing";
    QTest::newRow("bad recipe") << "badrecipe" << ErrorCode::PackageInvalid << "recipe";
    QTest::newRow("no folder") << "none" << ErrorCode::NotFound << "does not exist";
}

void tst_Package::notPackageable()
{
    QFETCH(QString, kind);
    QFETCH(ErrorCode, code);
    QFETCH(QString, says);
    const QString project = makeProject("project-" + kind);
    if (kind == "foreign" || kind == "unbuilt")
        QFile::remove(project + "/build/flash_recipe.json");
    if (kind == "foreign")
        QFile::remove(project + "/tdserver/__main__.py");
    if (kind == "nofirmware")
        QFile::remove(project + "/build/tinydeploy_runner");
    if (kind == "badrecipe")
        writeFile(project + "/build/flash_recipe.json", "{\"recipe_format\": 1}");
    const QString out = m_dir.filePath(kind + ".tdpkg");
    const Result<PackageManifest> written = writePackage(kind == "none" ? project + "/nothing"
                                                                        : project,
                                                         QString(),
                                                         out);
    QVERIFY(!written);
    QCOMPARE(errorCodeName(written.error().code), errorCodeName(code));
    QVERIFY2(written.error().message.contains(says), qPrintable(written.error().message));
    QVERIFY(!QFileInfo::exists(out));
}

QString tst_Package::fakeLibrary()
{
    const QString library = m_dir.filePath("fake-library");
    writeFile(library + "/tdserver/__init__.py", "");
    writeFile(library + "/tdserver/flashing/__init__.py", "");
    writeFile(library + "/tdserver/flashing/__main__.py", R"py(import json, os, sys, time
args = sys.argv[1:]
result = args[args.index("--result") + 1]
mode = os.environ.get("FAKE_FLASH", "ok")
print("Flashing host with host (1%)", flush=True)
print("Flashing: 50% (1 KiB of 2 KiB)", flush=True)
if mode == "ok":
    json.dump({"ok": True, "result": {"serial_port": "/dev/pts/99", "argv": args}}, open(result, "w"))
    sys.exit(0)
if mode == "error":
    json.dump({"ok": False, "error": {"message": "No ST-LINK probe was found: plug the USB cable marked ST-LINK.",
               "details": "Error: open failed"}}, open(result, "w"))
    print("error: No ST-LINK probe was found", file=sys.stderr)
    sys.exit(1)
if mode == "crash":
    print("Traceback (most recent call last): boom", file=sys.stderr)
    sys.exit(3)
time.sleep(600)
)py");
    return library;
}

void tst_Package::recipeFlasher_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<bool>("flashed");
    QTest::addColumn<QString>("says");
    QTest::newRow("flashed") << "ok" << true << QString();
    QTest::newRow("flasher's sentence") << "error" << false << "No ST-LINK probe was found";
    QTest::newRow("ended without a result") << "crash" << false << "exit status 3";
}

void tst_Package::recipeFlasher()
{
    QFETCH(QString, mode);
    QFETCH(bool, flashed);
    QFETCH(QString, says);
    RecipeFlasher flasher;
    flasher.setLibraryDir(fakeLibrary());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("FAKE_FLASH", mode);
    flasher.setProcessEnvironment(environment);
    QSignalSpy lines(&flasher, &RecipeFlasher::logLine);
    QSignalSpy finished(&flasher, &RecipeFlasher::finished);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Result<void> started = flasher.start(dir.path(),
                                               "build/flash_recipe.json",
                                               QJsonObject{{"serial_number", "066DFF"},
                                                           {"verify", false}});
    QVERIFY2(started, qPrintable(started ? QString() : started.error().fullText()));
    QVERIFY(flasher.isRunning());
    QVERIFY(finished.wait(30000));
    QVERIFY(!flasher.isRunning());
    const auto result = finished.first().first().value<Result<QJsonObject>>();
    QCOMPARE(bool(result), flashed);
    QVERIFY(lines.size() >= 2);
    QCOMPARE(lines.at(1).at(0).toString(), QStringLiteral("Flashing: 50% (1 KiB of 2 KiB)"));
    if (flashed) {
        QCOMPARE(result->value("serial_port").toString(), QStringLiteral("/dev/pts/99"));
        const QJsonArray argv = result->value("argv").toArray();
        QVERIFY(argv.contains(QStringLiteral("serial_number=066DFF")));
        QVERIFY(argv.contains(QStringLiteral("verify=false")));
        return;
    }
    QVERIFY2(result.error().message.contains(says), qPrintable(result.error().fullText()));
    QVERIFY(result.error().details.contains(QStringLiteral("tdserver.flashing")));
}

void tst_Package::recipeFlasherCancel()
{
    RecipeFlasher flasher;
    flasher.setLibraryDir(fakeLibrary());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("FAKE_FLASH", "hang");
    flasher.setProcessEnvironment(environment);
    QSignalSpy lines(&flasher, &RecipeFlasher::logLine);
    QSignalSpy finished(&flasher, &RecipeFlasher::finished);
    QTemporaryDir dir;
    QVERIFY(flasher.start(dir.path(), "build/flash_recipe.json", {}));
    QVERIFY(!lines.isEmpty() || lines.wait(30000)); // it runs
    flasher.cancel();
    QVERIFY(finished.wait(30000));
    const auto result = finished.first().first().value<Result<QJsonObject>>();
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::Cancelled);
    QVERIFY(!flasher.isRunning());
}

void tst_Package::deploymentSettings_data()
{
    QTest::addColumn<int>("firstStep");
    QTest::addColumn<QString>("package");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("starts at generate")
        << int(Deploy::DeploymentStep::Generate) << "package" << ErrorCode::InvalidArgument;
    QTest::newRow("starts at connect")
        << int(Deploy::DeploymentStep::Connect) << "package" << ErrorCode::InvalidArgument;
    QTest::newRow("no such file") << int(Deploy::DeploymentStep::Flash) << "missing"
                                  << ErrorCode::NotFound;
}

void tst_Package::deploymentSettings()
{
    QFETCH(int, firstStep);
    QFETCH(QString, package);
    Deploy::DeploymentSettings settings;
    settings.packagePath = package == "package" ? m_package : m_dir.filePath("missing.tdpkg");
    settings.firstStep = Deploy::DeploymentStep(firstStep);
    settings.recordsRoot = m_dir.filePath("records");
    Deploy::Deployment deployment;
    deployment.setSettings(settings);
    const Result<void> started = deployment.start();
    QVERIFY(!started);
    QFETCH(ErrorCode, code);
    QCOMPARE(errorCodeName(started.error().code), errorCodeName(code));
    QCOMPARE(deployment.state(), Deploy::DeploymentState::Idle);
}

// A changed package fails the Flash step before anything runs, naming the member.
void tst_Package::deploymentRefusesChangedPackage()
{
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const Result<OpenedPackage> original = openPackage(m_package, work.filePath("original"));
    QVERIFY(original);
    QList<Fixtures::FixtureFile> files = packageFiles(*original);
    for (Fixtures::FixtureFile &file : files) {
        if (file.path == QLatin1String("build/flash_recipe.json"))
            file.data.replace("\"auto\"", "\"host\"");
    }
    const QString changed = work.filePath("changed.tdpkg");
    QVERIFY(Fixtures::writeArchive(files, changed, Fixtures::Compression::Gzip, false));
    Deploy::DeploymentSettings settings;
    settings.packagePath = changed;
    settings.firstStep = Deploy::DeploymentStep::Flash;
    settings.recordsRoot = work.filePath("records");
    Deploy::Deployment deployment;
    deployment.setSettings(settings);
    QSignalSpy finished(&deployment, &Deploy::Deployment::finished);
    QVERIFY(deployment.start());
    QVERIFY(!finished.isEmpty() || finished.wait(30000)); // a refusal may come within start()
    QCOMPARE(deployment.state(), Deploy::DeploymentState::Failed);
    QCOMPARE(deployment.failedStep(), Deploy::DeploymentStep::Flash);
    QCOMPARE(deployment.error()->code, ErrorCode::PackageTampered);
    QVERIFY(deployment.error()->oneLine().contains("build/flash_recipe.json"));
    QVERIFY(!deployment.package());
}

QTEST_GUILESS_MAIN(tst_Package)

#include "tst_package.moc"
