#include "serversession.h"
#include "clitr.h"
#include "output.h"
#include "signalwatcher.h"

#include <projectapi/projectapiclient.h>
#include <templates/templatecatalog.h>

#include <QEventLoop>

#include <optional>

namespace TinyDeploy::Cli {

ServerSession::ServerSession(SignalWatcher *watcher, QObject *parent)
    : QObject(parent)
    , m_watcher(watcher)
{}

ServerSession::~ServerSession()
{
    close();
}

template<typename T>
Result<T> ServerSession::wait(const std::function<void(std::function<void(Result<T>)>)> &start)
{
    if (m_watcher && m_watcher->interrupted())
        return fail(ErrorCode::Cancelled, Tr::tr("Interrupted."));
    std::optional<Result<T>> outcome;
    QEventLoop loop;
    const QMetaObject::Connection interrupt = m_watcher ? connect(m_watcher,
                                                                  &SignalWatcher::signalReceived,
                                                                  &loop,
                                                                  [this] {
                                                                      if (m_client)
                                                                          m_client->cancel();
                                                                  })
                                                        : QMetaObject::Connection();
    start([&outcome, &loop](Result<T> result) {
        outcome = std::move(result);
        loop.quit();
    });
    if (!outcome)
        loop.exec();
    disconnect(interrupt);
    return std::move(*outcome);
}

Result<ProjectApi::ServerInfo> ServerSession::open(const QString &dir)
{
    close();
    m_client = new ProjectApi::ProjectApiClient(this);
    connect(m_client,
            &ProjectApi::ProjectApiClient::logLine,
            this,
            [](const ProjectApi::LogLine &line) { err() << "| " << line.text << Qt::endl; });
    if (Result<void> started = m_client->start(dir); !started)
        return fail(started.error());
    return wait<ProjectApi::ServerInfo>([this](auto done) {
        m_client->serverInfoQuery(QString(Templates::ClientTvmVersion), std::move(done));
    });
}

Result<void> ServerSession::generateProject(const QString &tar,
                                            const QString &standaloneCrtDir,
                                            const QString &projectDir,
                                            const QJsonObject &options)
{
    return wait<void>([&](auto done) {
        m_client->generateProject(tar, standaloneCrtDir, projectDir, options, std::move(done));
    });
}

Result<void> ServerSession::build(const QJsonObject &options)
{
    Result<QJsonValue> built = wait<QJsonValue>(
        [&](auto done) { m_client->build(options, std::move(done)); });
    if (!built)
        return fail(built.error());
    return ok();
}

Result<QJsonValue> ServerSession::flash(const QJsonObject &options)
{
    return wait<QJsonValue>([&](auto done) { m_client->flash(options, std::move(done)); });
}

void ServerSession::close()
{
    if (!m_client)
        return;
    ProjectApi::ProjectApiClient *client = m_client;
    m_client = nullptr;
    if (client->isRunning()) {
        QEventLoop loop;
        connect(client, &ProjectApi::ProjectApiClient::stopped, &loop, &QEventLoop::quit);
        if (m_watcher) {
            connect(m_watcher, &SignalWatcher::signalReceived, &loop, [client] {
                client->cancel();
            });
        }
        client->stop();
        if (client->isRunning())
            loop.exec();
    }
    delete client;
}

} // namespace TinyDeploy::Cli
