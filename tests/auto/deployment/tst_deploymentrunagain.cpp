// Deployment::runAgain() on the connection kept open: rounds, results capped, one record.

#include "deploymentfixture.h"

class tst_DeploymentRunAgain : public DeploymentFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpTestCase(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void runAgainUsesTheOpenSession();
    void runAgainKeepsTheLatestResults();
    void runAgainRefused();
    void runAgainAfterDeviceVanished();
    void closingTheConnection();
};

void tst_DeploymentRunAgain::runAgainUsesTheOpenSession()
{
    Deployment *deployment = finishedKeepingDeviceOpen();
    QCOMPARE(deployment->state(), DeploymentState::Finished);
    QVERIFY(deployment->isDeviceOpen());
    QVERIFY(m_link && m_link->isOpen());
    QCOMPARE(m_links, 1);
    QCOMPARE(m_hellos, 1);
    QCOMPARE(deployment->results().size(), 5);
    const QString record = deployment->recordFolder();

    QSignalSpy states(deployment, &Deployment::stateChanged);
    QSignalSpy started(deployment, &Deployment::stepStarted);
    QSignalSpy finishedSteps(deployment, &Deployment::stepFinished);
    QSignalSpy progress(deployment, &Deployment::progress);
    QSignalSpy results(deployment, &Deployment::runResultReady);
    QSignalSpy done(deployment, &Deployment::finished);

    // Again with the deployment's own inputs (the five samples), 3 runs each.
    QVERIFY(deployment->runAgain({}, 3).has_value());
    QCOMPARE(deployment->state(), DeploymentState::Running);
    QVERIFY(!deployment->runAgain({}, 1).has_value()); // not while it runs
    QVERIFY(done.wait(30000));
    QCOMPARE(deployment->state(), DeploymentState::Finished);
    QCOMPARE(states.size(), 2);
    QCOMPARE(states.at(0).at(0).value<DeploymentState>(), DeploymentState::Running);
    QCOMPARE(states.at(1).at(0).value<DeploymentState>(), DeploymentState::Finished);
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.at(0).at(0).value<DeploymentStep>(), DeploymentStep::Run);
    QCOMPARE(finishedSteps.size(), 1);
    QCOMPARE(finishedSteps.at(0).at(0).value<DeploymentStep>(), DeploymentStep::Run);
    QVERIFY(finishedSteps.at(0).at(1).value<Result<void>>().has_value());
    QCOMPARE(done.size(), 1);
    QCOMPARE(progress.last().at(1).toInt(), 100);
    QCOMPARE(results.size(), 5);
    QCOMPARE(results.at(0).at(0).value<RunResult>().latencies.size(), 3);
    QVERIFY(results.at(4).at(0).value<RunResult>().agrees());

    // Then one chosen input once.
    const auto sample = Tensor::readNpyFile(samplesDir
                                            + QStringLiteral("/inputs/float32/sample_1.npy"));
    QVERIFY(sample.has_value());
    const InputSet chosen{QStringLiteral("chosen"), QString(), {*sample}};
    results.clear();
    QVERIFY(deployment->runAgain({chosen}, 1).has_value());
    QVERIFY(done.wait(30000));
    QCOMPARE(deployment->state(), DeploymentState::Finished);
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.at(0).at(0).value<RunResult>().input.name, QStringLiteral("chosen"));
    QCOMPARE(results.at(0).at(0).value<RunResult>().topK.first().index, 3); // sample_1 is a 3

    // The same connection all along: one port open, one HELLO, nothing closed in between.
    QCOMPARE(m_links, 1);
    QCOMPARE(m_hellos, 1);
    QVERIFY(deployment->isDeviceOpen());
    QCOMPARE(deployment->round(), 3u);
    QCOMPARE(deployment->results().size(), 11);
    QCOMPARE(deployment->results().at(0).round, 1u);
    QCOMPARE(deployment->results().at(5).round, 2u);
    QCOMPARE(deployment->results().last().round, 3u);
    QCOMPARE(deployment->droppedResults(), 0u);

    // One record: results accumulate there, written soon without a close.
    QCOMPARE(deployment->recordFolder(), record);
    QCOMPARE(QDir(m_recordsRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1);
    QVERIFY(!QFileInfo::exists(record + QStringLiteral("/runs")));
    QTRY_COMPARE_WITH_TIMEOUT(readJson(record + QStringLiteral("/results.json"))
                                  .value(QStringLiteral("results"))
                                  .toArray()
                                  .size(),
                              11,
                              5000);
    const QJsonObject resultsJson = readJson(record + QStringLiteral("/results.json"));
    QCOMPARE(resultsJson.value(QStringLiteral("rounds")).toInt(), 3);
    const QJsonArray array = resultsJson.value(QStringLiteral("results")).toArray();
    QCOMPARE(array.at(0).toObject().value(QStringLiteral("round")).toInt(), 1);
    QCOMPARE(array.at(10).toObject().value(QStringLiteral("input")).toString(),
             QStringLiteral("chosen"));
    QCOMPARE(array.at(10).toObject().value(QStringLiteral("round")).toInt(), 3);
    QCOMPARE(resultsJson.value(QStringLiteral("agreement"))
                 .toObject()
                 .value(QStringLiteral("compared"))
                 .toInt(),
             10); // the chosen input has no expected output
    QTRY_COMPARE_WITH_TIMEOUT(readJson(record + QStringLiteral("/deployment.json"))
                                  .value(QStringLiteral("rounds"))
                                  .toInt(),
                              3,
                              5000);
    const QJsonObject json = readJson(record + QStringLiteral("/deployment.json"));
    QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("finished"));
    QCOMPARE(stepJson(json, DeploymentStep::Run).value(QStringLiteral("status")).toString(),
             QStringLiteral("done"));
    QCOMPARE(stepJson(json, DeploymentStep::Run).value(QStringLiteral("attempts")).toInt(), 1);
    QCOMPARE(stepJson(json, DeploymentStep::Connect).value(QStringLiteral("attempts")).toInt(), 1);
    QVERIFY(
        readText(record + QStringLiteral("/logs/5-run.log")).contains(QStringLiteral("round 3")));

    // Closing: the port closes, the device session ends, the record is complete at once.
    QPointer<FakeSerialLink> link = m_link;
    deployment->closeDevice();
    QVERIFY(!deployment->isDeviceOpen());
    QVERIFY(!link || !link->isOpen());
    QCOMPARE(deployment->state(), DeploymentState::Finished);
    delete deployment;
    QVERIFY(!link); // released with the deployment at the latest
}

void tst_DeploymentRunAgain::runAgainKeepsTheLatestResults()
{
    Deployment *deployment = makeDeployment(QStringLiteral("normal"));
    DeploymentSettings settings = deployment->settings();
    settings.keepDeviceOpen = true;
    deployment->setSettings(settings);
    deployment->setResultLimits(3);
    QSignalSpy done(deployment, &Deployment::finished);
    QVERIFY(deployment->start().has_value());
    QVERIFY(done.wait(30000));
    QCOMPARE(deployment->state(), DeploymentState::Finished);
    QCOMPARE(deployment->results().size(), 3);
    QCOMPARE(deployment->droppedResults(), 2u);
    QCOMPARE(deployment->results().first().input.name, QStringLiteral("sample_2"));

    for (int round = 2; round <= 4; ++round) {
        QVERIFY(deployment->runAgain({}, 1).has_value());
        QVERIFY(done.wait(30000));
        QCOMPARE(deployment->state(), DeploymentState::Finished);
        QCOMPARE(deployment->results().size(), 3);
    }
    QCOMPARE(deployment->droppedResults(), 17u);
    QCOMPARE(deployment->results().last().input.name, QStringLiteral("sample_4"));
    QCOMPARE(deployment->results().last().round, 4u);
    QCOMPARE(m_links, 1);

    deployment->closeDevice(); // writes what is pending
    const QJsonObject resultsJson = readJson(deployment->recordFolder()
                                             + QStringLiteral("/results.json"));
    QCOMPARE(resultsJson.value(QStringLiteral("results")).toArray().size(), 3);
    QCOMPARE(resultsJson.value(QStringLiteral("dropped_results")).toInt(), 17);
    QCOMPARE(resultsJson.value(QStringLiteral("max_results")).toInt(), 3);
    QCOMPARE(resultsJson.value(QStringLiteral("complete")).toBool(), true);
    // Agreement counts every result, the dropped ones too.
    const QJsonObject agreement = resultsJson.value(QStringLiteral("agreement")).toObject();
    QCOMPARE(agreement.value(QStringLiteral("compared")).toInt(), 20);
    QCOMPARE(agreement.value(QStringLiteral("agreeing")).toInt(), 20);
    QCOMPARE(readJson(deployment->recordFolder() + QStringLiteral("/deployment.json"))
                 .value(QStringLiteral("dropped_results"))
                 .toInt(),
             17);

    // A byte budget smaller than one result keeps the newest result alone.
    deployment->setResultLimits(1000, 1);
    QVERIFY(deployment->runAgain({}, 1).has_value()); // the port opens again
    QVERIFY(done.wait(30000));
    QCOMPARE(deployment->state(), DeploymentState::Finished);
    QCOMPARE(deployment->results().size(), 1);
    QCOMPARE(deployment->results().first().input.name, QStringLiteral("sample_4"));
    QCOMPARE(deployment->droppedResults(), 24u);
    QCOMPARE(m_links, 2);
    delete deployment;
}

void tst_DeploymentRunAgain::runAgainRefused()
{
    // Never started.
    Deployment idle;
    Result<void> again = idle.runAgain({}, 1);
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::InvalidArgument);
    QVERIFY(!again.error().message.isEmpty());
    QVERIFY(!again.error().hint.isEmpty());

    // While it runs, and after a failure before Run.
    Deployment *failed = makeDeployment(QStringLiteral("server_error@build"));
    QSignalSpy done(failed, &Deployment::finished);
    QVERIFY(failed->start().has_value());
    again = failed->runAgain({}, 1);
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::InvalidArgument);
    QVERIFY(failed->isActive());
    QVERIFY(done.wait(30000));
    QCOMPARE(failed->failedStep(), std::optional<DeploymentStep>(DeploymentStep::Build));
    again = failed->runAgain({}, 1);
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(failed->state(), DeploymentState::Failed); // untouched
    QCOMPARE(failed->failedStep(), std::optional<DeploymentStep>(DeploymentStep::Build));
    delete failed;

    // Failed at Connect: the device never answered, so there is nothing to run again on.
    m_openError = makeError(ErrorCode::PortUnavailable,
                            QStringLiteral("The serial port does not exist."));
    Deployment *unconnected = makeDeployment(QStringLiteral("normal"));
    QSignalSpy unconnectedDone(unconnected, &Deployment::finished);
    QVERIFY(unconnected->start().has_value());
    QVERIFY(unconnectedDone.wait(30000));
    QCOMPARE(unconnected->failedStep(), std::optional<DeploymentStep>(DeploymentStep::Connect));
    QVERIFY(!unconnected->runAgain({}, 1));
    delete unconnected;
    m_openError.reset();

    // A finished deployment refuses a number of runs out of range, and stays Finished.
    Deployment *deployment = finishedKeepingDeviceOpen();
    QCOMPARE(deployment->state(), DeploymentState::Finished);
    for (const quint32 runs : {0u, 10001u}) {
        again = deployment->runAgain({}, runs);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::InvalidArgument);
        QCOMPARE(deployment->state(), DeploymentState::Finished);
    }
    QCOMPARE(deployment->round(), 1u);
    delete deployment;
}

void tst_DeploymentRunAgain::runAgainAfterDeviceVanished()
{
    Deployment *deployment = finishedKeepingDeviceOpen();
    QCOMPARE(deployment->state(), DeploymentState::Finished);
    QSignalSpy done(deployment, &Deployment::finished);

    // Unplugged between runs: the link closes; the next run opens the port again.
    QVERIFY(m_link);
    m_link->injectError(
        makeError(ErrorCode::DeviceDisconnected, QStringLiteral("The device was unplugged.")));
    QVERIFY(!deployment->isDeviceOpen());
    QVERIFY(deployment->runAgain({}, 1).has_value());
    QVERIFY(done.wait(30000));
    QCOMPARE(deployment->state(), DeploymentState::Finished);
    QCOMPARE(m_links, 2);
    QCOMPARE(m_hellos, 2); // a new connection says hello first
    QVERIFY(deployment->isDeviceOpen());
    QCOMPARE(deployment->results().size(), 10);

    // Gone for good: the run fails with the port's error, in the same record.
    m_link->injectError(
        makeError(ErrorCode::DeviceDisconnected, QStringLiteral("The device was unplugged.")));
    m_openError = makeError(ErrorCode::PortUnavailable,
                            QStringLiteral("The serial port does not exist."),
                            QStringLiteral("/dev/ttyACM0"),
                            QStringLiteral("Plug the board in again."));
    QVERIFY(deployment->runAgain({}, 1).has_value());
    QVERIFY(done.wait(30000));
    QCOMPARE(deployment->state(), DeploymentState::Failed);
    QCOMPARE(deployment->failedStep(), std::optional<DeploymentStep>(DeploymentStep::Run));
    QCOMPARE(deployment->error()->code, ErrorCode::PortUnavailable);
    QCOMPARE(deployment->error()->message, QStringLiteral("The serial port does not exist."));
    QVERIFY(!deployment->isDeviceOpen());
    const QJsonObject json = readJson(deployment->recordFolder()
                                      + QStringLiteral("/deployment.json"));
    QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    QCOMPARE(stepJson(json, DeploymentStep::Run).value(QStringLiteral("status")).toString(),
             QStringLiteral("failed"));
    QCOMPARE(json.value(QStringLiteral("rounds")).toInt(), 3);

    // Back again: a failed Run may run again.
    m_openError.reset();
    QVERIFY(deployment->runAgain({}, 1).has_value());
    QVERIFY(done.wait(30000));
    QCOMPARE(deployment->state(), DeploymentState::Finished);
    QVERIFY(!deployment->error().has_value());
    QCOMPARE(deployment->results().size(), 15);
    QCOMPARE(QDir(m_recordsRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1);
    delete deployment;
}

void tst_DeploymentRunAgain::closingTheConnection()
{
    Deployment *deployment = finishedKeepingDeviceOpen();
    QCOMPARE(deployment->state(), DeploymentState::Finished);
    // cancel() with nothing in progress closes the connection, and the state stays.
    QSignalSpy states(deployment, &Deployment::stateChanged);
    QVERIFY(deployment->isDeviceOpen());
    deployment->cancel();
    QVERIFY(!deployment->isDeviceOpen());
    QCOMPARE(deployment->state(), DeploymentState::Finished);
    QCOMPARE(states.size(), 0);

    // closeDevice() during a run cancels the run.
    QSignalSpy done(deployment, &Deployment::finished);
    QVERIFY(deployment->runAgain({}, 1).has_value());
    QVERIFY(done.wait(30000));
    QCOMPARE(deployment->state(), DeploymentState::Finished);
    QCOMPARE(m_links, 2);
    m_device->setMode(ScriptedDevice::Mode::Silent);
    QVERIFY(deployment->runAgain({}, 1).has_value());
    deployment->closeDevice();
    QTRY_COMPARE_WITH_TIMEOUT(deployment->state(), DeploymentState::Cancelled, 10000);
    QVERIFY(!deployment->isDeviceOpen());
    delete deployment;
}

QTEST_GUILESS_MAIN(tst_DeploymentRunAgain)
#include "tst_deploymentrunagain.moc"
