#pragma once

// Shared by the Deployment tests (tst_deployment, tst_deploymentcancel,
// tst_deploymentrunagain, tst_deploymentrecord): the fake Project API server (tests/fakes), the
// scripted digits device on a FakeSerialLink (fakes/digitsdevice.h), and helpers to read the record.

#include "fakes/digitsdevice.h"
#include "fakes/fakeseriallink.h"
#include "fakes/fakeserver.h"

#include <deploy/deployment.h>
#include <device/framecodec.h>
#include <device/messages.h>
#include <tensor/npy.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace TinyDeploy;
using namespace TinyDeploy::Deploy;

namespace DeploymentTest {

const QString samplesDir = QStringLiteral(TINYDEPLOY_SOURCE_DIR "/resources/samples");

using ScriptedDevice = DigitsDevice;

inline QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

inline QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

inline QJsonObject stepJson(const QJsonObject &record, DeploymentStep step)
{
    return record.value(QStringLiteral("steps")).toArray().at(int(step)).toObject();
}

} // namespace DeploymentTest

using namespace DeploymentTest;

/// The test classes derive from it; it has no slots of its own (no Q_OBJECT).
class DeploymentFixture : public QObject
{
protected:
    /// Called by each test's initTestCase(), init() and cleanup().
    void setUpTestCase();
    void setUp();
    void tearDown();

    Deployment *makeDeployment(const QString &behaviour,
                               ScriptedDevice::Mode mode = ScriptedDevice::Mode::Normal);
    /// A full deployment that keeps the device open, run to Finished.
    Deployment *finishedKeepingDeviceOpen();
    QProcessEnvironment serverEnvironment(const QString &behaviour) const;

    QTemporaryDir m_dir;
    QString m_templateDir;
    QString m_recordsRoot;
    QString m_wireLog;
    QString m_pidFile;
    std::unique_ptr<ScriptedDevice> m_device;
    QPointer<FakeSerialLink> m_link; ///< The latest link the deployment made.
    std::optional<Error> m_openError;
    int m_links = 0;  ///< Links made, each opened once: how often the port was opened.
    int m_hellos = 0; ///< HELLO requests the devices received.
    int m_case = 0;
};

inline void DeploymentFixture::setUpTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Orphans of killed servers come back to us, so "nothing left running" can be checked.
    FakeServer::becomeSubreaper();
    QVERIFY(m_dir.isValid());
    m_templateDir = m_dir.filePath(QStringLiteral("template"));
    QVERIFY(FakeServer::makeServerDir(m_templateDir));
}

inline void DeploymentFixture::setUp()
{
    ++m_case;
    m_recordsRoot = m_dir.filePath(QStringLiteral("records%1").arg(m_case));
    m_wireLog = m_dir.filePath(QStringLiteral("wire%1.log").arg(m_case));
    m_pidFile = m_dir.filePath(QStringLiteral("grandchild%1.pid").arg(m_case));
    m_openError.reset();
    m_links = 0;
    m_hellos = 0;
}

inline void DeploymentFixture::tearDown()
{
    m_device.reset();
}

inline QProcessEnvironment DeploymentFixture::serverEnvironment(const QString &behaviour) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("FAKE_SERVER_BEHAVIOUR"), behaviour);
    environment.insert(QStringLiteral("FAKE_SERVER_WIRE_LOG"), m_wireLog);
    environment.insert(QStringLiteral("FAKE_SERVER_PIDFILE"), m_pidFile);
    environment.insert(QStringLiteral("FAKE_SERVER_DELAY"), QStringLiteral("0.2"));
    return environment;
}

inline Deployment *DeploymentFixture::makeDeployment(const QString &behaviour,
                                                     ScriptedDevice::Mode mode)
{
    auto *deployment = new Deployment(this);
    DeploymentSettings settings;
    settings.modelPath = samplesDir + QStringLiteral("/digits_float32.tar");
    settings.templateDir = m_templateDir;
    settings.optionAssignments = {QStringLiteral("project_type=aot_standalone_demo")};
    settings.recordsRoot = m_recordsRoot;
    settings.runs = 2;
    deployment->setSettings(settings);
    deployment->setServerEnvironment(serverEnvironment(behaviour));
    deployment->setDeviceTimeouts(std::chrono::milliseconds(2000), std::chrono::milliseconds(2000));
    deployment->setLinkFactory([this, mode](const QString &, qint32) {
        auto *link = new FakeSerialLink;
        link->setOpenError(m_openError);
        m_device = std::make_unique<ScriptedDevice>(link, mode, &m_hellos);
        m_link = link;
        ++m_links;
        return link;
    });
    return deployment;
}

inline Deployment *DeploymentFixture::finishedKeepingDeviceOpen()
{
    Deployment *deployment = makeDeployment(QStringLiteral("normal"));
    DeploymentSettings settings = deployment->settings();
    settings.keepDeviceOpen = true;
    deployment->setSettings(settings);
    QSignalSpy done(deployment, &Deployment::finished);
    if (!deployment->start() || !done.wait(30000)
        || deployment->state() != DeploymentState::Finished) {
        qWarning("the deployment did not finish");
    }
    return deployment;
}
