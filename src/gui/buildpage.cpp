#include "buildpage.h"
#include "stepbinding.h"
#include "ui_buildpage.h"

namespace TinyDeploy::Gui {

BuildPage::BuildPage(WizardController *controller, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::BuildPage>())
{
    m_ui->setupUi(this);
    m_binding = new StepBinding(controller,
                                WizardStep::Build,
                                {m_ui->statusLabel,
                                 m_ui->progress,
                                 m_ui->logContainer,
                                 m_ui->errorPanel,
                                 m_ui->cancelButton,
                                 m_ui->retryButton},
                                this);
}

BuildPage::~BuildPage() = default;

LogView *BuildPage::logView() const
{
    return m_binding->logView();
}

QString BuildPage::statusText() const
{
    return m_ui->statusLabel->text();
}

} // namespace TinyDeploy::Gui
