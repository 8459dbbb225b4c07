#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class TargetPage;
}

namespace TinyDeploy::Gui {

class PortSelector;
class WizardController;

/// @brief Step 2: the template (with its status, and why it cannot be used), the board, the
/// serial port, and whether the model fits the board.
class TargetPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetPage)

public:
    explicit TargetPage(WizardController *controller, QWidget *parent = nullptr);
    ~TargetPage() override;

    PortSelector *portSelector() const;
    /// Selects the template called @p name when it is listed; false otherwise.
    bool selectTemplate(const QString &name);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuildTemplates();
    void updateDetails();
    void rebuildBoards();

    std::unique_ptr<Ui::TargetPage> m_ui;
    WizardController *m_controller = nullptr;
    QString m_boardsOf; ///< The template whose boards the combo box lists.
};

} // namespace TinyDeploy::Gui
