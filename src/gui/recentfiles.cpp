#include "recentfiles.h"

#include <QSettings>

namespace TinyDeploy::Gui::RecentFiles {

namespace {
const char recentFilesKey[] = "recentFiles";
} // namespace

QStringList list()
{
    return QSettings().value(QLatin1String(recentFilesKey)).toStringList();
}

void add(const QString &path)
{
    QStringList files = list();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    QSettings().setValue(QLatin1String(recentFilesKey), files);
}

void clear()
{
    QSettings().remove(QLatin1String(recentFilesKey));
}

} // namespace TinyDeploy::Gui::RecentFiles
