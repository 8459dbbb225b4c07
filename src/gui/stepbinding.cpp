#include "stepbinding.h"
#include "buildprogress.h"
#include "errorpanel.h"
#include "logmodel.h"
#include "logview.h"
#include "wizardcontroller.h"

#include <deploy/deployment.h>

#include <QLabel>
#include <QLayout>
#include <QPushButton>

namespace TinyDeploy::Gui {

StepBinding::StepBinding(WizardController *controller,
                         WizardStep step,
                         const Widgets &widgets,
                         QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_step(step)
    , m_widgets(widgets)
{
    // The model outlives the view: LogModel's destructor commits pending lines, which a view
    // half-way through its own destruction must not receive.
    m_log = new LogView(new LogModel(this), widgets.logContainer);
    widgets.logContainer->layout()->addWidget(m_log);
    widgets.errorPanel->hide();
    // The lines are the record's: the log view reads the step logs the deployment writes.
    m_log->model()->followRecordLogs(controller->logPaths(step));

    connect(controller,
            &WizardController::logLine,
            this,
            [this](WizardStep step, const QDateTime &, const QString &, Deploy::LogStream) {
                if (step == m_step)
                    m_log->model()->refreshLater();
            });
    // The deployment reads the tools' percentages from the lines (once); the bar shows them.
    connect(controller, &WizardController::progress, this, [this](WizardStep step, int percent) {
        if (step == m_step && percent >= 0)
            m_widgets.progress->setPercent(percent);
    });
    connect(controller,
            &WizardController::stepStarted,
            this,
            [this](WizardStep step, const QString &what) {
                if (step != m_step)
                    return;
                // Build covers generate and build: one clock, restarted per step.
                m_widgets.progress->start(what);
            });
    connect(controller, &WizardController::deploymentChanged, this, [this](Deploy::Deployment *d) {
        if (d)
            m_log->model()->followRecordLogs(m_controller->logPaths(m_step));
    });
    connect(m_widgets.cancelButton, &QPushButton::clicked, controller, &WizardController::cancel);
    connect(m_widgets.retryButton, &QPushButton::clicked, controller, &WizardController::retry);
    connect(controller, &WizardController::statesChanged, this, &StepBinding::update);
    update();
}

StepBinding::~StepBinding() = default;

void StepBinding::update()
{
    // All of it from the controller's state: the binding remembers nothing of its own (the
    // progress widget knows whether its clock runs).
    const StepState state = m_controller->state(m_step);
    m_widgets.cancelButton->setEnabled(state == StepState::Running);
    m_widgets.retryButton->setEnabled(state == StepState::Failed || state == StepState::Cancelled);
    switch (state) {
    case StepState::Pending:
        m_widgets.status->setText(tr("Waiting for the previous step."));
        m_widgets.errorPanel->hide();
        break;
    case StepState::Running:
        m_widgets.status->setText(tr("Working…"));
        m_widgets.errorPanel->hide();
        if (!m_widgets.progress->isRunning())
            m_widgets.progress->start(wizardStepTitle(m_step));
        break;
    case StepState::Done:
        m_widgets.status->setText(tr("<b>Done.</b>"));
        m_widgets.errorPanel->hide();
        m_widgets.progress->finish(true);
        break;
    case StepState::Failed:
    case StepState::Cancelled: {
        m_widgets.status->setText(state == StepState::Cancelled ? tr("<b>Cancelled.</b>")
                                                                : tr("<b>Failed.</b>"));
        m_widgets.progress->finish(false);
        if (const Error *error = m_controller->error(m_step); error && state == StepState::Failed) {
            m_widgets.errorPanel->setError(*error);
            m_widgets.errorPanel->show();
        } else {
            m_widgets.errorPanel->hide();
        }
        break;
    }
    }
    m_widgets.status->setAccessibleDescription(m_widgets.status->text());
}

} // namespace TinyDeploy::Gui
