// Deployment::cancel() during each kind of step: what is stopped, what the record says.

#include "deploymentfixture.h"

class tst_DeploymentCancel : public DeploymentFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpTestCase(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void cancelDuringSlowBuild();
    void cancelDuringGenerateRecordsCancelled();
    void cancelDuringRunAgain();
};

void tst_DeploymentCancel::cancelDuringSlowBuild()
{
    Deployment *deployment = makeDeployment(QStringLiteral("grandchild_hang@build"));
    QSignalSpy done(deployment, &Deployment::finished);
    QVERIFY(deployment->start().has_value());
    // The build is under way once its tool (the grandchild) runs.
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_pidFile), 30000);
    QCOMPARE(deployment->state(), DeploymentState::Building);
    const pid_t grandchild = FakeServer::readPid(m_pidFile);
    QVERIFY(grandchild > 0);

    // Cancelled comes once nothing the deployment started runs any more: no server left.
    bool serverLeftAtCancelled = true;
    connect(deployment, &Deployment::finished, this, [&] {
        serverLeftAtCancelled = deployment->hasRunningServer();
    });
    deployment->cancel();
    QCOMPARE(deployment->state(), DeploymentState::Cancelling);
    QTRY_COMPARE_WITH_TIMEOUT(deployment->state(), DeploymentState::Cancelled, 30000);
    QVERIFY(!serverLeftAtCancelled);
    QCOMPARE(done.size(), 1);
    // Nothing the deployment started is left: not the server, not its build tool.
    QTRY_VERIFY_WITH_TIMEOUT(FakeServer::isDead(grandchild), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(FakeServer::childrenOf(::getpid()).isEmpty(), 10000);

    const QJsonObject json = readJson(deployment->recordFolder()
                                      + QStringLiteral("/deployment.json"));
    QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("cancelled"));
    QCOMPARE(json.value(QStringLiteral("cancelled")).toBool(), true);
    QCOMPARE(stepJson(json, DeploymentStep::Generate).value(QStringLiteral("status")).toString(),
             QStringLiteral("done"));
    QCOMPARE(stepJson(json, DeploymentStep::Build).value(QStringLiteral("status")).toString(),
             QStringLiteral("cancelled"));
    QVERIFY(readText(deployment->recordFolder() + QStringLiteral("/logs/2-build.log"))
                .contains(QStringLiteral("waiting for the grandchild")));
    deployment->cancel(); // harmless once cancelled
    QCOMPARE(deployment->state(), DeploymentState::Cancelled);
    delete deployment;
}

void tst_DeploymentCancel::cancelDuringGenerateRecordsCancelled()
{
    Deployment *deployment = makeDeployment(QStringLiteral("hang@generate_project"));
    QSignalSpy done(deployment, &Deployment::finished);
    QVERIFY(deployment->start().has_value());
    QTRY_COMPARE_WITH_TIMEOUT(deployment->state(), DeploymentState::Generating, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(readText(m_wireLog).contains(QStringLiteral("generate_project")),
                             30000);
    deployment->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(deployment->state(), DeploymentState::Cancelled, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(FakeServer::childrenOf(::getpid()).isEmpty(), 10000);
    const QJsonObject json = readJson(deployment->recordFolder()
                                      + QStringLiteral("/deployment.json"));
    QCOMPARE(stepJson(json, DeploymentStep::Generate).value(QStringLiteral("status")).toString(),
             QStringLiteral("cancelled"));
    QCOMPARE(stepJson(json, DeploymentStep::Build).value(QStringLiteral("status")).toString(),
             QStringLiteral("pending"));
    delete deployment;
}

void tst_DeploymentCancel::cancelDuringRunAgain()
{
    Deployment *deployment = finishedKeepingDeviceOpen();
    QCOMPARE(deployment->state(), DeploymentState::Finished);
    QSignalSpy finishedSteps(deployment, &Deployment::stepFinished);
    QSignalSpy done(deployment, &Deployment::finished);

    // The device stops answering: the run waits for it until cancelled.
    m_device->setMode(ScriptedDevice::Mode::Silent);
    QPointer<FakeSerialLink> link = m_link;
    const int writes = link->writeCount();
    QVERIFY(deployment->runAgain({}, 1).has_value());
    QTRY_VERIFY(link->writeCount() > writes);
    QCOMPARE(deployment->state(), DeploymentState::Running);
    deployment->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(deployment->state(), DeploymentState::Cancelled, 10000);
    QCOMPARE(done.size(), 1);
    QCOMPARE(finishedSteps.size(), 1);
    QCOMPARE(finishedSteps.at(0).at(0).value<DeploymentStep>(), DeploymentStep::Run);
    QCOMPARE(finishedSteps.at(0).at(1).value<Result<void>>().error().code, ErrorCode::Cancelled);
    QVERIFY(!deployment->isDeviceOpen());
    QVERIFY(!link || !link->isOpen());
    const QJsonObject json = readJson(deployment->recordFolder()
                                      + QStringLiteral("/deployment.json"));
    QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("cancelled"));
    QCOMPARE(stepJson(json, DeploymentStep::Run).value(QStringLiteral("status")).toString(),
             QStringLiteral("cancelled"));
    QCOMPARE(deployment->results().size(), 5); // the first run's results stay

    // After a cancel during Run, running again connects anew.
    QVERIFY(deployment->runAgain({}, 1).has_value());
    QVERIFY(done.wait(30000));
    QCOMPARE(deployment->state(), DeploymentState::Finished);
    QCOMPARE(m_links, 2);
    QCOMPARE(deployment->results().size(), 10);
    delete deployment;
}

QTEST_GUILESS_MAIN(tst_DeploymentCancel)
#include "tst_deploymentcancel.moc"
