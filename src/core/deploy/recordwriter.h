#pragma once

#include "deploymentrecord.h"
#include "deploymenttypes.h"
#include "firmwareinfo.h"
#include "resultstore.h"
#include "runprotocol.h"

#include <device/messages.h>
#include <util/error.h>

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class QTimer;

namespace TinyDeploy::Deploy {

/// What a deployment has found out so far: the one home of each fact the record, the GUI and
/// the CLI show (Deployment's getters read it).
struct DeploymentFacts
{
    DeploymentState state = DeploymentState::Idle;
    QDateTime created;
    QString modelSha256;
    bool bundledSample = false;
    QString platformName;
    QJsonObject userOptions; ///< The user's typed values, as resolved at the first step.
    QJsonObject sentOptions; ///< What generate_project received.
    QString projectDir;
    QString serialPort;
    /// The USB serial number of the chosen port (a physical board); empty for emulated ones.
    QString serialNumber;
    /// The image built or flashed (firmwareinfo.h), once known.
    std::optional<FirmwareInfo> firmware;
    /// fitCheckJson() of the model on the chosen board, when the template describes it.
    QJsonObject fitCheck;
    QJsonValue buildResult; ///< The server's build result (null, or our templates' tools).
    QJsonValue flashResult;
    std::optional<Device::DeviceHello> device;
    /// How the Connect step reaches the device: protocol, link, executor (runprotocol.h).
    std::optional<RunChoice> runChoice;
    QList<InputSet> inputSets; ///< Of the latest round.
    quint32 round = 0;
    QList<StepRecord> steps;
    std::optional<Error> error;
    /// A deployment from a package: {"path", "sha256", "package_format", "created",
    /// "template", "board", "model"} (written to deployment.json as "package").
    QJsonObject package;
};

/// deployment.json: settings, steps, state, tools (format_version 1). While the deployment is
/// active it names the step in progress ("current_step") and the process writing it
/// (recordprocess.h), so that a reader can tell an interrupted deployment from a running one.
QJsonObject deploymentJson(const DeploymentSettings &settings,
                           const DeploymentFacts &facts,
                           const ResultStore &results);
/// results.json: the kept results, the limits, the agreement over every result.
QJsonObject resultsJson(const DeploymentSettings &settings,
                        const DeploymentFacts &facts,
                        const ResultStore &results);

/// @brief Writes a deployment's record files, at once or throttled.
///
/// write*() write at once; *Later() within SaveIntervalMs (results arrive many times a second
/// in a continuous run, so a kill loses at most that much); flush() writes what is pending.
/// A write that fails is reported by writeFailed() (once until a write succeeds again), so
/// that the user hears of a full disk.
class RecordWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordWriter)

public:
    static constexpr int SaveIntervalMs = 1000;

    RecordWriter(DeploymentRecord *record,
                 const DeploymentSettings *settings,
                 const DeploymentFacts *facts,
                 const ResultStore *results,
                 QObject *parent = nullptr);

    void writeDeployment();
    void writeResults();
    void deploymentLater();
    void resultsLater();
    void flush();

signals:
    void writeFailed(const TinyDeploy::Error &error);

private:
    void report(const Result<void> &written);

    DeploymentRecord *m_record;
    const DeploymentSettings *m_settings;
    const DeploymentFacts *m_facts;
    const ResultStore *m_results;
    QTimer *m_timer;
    bool m_deploymentDirty = false;
    bool m_resultsDirty = false;
    bool m_failing = false;
};

} // namespace TinyDeploy::Deploy
