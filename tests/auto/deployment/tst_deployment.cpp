// Deployment controller against the fake Project API server (tests/fakes) and a scripted
// device on a FakeSerialLink: the pipeline, failure at each step and retry.

#include "deploymentfixture.h"

class tst_Deployment : public DeploymentFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpTestCase(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void fullDeployment();
    void startRefusesBadSettings();
    void failureStopsAtFailingStep_data();
    void failureStopsAtFailingStep();
    void retryRunsOnlyTheFailedStep();
    void zerosForModelsWithoutSamples();
    void inputOfWrongSizeFailsBeforeGenerate();
    void latencySummary();
};

void tst_Deployment::fullDeployment()
{
    Deployment *deployment = makeDeployment(QStringLiteral("normal"));
    QSignalSpy states(deployment, &Deployment::stateChanged);
    QSignalSpy started(deployment, &Deployment::stepStarted);
    QSignalSpy finishedSteps(deployment, &Deployment::stepFinished);
    QSignalSpy results(deployment, &Deployment::runResultReady);
    QSignalSpy devices(deployment, &Deployment::deviceInfoReceived);
    QSignalSpy done(deployment, &Deployment::finished);

    QVERIFY(deployment->start().has_value());
    QVERIFY(done.wait(30000));
    QCOMPARE(deployment->state(), DeploymentState::Finished);

    QList<DeploymentState> sequence;
    for (const QList<QVariant> &args : std::as_const(states))
        sequence.append(args.at(0).value<DeploymentState>());
    const QList<DeploymentState> expected{DeploymentState::Staging,
                                          DeploymentState::Generating,
                                          DeploymentState::Building,
                                          DeploymentState::Flashing,
                                          DeploymentState::Connecting,
                                          DeploymentState::Running,
                                          DeploymentState::Finished};
    QCOMPARE(sequence, expected);
    QCOMPARE(started.size(), StepCount);
    QCOMPARE(finishedSteps.size(), StepCount);
    for (int i = 0; i < StepCount; ++i) {
        QCOMPARE(started.at(i).at(0).value<DeploymentStep>(), DeploymentStep(i));
        QCOMPARE(finishedSteps.at(i).at(0).value<DeploymentStep>(), DeploymentStep(i));
        QVERIFY(finishedSteps.at(i).at(1).value<Result<void>>().has_value());
    }
    QCOMPARE(devices.size(), 1);

    // The sample inputs of the bundled model, each checked against its expected output.
    QCOMPARE(results.size(), 5);
    QCOMPARE(deployment->results().size(), 5);
    const QList<qint64> digits{0, 3, 4, 7, 9};
    for (int i = 0; i < 5; ++i) {
        const RunResult &result = deployment->results().at(i);
        QCOMPARE(result.input.name, QStringLiteral("sample_%1").arg(i));
        QVERIFY(result.agreementKnown());
        QVERIFY(result.agrees());
        QCOMPARE(result.topK.first().index, digits.at(i));
        QCOMPARE(result.topKLabels.first(), QString::number(digits.at(i)));
        QCOMPARE(result.trueClass, std::optional<qint64>(digits.at(i)));
        QCOMPARE(result.latencies.size(), 2);
        QVERIFY(result.cyclesEmulated);
    }
    QCOMPARE(deployment->serialPort(), QStringLiteral("/dev/null"));
    // Without keepDeviceOpen (the CLI) the port is closed once the deployment ends.
    QVERIFY(!deployment->isDeviceOpen());
    QVERIFY(!m_link || !m_link->isOpen());
    QCOMPARE(deployment->round(), 1u);

    // The project: generated under the record folder, options sent to build.
    const QString record = deployment->recordFolder();
    QCOMPARE(deployment->projectDir(), record + QStringLiteral("/project"));
    const QJsonObject buildOptions = readJson(deployment->projectDir()
                                              + QStringLiteral("/build/options.json"));
    QCOMPARE(buildOptions.value(QStringLiteral("project_type")).toString(),
             QStringLiteral("aot_standalone_demo"));
    QCOMPARE(buildOptions.value(QStringLiteral("workspace_size_bytes")).toInt(), 2097152);
    QCOMPARE(readJson(deployment->projectDir() + QStringLiteral("/.tinydeploy/project.json"))
                 .value(QStringLiteral("serial_port"))
                 .toString(),
             QStringLiteral("/dev/null"));

    // The record.
    const QJsonObject json = readJson(record + QStringLiteral("/deployment.json"));
    QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("finished"));
    QCOMPARE(json.value(QStringLiteral("model"))
                 .toObject()
                 .value(QStringLiteral("sha256"))
                 .toString()
                 .size(),
             64);
    QCOMPARE(json.value(QStringLiteral("options"))
                 .toObject()
                 .value(QStringLiteral("project_type"))
                 .toString(),
             QStringLiteral("aot_standalone_demo"));
    QCOMPARE(json.value(QStringLiteral("serial_port")).toString(), QStringLiteral("/dev/null"));
    QCOMPARE(json.value(QStringLiteral("board")).toString(), QStringLiteral("fake-board"));
    for (int i = 0; i < StepCount; ++i) {
        const QJsonObject step = stepJson(json, DeploymentStep(i));
        QCOMPARE(step.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        QVERIFY(QFile::exists(record + QLatin1Char('/')
                              + step.value(QStringLiteral("log")).toString()));
    }
    // ServerProcess delivers a reply only after the output written before it: the build's
    // last line is in the build's log, never in the next step's.
    QVERIFY(readText(deployment->recordFolder() + QStringLiteral("/logs/2-build.log"))
                .contains(QStringLiteral("fake build: compiling main.c")));
    QVERIFY(!readText(deployment->recordFolder() + QStringLiteral("/logs/3-flash.log"))
                 .contains(QStringLiteral("fake build: compiling main.c")));
    const QJsonObject resultsJson = readJson(record + QStringLiteral("/results.json"));
    QCOMPARE(resultsJson.value(QStringLiteral("results")).toArray().size(), 5);
    QCOMPARE(resultsJson.value(QStringLiteral("dropped_results")).toInt(-1), 0);
    QCOMPARE(resultsJson.value(QStringLiteral("complete")).toBool(), true);
    QCOMPARE(resultsJson.value(QStringLiteral("agreement"))
                 .toObject()
                 .value(QStringLiteral("all_agree"))
                 .toBool(),
             true);
    QVERIFY(!QDir(record + QStringLiteral("/stage")).exists());
    delete deployment;
}

void tst_Deployment::startRefusesBadSettings()
{
    Deployment deployment;
    DeploymentSettings settings;
    settings.modelPath = m_dir.filePath(QStringLiteral("missing.tar"));
    settings.templateDir = m_templateDir;
    settings.recordsRoot = m_recordsRoot;
    deployment.setSettings(settings);
    Result<void> started = deployment.start();
    QVERIFY(!started);
    QCOMPARE(started.error().code, ErrorCode::NotFound);
    QCOMPARE(deployment.state(), DeploymentState::Idle);

    settings.modelPath = samplesDir + QStringLiteral("/digits_float32.tar");
    settings.projectDir = m_dir.path(); // exists
    deployment.setSettings(settings);
    started = deployment.start();
    QVERIFY(!started);
    QCOMPARE(started.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(deployment.state(), DeploymentState::Idle);
    QVERIFY(!QDir(m_recordsRoot).exists());
}

void tst_Deployment::failureStopsAtFailingStep_data()
{
    QTest::addColumn<QString>("behaviour");
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("openFails");
    QTest::addColumn<DeploymentStep>("failing");
    QTest::addColumn<ErrorCode>("code");

    QTest::newRow("template-not-answering") << "crash_before_reply@server_info_query" << 0 << false
                                            << DeploymentStep::Generate << ErrorCode::ServerExited;
    QTest::newRow("generate") << "server_error@generate_project" << 0 << false
                              << DeploymentStep::Generate << ErrorCode::ServerError;
    QTest::newRow("build") << "server_error@build" << 0 << false << DeploymentStep::Build
                           << ErrorCode::ServerError;
    QTest::newRow("build-crash") << "crash_before_reply@build" << 0 << false
                                 << DeploymentStep::Build << ErrorCode::ServerExited;
    QTest::newRow("flash") << "server_error@flash" << 0 << false << DeploymentStep::Flash
                           << ErrorCode::ServerError;
    QTest::newRow("connect-port") << "normal" << 0 << true << DeploymentStep::Connect
                                  << ErrorCode::PortUnavailable;
    QTest::newRow("connect-silent") << "normal" << int(ScriptedDevice::Mode::Silent) << false
                                    << DeploymentStep::Connect << ErrorCode::Timeout;
    QTest::newRow("run") << "normal" << int(ScriptedDevice::Mode::FailRun) << false
                         << DeploymentStep::Run << ErrorCode::DeviceError;
}

void tst_Deployment::failureStopsAtFailingStep()
{
    QFETCH(QString, behaviour);
    QFETCH(int, mode);
    QFETCH(bool, openFails);
    QFETCH(DeploymentStep, failing);
    QFETCH(ErrorCode, code);

    if (openFails) {
        m_openError = makeError(ErrorCode::PortUnavailable,
                                QStringLiteral("The serial port does not exist."));
    }
    Deployment *deployment = makeDeployment(behaviour, ScriptedDevice::Mode(mode));
    QSignalSpy started(deployment, &Deployment::stepStarted);
    QSignalSpy finishedSteps(deployment, &Deployment::stepFinished);
    QSignalSpy done(deployment, &Deployment::finished);
    QVERIFY(deployment->start().has_value());
    QVERIFY(done.wait(30000));

    QCOMPARE(deployment->state(), DeploymentState::Failed);
    QCOMPARE(deployment->failedStep(), std::optional<DeploymentStep>(failing));
    QVERIFY(deployment->error().has_value());
    QCOMPARE(errorCodeName(deployment->error()->code), errorCodeName(code));
    QVERIFY(!deployment->error()->message.isEmpty());
    // No step after the failing one started; the failing one never reported success.
    QCOMPARE(started.size(), int(failing) + 1);
    QCOMPARE(started.last().at(0).value<DeploymentStep>(), failing);
    QCOMPARE(finishedSteps.size(), int(failing) + 1);
    QCOMPARE(finishedSteps.last().at(0).value<DeploymentStep>(), failing);
    QVERIFY(!finishedSteps.last().at(1).value<Result<void>>().has_value());
    if (failing == DeploymentStep::Run)
        QVERIFY(deployment->results().isEmpty());

    const QJsonObject json = readJson(deployment->recordFolder()
                                      + QStringLiteral("/deployment.json"));
    QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    const QJsonObject step = stepJson(json, failing);
    QCOMPARE(step.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    QCOMPARE(step.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")),
             QJsonValue(deployment->error()->message));
    for (int later = int(failing) + 1; later < StepCount; ++later) {
        QCOMPARE(stepJson(json, DeploymentStep(later)).value(QStringLiteral("status")).toString(),
                 QStringLiteral("pending"));
    }
    QVERIFY(
        readText(deployment->recordFolder() + QLatin1Char('/') + DeploymentRecord::logName(failing))
            .contains(deployment->error()->message));
    delete deployment;
}

void tst_Deployment::retryRunsOnlyTheFailedStep()
{
    Deployment *deployment = makeDeployment(QStringLiteral("server_error@build"));
    QSignalSpy started(deployment, &Deployment::stepStarted);
    QSignalSpy done(deployment, &Deployment::finished);
    QVERIFY(deployment->start().has_value());
    QVERIFY(done.wait(30000));
    QCOMPARE(deployment->state(), DeploymentState::Failed);
    QCOMPARE(deployment->failedStep(), std::optional<DeploymentStep>(DeploymentStep::Build));
    const QString project = deployment->projectDir();
    QVERIFY(QFile::exists(project + QStringLiteral("/model.tar")));

    deployment->setServerEnvironment(serverEnvironment(QStringLiteral("normal")));
    started.clear();
    done.clear();
    QVERIFY(deployment->retry().has_value());
    QVERIFY(done.wait(30000));
    QCOMPARE(deployment->state(), DeploymentState::Finished);
    QCOMPARE(started.size(), 4); // build, flash, connect, run: not generate
    QCOMPARE(started.first().at(0).value<DeploymentStep>(), DeploymentStep::Build);
    QCOMPARE(deployment->projectDir(), project);
    QCOMPARE(readText(m_wireLog).count(QStringLiteral("\"generate_project\"")), 1);
    QCOMPARE(readText(m_wireLog).count(QStringLiteral("\"build\"")), 2);

    const QJsonObject json = readJson(deployment->recordFolder()
                                      + QStringLiteral("/deployment.json"));
    QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("finished"));
    QCOMPARE(stepJson(json, DeploymentStep::Generate).value(QStringLiteral("attempts")).toInt(), 1);
    QCOMPARE(stepJson(json, DeploymentStep::Build).value(QStringLiteral("attempts")).toInt(), 2);
    QCOMPARE(stepJson(json, DeploymentStep::Build).value(QStringLiteral("status")).toString(),
             QStringLiteral("done"));
    QVERIFY(!deployment->retry().has_value()); // only a failed deployment can be retried
    delete deployment;
}

void tst_Deployment::zerosForModelsWithoutSamples()
{
    // The same archive under another name has no sample kit beside it.
    const QString model = m_dir.filePath(QStringLiteral("plain/mymodel.tar"));
    QVERIFY(QDir().mkpath(QFileInfo(model).absolutePath()));
    QFile::remove(model);
    QVERIFY(QFile::copy(samplesDir + QStringLiteral("/digits_float32.tar"), model));
    Deployment *deployment = makeDeployment(QStringLiteral("normal"));
    DeploymentSettings settings = deployment->settings();
    settings.modelPath = model;
    deployment->setSettings(settings);
    QSignalSpy done(deployment, &Deployment::finished);
    QVERIFY(deployment->start().has_value());
    QVERIFY(done.wait(30000));
    QCOMPARE(deployment->state(), DeploymentState::Finished);
    QCOMPARE(deployment->results().size(), 1);
    const RunResult &result = deployment->results().first();
    QCOMPARE(result.input.name, QStringLiteral("zeros"));
    QCOMPARE(result.input.tensors.first().shape(), (QList<qint64>{1, 8, 8, 1}));
    QCOMPARE(result.input.tensors.first().data(), QByteArray(256, '\0'));
    QVERIFY(!result.agreementKnown());
    QVERIFY(result.topKLabels.isEmpty()); // no labels.txt beside this model
    delete deployment;
}

void tst_Deployment::inputOfWrongSizeFailsBeforeGenerate()
{
    const QString file = m_dir.filePath(QStringLiteral("small.npy"));
    const auto tensor = Tensor::Tensor::zeros(Tensor::DType::float32(), {1, 4});
    QVERIFY(tensor.has_value());
    QVERIFY(Tensor::writeNpyFile(*tensor, file).has_value());
    Deployment *deployment = makeDeployment(QStringLiteral("normal"));
    DeploymentSettings settings = deployment->settings();
    settings.inputFiles = {file};
    deployment->setSettings(settings);
    QSignalSpy done(deployment, &Deployment::finished);
    QVERIFY(deployment->start().has_value());
    QVERIFY(done.wait(30000));
    QCOMPARE(deployment->state(), DeploymentState::Failed);
    // Checked against the model before anything is generated (issue 14), not after a flash.
    QCOMPARE(deployment->failedStep(), std::optional<DeploymentStep>(DeploymentStep::Generate));
    QCOMPARE(deployment->error()->code, ErrorCode::ShapeMismatch);
    QVERIFY(deployment->error()->message.contains(QStringLiteral("[1, 8, 8, 1]")));
    QVERIFY(deployment->error()->message.contains(QStringLiteral("[1, 4]")));
    QCOMPARE(deployment->error()->location, file);
    QVERIFY(!QFileInfo::exists(deployment->projectDir()));
    QVERIFY(!QFileInfo::exists(m_wireLog)); // no server was started
    delete deployment;
}

void tst_Deployment::latencySummary()
{
    const QList<Device::RunLatency> odd{{300, 12}, {100, 4}, {200, 8}};
    LatencySummary summary = LatencySummary::of(odd, true);
    QCOMPARE(summary.runs, 3);
    QCOMPARE(summary.minCycles, quint64(100));
    QCOMPARE(summary.medianCycles, quint64(200));
    QCOMPARE(summary.maxCycles, quint64(300));
    QCOMPARE(summary.medianUs, 8.0);
    const QList<Device::RunLatency> even{{100, 4}, {200, 9}};
    summary = LatencySummary::of(even, false);
    QCOMPARE(summary.medianUs, 6.5);
    QVERIFY(!summary.hasCycles);
    QCOMPARE(LatencySummary::of({}, true).runs, 0);
}

QTEST_GUILESS_MAIN(tst_Deployment)
#include "tst_deployment.moc"
