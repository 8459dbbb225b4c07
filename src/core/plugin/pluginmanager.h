#pragma once

#include "plugininfo.h"

#include <util/error.h>

#include <QList>
#include <QObject>
#include <QStringList>

#include <memory>
#include <vector>

class QJsonObject;
class QVersionNumber;

namespace TinyDeploy::Plugin {

/// @brief Finds, checks and loads Qt plugins, lazily, and records every failure as a value.
///
/// Search order: plugins linked into the executable (QPluginLoader::staticPlugins()), then the
/// folders of TINYDEPLOY_PLUGIN_PATH (':'-separated), then bundledPluginDir(), then the folders
/// given to addSearchPath(). Constructing the manager touches no file. The first query scans
/// the folders, reading each file's metadata without loading it; asking for an interface loads
/// only the plugins that declare that IID and whose "version"/"compatVersion" metadata accept
/// this TinyDeploy (see checkCompatibility()). When the same plugin (same class) is found twice,
/// the first usable copy is used and later ones are not loaded. A damaged or foreign file is
/// recorded in failures() and never stops the others. Plugins are never unloaded: the objects
/// they create may live as long as the application.
///
/// Not thread-safe: use it from one thread (the GUI thread in the app).
class PluginManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PluginManager)

public:
    /// Whether the environment and bundled folders are searched (tests leave them out).
    enum class DefaultPaths { Search, Ignore };

    explicit PluginManager(QObject *parent = nullptr);
    explicit PluginManager(DefaultPaths defaults, QObject *parent = nullptr);
    ~PluginManager() override;

    /// The application's manager (default paths), created on first use and owned by the
    /// QCoreApplication. Widgets made by uic reach it here; tests make their own managers.
    static PluginManager *instance();

    /// Where the bundled plugins live: <application dir>/../lib/tinydeploy/plugins, true both in
    /// the build tree (bin/tinydeploy) and when installed (see InstallPaths). Empty without a
    /// QCoreApplication.
    static QString bundledPluginDir();
    /// The folders of TINYDEPLOY_PLUGIN_PATH, empty entries dropped, made absolute.
    static QStringList environmentPaths();
    /// This TinyDeploy's version, which plugins' version/compatVersion must bracket.
    static QVersionNumber hostVersion();
    /// Accepts a plugin's own metadata (the object of its .json file) when its "compatVersion"
    /// <= @p host <= its "version" (both "1" to "1.2.3.4", ASCII digits, no suffix).
    static Result<void> checkCompatibility(const QJsonObject &metaData, const QVersionNumber &host);

    /// Appends @p dir to the search path; it is scanned at the next query.
    void addSearchPath(const QString &dir);
    /// The folders searched, in order (they need not exist).
    QStringList searchPaths() const;

    /// Reads the metadata of plugins not seen yet (nothing is loaded). Queries call it.
    void scan();
    /// The root objects of the usable plugins declaring @p iid, static plugins first, then in
    /// search-path order; loads them on first request. Each object implements @p iid.
    QList<QObject *> instances(const QString &iid);
    /// instances() for a Q_DECLARE_INTERFACE'd @p Interface, cast with qobject_cast.
    template<typename Interface>
    QList<Interface *> objects()
    {
        QList<Interface *> result;
        const QList<QObject *> found = instances(
            QLatin1String(qobject_interface_iid<Interface *>()));
        for (QObject *object : found) {
            if (auto *typed = qobject_cast<Interface *>(object))
                result.append(typed);
        }
        return result;
    }

    /// Every plugin seen so far (after scan()), in search order.
    QList<PluginInfo> plugins() const;
    /// Every failure recorded so far: files that are not plugins, incompatible plugins, plugins
    /// that failed to load. Location is the file; details hold Qt's error string or metadata.
    QList<Error> failures() const;
    /// The failures that may explain why @p iid has no plugin: those of plugins declaring
    /// @p iid, and files whose metadata could not be read at all.
    QList<Error> failures(const QString &iid) const;

signals:
    /// Something new was scanned, loaded or failed.
    void changed();

private:
    struct Candidate;
    struct Failure
    {
        QString iid;
        Error error;
    };

    void scanStaticPlugins();
    void scanFolder(const QString &dir);
    void addCandidate(std::unique_ptr<Candidate> candidate, const QJsonObject &metaData);
    bool load(Candidate &candidate);
    void recordFailure(const QString &iid, Error error);

    QStringList m_defaultPaths;
    QStringList m_addedPaths;
    QStringList m_scannedPaths;
    QStringList m_knownFiles; ///< Canonical paths of files already looked at.
    bool m_staticScanned = false;
    std::vector<std::unique_ptr<Candidate>> m_candidates;
    QList<Failure> m_failures;
};

} // namespace TinyDeploy::Plugin
