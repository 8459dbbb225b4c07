#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class FlashPage;
}

namespace TinyDeploy::Gui {

class LogView;
class StepBinding;
class WizardController;

/// @brief Step 5: flash, with the port, progress and the result; Cancel and Retry.
class FlashPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlashPage)

public:
    explicit FlashPage(WizardController *controller, QWidget *parent = nullptr);
    ~FlashPage() override;

    LogView *logView() const;
    QString statusText() const;

private:
    std::unique_ptr<Ui::FlashPage> m_ui;
    StepBinding *m_binding = nullptr;
};

} // namespace TinyDeploy::Gui
