#include "projectserver.h"
#include "deploytr.h"

#include <templates/templatecatalog.h>

namespace TinyDeploy::Deploy {

ProjectServer::ProjectServer(QObject *parent)
    : QObject(parent)
{}

ProjectServer::~ProjectServer()
{
    // Deleting a client kills its server's process group (ProjectApiClient's destructor).
    delete m_client.data();
    for (const QPointer<ProjectApi::ProjectApiClient> &client : std::as_const(m_retiring))
        delete client.data();
}

void ProjectServer::setProcessEnvironment(const QProcessEnvironment &environment)
{
    m_environment = environment;
    m_environmentSet = true;
}

template<typename T>
ProjectServer::Callback<T> ProjectServer::timed(Callback<T> done)
{
    // Requests go out one at a time, so the time from queueing to the reply is the server's.
    m_requestTimer.start();
    return [this, done = std::move(done)](Result<T> result) {
        m_serverMs += m_requestTimer.elapsed();
        done(std::move(result));
    };
}

void ProjectServer::open(const QString &dir, Expect expect, Callback<ProjectApi::ServerInfo> done)
{
    retire();
    auto *client = new ProjectApi::ProjectApiClient(this);
    if (m_environmentSet)
        client->setProcessEnvironment(m_environment);
    connect(client, &ProjectApi::ProjectApiClient::logLine, this, &ProjectServer::logLine);
    QPointer<ProjectApi::ProjectApiClient> guarded(client);
    connect(client,
            &ProjectApi::ProjectApiClient::stopped,
            this,
            [this, guarded](const ProjectApi::ExitStatus &) {
                if (guarded && guarded != m_client) {
                    m_retiring.removeAll(guarded);
                    guarded->deleteLater();
                }
                emit stopped();
            });
    m_client = client;
    m_dir = dir;
    m_info = {};
    if (Result<void> started = client->start(dir); !started) {
        done(fail(started.error()));
        return;
    }
    client->serverInfoQuery(
        QString(Templates::ClientTvmVersion),
        timed<ProjectApi::ServerInfo>(
            [this, dir, expect, done](Result<ProjectApi::ServerInfo> serverInfo) {
                if (!serverInfo) {
                    done(serverInfo);
                    return;
                }
                if (expect == Expect::Template && !serverInfo->isTemplate) {
                    done(fail(ErrorCode::NotATemplate,
                              Tr::tr("The server says this folder is not a template "
                                     "(is_template is false)."),
                              dir,
                              Tr::tr("Choose a template folder; a generated project is re-run, "
                                     "not generated again.")));
                    return;
                }
                if (expect == Expect::NewProject && serverInfo->isTemplate) {
                    done(fail(ErrorCode::NotAProject,
                              Tr::tr("The project's server still says it is a template "
                                     "(is_template is true)."),
                              dir,
                              Tr::tr("The template's generate_project did not make a project; "
                                     "see the log of the generate step.")));
                    return;
                }
                if (expect == Expect::ExistingProject && serverInfo->isTemplate) {
                    // Spec 3.6: build and flash belong to a generated project, never to the
                    // template itself.
                    done(fail(ErrorCode::NotAProject,
                              Tr::tr("The folder is a template, not a generated project."),
                              dir,
                              Tr::tr("Generate a project from this template first, and give "
                                     "the project's folder.")));
                    return;
                }
                m_info = *serverInfo;
                done(serverInfo);
            }));
}

bool ProjectServer::isOpenFor(const QString &dir) const
{
    return m_client && m_client->isRunning() && m_dir == dir;
}

void ProjectServer::generateProject(const QString &tar,
                                    const QString &standaloneCrtDir,
                                    const QString &projectDir,
                                    const QJsonObject &options,
                                    Callback<void> done)
{
    if (!m_client) {
        done(fail(ErrorCode::Internal, Tr::tr("No Project API server is running.")));
        return;
    }
    m_client->generateProject(tar, standaloneCrtDir, projectDir, options, timed(std::move(done)));
}

void ProjectServer::build(const QJsonObject &options, Callback<QJsonValue> done)
{
    if (!m_client) {
        done(fail(ErrorCode::Internal, Tr::tr("No Project API server is running.")));
        return;
    }
    m_client->build(options, timed(std::move(done)));
}

void ProjectServer::flash(const QJsonObject &options, Callback<QJsonValue> done)
{
    if (!m_client) {
        done(fail(ErrorCode::Internal, Tr::tr("No Project API server is running.")));
        return;
    }
    m_client->flash(options, timed(std::move(done)));
}

void ProjectServer::retire()
{
    ProjectApi::ProjectApiClient *client = m_client.data();
    m_client = nullptr;
    m_dir.clear();
    if (!client)
        return;
    if (client->isRunning()) {
        m_retiring.append(client);
        client->stop(); // stopped() deletes it
    } else {
        client->deleteLater();
    }
}

void ProjectServer::cancel()
{
    if (m_client)
        m_client->cancel();
    for (const QPointer<ProjectApi::ProjectApiClient> &client : std::as_const(m_retiring)) {
        if (client)
            client->cancel();
    }
}

bool ProjectServer::isRunning() const
{
    if (m_client && m_client->isRunning())
        return true;
    for (const QPointer<ProjectApi::ProjectApiClient> &client : std::as_const(m_retiring)) {
        if (client && client->isRunning())
            return true;
    }
    return false;
}

} // namespace TinyDeploy::Deploy
