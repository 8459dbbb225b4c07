#include "optionspage.h"
#include "optionsform.h"
#include "ui_optionspage.h"
#include "wizardcontroller.h"

#include <templates/templatecatalog.h>

namespace TinyDeploy::Gui {

OptionsPage::OptionsPage(WizardController *controller, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OptionsPage>())
    , m_controller(controller)
{
    m_ui->setupUi(this);
    m_ui->errorPanel->hide();
    // Editing after a successful check means the values must be checked again.
    connect(m_ui->form, &OptionsForm::changed, controller, &WizardController::invalidateOptions);
}

OptionsPage::~OptionsPage() = default;

OptionsForm *OptionsPage::form() const
{
    return m_ui->form;
}

void OptionsPage::initialize()
{
    const Templates::TemplateInfo *info = m_controller->templateInfo();
    if (!info)
        return;
    const QString key = info->path() + QLatin1Char('|') + m_controller->boardName();
    if (key == m_formFor)
        return;
    m_formFor = key;
    const QSignalBlocker blocker(m_ui->form);
    m_ui->form->setOptions(info->name(),
                           info->serverInfo.projectOptions,
                           {QStringLiteral("generate_project"),
                            QStringLiteral("build"),
                            QStringLiteral("flash"),
                            QStringLiteral("open_transport")});
    // The board chosen on the Target page is the template's "board" option.
    if (!m_controller->boardName().isEmpty()
        && m_ui->form->optionNames().contains(QLatin1String("board")))
        m_ui->form->setValueText(QStringLiteral("board"), m_controller->boardName());
    m_ui->errorPanel->hide();
}

bool OptionsPage::validate()
{
    const Result<ProjectApi::OptionValues> values = m_ui->form->validate();
    if (!values) {
        m_ui->errorPanel->setError(values.error());
        m_ui->errorPanel->show();
        return false;
    }
    m_ui->errorPanel->hide();
    m_ui->form->remember();
    m_controller->acceptOptions(values->userValues());
    return true;
}

} // namespace TinyDeploy::Gui
