#include "usertemplatefolders.h"

#include <QDir>
#include <QSettings>

namespace TinyDeploy::Templates {

namespace {

const QString groupKey = QStringLiteral("templates/userFolders");
const QString pathKey = QStringLiteral("path");
const QString confirmedKey = QStringLiteral("confirmed");

QString normalized(const QString &path)
{
    return QDir::cleanPath(QDir(path).absolutePath());
}

} // namespace

UserTemplateFolders::UserTemplateFolders(QSettings *settings)
    : m_settings(settings)
{
    if (!m_settings) {
        // The GUI's settings file, also from tinydeploy-cli: a folder confirmed in one is
        // confirmed in the other.
        m_ownSettings = std::make_unique<QSettings>(QSettings::UserScope,
                                                    QStringLiteral("TinyDeploy"),
                                                    QStringLiteral("TinyDeploy"));
        m_settings = m_ownSettings.get();
    }
}

UserTemplateFolders::~UserTemplateFolders() = default;

QSettings &UserTemplateFolders::settings() const
{
    return *m_settings;
}

QList<UserTemplateFolder> UserTemplateFolders::folders() const
{
    QSettings &s = settings();
    s.sync();
    QList<UserTemplateFolder> result;
    const int count = s.beginReadArray(groupKey);
    for (int i = 0; i < count; ++i) {
        s.setArrayIndex(i);
        const QString path = s.value(pathKey).toString();
        if (!path.isEmpty())
            result.append({path, s.value(confirmedKey, false).toBool()});
    }
    s.endArray();
    return result;
}

void UserTemplateFolders::add(const QString &path, bool confirmed)
{
    const QString absolute = normalized(path);
    QList<UserTemplateFolder> list = folders();
    for (UserTemplateFolder &folder : list) {
        if (folder.path == absolute) {
            folder.confirmed = confirmed;
            store(list);
            return;
        }
    }
    list.append({absolute, confirmed});
    store(list);
}

void UserTemplateFolders::setConfirmed(const QString &path, bool confirmed)
{
    const QString absolute = normalized(path);
    QList<UserTemplateFolder> list = folders();
    for (UserTemplateFolder &folder : list) {
        if (folder.path == absolute)
            folder.confirmed = confirmed;
    }
    store(list);
}

void UserTemplateFolders::remove(const QString &path)
{
    const QString absolute = normalized(path);
    QList<UserTemplateFolder> list = folders();
    list.removeIf([&](const UserTemplateFolder &folder) { return folder.path == absolute; });
    store(list);
}

void UserTemplateFolders::store(const QList<UserTemplateFolder> &list)
{
    QSettings &s = settings();
    s.remove(groupKey);
    s.beginWriteArray(groupKey, int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        s.setArrayIndex(i);
        s.setValue(pathKey, list.at(i).path);
        s.setValue(confirmedKey, list.at(i).confirmed);
    }
    s.endArray();
    s.sync();
}

} // namespace TinyDeploy::Templates
