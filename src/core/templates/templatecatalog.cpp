#include "templatecatalog.h"
#include "serverfailure.h"
#include "templateslogging.h"
#include "templatestr.h"

#include <projectapi/methods.h>
#include <projectapi/projectapiclient.h>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QTimer>

namespace TinyDeploy::Templates {

QString statusName(TemplateStatus status)
{
    switch (status) {
    case TemplateStatus::Pending:
        return QStringLiteral("pending");
    case TemplateStatus::Querying:
        return QStringLiteral("querying");
    case TemplateStatus::Available:
        return QStringLiteral("available");
    case TemplateStatus::Problems:
        return QStringLiteral("problems");
    case TemplateStatus::Unavailable:
        return QStringLiteral("unavailable");
    case TemplateStatus::NeedsConfirmation:
        return QStringLiteral("needs-confirmation");
    }
    return QStringLiteral("unknown");
}

/// One server_info_query in its own server process. Reports through done() once its answer
/// (or error) is in and the server process has been reaped, so that no process outlives it.
class TemplateCatalog::Query final : public QObject
{
public:
    Query(int index, QObject *parent)
        : QObject(parent)
        , m_index(index)
        , m_client(new ProjectApi::ProjectApiClient(this))
    {}

    int index() const { return m_index; }
    const Result<QJsonValue> &result() const { return m_result; }
    QStringList stderrTail() const { return m_stderrTail; }
    QString commandLine() const { return m_commandLine; }

    void start(const QString &dir,
               std::chrono::milliseconds timeout,
               const std::optional<QProcessEnvironment> &environment,
               std::function<void(Query *)> done)
    {
        m_done = std::move(done);
        if (environment)
            m_client->setProcessEnvironment(*environment);
        m_client->setDeadline(ProjectApi::Method::ServerInfoQuery, timeout);
        connect(m_client, &ProjectApi::ProjectApiClient::stopped, this, [this] {
            m_stopped = true;
            maybeDone();
        });
        if (Result<void> started = m_client->start(dir); !started) {
            m_result = fail(started.error());
            m_stopped = true;
            m_answered = true;
            // Report from the event loop, like every other outcome.
            QTimer::singleShot(0, this, [this] { maybeDone(); });
            return;
        }
        if (const ProjectApi::ServerProcess *process = m_client->serverProcess())
            m_commandLine = process->commandLine();
        QJsonObject params;
        params.insert(QStringLiteral("tvm_version"), QString(ClientTvmVersion));
        m_client->call(ProjectApi::Method::ServerInfoQuery,
                       params,
                       [this](Result<QJsonValue> result) {
                           m_result = std::move(result);
                           m_answered = true;
                           if (const ProjectApi::ServerProcess *process = m_client->serverProcess())
                               m_stderrTail = process->stderrTail();
                           if (m_client->isRunning())
                               m_client->stop();
                           else
                               m_stopped = true;
                           maybeDone();
                       });
    }

    void cancel()
    {
        if (m_client->isRunning())
            m_client->cancel();
    }

private:
    void maybeDone()
    {
        if (!m_answered || !m_stopped || !m_done)
            return;
        auto done = std::move(m_done);
        m_done = nullptr;
        done(this);
    }

    int m_index;
    ProjectApi::ProjectApiClient *m_client;
    Result<QJsonValue> m_result = fail(ErrorCode::Internal, QString());
    QStringList m_stderrTail;
    QString m_commandLine;
    std::function<void(Query *)> m_done;
    bool m_answered = false;
    bool m_stopped = false;
};

TemplateCatalog::TemplateCatalog(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<TinyDeploy::Error>();
}

TemplateCatalog::~TemplateCatalog()
{
    // Queries die first, while the members their callbacks check are still alive; each
    // client's destructor kills its server's process group.
    ++m_generation;
    qDeleteAll(m_active);
    m_active.clear();
}

void TemplateCatalog::setLocator(const TemplateLocator &locator)
{
    m_locator = locator;
}

void TemplateCatalog::setCacheFile(const QString &fileName)
{
    m_cacheFile = fileName;
}

void TemplateCatalog::setMaxParallel(int count)
{
    m_maxParallel = qMax(1, count);
}

void TemplateCatalog::setProcessEnvironment(const QProcessEnvironment &environment)
{
    m_environment = environment;
    m_environmentSet = true;
}

const TemplateInfo *TemplateCatalog::find(const QString &nameOrPath) const
{
    for (const TemplateInfo &info : m_templates) {
        if (info.name() == nameOrPath)
            return &info;
    }
    const QString path = QDir::cleanPath(QDir(nameOrPath).absolutePath());
    for (const TemplateInfo &info : m_templates) {
        if (info.path() == path)
            return &info;
    }
    return nullptr;
}

TemplateStatus TemplateCatalog::statusFromAnswer(const QJsonObject &answer, QStringList *problems)
{
    const QJsonValue environment = answer.value(QStringLiteral("environment"));
    if (!environment.isObject())
        return TemplateStatus::Available; // TVM's servers do not send the extension.
    const QJsonObject object = environment.toObject();
    QStringList list;
    const QJsonArray items = object.value(QStringLiteral("problems")).toArray();
    for (const QJsonValue &item : items) {
        if (item.isString() && !item.toString().trimmed().isEmpty())
            list.append(item.toString().trimmed());
    }
    const bool okFlag = object.value(QStringLiteral("ok")).toBool(list.isEmpty());
    if (okFlag && list.isEmpty())
        return TemplateStatus::Available;
    if (list.isEmpty())
        list.append(Tr::tr("The template reports an incomplete environment."));
    if (problems)
        *problems = list;
    return TemplateStatus::Problems;
}

void TemplateCatalog::refresh()
{
    // Drop a refresh still running: its queries die with their objects (and servers).
    ++m_generation;
    qDeleteAll(m_active);
    m_active.clear();
    m_queue.clear();
    m_templates.clear();
    m_keys.clear();
    m_peakParallel = 0;
    m_running = true;

    TemplateLocator locator;
    if (m_locator) {
        locator = *m_locator;
    } else {
        locator.setUserFolders(UserTemplateFolders().folders());
    }
    m_cache.reset(m_cacheEnabled ? new TemplateCache(m_cacheFile) : nullptr);

    const QList<TemplateLocation> locations = locator.locate();
    for (const TemplateLocation &location : locations) {
        TemplateInfo info;
        info.location = location;
        loadBoards(info);
        m_templates.append(info);
        m_keys.append(QString());
        const int index = int(m_templates.size() - 1);
        if (!location.confirmed) {
            m_templates[index].status = TemplateStatus::NeedsConfirmation;
            m_templates[index].error
                = makeError(ErrorCode::TemplateUnavailable,
                            Tr::tr("This folder was added but not confirmed yet."),
                            location.path,
                            Tr::tr(
                                "Confirm the folder to let TinyDeploy run its template server."));
            continue;
        }
        if (m_cache) {
            m_keys[index] = TemplateCache::fingerprint(location.path);
            if (const std::optional<QJsonObject> cached = m_cache->lookup(location.path,
                                                                          m_keys[index])) {
                qCDebug(lcTemplates) << "cache hit" << location.path;
                applyAnswer(index, *cached, true);
                if (m_templates[index].isUsable())
                    continue;
                m_templates[index].status = TemplateStatus::Pending; // ask the server again
            }
        }
        m_queue.append(index);
    }
    emit templatesReset();
    startNext();
    maybeFinish();
}

void TemplateCatalog::cancel()
{
    for (int index : std::as_const(m_queue)) {
        TemplateInfo &info = m_templates[index];
        info.status = TemplateStatus::Unavailable;
        info.error = makeError(ErrorCode::Cancelled,
                               Tr::tr("The query was cancelled."),
                               info.path());
        emit templateUpdated(index);
    }
    m_queue.clear();
    for (Query *query : std::as_const(m_active))
        query->cancel();
    maybeFinish();
}

void TemplateCatalog::loadBoards(TemplateInfo &info)
{
    const QString file = info.path() + QStringLiteral("/boards.json");
    if (!QFileInfo::exists(file))
        return;
    Result<QList<BoardInfo>> boards = Templates::loadBoards(file);
    if (boards)
        info.boards = *boards;
    else
        info.boardsError = boards.error();
}

void TemplateCatalog::startNext()
{
    const std::optional<QProcessEnvironment> environment = m_environmentSet
                                                               ? std::optional(m_environment)
                                                               : std::nullopt;
    while (!m_queue.isEmpty() && m_active.size() < m_maxParallel) {
        const int index = m_queue.takeFirst();
        auto *query = new Query(index, this);
        m_active.append(query);
        m_peakParallel = qMax(m_peakParallel, int(m_active.size()));
        m_templates[index].status = TemplateStatus::Querying;
        emit templateUpdated(index);
        const quint64 generation = m_generation;
        query->start(m_templates[index].path(),
                     m_queryTimeout,
                     environment,
                     [this, generation](Query *q) {
                         if (generation == m_generation)
                             onQueryDone(q);
                     });
    }
}

void TemplateCatalog::onQueryDone(Query *query)
{
    m_active.removeOne(query);
    query->deleteLater();
    const int index = query->index();
    TemplateInfo &info = m_templates[index];
    const Result<QJsonValue> &result = query->result();

    if (result && result->isObject()) {
        applyAnswer(index, result->toObject(), false);
    } else {
        const Error original = result ? makeError(ErrorCode::MalformedReply,
                                                  Tr::tr("The answer is not a JSON object."))
                                      : result.error();
        Error error = makeError(ErrorCode::TemplateUnavailable,
                                original.message,
                                info.path(),
                                original.hint,
                                original.fullText());
        if (original.code == ErrorCode::Timeout) {
            error.message = Tr::tr("The template's server did not answer within %n s.",
                                   nullptr,
                                   int(m_queryTimeout.count() / 1000));
            error.hint = Tr::tr("Run \"tinydeploy-cli options %1\" to see its log.").arg(info.path());
        } else if (original.code == ErrorCode::Cancelled) {
            error.code = ErrorCode::Cancelled;
            error.message = Tr::tr("The query was cancelled.");
        } else {
            const ServerFailureDiagnosis diagnosis = diagnoseServerFailure(
                query->stderrTail().join(QLatin1Char('\n')));
            if (!diagnosis.reason.isEmpty()
                && (original.code == ErrorCode::ServerExited
                    || original.code == ErrorCode::TransportClosed
                    || original.code == ErrorCode::ServerStartFailed)) {
                error.message = diagnosis.reason;
                if (!diagnosis.hint.isEmpty())
                    error.hint = diagnosis.hint;
            }
        }
        info.status = TemplateStatus::Unavailable;
        info.error = error;
        qCDebug(lcTemplates) << "unavailable" << info.path() << error.oneLine();
        emit templateUpdated(index);
    }
    startNext();
    maybeFinish();
}

void TemplateCatalog::applyAnswer(int index, const QJsonObject &answer, bool fromCache)
{
    TemplateInfo &info = m_templates[index];
    info.fromCache = fromCache;
    info.rawServerInfo = answer;
    info.problems.clear();
    Result<ProjectApi::ServerInfo> parsed = ProjectApi::ServerInfo::fromJson(answer);
    if (!parsed) {
        info.status = TemplateStatus::Unavailable;
        info.error = parsed.error();
        info.error.withContext(info.path());
        if (fromCache)
            m_cache->remove(info.path());
        else
            emit templateUpdated(index);
        return;
    }
    info.serverInfo = *parsed;
    if (!parsed->isTemplate) {
        info.status = TemplateStatus::Unavailable;
        info.error = makeError(ErrorCode::NotATemplate,
                               Tr::tr("The folder is a generated project, not a template."),
                               info.path(),
                               Tr::tr("Remove it from the template folders; use it with "
                                      "\"tinydeploy-cli build\" instead."));
        if (!fromCache)
            emit templateUpdated(index);
        return;
    }
    info.status = statusFromAnswer(answer, &info.problems);
    if (fromCache)
        return; // Reported by templatesReset().
    if (m_cache && info.status == TemplateStatus::Available)
        m_cache->store(info.path(), m_keys.value(index), answer);
    emit templateUpdated(index);
}

void TemplateCatalog::maybeFinish()
{
    if (!m_running || !m_active.isEmpty() || !m_queue.isEmpty())
        return;
    m_running = false;
    if (m_cache) {
        if (Result<void> saved = m_cache->save(); !saved)
            qCWarning(lcTemplates) << saved.error().oneLine();
    }
    // Always from the event loop, so that a caller connecting right after refresh() hears it.
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_generation && !m_running)
            emit finished();
    });
}

} // namespace TinyDeploy::Templates
