#pragma once

#include "templatelocation.h"
#include "usertemplatefolders.h"

#include <QStringList>

namespace TinyDeploy::Templates {

/// Finds template folders on disk. Pure file-system work: it never starts a server.
///
/// Sources, in lookup priority: explicit search paths, TINYDEPLOY_TEMPLATE_PATH (':'-separated),
/// the user's folders, the bundled firmware_templates/. Each entry may be a template folder or
/// a folder of template folders. A folder already found through an earlier source is skipped.
class TemplateLocator final
{
public:
    /// True when @p dir holds microtvm_api_server.py or launch_microtvm_api_server.sh.
    static bool isTemplateDir(const QString &dir);
    /// @p entry itself when it is a template folder, else its template sub-folders sorted by
    /// name ("common", the shared library of our templates, is never a template).
    static QStringList templateDirsIn(const QString &entry);
    /// The bundled firmware_templates/ folders that exist for an executable in
    /// @p applicationDir: <dir>/../firmware_templates (build tree) and
    /// <dir>/../share/tinydeploy/firmware_templates (installed tree); see InstallPaths.
    static QStringList bundledRoots(const QString &applicationDir);
    /// Entries of TINYDEPLOY_TEMPLATE_PATH, empty ones dropped.
    static QStringList environmentEntries();

    void setSearchPaths(const QStringList &paths) { m_searchPaths = paths; }
    void setUseEnvironment(bool use) { m_useEnvironment = use; }
    void setUserFolders(const QList<UserTemplateFolder> &folders) { m_userFolders = folders; }
    /// Defaults to bundledRoots(QCoreApplication::applicationDirPath()).
    void setBundledRoots(const QStringList &roots);
    void setUseBundled(bool use) { m_useBundled = use; }

    QList<TemplateLocation> locate() const;

private:
    QStringList m_searchPaths;
    QList<UserTemplateFolder> m_userFolders;
    QStringList m_bundledRoots;
    bool m_bundledRootsSet = false;
    bool m_useEnvironment = true;
    bool m_useBundled = true;
};

} // namespace TinyDeploy::Templates
