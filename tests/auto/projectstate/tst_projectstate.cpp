#include <deploy/projectstate.h>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace TinyDeploy;
using namespace TinyDeploy::Deploy;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class tst_ProjectState : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void nothingRemembered();
    void saveAndLoadRoundTrip();
    void legacyFilesAreRead_data();
    void legacyFilesAreRead();
    void projectJsonWinsOverLegacyFiles();
    void unreadableFileIsAnError_data();
    void unreadableFileIsAnError();
    void rememberedPortFallsBackToTheRunningDevice();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

void tst_ProjectState::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_project = m_dir->filePath("project");
    QVERIFY(QDir().mkpath(m_project));
}

void tst_ProjectState::nothingRemembered()
{
    const Result<std::optional<ProjectState>> state = ProjectState::load(m_project);
    QVERIFY(state);
    QVERIFY(!*state);
    QCOMPARE(rememberedSerialPort(m_project).value_or("x"), QString());
}

void tst_ProjectState::saveAndLoadRoundTrip()
{
    ProjectState state;
    state.templateName = "host";
    state.templateDir = "/templates/host";
    state.modelPath = "/models/digits_int8.tar";
    state.options = QJsonObject{{"project_type", "host_driven"}, {"workspace_size_bytes", 4096}};
    state.buildOptions = QJsonObject{{"verbose", true}};
    state.serialPort = "/dev/pts/3";
    state.flashResult = QJsonObject{{"serial_port", "/dev/pts/3"}};
    state.flashed = QDateTime(QDate(2026, 12, 3), QTime(6, 30, 1, 250), Qt::UTC);
    state.record = "/records/x";
    QVERIFY(state.save(m_project));
    QVERIFY(QFile::exists(m_project + "/.tinydeploy/project.json"));

    const Result<std::optional<ProjectState>> loaded = ProjectState::load(m_project);
    QVERIFY(loaded && *loaded);
    const ProjectState &back = **loaded;
    QCOMPARE(back.templateName, state.templateName);
    QCOMPARE(back.templateDir, state.templateDir);
    QCOMPARE(back.modelPath, state.modelPath);
    QCOMPARE(back.options, state.options);
    QCOMPARE(back.buildOptions, state.buildOptions);
    QVERIFY(back.flashOptions.isEmpty());
    QCOMPARE(back.serialPort, state.serialPort);
    QCOMPARE(back.flashResult, state.flashResult);
    QCOMPARE(back.flashed, state.flashed);
    QCOMPARE(back.record, state.record);
    QCOMPARE(rememberedSerialPort(m_project).value_or(QString()), "/dev/pts/3");
}

void tst_ProjectState::legacyFilesAreRead_data()
{
    QTest::addColumn<QByteArray>("optionsJson");
    QTest::addColumn<QByteArray>("flashJson");
    QTest::addColumn<QString>("templateDir");
    QTest::addColumn<int>("workspace");
    QTest::addColumn<QString>("port");

    const QByteArray options = R"({"version": 1, "template": {"name": "fake", "path": "/t/fake"},
        "model": "/m.tar", "options": {"workspace_size_bytes": 4096}})";
    const QByteArray flash = R"({"serial_port": "/dev/ttyACM0", "result": null,
        "flashed": "2026-12-01T10:00:00.000Z", "record": "/r"})";
    QTest::newRow("options.json of CLI generate")
        << options << QByteArray() << "/t/fake" << 4096 << "";
    QTest::newRow("flash.json of a GUI flash")
        << QByteArray() << flash << "" << 0 << "/dev/ttyACM0";
    QTest::newRow("both") << options << flash << "/t/fake" << 4096 << "/dev/ttyACM0";
}

void tst_ProjectState::legacyFilesAreRead()
{
    QFETCH(QByteArray, optionsJson);
    QFETCH(QByteArray, flashJson);
    QFETCH(QString, templateDir);
    QFETCH(int, workspace);
    QFETCH(QString, port);
    if (!optionsJson.isEmpty())
        QVERIFY(writeFile(m_project + "/.tinydeploy/options.json", optionsJson));
    if (!flashJson.isEmpty())
        QVERIFY(writeFile(m_project + "/.tinydeploy/flash.json", flashJson));
    const Result<std::optional<ProjectState>> state = ProjectState::load(m_project);
    QVERIFY(state && *state);
    QCOMPARE((*state)->templateDir, templateDir);
    QCOMPARE((*state)->options.value("workspace_size_bytes").toInt(), workspace);
    QCOMPARE((*state)->serialPort, port);
    QCOMPARE((*state)->flashed.isValid(), !flashJson.isEmpty());
    QCOMPARE(rememberedSerialPort(m_project).value_or("x"), port);
}

void tst_ProjectState::projectJsonWinsOverLegacyFiles()
{
    QVERIFY(writeFile(m_project + "/.tinydeploy/flash.json", R"({"serial_port": "/dev/old"})"));
    ProjectState state;
    state.serialPort = "/dev/new";
    QVERIFY(state.save(m_project));
    QCOMPARE(rememberedSerialPort(m_project).value_or(QString()), "/dev/new");
}

void tst_ProjectState::unreadableFileIsAnError_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("project.json truncated") << "project.json" << QByteArray(R"({"model": )");
    QTest::newRow("project.json not an object") << "project.json" << QByteArray("[1, 2]");
    QTest::newRow("flash.json garbage") << "flash.json" << QByteArray("garbage");
}

void tst_ProjectState::unreadableFileIsAnError()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    const QString path = m_project + "/.tinydeploy/" + file;
    QVERIFY(writeFile(path, content));
    const Result<std::optional<ProjectState>> state = ProjectState::load(m_project);
    QVERIFY(!state);
    QCOMPARE(state.error().code, ErrorCode::InvalidJson);
    QCOMPARE(state.error().location, path);
    QVERIFY(!state.error().hint.isEmpty());
    // A corrupt file is not "no port remembered".
    QVERIFY(!rememberedSerialPort(m_project));
}

void tst_ProjectState::rememberedPortFallsBackToTheRunningDevice()
{
    QVERIFY(writeFile(m_project + "/run/device.json", R"({"serial_port": "/dev/pts/7"})"));
    QCOMPARE(rememberedSerialPort(m_project).value_or(QString()), "/dev/pts/7");
    ProjectState state;
    state.modelPath = "/m.tar"; // remembers no port: the device's still counts
    QVERIFY(state.save(m_project));
    QCOMPARE(rememberedSerialPort(m_project).value_or(QString()), "/dev/pts/7");
}

QTEST_GUILESS_MAIN(tst_ProjectState)
#include "tst_projectstate.moc"
