#pragma once

#include "wizardstep.h"

#include <QObject>

class QLabel;
class QPushButton;
class QWidget;

namespace TinyDeploy::Gui {

class BuildProgress;
class ErrorPanel;
class LogView;
class WizardController;

/// @brief Binds the widgets of a pipeline page (Build, Flash) to the controller's signals for
/// one step: log lines into a LogView, the progress bar, the status sentence, the inline
/// error, and Cancel / Retry enabled from the step's state (one function, update()).
class StepBinding final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StepBinding)

public:
    struct Widgets
    {
        QLabel *status = nullptr;
        BuildProgress *progress = nullptr;
        QWidget *logContainer = nullptr;
        ErrorPanel *errorPanel = nullptr;
        QPushButton *cancelButton = nullptr;
        QPushButton *retryButton = nullptr;
    };

    StepBinding(WizardController *controller,
                WizardStep step,
                const Widgets &widgets,
                QObject *parent);
    ~StepBinding() override;

    LogView *logView() const { return m_log; }

private:
    void update();

    WizardController *m_controller = nullptr;
    WizardStep m_step;
    Widgets m_widgets;
    LogView *m_log = nullptr;
};

} // namespace TinyDeploy::Gui
