#pragma once

#include "templatecache.h"
#include "templateinfo.h"
#include "templatelocator.h"

#include <QList>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>

namespace TinyDeploy::Templates {

/// The tvm_version TinyDeploy sends in server_info_query: the last TVM release with microTVM,
/// so that servers checking the version accept us.
inline constexpr QLatin1String ClientTvmVersion{"0.18.0"};

/// @brief The installed templates and what their servers say about themselves.
///
/// refresh() finds the template folders (TemplateLocator) and asks each server
/// server_info_query, at most maxParallel() at a time, each in its own ServerProcess with a
/// deadline. Answers are cached by folder contents (TemplateCache); only answers whose
/// environment is complete are cached, because installing a missing tool does not change the
/// folder. A template that does not answer is Unavailable with the reason read from its stderr
/// (the Python exception line) or its exit status. Everything is asynchronous: templateUpdated()
/// reports each change and finished() the end; nothing blocks the calling thread.
class TemplateCatalog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateCatalog)

public:
    static constexpr int DefaultMaxParallel = 4;
    static constexpr std::chrono::milliseconds DefaultQueryTimeout{20000};

    explicit TemplateCatalog(QObject *parent = nullptr);
    ~TemplateCatalog() override;

    /// Where to look. Default: TINYDEPLOY_TEMPLATE_PATH, the user's folders from settings and
    /// the bundled templates.
    void setLocator(const TemplateLocator &locator);
    /// Cache file; an empty name uses the default location, see TemplateCache.
    void setCacheFile(const QString &fileName);
    void setCacheEnabled(bool enabled) { m_cacheEnabled = enabled; }
    void setMaxParallel(int count);
    void setQueryTimeout(std::chrono::milliseconds timeout) { m_queryTimeout = timeout; }
    /// Environment of the servers (default: this process's).
    void setProcessEnvironment(const QProcessEnvironment &environment);

    /// Finds the templates again and queries them. Cancels a refresh still running.
    void refresh();
    /// Stops the servers still running; their templates become Unavailable (Cancelled).
    /// finished() follows once every server has been reaped.
    void cancel();
    bool isRunning() const { return m_running; }

    const QList<TemplateInfo> &templates() const { return m_templates; }
    /// The template called @p name (first by source priority) or located at the path @p name.
    const TemplateInfo *find(const QString &nameOrPath) const;
    int maxParallel() const { return m_maxParallel; }
    /// The peak number of servers that ran at once during the last refresh (for tests).
    int peakParallel() const { return m_peakParallel; }

    /// Status from a server_info_query answer: Problems with their list when the
    /// "environment" extension says so, else Available.
    static TemplateStatus statusFromAnswer(const QJsonObject &answer, QStringList *problems);

signals:
    void templateUpdated(int index);
    /// The list was rebuilt (refresh() started): indexes changed.
    void templatesReset();
    void finished();

private:
    class Query;

    void startNext();
    void onQueryDone(Query *query);
    void applyAnswer(int index, const QJsonObject &answer, bool fromCache);
    void loadBoards(TemplateInfo &info);
    void maybeFinish();

    std::optional<TemplateLocator> m_locator;
    QString m_cacheFile;
    std::unique_ptr<TemplateCache> m_cache;
    QProcessEnvironment m_environment;
    bool m_environmentSet = false;
    bool m_cacheEnabled = true;
    int m_maxParallel = DefaultMaxParallel;
    std::chrono::milliseconds m_queryTimeout = DefaultQueryTimeout;

    QList<TemplateInfo> m_templates;
    QList<int> m_queue;
    QList<Query *> m_active;
    QList<QString> m_keys; ///< Fingerprint per template, for storing answers.
    bool m_running = false;
    int m_peakParallel = 0;
    quint64 m_generation = 0;
};

} // namespace TinyDeploy::Templates
