// planFromMlf: a ModelPlan from an extracted MLF folder, and the clear error for an archive
// built without the CRT system library (generated fixtures and a real AOT export).
#include <mlffixtures.h>

#include <microtvm/graphlayout.h>
#include <microtvm/modelplan.h>
#include <microtvm/paramsblob.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace TinyDeploy;
using namespace TinyDeploy::MicroTvm;

namespace {

bool writeFixture(const Fixtures::FixtureSpec &spec, const QString &dir, bool systemLib)
{
    for (const Fixtures::FixtureFile &f : Fixtures::fixtureFiles(spec)) {
        const QString path = QDir(dir).filePath(f.path);
        if (f.kind == Fixtures::FixtureFile::Kind::Directory) {
            QDir().mkpath(path);
            continue;
        }
        if (f.kind != Fixtures::FixtureFile::Kind::File)
            continue;
        QDir().mkpath(QFileInfo(path).path());
        QByteArray data = f.data;
        if (!systemLib) // graph fixtures have one; take it out
            data.replace("TVMSystemLibEntryPoint", "tvmgen_default_lib_entry");
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size())
            return false;
    }
    if (systemLib) {
        QDir().mkpath(dir + "/codegen/host/src");
        QFile lib(dir + "/codegen/host/src/default_lib_syslib.c");
        if (!lib.open(QIODevice::WriteOnly))
            return false;
        lib.write("const TVMModule* TVMSystemLibEntryPoint(void) { return &_tvm_system_lib; }\n");
    }
    return true;
}

} // namespace

class TestMicroTvmPlan : public QObject
{
    Q_OBJECT

private slots:
    void graphArchiveWithSystemLib()
    {
        QTemporaryDir dir;
        Fixtures::FixtureSpec spec;
        spec.executor = "graph";
        QVERIFY(writeFixture(spec, dir.path(), true));
        const auto plan = planFromMlf(dir.path());
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().fullText()));
        QCOMPARE(plan->executor, Executor::Graph);
        QCOMPARE(plan->moduleName, QStringLiteral("default"));
        QCOMPARE(plan->graphJson, Fixtures::fixtureGraphJson(spec));
        QVERIFY(parseGraphLayout(plan->graphJson));
        const auto params = readParams(plan->params);
        QVERIFY2(params, qPrintable(params ? QString() : params.error().fullText()));
        QCOMPARE(params->size(), Fixtures::fixtureParams(spec).size());
        const auto inputs = Fixtures::fixtureInputs(spec);
        QCOMPARE(plan->inputs.size(), inputs.size());
        for (int i = 0; i < inputs.size(); ++i) {
            QCOMPARE(plan->inputs[i].name, inputs[i].name);
            QCOMPARE(qint64(plan->inputs[i].bytes), inputs[i].bytes);
        }
        QCOMPARE(plan->outputs.size(), Fixtures::fixtureOutputs(spec).size());
    }

    void withoutSystemLibSaysHowToBuild_data()
    {
        QTest::addColumn<QString>("executor");
        QTest::newRow("graph") << "graph";
        QTest::newRow("aot") << "aot";
    }

    void withoutSystemLibSaysHowToBuild()
    {
        QFETCH(QString, executor);
        QTemporaryDir dir;
        Fixtures::FixtureSpec spec;
        spec.executor = executor;
        QVERIFY(writeFixture(spec, dir.path(), false));
        const auto plan = planFromMlf(dir.path());
        QVERIFY(!plan);
        QVERIFY(plan.error().message.contains("the archive was not built with "
                                              "--runtime-crt-system-lib"));
        QVERIFY(plan.error().hint.contains("system-lib"));
    }

    void realAotExportWithoutSystemLib()
    {
        const QString tar = QStringLiteral(TINYDEPLOY_SHARED_DIR "/mlf-samples/linaro_sine_v5.tar");
        if (!QFileInfo::exists(tar))
            QSKIP("../shared/mlf-samples/linaro_sine_v5.tar is not there");
        QTemporaryDir dir;
        QProcess untar;
        untar.start("tar", {"-xf", tar, "-C", dir.path()});
        QVERIFY(untar.waitForFinished(30000));
        QCOMPARE(untar.exitCode(), 0);
        const auto plan = planFromMlf(dir.path());
        QVERIFY(!plan);
        QVERIFY(plan.error().message.contains("--runtime-crt-system-lib"));
    }

    void missingMetadata()
    {
        QTemporaryDir dir;
        const auto plan = planFromMlf(dir.path());
        QVERIFY(!plan);
        QCOMPARE(plan.error().code, ErrorCode::MissingMetadata);
    }

    void minifyKeepsStrings()
    {
        QCOMPARE(minifyJson("{ \"a b\" : [ 1 ,\n 2 ],\t\"c\": \"x \\\" y\" }"),
                 QByteArray("{\"a b\":[1,2],\"c\":\"x \\\" y\"}"));
    }
};

QTEST_GUILESS_MAIN(TestMicroTvmPlan)
#include "tst_microtvm_plan.moc"
