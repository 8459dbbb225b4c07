#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class ModelPage;
}

namespace TinyDeploy::Gui {

class ErrorPanel;
class ModelSummaryWidget;
class WizardController;

/// @brief Step 1: open a model (dialog, recent, sample, drop) and see its summary, or why it
/// could not be read.
class ModelPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelPage)

public:
    explicit ModelPage(WizardController *controller, QWidget *parent = nullptr);
    ~ModelPage() override;

    /// Fills the recent-files box (most recent first).
    void setRecentFiles(const QStringList &files);

signals:
    void openRequested();

private:
    void update();
    // Made when first shown: neither is visible at start-up.
    ModelSummaryWidget *summary();
    ErrorPanel *errorPanel();

    std::unique_ptr<Ui::ModelPage> m_ui;
    WizardController *m_controller = nullptr;
    ModelSummaryWidget *m_summary = nullptr;
    ErrorPanel *m_errorPanel = nullptr;
};

} // namespace TinyDeploy::Gui
