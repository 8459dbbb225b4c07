#include "recordwriter.h"
#include "deploylogging.h"
#include "recordprocess.h"

#include <QJsonArray>
#include <QTimer>

namespace TinyDeploy::Deploy {

namespace {

constexpr int recordFormatVersion = 1;
// Tool versions a template reports: at most this many, each name and text cut to this length.
constexpr qsizetype maxRecordedTools = 16;
constexpr qsizetype maxToolTextLength = 200;

QString stepStatus(const StepRecord &record, DeploymentState state)
{
    if (record.attempt == 0)
        return record.done ? QStringLiteral("skipped") : QStringLiteral("pending");
    if (record.done)
        return QStringLiteral("done");
    if (record.error) {
        return record.error->code == ErrorCode::Cancelled && state == DeploymentState::Cancelled
                   ? QStringLiteral("cancelled")
                   : QStringLiteral("failed");
    }
    return QStringLiteral("running");
}

QJsonObject toolVersions(const DeploymentFacts &facts)
{
    QJsonObject tools{{QStringLiteral("tinydeploy"), QStringLiteral(TINYDEPLOY_VERSION)},
                      {QStringLiteral("qt"), QString::fromLatin1(qVersion())}};
    if (!facts.platformName.isEmpty())
        tools.insert(QStringLiteral("template_platform"), facts.platformName);
    if (facts.device)
        tools.insert(QStringLiteral("firmware"), facts.device->firmware);
    // What the template says it built and flashed with (our templates' extension of the build
    // and flash results: {"tools": {"arm-none-eabi-gcc": "<first line of --version>"}}).
    // Bounded, so that a server cannot bloat the record.
    for (const QJsonValue &result : {facts.buildResult, facts.flashResult}) {
        const QJsonObject reported = result.toObject().value(QStringLiteral("tools")).toObject();
        for (auto it = reported.begin(); it != reported.end() && tools.size() < maxRecordedTools;
             ++it) {
            if (it.value().isString() && !tools.contains(it.key()))
                tools.insert(it.key().left(maxToolTextLength),
                             it.value().toString().left(maxToolTextLength));
        }
    }
    return tools;
}

// The step in progress: started, neither done nor failed.
std::optional<DeploymentStep> runningStep(const QList<StepRecord> &steps)
{
    for (const StepRecord &record : steps) {
        if (record.attempt > 0 && !record.done && !record.error)
            return record.step;
    }
    return std::nullopt;
}

bool isActiveState(DeploymentState state)
{
    switch (state) {
    case DeploymentState::Idle:
    case DeploymentState::Finished:
    case DeploymentState::Failed:
    case DeploymentState::Cancelled:
        return false;
    default:
        return true;
    }
}

// What a list of records shows without reading results.json (which may be large).
QJsonObject resultSummary(const ResultStore &results)
{
    QJsonObject summary{{QStringLiteral("results"), qint64(results.results().size())},
                        {QStringLiteral("compared"), qint64(results.compared())},
                        {QStringLiteral("agreeing"), qint64(results.agreeing())}};
    if (!results.results().isEmpty()) {
        const LatencySummary latency = results.results().constLast().latency();
        summary.insert(QStringLiteral("latency_median_us"), latency.medianUs);
        const RunResult &last = results.results().constLast();
        if (!last.topK.isEmpty()) {
            summary.insert(QStringLiteral("predicted"),
                           last.topKLabels.isEmpty() ? QString::number(last.topK.first().index)
                                                     : last.topKLabels.first());
        }
    }
    return summary;
}

} // namespace

QJsonObject deploymentJson(const DeploymentSettings &settings,
                           const DeploymentFacts &facts,
                           const ResultStore &results)
{
    QJsonObject root;
    root.insert(QStringLiteral("format_version"), recordFormatVersion);
    root.insert(QStringLiteral("tinydeploy_version"), QStringLiteral(TINYDEPLOY_VERSION));
    root.insert(QStringLiteral("state"), stateName(facts.state));
    root.insert(QStringLiteral("cancelled"), facts.state == DeploymentState::Cancelled);
    root.insert(QStringLiteral("created"), timestampText(facts.created));
    root.insert(QStringLiteral("updated"), timestampText(QDateTime::currentDateTimeUtc()));
    root.insert(QStringLiteral("first_step"), stepName(settings.firstStep));
    if (isActiveState(facts.state)) {
        if (const std::optional<DeploymentStep> step = runningStep(facts.steps))
            root.insert(QStringLiteral("current_step"), stepName(*step));
    }
    // Computed once: the pid and start time of this process do not change.
    static const QJsonObject process = currentProcessJson();
    root.insert(QStringLiteral("process"), process);

    root.insert(QStringLiteral("model"),
                QJsonObject{{QStringLiteral("path"), settings.modelPath},
                            {QStringLiteral("sha256"), facts.modelSha256},
                            {QStringLiteral("bundled_sample"), facts.bundledSample}});
    root.insert(QStringLiteral("template"),
                QJsonObject{{QStringLiteral("name"), settings.templateName},
                            {QStringLiteral("dir"), settings.templateDir},
                            {QStringLiteral("platform"), facts.platformName}});
    QJsonArray assignments;
    for (const QString &assignment : settings.optionAssignments)
        assignments.append(assignment);
    root.insert(QStringLiteral("options"),
                facts.userOptions.isEmpty() ? settings.optionValues : facts.userOptions);
    root.insert(QStringLiteral("option_assignments"), assignments);
    root.insert(QStringLiteral("options_sent"), facts.sentOptions);

    QString board = facts.userOptions.value(QStringLiteral("board")).toString();
    if (board.isEmpty())
        board = facts.sentOptions.value(QStringLiteral("board")).toString();
    if (board.isEmpty() && facts.device)
        board = facts.device->board;
    root.insert(QStringLiteral("board"), board);
    root.insert(QStringLiteral("project_dir"), facts.projectDir);
    root.insert(QStringLiteral("serial_port"), facts.serialPort);
    root.insert(QStringLiteral("serial_number"), facts.serialNumber);
    // The protocol the Run step speaks, once the Connect step chose it.
    root.insert(QStringLiteral("run_protocol"),
                facts.runChoice ? Device::runProtocolName(facts.runChoice->protocol) : QString());
    if (facts.firmware)
        root.insert(QStringLiteral("firmware"), facts.firmware->toJson());
    if (!facts.fitCheck.isEmpty())
        root.insert(QStringLiteral("fit_check"), facts.fitCheck);
    root.insert(QStringLiteral("flash_result"), facts.flashResult);
    if (!facts.package.isEmpty())
        root.insert(QStringLiteral("package"), facts.package);
    if (facts.device)
        root.insert(QStringLiteral("device"), deviceInfoToJson(*facts.device));
    root.insert(QStringLiteral("tool_versions"), toolVersions(facts));

    QJsonArray inputs;
    for (const InputSet &set : facts.inputSets) {
        inputs.append(QJsonObject{{QStringLiteral("name"), set.name},
                                  {QStringLiteral("source"), set.source}});
    }
    root.insert(QStringLiteral("inputs"), inputs);
    root.insert(QStringLiteral("runs"), qint64(settings.runs));
    root.insert(QStringLiteral("rounds"), qint64(facts.round));

    QJsonArray steps;
    for (const StepRecord &record : facts.steps) {
        QJsonObject step{{QStringLiteral("step"), stepName(record.step)},
                         {QStringLiteral("status"), stepStatus(record, facts.state)},
                         {QStringLiteral("attempts"), record.attempt}};
        if (record.attempt > 0) {
            step.insert(QStringLiteral("started"), timestampText(record.started));
            step.insert(QStringLiteral("log"), DeploymentRecord::logName(record.step));
        }
        if (record.finished.isValid()) {
            step.insert(QStringLiteral("finished"), timestampText(record.finished));
            step.insert(QStringLiteral("wall_ms"), record.wallMs);
            step.insert(QStringLiteral("server_ms"), record.serverMs);
        }
        if (record.error)
            step.insert(QStringLiteral("error"), errorToJson(*record.error));
        steps.append(step);
    }
    root.insert(QStringLiteral("steps"), steps);
    if (facts.error)
        root.insert(QStringLiteral("error"), errorToJson(*facts.error));
    if (!results.results().isEmpty()) {
        root.insert(QStringLiteral("results"), QStringLiteral("results.json"));
        root.insert(QStringLiteral("dropped_results"), qint64(results.dropped()));
    }
    root.insert(QStringLiteral("summary"), resultSummary(results));
    return root;
}

QJsonObject resultsJson(const DeploymentSettings &settings,
                        const DeploymentFacts &facts,
                        const ResultStore &results)
{
    QJsonObject root;
    root.insert(QStringLiteral("format_version"), recordFormatVersion);
    root.insert(QStringLiteral("model"), settings.modelPath);
    root.insert(QStringLiteral("runs_per_input"), qint64(settings.runs));
    if (facts.device)
        root.insert(QStringLiteral("device"), deviceInfoToJson(*facts.device));
    root.insert(QStringLiteral("rounds"), qint64(facts.round));
    QJsonArray list;
    for (const RunResult &result : results.results()) {
        QJsonObject object = runResultToJson(result);
        object.insert(QStringLiteral("round"), qint64(result.round));
        list.append(object);
    }
    root.insert(QStringLiteral("results"), list);
    // The oldest results go first once there are more than the limits allow.
    root.insert(QStringLiteral("dropped_results"), qint64(results.dropped()));
    root.insert(QStringLiteral("max_results"), qint64(results.maxResults()));
    // Whether the latest round ran all its inputs.
    root.insert(QStringLiteral("complete"), results.roundResults() == facts.inputSets.size());
    // Over every result, the dropped ones included.
    QJsonObject agreement{{QStringLiteral("compared"), qint64(results.compared())},
                          {QStringLiteral("agreeing"), qint64(results.agreeing())}};
    if (results.compared() > 0)
        agreement.insert(QStringLiteral("all_agree"), results.allAgree());
    root.insert(QStringLiteral("agreement"), agreement);
    return root;
}

RecordWriter::RecordWriter(DeploymentRecord *record,
                           const DeploymentSettings *settings,
                           const DeploymentFacts *facts,
                           const ResultStore *results,
                           QObject *parent)
    : QObject(parent)
    , m_record(record)
    , m_settings(settings)
    , m_facts(facts)
    , m_results(results)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(SaveIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &RecordWriter::flush);
}

void RecordWriter::report(const Result<void> &written)
{
    if (written) {
        m_failing = false;
        return;
    }
    qCWarning(lcDeploy).noquote() << written.error().oneLine();
    if (!m_failing) {
        m_failing = true;
        emit writeFailed(written.error());
    }
}

void RecordWriter::writeDeployment()
{
    m_deploymentDirty = false;
    report(m_record->writeDeployment(deploymentJson(*m_settings, *m_facts, *m_results)));
}

void RecordWriter::writeResults()
{
    m_resultsDirty = false;
    report(m_record->writeResults(resultsJson(*m_settings, *m_facts, *m_results)));
}

void RecordWriter::deploymentLater()
{
    m_deploymentDirty = true;
    if (!m_timer->isActive())
        m_timer->start();
}

void RecordWriter::resultsLater()
{
    m_resultsDirty = true;
    if (!m_timer->isActive())
        m_timer->start();
}

void RecordWriter::flush()
{
    m_timer->stop();
    if (m_deploymentDirty)
        writeDeployment();
    if (m_resultsDirty)
        writeResults();
}

} // namespace TinyDeploy::Deploy
