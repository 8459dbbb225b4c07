// The steps of a Deployment: what each one does (deployment.cpp is the state machine).

#include "boardcheck.h"
#include "deploylogging.h"
#include "deployment.h"
#include "deploytr.h"
#include "optionresolver.h"
#include "resultbuilder.h"
#include "runinputs.h"

#include <projectapi/methods.h>

#include <QDir>
#include <QFileInfo>

namespace TinyDeploy::Deploy {

void Deployment::startBuild()
{
    callProject(
        QString(ProjectApi::Method::Build),
        [this](const QJsonObject &options, ProjectServer::Callback<QJsonValue> done) {
            m_server->build(options, std::move(done));
        },
        [this](const QJsonValue &built) {
            m_facts.buildResult = built;
            m_facts.firmware = findFirmware(m_facts.projectDir, QJsonValue());
            updateProjectState(
                [this](ProjectState &state) { state.buildOptions = m_facts.userOptions; });
            finishStep(ok());
        });
}

void Deployment::startFlash()
{
    if (!m_settings.packagePath.isEmpty()) {
        startPackageFlash(); // deploymentpackage.cpp: by the recipe, no server
        return;
    }
    callProject(
        QString(ProjectApi::Method::Flash),
        [this](const QJsonObject &options, ProjectServer::Callback<QJsonValue> done) {
            m_server->flash(options, std::move(done));
        },
        [this](const QJsonValue &flashed) {
            m_facts.flashResult = flashed;
            if (std::optional<FirmwareInfo> firmware = findFirmware(m_facts.projectDir, flashed))
                m_facts.firmware = firmware;
            const QString reported
                = flashed.toObject().value(QStringLiteral("serial_port")).toString();
            // The user's port wins: a real board's flasher may report none.
            m_facts.serialPort = !m_settings.serialPort.isEmpty() ? m_settings.serialPort
                                                                  : reported;
            if (!reported.isEmpty())
                logInfo(Tr::tr("The device's serial port is %1.").arg(reported));
            updateProjectState([this, flashed](ProjectState &state) {
                state.flashOptions = m_facts.userOptions;
                state.serialPort = m_facts.serialPort;
                state.flashResult = flashed;
                state.flashed = QDateTime::currentDateTimeUtc();
                state.run.reset(); // the next Connect decides for this firmware
            });
            // The device outlives the server; the port is ours from here.
            m_server->retire();
            finishStep(ok());
        });
}

void Deployment::startStaging()
{
    if (m_facts.steps[int(DeploymentStep::Generate)].attempt > 1 && m_projectDirIsOurs
        && QFileInfo::exists(m_facts.projectDir)) {
        // generate_project wants a new folder; this one is what the failed attempt left.
        QDir(m_facts.projectDir).removeRecursively();
    }
    m_projectDirIsOurs = false;
    StageOptions options;
    options.standaloneCrtDir = m_settings.standaloneCrtDir;
    logInfo(Tr::tr("Checking and unpacking %1.").arg(m_settings.modelPath));
    m_staging->start(m_settings.modelPath, m_record.folder() + QStringLiteral("/stage"), options);
}

void Deployment::onStagingDone()
{
    if (cancelling()) {
        maybeFinishCancel();
        return;
    }
    if (!m_staging->result()) {
        failStep(m_staging->result().error());
        return;
    }
    m_facts.modelSha256 = m_staging->sha256();
    for (const QString &text : std::as_const(m_staging->result()->warnings))
        warn(text);
    m_writer->writeDeployment();
    // Input files that cannot run on this model fail now, not after a build and a flash.
    const QList<Mlf::ModuleInfo> &modules = m_staging->result()->model.modules;
    if (m_settings.inputs.isEmpty() && !m_settings.inputFiles.isEmpty() && modules.size() == 1) {
        if (Result<void> inputs = RunInputs::checkFiles(m_settings.inputFiles, modules.first());
            !inputs) {
            failStep(inputs.error());
            return;
        }
    }
    startGenerate();
}

void Deployment::startGenerate()
{
    setState(DeploymentState::Generating);
    logInfo(Tr::tr("Starting the Project API server of %1.").arg(m_settings.templateDir));
    const quint64 request = m_request;
    m_server->open(
        m_settings.templateDir,
        ProjectServer::Expect::Template,
        [this, request](Result<ProjectApi::ServerInfo> info) {
            if (request != m_request)
                return;
            if (!info) {
                failStep(info.error());
                return;
            }
            m_facts.platformName = info->platformName;
            m_optionsResolved = false; // against this template's options
            Result<QJsonObject> options = optionsFor(info->projectOptions,
                                                     QString(ProjectApi::Method::GenerateProject));
            if (!options) {
                failStep(options.error());
                return;
            }
            m_facts.sentOptions = *options;
            m_writer->writeDeployment();
            const StagedModel &staged = *m_staging->result();
            if (Result<void> fits = checkFitFor(staged.model, *options); !fits) {
                failStep(fits.error());
                return;
            }
            logInfo(Tr::tr("Generating the project in %1.").arg(m_facts.projectDir));
            m_server->generateProject(
                staged.tarPath,
                staged.standaloneCrtDir,
                m_facts.projectDir,
                *options,
                [this, request](Result<void> generated) {
                    if (request != m_request)
                        return;
                    if (QFileInfo::exists(m_facts.projectDir))
                        m_projectDirIsOurs = true;
                    if (!generated) {
                        failStep(Error(generated.error()).withContext(Tr::tr("Generate project")));
                        return;
                    }
                    QDir(m_record.folder() + QStringLiteral("/stage")).removeRecursively();
                    // Spec 3.6: the new folder must have its own server, which is
                    // not a template.
                    logInfo(
                        Tr::tr("Starting the Project API server of %1.").arg(m_facts.projectDir));
                    m_server->open(m_facts.projectDir,
                                   ProjectServer::Expect::NewProject,
                                   [this, request](Result<ProjectApi::ServerInfo> project) {
                                       if (request != m_request)
                                           return;
                                       if (!project) {
                                           failStep(project.error());
                                           return;
                                       }
                                       m_facts.platformName = project->platformName;
                                       updateProjectState([](ProjectState &) {});
                                       finishStep(ok());
                                   });
                });
        });
}

void Deployment::callProject(
    const QString &method,
    std::function<void(const QJsonObject &, ProjectServer::Callback<QJsonValue>)> call,
    std::function<void(const QJsonValue &)> done)
{
    const DeploymentStep step = *m_step;
    const quint64 request = m_request;
    const auto run = [this, method, call, done, step, request] {
        Result<QJsonObject> options = optionsFor(m_server->info().projectOptions, method);
        if (!options) {
            failStep(options.error());
            return;
        }
        call(*options, [this, request, step, done](Result<QJsonValue> result) {
            if (request != m_request)
                return;
            if (!result) {
                failStep(Error(result.error()).withContext(stepTitle(step)));
                return;
            }
            done(*result);
        });
    };
    if (m_server->isOpenFor(m_facts.projectDir)) {
        run();
        return;
    }
    logInfo(Tr::tr("Starting the Project API server of %1.").arg(m_facts.projectDir));
    m_server->open(m_facts.projectDir,
                   ProjectServer::Expect::ExistingProject,
                   [this, request, run](Result<ProjectApi::ServerInfo> info) {
                       if (request != m_request)
                           return;
                       if (!info) {
                           failStep(info.error());
                           return;
                       }
                       m_facts.platformName = info->platformName;
                       run();
                   });
}

Result<QJsonObject> Deployment::optionsFor(const QList<ProjectApi::ProjectOption> &schema,
                                           const QString &method)
{
    const OptionResolver resolver(schema);
    if (!m_optionsResolved) {
        // The first step that runs resolves what the user gave against its server's options.
        Result<QJsonObject> user
            = resolver.userValues(m_settings.optionValues,
                                  m_settings.optionAssignments,
                                  m_optionsRemembered
                                      ? Tr::tr("The value was remembered when the project was "
                                               "generated; give a new value for this option.")
                                      : QString());
        if (!user)
            return fail(user.error());
        m_facts.userOptions = *user;
        m_optionsResolved = true;
        fillSerialNumber(schema);
    }
    return resolver.forMethod(method, m_facts.userOptions);
}

void Deployment::fillSerialNumber(const QList<ProjectApi::ProjectOption> &schema)
{
    const QString name = QString::fromLatin1(serialNumberOption);
    if (m_facts.userOptions.contains(name))
        return;
    const bool declared = std::any_of(schema.cbegin(), schema.cend(), [&name](const auto &option) {
        return option.name == name;
    });
    if (!declared)
        return;
    const QString serial = serialNumberOfPort(m_settings.serialPort);
    if (serial.isEmpty())
        return;
    m_facts.userOptions.insert(name, serial);
    logInfo(Tr::tr("The board's USB serial number is %1: the flasher addresses that board.")
                .arg(serial));
}

QJsonObject Deployment::boardOptions() const
{
    // What names the board: what generate_project received, else the user's options (also
    // those the project remembers).
    QJsonObject options = m_settings.optionValues;
    for (const QJsonObject &layer : {m_facts.userOptions, m_facts.sentOptions}) {
        for (auto it = layer.constBegin(); it != layer.constEnd(); ++it)
            options.insert(it.key(), it.value());
    }
    return options;
}

Result<void> Deployment::checkFitFor(const Mlf::ModelInfo &model, const QJsonObject &options)
{
    Result<std::optional<Templates::BoardInfo>> board = targetBoard(m_settings.templateDir, options);
    if (board && *board)
        m_facts.fitCheck = fitCheckJson(model, **board); // for the record, checked or not
    if (!m_settings.checkFit)
        return ok();
    if (!board)
        return fail(board.error());
    if (!*board)
        return ok();
    return checkModelFits(model, **board);
}

Result<void> Deployment::resolveBoardPort()
{
    Result<std::optional<Templates::BoardInfo>> board = targetBoard(m_facts.projectDir,
                                                                    boardOptions());
    if (!board)
        return fail(board.error());
    if (!*board || (*board)->emulated)
        return ok(); // the template reports the port of the device it started
    const QString serial = m_facts.userOptions.value(QString::fromLatin1(serialNumberOption))
                               .toString();
    Result<Device::PortChoice> choice = Device::resolvePort(**board, m_facts.serialPort, serial);
    if (!choice)
        return fail(choice.error());
    if (!choice->note.isEmpty())
        logInfo(choice->note);
    m_facts.serialPort = choice->systemLocation();
    m_facts.serialNumber = serialNumberOfPort(m_facts.serialPort);
    return ok();
}

void Deployment::updateProjectState(const std::function<void(ProjectState &)> &change)
{
    Result<std::optional<ProjectState>> loaded = ProjectState::load(m_facts.projectDir);
    if (!loaded)
        warn(loaded.error().oneLine()); // replaced by what this deployment knows
    ProjectState state = loaded && *loaded ? **loaded : ProjectState();
    if (m_settings.firstStep == DeploymentStep::Generate || state.templateDir.isEmpty()) {
        state.templateName = m_settings.templateName;
        state.templateDir = m_settings.templateDir;
        state.modelPath = m_settings.modelPath;
        state.options = m_facts.userOptions;
    }
    state.record = m_record.folder();
    change(state);
    if (Result<void> saved = state.save(m_facts.projectDir); !saved)
        warn(saved.error().oneLine());
}

void Deployment::startConnect()
{
    releaseDevice();
    if (m_facts.serialPort.isEmpty()) {
        Result<QString> remembered = rememberedSerialPort(m_facts.projectDir);
        if (!remembered) {
            failStep(remembered.error());
            return;
        }
        m_facts.serialPort = *remembered;
    }
    if (!m_facts.firmware) {
        // A project flashed earlier (tinydeploy-cli run): what its flash reported.
        QJsonValue flashed = m_facts.flashResult;
        if (flashed.isNull() || flashed.isUndefined()) {
            const Result<std::optional<ProjectState>> state = ProjectState::load(m_facts.projectDir);
            if (state && *state)
                flashed = (*state)->flashResult;
        }
        m_facts.firmware = findFirmware(m_facts.projectDir, flashed);
    }
    if (Result<void> resolved = resolveBoardPort(); !resolved) {
        failStep(resolved.error());
        return;
    }
    if (Result<void> decided = decideRun(); !decided) {
        failStep(decided.error());
        return;
    }
    const RunChoice &choice = *m_facts.runChoice;
    if (choice.link == RunLink::SerialPort) {
        m_server->retire(); // the port is ours; the server is not needed
        if (m_facts.serialPort.isEmpty()) {
            failStep(makeError(ErrorCode::PortUnavailable,
                               Tr::tr("No serial port is known for the device."),
                               m_facts.projectDir,
                               Tr::tr("The template did not report one: give the board's serial "
                                      "port (for example /dev/ttyACM0).")));
            return;
        }
    }
    openRunner([this] { m_runner->connectDevice(); });
}

Result<void> Deployment::decideRun()
{
    if (m_package)
        return decidePackageRun();
    // What this deployment learnt, else what the project remembers (tinydeploy-cli run).
    Result<std::optional<ProjectState>> loaded = ProjectState::load(m_facts.projectDir);
    if (!loaded)
        return fail(loaded.error());
    const ProjectState state = *loaded ? **loaded : ProjectState();
    const QJsonValue flashed = m_facts.flashResult.isObject() ? m_facts.flashResult
                                                              : state.flashResult;
    const QJsonObject options = m_optionsResolved ? m_facts.userOptions : m_settings.optionValues;
    Result<RunFacts> facts = projectRunFacts(m_facts.projectDir,
                                             flashed,
                                             options,
                                             m_facts.serialPort,
                                             m_settings.modelPath);
    if (!facts)
        return fail(facts.error());
    facts->portGiven = !m_settings.serialPort.isEmpty();
    Result<RunChoice> choice = chooseRun(*facts);
    if (!choice)
        return fail(choice.error());
    m_facts.runChoice = *choice;
    if (choice->link == RunLink::SerialPort && m_facts.serialPort.isEmpty())
        m_facts.serialPort = facts->serialPort; // the board the options name
    logInfo(Tr::tr("Running the model with %1.").arg(runDescription()));
    updateProjectState([choice = *choice](ProjectState &remembered) { remembered.run = choice; });
    return ok();
}

void Deployment::startRun()
{
    if (m_facts.round == 0)
        m_facts.round = 1;
    if (!m_facts.device || !m_facts.runChoice) {
        failStep(makeError(ErrorCode::DeviceProtocol,
                           Tr::tr("The device has not said what it runs yet."),
                           m_facts.serialPort,
                           Tr::tr("Retry the connect step.")));
        return;
    }
    // A retry or a new round after the link closed or broke (the device vanished, a failure
    // closed it): a new runner on a new link, which connects first.
    if (!m_runner || !m_runner->isOpen()) {
        openRunner([this] { runPrepared(); });
        return;
    }
    runPrepared();
}

void Deployment::runPrepared()
{
    Result<QList<InputSet>> inputs = RunInputs::prepare(m_settings.inputs,
                                                        m_settings.inputFiles,
                                                        m_kit,
                                                        *m_facts.device);
    if (!inputs) {
        failStep(inputs.error());
        return;
    }
    m_facts.inputSets = *inputs;
    m_results.beginRound();
    m_nextInput = 0;
    if (m_settings.keepDeviceOpen)
        m_writer->deploymentLater();
    else
        m_writer->writeDeployment();
    emit progress(DeploymentStep::Run, 0);
    runNextInput();
}

void Deployment::runNextInput()
{
    if (m_nextInput >= m_facts.inputSets.size()) {
        finishStep(ok());
        return;
    }
    const InputSet &input = m_facts.inputSets.at(m_nextInput);
    QList<QByteArray> data;
    for (const Tensor::Tensor &tensor : input.tensors)
        data.append(tensor.data());
    logInfo(Tr::tr("Running %1 (%n run(s)).", nullptr, int(m_settings.runs)).arg(input.name));
    m_runner->runInference(data, m_settings.runs);
}

void Deployment::onInferenceFinished(const Result<Device::InferenceResult> &inference)
{
    if (!inference) {
        failStep(inference.error());
        return;
    }
    const InputSet &input = m_facts.inputSets.at(m_nextInput);
    RunResult result = ResultBuilder(*m_facts.device, m_kit, m_settings.topK)
                           .build(input, inference->outputs);
    result.round = m_facts.round;
    result.latencies = inference->latencies;
    result.hasCycleCounts = inference->hasCycleCounts;
    result.cyclesEmulated = inference->cyclesEmulated;
    result.cyclesHz = inference->cyclesHz;
    const LatencySummary latency = result.latency();
    // A list of facts, each one a phrase of its own for the translators.
    QStringList facts{Tr::tr("median %1 us").arg(latency.medianUs)};
    if (latency.hasCycles)
        facts << Tr::tr("%1 cycles").arg(latency.medianCycles);
    if (!result.topK.isEmpty()) {
        facts << Tr::tr("class %1")
                     .arg(result.topKLabels.isEmpty() ? QString::number(result.topK.first().index)
                                                      : result.topKLabels.first());
    }
    if (result.agreementKnown()) {
        facts << (result.agrees() ? Tr::tr("agrees with the expected output")
                                  : Tr::tr("DIFFERS from the expected output"));
    }
    logInfo(Tr::tr("%1: %2", "input name: facts about its run")
                .arg(input.name, facts.join(Tr::tr(", ", "separator between facts"))));
    m_results.add(result);
    m_writer->resultsLater();
    emit runResultReady(result);
    ++m_nextInput;
    emit progress(DeploymentStep::Run, int(m_nextInput * 100 / m_facts.inputSets.size()));
    runNextInput();
}

void Deployment::openRunner(std::function<void()> next)
{
    releaseDevice();
    if (m_facts.runChoice->link == RunLink::ProjectApiTransport
        && !m_server->isOpenFor(m_facts.projectDir)) {
        // The device is reached through the project's server (TVM's CRT host template runs it
        // as the server's child): the server runs as long as the runner.
        logInfo(Tr::tr("Starting the Project API server of %1.").arg(m_facts.projectDir));
        const quint64 request = m_request;
        const DeploymentStep step = *m_step;
        m_server->open(m_facts.projectDir,
                       ProjectServer::Expect::ExistingProject,
                       [this, request, step, next](Result<ProjectApi::ServerInfo> info) {
                           if (request != m_request || m_step != step)
                               return;
                           if (!info) {
                               failStep(info.error());
                               return;
                           }
                           m_facts.platformName = info->platformName;
                           if (createRunner())
                               next();
                       });
        return;
    }
    if (createRunner())
        next();
}

bool Deployment::createRunner()
{
    releaseDevice();
    RunnerRequest request;
    request.choice = *m_facts.runChoice;
    request.projectDir = m_facts.projectDir;
    request.serialPort = m_facts.serialPort;
    request.baudRate = m_settings.baudRate;
    request.timeout = m_deviceTimeout;
    request.runTimeout = m_runTimeout;
    if (request.choice.link == RunLink::ProjectApiTransport) {
        Result<QJsonObject> options = optionsFor(m_server->info().projectOptions,
                                                 QString(ProjectApi::Method::OpenTransport));
        if (!options) {
            failStep(options.error());
            return false;
        }
        request.server = m_server->client();
        request.transportOptions = *options;
    }
    Result<Device::ModelRunner *> made = m_runnerFactory
                                             ? m_runnerFactory(request)
                                             : Deploy::createRunner(request, m_linkFactory);
    if (!made) {
        failStep(made.error());
        return false;
    }
    Device::ModelRunner *runner = *made;
    runner->setParent(this);
    m_runner = runner;
    logInfo(Tr::tr("Opening %1 (%2).").arg(runner->linkDescription(), runner->protocolName()));
    connect(runner, &Device::ModelRunner::deviceLog, this, [this](const QString &text) {
        log(m_step.value_or(DeploymentStep::Run),
            QDateTime::currentDateTimeUtc(),
            text,
            LogStream::Device);
    });
    // Answers of a runner that was closed since (cancel, retry) are ignored.
    connect(runner,
            &Device::ModelRunner::connected,
            this,
            [this, runner](const Result<Device::DeviceInfo> &hello) {
                if (runner != m_runner || m_step != DeploymentStep::Connect)
                    return;
                if (!hello) {
                    failStep(hello.error());
                    return;
                }
                m_facts.device = *hello;
                logInfo(Tr::tr("Device: %1 on %2, model %3.")
                            .arg(hello->firmware, hello->board, hello->model));
                emit deviceInfoReceived(*hello);
                finishStep(ok());
            });
    connect(runner,
            &Device::ModelRunner::inferenceFinished,
            this,
            [this, runner](const Result<Device::InferenceResult> &inference) {
                // A validation between runs uses the same runner.
                if (runner != m_runner || m_step != DeploymentStep::Run
                    || m_facts.state != DeploymentState::Running)
                    return;
                onInferenceFinished(inference);
            });
    return true;
}

void Deployment::releaseDevice()
{
    if (Device::ModelRunner *runner = m_runner.data()) {
        // Cleared first: the request cancelled here finishes at once, and its answer must be
        // ignored rather than taken for a failure of the step.
        m_runner = nullptr;
        if (runner->isBusy())
            runner->cancel();
        runner->close();
        runner->deleteLater();
    }
}

} // namespace TinyDeploy::Deploy
