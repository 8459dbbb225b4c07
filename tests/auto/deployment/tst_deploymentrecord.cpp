// The deployment's record folder: log rotation and the tools the template reports.

#include "deploymentfixture.h"

class tst_DeploymentRecord : public DeploymentFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpTestCase(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void logsRotate();
    void recordNamesTheToolsTheTemplateReports();
};

void tst_DeploymentRecord::logsRotate()
{
    DeploymentRecord record;
    const QString root = m_dir.filePath(QStringLiteral("rotating"));
    QVERIFY(record.create(root, QStringLiteral("model"), QDateTime::currentDateTime()).has_value());
    record.setLogLimit(1000);
    const QDateTime when = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 200; ++i) {
        QVERIFY(record
                    .appendLog(DeploymentStep::Run,
                               when,
                               LogStream::Info,
                               QStringLiteral("line %1 of a run that goes on").arg(i))
                    .has_value());
    }
    const QString path = record.logPath(DeploymentStep::Run);
    QVERIFY(QFileInfo::exists(path + QStringLiteral(".1")));
    QVERIFY(QFileInfo(path).size() < 1000);
    QVERIFY(QFileInfo(path + QStringLiteral(".1")).size() < 1100);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".2")));
    // The newest lines are in the current log, the ones before them in the older part.
    const QString current = readText(path);
    QVERIFY(current.endsWith(QStringLiteral("line 199 of a run that goes on\n")));
    const QString older = readText(path + QStringLiteral(".1"));
    QVERIFY(!older.isEmpty());
    QVERIFY(!older.contains(QStringLiteral("line 199 ")));
    // Other steps' logs are untouched.
    QVERIFY(!QFileInfo::exists(record.logPath(DeploymentStep::Build)));
}

// TinyDeploy's templates return {"tools": {name: version}} from build; the record keeps them,
// bounded, beside TinyDeploy's and Qt's versions. A hostile server cannot bloat it.

void tst_DeploymentRecord::recordNamesTheToolsTheTemplateReports()
{
    Deployment *deployment = makeDeployment(QStringLiteral("tools@build"));
    QSignalSpy done(deployment, &Deployment::finished);
    QVERIFY(deployment->start().has_value());
    QVERIFY(done.wait(30000));
    QCOMPARE(deployment->state(), DeploymentState::Finished);
    const QJsonObject tools = readJson(deployment->recordFolder()
                                       + QStringLiteral("/deployment.json"))
                                  .value(QStringLiteral("tool_versions"))
                                  .toObject();
    QCOMPARE(tools.value(QStringLiteral("tinydeploy")).toString(),
             QStringLiteral(TINYDEPLOY_VERSION));
    QCOMPARE(tools.value(QStringLiteral("make")).toString(), QStringLiteral("GNU Make 4.3"));
    QVERIFY(!tools.contains(QStringLiteral("number")));
    QVERIFY(tools.size() <= 16);
    for (auto it = tools.begin(); it != tools.end(); ++it)
        QVERIFY2(it.value().toString().size() <= 200, qPrintable(it.key()));
}

QTEST_GUILESS_MAIN(tst_DeploymentRecord)
#include "tst_deploymentrecord.moc"
