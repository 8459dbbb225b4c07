#pragma once

#include <QList>
#include <QString>

#include <memory>

class QSettings;

namespace TinyDeploy::Templates {

struct UserTemplateFolder
{
    QString path;           ///< Absolute path: a template folder or a folder of templates.
    bool confirmed = false; ///< The user agreed that TinyDeploy may run code from it.
};

/// The template folders the user added, stored in QSettings under "templates/userFolders".
/// Read anew on every call, so the GUI and the CLI see each other's changes.
class UserTemplateFolders final
{
public:
    /// Uses @p settings when given (not owned; tests pass an INI file), else the user settings
    /// of organization and application "TinyDeploy" (the GUI's), shared with tinydeploy-cli.
    explicit UserTemplateFolders(QSettings *settings = nullptr);
    ~UserTemplateFolders();
    UserTemplateFolders(const UserTemplateFolders &) = delete;
    UserTemplateFolders &operator=(const UserTemplateFolders &) = delete;

    QList<UserTemplateFolder> folders() const;
    /// Adds @p path (made absolute) or updates its confirmed flag when it is already known.
    void add(const QString &path, bool confirmed);
    void setConfirmed(const QString &path, bool confirmed);
    void remove(const QString &path);

private:
    void store(const QList<UserTemplateFolder> &folders);
    QSettings &settings() const;

    std::unique_ptr<QSettings> m_ownSettings;
    QSettings *m_settings = nullptr;
};

} // namespace TinyDeploy::Templates
