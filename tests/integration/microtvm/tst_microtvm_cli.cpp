// End to end over microTVM RPC through the command-line tool: our host template with
// project_type=host_driven, the digits graph-executor archive, the real CRT and compiler.

#include <tensor/npy.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace TinyDeploy;

namespace {
const QString cliPath = TINYDEPLOY_BINARY_DIR "/bin/tinydeploy-cli";
const QString samples = TINYDEPLOY_SOURCE_DIR "/resources/samples";
// TVM's standalone CRT that host-driven firmware is built from (never copied into the tree).
const QString crt = TINYDEPLOY_SHARED_DIR "/tvm-crt";
} // namespace

class tst_MicroTvmCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void deployAndProfileTheGraphSample();

private:
    int run(const QStringList &arguments, QString *out, QString *err);

    QTemporaryDir m_dir;
};

void tst_MicroTvmCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(QFileInfo(cliPath).isExecutable());
    if (!QFileInfo::exists(samples + "/digits_int8_graph.tar"))
        QSKIP("digits_int8_graph.tar is not in this tree.");
    if (!QFileInfo::exists(crt + "/include"))
        QSKIP("TVM's standalone CRT is missing (../shared/tvm-crt).");
    for (const char *tool : {"python3", "make", "cc"}) {
        if (QStandardPaths::findExecutable(tool).isEmpty())
            QSKIP(qPrintable(QString("%1 is not installed.").arg(tool)));
    }
}

int tst_MicroTvmCli::run(const QStringList &arguments, QString *out, QString *err)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("XDG_CONFIG_HOME", m_dir.filePath("config"));
    env.insert("XDG_CACHE_HOME", m_dir.filePath("cache"));
    env.insert("XDG_DATA_HOME", m_dir.filePath("data"));
    env.insert("PYTHONDONTWRITEBYTECODE", "1");
    env.remove("TINYDEPLOY_TEMPLATE_PATH");
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir.path());
    process.start(cliPath, arguments);
    if (!process.waitForFinished(600000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    *out = QString::fromUtf8(process.readAllStandardOutput());
    *err = QString::fromUtf8(process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
}

void tst_MicroTvmCli::deployAndProfileTheGraphSample()
{
    QString out;
    QString err;
    const QString project = m_dir.filePath("project");
    const int deployed = run({"deploy",
                              samples + "/digits_int8_graph.tar",
                              "--template",
                              "host",
                              "-o",
                              "project_type=host_driven",
                              "--standalone-crt",
                              crt,
                              "--project-dir",
                              project,
                              "--json",
                              "--keep-running",
                              "--verbose"},
                             &out,
                             &err);
    QVERIFY2(err.contains("Running the model with microTVM RPC, graph executor"), qPrintable(err));
    QVERIFY2(deployed == 0, qPrintable(err.right(4000) + out));
    const QJsonObject summary = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(summary["state"].toString(), "finished");
    // The same outputs as the standalone expected files: every sample agrees.
    const QJsonObject agreement = summary["agreement"].toObject();
    QVERIFY(agreement["compared"].toInt() > 0);
    QCOMPARE(agreement["agreeing"].toInt(), agreement["compared"].toInt());

    const QString dump = m_dir.filePath("tensors");
    const int profiled
        = run({"profile", project, "--json", "--repeats", "3", "--dump-tensors", dump, "--verbose"},
              &out,
              &err);
    QVERIFY2(profiled == 0, qPrintable(err + out));
    const QJsonObject profile = QJsonDocument::fromJson(out.toUtf8()).object();
    const QJsonArray operators = profile["operators"].toArray();
    QVERIFY2(!operators.isEmpty(), qPrintable(out));
    double shares = 0;
    for (const QJsonValue &op : operators) {
        QVERIFY(!op["node"].toString().isEmpty());
        QVERIFY(!op["function"].toString().isEmpty());
        QVERIFY(op["mean_us"].toDouble() >= 0);
        shares += op["share"].toDouble();
    }
    QVERIFY2(qAbs(shares - 1.0) < 0.01, qPrintable(QString::number(shares)));
    // The last node's output is the model's output for the profile's input (the last sample
    // the run sent): it equals that sample's expected output.
    const QJsonArray tensors = profile["tensors"].toArray();
    QVERIFY(!tensors.isEmpty());
    const Result<Tensor::Tensor> last = Tensor::readNpyFile(tensors.last()["file"].toString());
    QVERIFY2(last, qPrintable(last ? QString() : last.error().oneLine()));
    const QStringList expectedFiles = QDir(samples + "/expected/int8")
                                          .entryList({"*.npy"}, QDir::Files, QDir::Name);
    QVERIFY(!expectedFiles.isEmpty());
    const Result<Tensor::Tensor> expected = Tensor::readNpyFile(samples + "/expected/int8/"
                                                                + expectedFiles.last());
    QVERIFY(expected);
    QCOMPARE(last->data(), expected->data());

    // The device lifetime rule (firmware_templates/README.md): a host-driven project boots a
    // fresh device for every transport session, and the session's server stops it when the
    // session ends, so nothing of the project runs after profile, --keep-running or not.
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(project + "/run/device.json"), 30000);
}

QTEST_GUILESS_MAIN(tst_MicroTvmCli)
#include "tst_microtvm_cli.moc"
