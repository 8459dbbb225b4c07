#pragma once

#include <package/packagemanifest.h>

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace TinyDeploy::Deploy {
class Deployment;
struct DeploymentSettings;
} // namespace TinyDeploy::Deploy

namespace TinyDeploy::Gui {

/// @brief File ▸ Open Deployment Package: what the package holds (model, board, template, when
/// and by which TinyDeploy it was made), read-only, and Flash and Run, which runs a Deployment
/// from the package (settings.packagePath: flash by its recipe, connect, run its samples), and
/// Flash Several Boards, which opens a BatchDialog on the same package (every connected board
/// of the package's board type, or N emulated ones). The dialog observes the deployment; it
/// keeps no workflow state of its own.
class PackageDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PackageDialog)

public:
    PackageDialog(const QString &path, const Package::PackageManifest &manifest, QWidget *parent);
    ~PackageDialog() override;

    /// Null until Flash and Run was pressed.
    Deploy::Deployment *deployment() const { return m_deployment.get(); }
    QPushButton *flashButton() const { return m_flash; }
    QPushButton *severalBoardsButton() const { return m_several; }
    QLineEdit *portEdit() const { return m_port; }
    QPlainTextEdit *log() const { return m_log; }
    QLabel *outcome() const { return m_outcome; }

    /// Starts the deployment (what Flash and Run does).
    void flashAndRun();
    /// Opens "Flash Several Boards" for the package (what Flash Several Boards does); a message
    /// when the package cannot say which boards it is for (a changed or damaged package).
    void flashSeveralBoards();

protected:
    void reject() override;

private:
    void updateButtons();
    /// What both buttons deploy: the package, from Flash (nothing is built).
    Deploy::DeploymentSettings packageSettings() const;

    QString m_path;
    QLineEdit *m_port = nullptr;
    QPushButton *m_flash = nullptr;
    QPushButton *m_several = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QLabel *m_outcome = nullptr;
    std::unique_ptr<Deploy::Deployment> m_deployment;
};

} // namespace TinyDeploy::Gui
