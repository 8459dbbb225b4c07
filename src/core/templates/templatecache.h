#pragma once

#include <util/error.h>

#include <QJsonObject>
#include <QString>

#include <optional>

namespace TinyDeploy::Templates {

/// Remembers the server_info_query answer of each template folder, keyed by a fingerprint of
/// the folder's contents, in a JSON file under QStandardPaths::CacheLocation. A corrupt or
/// unreadable cache file is treated as empty: the cache only ever saves time.
class TemplateCache final
{
public:
    /// @p fileName defaults to <CacheLocation>/template-info.json.
    explicit TemplateCache(const QString &fileName = {});

    /// A key that changes when a file of @p templateDir's top level (or its boards.json), or
    /// of the shared common/ folder beside it, is added, removed, resized or touched.
    static QString fingerprint(const QString &templateDir);

    std::optional<QJsonObject> lookup(const QString &templateDir, const QString &key) const;
    void store(const QString &templateDir, const QString &key, const QJsonObject &serverInfo);
    void remove(const QString &templateDir);
    /// Writes the file atomically; a no-op when nothing changed.
    Result<void> save();

    QString fileName() const { return m_fileName; }

private:
    QString m_fileName;
    QJsonObject m_entries;
    bool m_dirty = false;
};

} // namespace TinyDeploy::Templates
