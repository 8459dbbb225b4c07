#include "modelpage.h"
#include "errorpanel.h"
#include "modelsummarywidget.h"
#include "ui_modelpage.h"
#include "wizardcontroller.h"

#include <QDir>
#include <QFileInfo>

namespace TinyDeploy::Gui {

namespace {
enum StackPage { EmptyPage, LoadingPage, SummaryPage, ErrorPage };
}

ModelPage::ModelPage(WizardController *controller, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ModelPage>())
    , m_controller(controller)
{
    m_ui->setupUi(this);
    connect(m_ui->openButton, &QPushButton::clicked, this, &ModelPage::openRequested);
    connect(m_ui->sampleButton, &QPushButton::clicked, controller, &WizardController::openSample);
    connect(m_ui->cancelLoadButton,
            &QPushButton::clicked,
            controller,
            &WizardController::cancelModelLoad);
    connect(m_ui->recentCombo, &QComboBox::activated, this, [this](int index) {
        const QString path = m_ui->recentCombo->itemData(index).toString();
        if (!path.isEmpty())
            m_controller->openModel(path);
    });
    connect(controller, &WizardController::statesChanged, this, &ModelPage::update);
    connect(controller, &WizardController::selectionChanged, this, &ModelPage::update);
    connect(controller, &WizardController::modelChanged, this, [this] {
        if (const Mlf::ModelInfo *model = m_controller->model())
            summary()->setModelInfo(*model);
        update();
    });
    update();
}

ModelPage::~ModelPage() = default;

void ModelPage::setRecentFiles(const QStringList &files)
{
    m_ui->recentCombo->clear();
    m_ui->recentCombo->addItem(files.isEmpty() ? tr("No recent models") : tr("Recent models…"));
    for (const QString &file : files)
        m_ui->recentCombo->addItem(QFileInfo(file).fileName(), file);
    for (int i = 1; i < m_ui->recentCombo->count(); ++i) {
        m_ui->recentCombo->setItemData(i,
                                       QDir::toNativeSeparators(files.at(i - 1)),
                                       Qt::ToolTipRole);
    }
    m_ui->recentCombo->setEnabled(!files.isEmpty());
}

ModelSummaryWidget *ModelPage::summary()
{
    if (!m_summary) {
        m_summary = new ModelSummaryWidget;
        m_summary->setObjectName(QStringLiteral("summary"));
        m_ui->summaryScroll->setWidget(m_summary);
    }
    return m_summary;
}

ErrorPanel *ModelPage::errorPanel()
{
    if (!m_errorPanel) {
        m_errorPanel = new ErrorPanel(m_ui->errorPage);
        m_errorPanel->setObjectName(QStringLiteral("errorPanel"));
        m_ui->errorLayout->addWidget(m_errorPanel);
    }
    return m_errorPanel;
}

void ModelPage::update()
{
    // Warnings that depend on the board chosen later (target CPU, executor) show here too.
    const QStringList warnings = m_controller->compatibilityWarnings();
    m_ui->compatibilityLabel->setText(warnings.isEmpty()
                                          ? QString()
                                          : QStringLiteral("\u26a0 ")
                                                + warnings.join(QStringLiteral("\n\u26a0 ")));
    m_ui->compatibilityLabel->setVisible(!warnings.isEmpty());
    m_ui->sampleButton->setEnabled(!m_controller->samplePath().isEmpty());
    if (!m_controller->loadingPath().isEmpty()) {
        m_ui->loadingLabel->setText(
            tr("Reading %1…").arg(QDir::toNativeSeparators(m_controller->loadingPath())));
        m_ui->stack->setCurrentIndex(LoadingPage);
    } else if (const Error *error = m_controller->error(WizardStep::Model)) {
        errorPanel()->setError(*error);
        m_ui->stack->setCurrentIndex(ErrorPage);
    } else if (m_controller->model()) {
        m_ui->stack->setCurrentIndex(SummaryPage);
    } else {
        m_ui->stack->setCurrentIndex(EmptyPage);
    }
}

} // namespace TinyDeploy::Gui
