#include "flashpage.h"
#include "stepbinding.h"
#include "ui_flashpage.h"
#include "wizardcontroller.h"

#include <deploy/deployment.h>

namespace TinyDeploy::Gui {

FlashPage::FlashPage(WizardController *controller, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::FlashPage>())
{
    m_ui->setupUi(this);
    m_binding = new StepBinding(controller,
                                WizardStep::Flash,
                                {m_ui->statusLabel,
                                 m_ui->progress,
                                 m_ui->logContainer,
                                 m_ui->errorPanel,
                                 m_ui->cancelButton,
                                 m_ui->retryButton},
                                this);
    // Connected after the binding, so that the port is added to its "Done.".
    connect(controller, &WizardController::statesChanged, this, [this, controller] {
        if (controller->state(WizardStep::Flash) != StepState::Done || !controller->deployment())
            return;
        const QString port = controller->deployment()->serialPort();
        const QString text = port.isEmpty()
                                 ? tr("<b>Done.</b>")
                                 : tr("<b>Done.</b> The device answers on %1.").arg(port);
        if (m_ui->statusLabel->text() != text)
            m_ui->statusLabel->setText(text);
    });
}

FlashPage::~FlashPage() = default;

LogView *FlashPage::logView() const
{
    return m_binding->logView();
}

QString FlashPage::statusText() const
{
    return m_ui->statusLabel->text();
}

} // namespace TinyDeploy::Gui
