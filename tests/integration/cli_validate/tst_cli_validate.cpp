// tinydeploy-cli validate end to end: the bundled digits validation set on the host template
// and on QEMU (mps2-an385) with the known accuracy, and the differential mode (host reference)
// catching one changed weight in a firmware built for QEMU.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString cliPath = TINYDEPLOY_BINARY_DIR "/bin/tinydeploy-cli";
const QString samplesDir = TINYDEPLOY_SOURCE_DIR "/resources/samples";
constexpr int deployTimeoutMs = 400000;
// 439 of the 450 held-out images (resources/samples/README.md).
constexpr double knownAccuracy = 439.0 / 450.0;

} // namespace

class tst_CliValidate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hostValidation();
    void qemuValidation();
    void differentialCatchesAChangedWeight();

private:
    int cli(const QStringList &arguments, QByteArray *out, int timeoutMs = deployTimeoutMs);
    QString deploy(const QString &model, const QString &templateName, const QString &name);
    QJsonObject validate(const QString &project, const QStringList &extra);
    void stop(const QString &project);

    QTemporaryDir m_dir;
};

void tst_CliValidate::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(QFileInfo(cliPath).isExecutable());
    for (const char *tool : {"python3", "make", "cc", "tar"}) {
        if (QStandardPaths::findExecutable(tool).isEmpty())
            QSKIP(qPrintable(QString("%1 is not installed.").arg(tool)));
    }
}

int tst_CliValidate::cli(const QStringList &arguments, QByteArray *out, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("XDG_DATA_HOME", m_dir.filePath("data"));
    env.insert("XDG_CONFIG_HOME", m_dir.filePath("config"));
    env.insert("XDG_CACHE_HOME", m_dir.filePath("cache"));
    env.insert("PYTHONDONTWRITEBYTECODE", "1");
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(TINYDEPLOY_SOURCE_DIR);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(cliPath, arguments);
    if (!finished.wait(timeoutMs)) {
        process.kill();
        finished.wait(5000);
        return -1;
    }
    if (out)
        *out = process.readAllStandardOutput();
    if (process.exitCode() != 0)
        qWarning().noquote() << process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
}

QString tst_CliValidate::deploy(const QString &model,
                                const QString &templateName,
                                const QString &name)
{
    const QString project = m_dir.filePath(name);
    QStringList arguments{"deploy",
                          model,
                          "--template",
                          templateName,
                          "--project-dir",
                          project,
                          "--keep-running"};
    if (templateName == "qemu-cortex-m")
        arguments << "-o"
                  << "board=mps2-an385";
    QByteArray out;
    const int code = cli(arguments, &out);
    return code == 0 ? project : QString();
}

QJsonObject tst_CliValidate::validate(const QString &project, const QStringList &extra)
{
    QByteArray out;
    const int code = cli(QStringList{"validate", project} + extra + QStringList{"--json"}, &out);
    if (code != 0)
        return {};
    return QJsonDocument::fromJson(out).object();
}

void tst_CliValidate::stop(const QString &project)
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.setWorkingDirectory(project);
    process.start("python3", {"-m", "tdserver", "stop"});
    QVERIFY(finished.wait(20000));
}

void tst_CliValidate::hostValidation()
{
    const QString project = deploy("resources/samples/digits_int8.tar", "host", "host");
    QVERIFY(!project.isEmpty());
    const QJsonObject json = validate(project, {samplesDir + "/validation/int8"});
    stop(project);
    QCOMPARE(json["samples"].toInt(), 450);
    QCOMPARE(json["completed"].toInt(), 450);
    QCOMPARE(json["reference"].toString(), "expected");
    QCOMPARE(json["classifier"]["top1_agreement"].toDouble(), 1.0);
    QCOMPARE(json["outputs"][0]["max_abs_error"].toDouble(), 0.0);
    QCOMPARE(json["classifier"]["accuracy"].toDouble(), knownAccuracy);
    QCOMPARE(json["classifier"]["confusion"].toArray().size(), 10);
}

void tst_CliValidate::qemuValidation()
{
    if (QStandardPaths::findExecutable("qemu-system-arm").isEmpty()
        || QStandardPaths::findExecutable("arm-none-eabi-gcc").isEmpty())
        QSKIP("qemu-system-arm or arm-none-eabi-gcc is not installed.");
    const QString project = deploy("resources/samples/digits_float32.tar", "qemu-cortex-m", "qemu");
    QVERIFY(!project.isEmpty());
    const QJsonObject json = validate(project, {samplesDir + "/validation/float32"});
    stop(project);
    QCOMPARE(json["completed"].toInt(), 450);
    QCOMPARE(json["classifier"]["top1_agreement"].toDouble(), 1.0);
    QCOMPARE(json["classifier"]["accuracy"].toDouble(), knownAccuracy);
    QVERIFY(json["outputs"][0]["max_abs_error"].toDouble() < 1e-5);
    QVERIFY(json["latency_us"]["median"].toDouble() > 0);
}

void tst_CliValidate::differentialCatchesAChangedWeight()
{
    if (QStandardPaths::findExecutable("qemu-system-arm").isEmpty()
        || QStandardPaths::findExecutable("arm-none-eabi-gcc").isEmpty())
        QSKIP("qemu-system-arm or arm-none-eabi-gcc is not installed.");
    // A copy of the int8 archive with the first weight of the output layer changed.
    const QString tree = m_dir.filePath("changed");
    QVERIFY(QDir().mkpath(tree));
    QCOMPARE(QProcess::execute("tar", {"-xf", samplesDir + "/digits_int8.tar", "-C", tree}), 0);
    QFile lib(tree + "/codegen/host/src/default_lib1.c");
    QVERIFY(lib.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = lib.readAll().split('\n');
    lib.close();
    const auto start = std::find_if(lines.begin(), lines.end(), [](const QByteArray &line) {
        return line.contains("constant_2[320] = {");
    });
    QVERIFY(start != lines.end() && start + 1 != lines.end());
    QByteArray &first = *(start + 1);
    const qsizetype comma = first.indexOf(',');
    QVERIFY(comma > 0);
    const QByteArray old = first.left(comma).trimmed();
    first = "    " + QByteArray(old == "127" ? "-127" : "127") + first.mid(comma);
    QVERIFY(lib.open(QIODevice::WriteOnly | QIODevice::Truncate));
    lib.write(lines.join('\n'));
    lib.close();
    const QString archive = m_dir.filePath("digits_int8.tar");
    QCOMPARE(QProcess::execute("tar", {"-cf", archive, "-C", tree, "."}), 0);

    const QString project = deploy(archive, "qemu-cortex-m", "changed-qemu");
    QVERIFY(!project.isEmpty());
    // The reference: a host build of the original archive (hostValidation() made it).
    const QString hostProject = m_dir.filePath("host");
    QVERIFY(QFileInfo::exists(hostProject + "/.tinydeploy/project.json"));
    const QJsonObject json = validate(project,
                                      {samplesDir + "/validation/int8",
                                       "--reference",
                                       "host",
                                       "--reference-project",
                                       hostProject});
    stop(project);
    stop(hostProject);
    QCOMPARE(json["reference"].toString(), "host");
    QCOMPARE(json["completed"].toInt(), 450);
    // The changed weight shows: the worst sample departs from the host reference.
    QVERIFY(json["outputs"][0]["max_abs_error"].toDouble() > 0);
    const QJsonObject worst = json["worst"][0].toObject();
    QVERIFY2(worst["max_abs_error"].toDouble() > 0, qPrintable(QJsonDocument(worst).toJson()));

    // The per-sample file says which samples differ (only this validation has any).
    qsizetype differing = 0;
    QDirIterator it(m_dir.filePath("data"),
                    {"validation_samples.jsonl"},
                    QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (!line.isEmpty() && !QJsonDocument::fromJson(line)["agrees"].toBool())
                ++differing;
        }
    }
    QVERIFY(differing > 0);
    QVERIFY(differing < 450);
}

QTEST_GUILESS_MAIN(tst_CliValidate)
#include "tst_cli_validate.moc"
