#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class BuildPage;
}

namespace TinyDeploy::Gui {

class LogView;
class StepBinding;
class WizardController;

/// @brief Step 4: generate and build, with the live log, progress and elapsed time; Cancel and Retry.
class BuildPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuildPage)

public:
    explicit BuildPage(WizardController *controller, QWidget *parent = nullptr);
    ~BuildPage() override;

    LogView *logView() const;
    QString statusText() const;

private:
    std::unique_ptr<Ui::BuildPage> m_ui;
    StepBinding *m_binding = nullptr;
};

} // namespace TinyDeploy::Gui
