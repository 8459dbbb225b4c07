#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace TinyDeploy {
struct Error;
namespace Mlf {
class ModelLoader;
struct ModelInfo;
} // namespace Mlf
} // namespace TinyDeploy

namespace TinyDeploy::Gui {

class ErrorPanel;
class ModelSummaryWidget;

/// The main window: composes the pages and the actions; the ModelLoader decides.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens @p path (an MLF archive or an extracted folder) without blocking.
    void openModel(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    enum class Page { Welcome, Loading, Summary, Error };

    void createActions();
    void showPage(Page page);
    void openWithDialog();
    void showModel(const Mlf::ModelInfo &info);
    void showError(const QString &path, const Error &error);
    void addRecentFile(const QString &path);
    void updateRecentMenu();
    void showAbout();

    Mlf::ModelLoader *m_loader = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_welcomePage = nullptr;
    QWidget *m_loadingPage = nullptr;
    QLabel *m_loadingLabel = nullptr;
    ModelSummaryWidget *m_summary = nullptr;
    QWidget *m_errorPage = nullptr;
    ErrorPanel *m_errorPanel = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_closeAction = nullptr;
    QString m_currentPath;
};

} // namespace TinyDeploy::Gui
