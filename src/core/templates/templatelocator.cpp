#include "templatelocator.h"
#include "templateslogging.h"

#include <util/installpaths.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace TinyDeploy::Templates {

QString sourceName(TemplateSource source)
{
    switch (source) {
    case TemplateSource::Explicit:
        return QStringLiteral("explicit");
    case TemplateSource::Environment:
        return QStringLiteral("environment");
    case TemplateSource::User:
        return QStringLiteral("user");
    case TemplateSource::Bundled:
        return QStringLiteral("bundled");
    }
    return QStringLiteral("unknown");
}

namespace {

QString cleanAbsolute(const QString &path)
{
    return QDir::cleanPath(QDir(path).absolutePath());
}

} // namespace

bool TemplateLocator::isTemplateDir(const QString &dir)
{
    const QDir d(dir);
    return QFileInfo(d.filePath(QStringLiteral("microtvm_api_server.py"))).isFile()
           || QFileInfo(d.filePath(QStringLiteral("launch_microtvm_api_server.sh"))).isFile();
}

QStringList TemplateLocator::templateDirsIn(const QString &entry)
{
    const QString root = cleanAbsolute(entry);
    if (!QFileInfo(root).isDir())
        return {};
    if (isTemplateDir(root))
        return {root};
    QStringList result;
    const QStringList children = QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &child : children) {
        if (child == QLatin1String("common"))
            continue;
        const QString path = root + QLatin1Char('/') + child;
        if (isTemplateDir(path))
            result.append(path);
    }
    return result;
}

QStringList TemplateLocator::bundledRoots(const QString &applicationDir)
{
    return InstallPaths::existing(InstallPaths::Data::Templates, applicationDir);
}

QStringList TemplateLocator::environmentEntries()
{
    const QString value = qEnvironmentVariable("TINYDEPLOY_TEMPLATE_PATH");
    return value.split(QLatin1Char(':'), Qt::SkipEmptyParts);
}

void TemplateLocator::setBundledRoots(const QStringList &roots)
{
    m_bundledRoots = roots;
    m_bundledRootsSet = true;
}

QList<TemplateLocation> TemplateLocator::locate() const
{
    QList<TemplateLocation> result;
    QSet<QString> seen;
    auto addEntry = [&](const QString &entry, TemplateSource source, bool confirmed) {
        const QStringList dirs = templateDirsIn(entry);
        if (dirs.isEmpty())
            qCDebug(lcTemplates) << "no template in" << entry;
        for (const QString &dir : dirs) {
            // Canonical paths catch the same folder reached through a symlink.
            const QString canonical = QFileInfo(dir).canonicalFilePath();
            const QString key = canonical.isEmpty() ? dir : canonical;
            if (seen.contains(key))
                continue;
            seen.insert(key);
            result.append({QFileInfo(dir).fileName(), dir, source, confirmed});
        }
    };

    for (const QString &path : m_searchPaths)
        addEntry(path, TemplateSource::Explicit, true);
    if (m_useEnvironment) {
        const QStringList entries = environmentEntries();
        for (const QString &path : entries)
            addEntry(path, TemplateSource::Environment, true);
    }
    for (const UserTemplateFolder &folder : m_userFolders)
        addEntry(folder.path, TemplateSource::User, folder.confirmed);
    if (m_useBundled) {
        const QStringList roots = m_bundledRootsSet
                                      ? m_bundledRoots
                                      : bundledRoots(QCoreApplication::applicationDirPath());
        for (const QString &root : roots)
            addEntry(root, TemplateSource::Bundled, true);
    }
    return result;
}

} // namespace TinyDeploy::Templates
