#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace TinyDeploy::Gui {

/// @brief Settings: the interface language (LanguageSettings), the standalone CRT folder used
/// for archives without runtime/, and the user's template folders. A folder is added only
/// after the user confirmed that TinyDeploy may run the code in it.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    /// The saved standalone CRT folder; empty when none.
    static QString standaloneCrtDir();

    void accept() override;

private:
    void addFolder();
    void confirmFolder(const QString &path);
    void reloadFolders();

    QComboBox *m_language = nullptr;
    QLineEdit *m_crtDir = nullptr;
    QListWidget *m_folders = nullptr;
    QPushButton *m_removeButton = nullptr;
};

} // namespace TinyDeploy::Gui
