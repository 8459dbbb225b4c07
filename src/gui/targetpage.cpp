#include "targetpage.h"
#include "ui_targetpage.h"
#include "wizardcontroller.h"

#include <templates/fitcheck.h>
#include <templates/templatecatalog.h>

#include <QIcon>
#include <QSettings>
#include <QStyle>

namespace TinyDeploy::Gui {

namespace {
const char lastTemplateKey[] = "wizard/template";
const char lastBoardKey[] = "wizard/board";

QString statusText(const Templates::TemplateInfo &info)
{
    using Templates::TemplateStatus;
    switch (info.status) {
    case TemplateStatus::Pending:
    case TemplateStatus::Querying:
        return TargetPage::tr("checking…");
    case TemplateStatus::Available:
        return TargetPage::tr("ready");
    case TemplateStatus::Problems:
        return info.problems.isEmpty() ? TargetPage::tr("tools missing")
                                       : info.problems.constFirst();
    case TemplateStatus::Unavailable:
        return info.error.message;
    case TemplateStatus::NeedsConfirmation:
        return TargetPage::tr("not confirmed yet (Settings)");
    }
    return {};
}

QString stateIconFor(const Templates::TemplateInfo &info)
{
    using Templates::TemplateStatus;
    switch (info.status) {
    case TemplateStatus::Available:
        return QStringLiteral(":/icons/state-done.svg");
    case TemplateStatus::Problems:
    case TemplateStatus::NeedsConfirmation:
        return QStringLiteral(":/icons/state-cancelled.svg");
    case TemplateStatus::Unavailable:
        return QStringLiteral(":/icons/state-failed.svg");
    default:
        return QStringLiteral(":/icons/state-running.svg");
    }
}
} // namespace

TargetPage::TargetPage(WizardController *controller, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TargetPage>())
    , m_controller(controller)
{
    m_ui->setupUi(this);
    m_ui->errorPanel->hide();
    m_ui->mismatchLabel->hide();
    connect(m_ui->templateList, &QListWidget::currentRowChanged, this, [this](int row) {
        QListWidgetItem *item = m_ui->templateList->item(row);
        if (!item)
            return;
        const QString name = item->data(Qt::UserRole).toString();
        m_controller->setTemplateName(name);
        QSettings().setValue(QLatin1String(lastTemplateKey), name);
    });
    connect(m_ui->boardCombo, &QComboBox::activated, this, [this](int index) {
        const QString name = m_ui->boardCombo->itemData(index).toString();
        m_controller->setBoardName(name);
        QSettings().setValue(QLatin1String(lastBoardKey), name);
    });
    connect(m_ui->refreshButton, &QPushButton::clicked, this, [this] {
        m_controller->catalog()->refresh();
    });
    connect(m_ui->portSelector,
            &PortSelector::selectedPortChanged,
            controller,
            &WizardController::setSerialPort);
    connect(controller, &WizardController::templatesChanged, this, &TargetPage::rebuildTemplates);
    connect(controller, &WizardController::selectionChanged, this, &TargetPage::updateDetails);
    connect(controller, &WizardController::modelChanged, this, &TargetPage::updateDetails);
    rebuildTemplates();
}

TargetPage::~TargetPage() = default;

PortSelector *TargetPage::portSelector() const
{
    return m_ui->portSelector;
}

bool TargetPage::selectTemplate(const QString &name)
{
    for (int row = 0; row < m_ui->templateList->count(); ++row) {
        if (m_ui->templateList->item(row)->data(Qt::UserRole).toString() == name) {
            m_ui->templateList->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void TargetPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_controller->ensureCatalog();
}

void TargetPage::rebuildTemplates()
{
    if (!m_controller->hasCatalog())
        return;
    const QList<Templates::TemplateInfo> &templates = m_controller->catalog()->templates();
    const QSignalBlocker blocker(m_ui->templateList);
    QString wanted = m_controller->templateName();
    if (wanted.isEmpty())
        wanted = QSettings()
                     .value(QLatin1String(lastTemplateKey), QStringLiteral("qemu-cortex-m"))
                     .toString();
    m_ui->templateList->clear();
    int wantedRow = -1;
    for (const Templates::TemplateInfo &info : templates) {
        auto *item = new QListWidgetItem(QIcon(stateIconFor(info)),
                                         tr("%1\n%2").arg(info.name(), statusText(info)));
        item->setData(Qt::UserRole, info.name());
        item->setToolTip(info.path());
        item->setData(Qt::AccessibleTextRole, tr("%1: %2").arg(info.name(), statusText(info)));
        m_ui->templateList->addItem(item);
        if (info.name() == wanted)
            wantedRow = m_ui->templateList->count() - 1;
    }
    // A remembered template that is gone: the emulated board, which works everywhere.
    for (int row = 0; wantedRow < 0 && row < m_ui->templateList->count(); ++row) {
        if (templates.at(row).name() == QLatin1String("qemu-cortex-m")) {
            wantedRow = row;
            wanted = templates.at(row).name();
        }
    }
    if (wantedRow >= 0)
        m_ui->templateList->setCurrentRow(wantedRow);
    if (m_controller->templateName().isEmpty() && wantedRow >= 0)
        m_controller->setTemplateName(wanted);
    updateDetails();
}

void TargetPage::rebuildBoards()
{
    const Templates::TemplateInfo *info = m_controller->templateInfo();
    const QString key = info ? info->path() + QString::number(info->boards.size()) : QString();
    if (key == m_boardsOf)
        return;
    m_boardsOf = key;
    const QSignalBlocker blocker(m_ui->boardCombo);
    m_ui->boardCombo->clear();
    if (!info)
        return;
    for (const Templates::BoardInfo &board : info->boards)
        m_ui->boardCombo->addItem(board.displayName, board.name);
    const QString remembered = QSettings().value(QLatin1String(lastBoardKey)).toString();
    if (const int index = m_ui->boardCombo->findData(remembered); index >= 0)
        m_controller->setBoardName(remembered);
}

void TargetPage::updateDetails()
{
    rebuildBoards();
    const Templates::TemplateInfo *info = m_controller->templateInfo();
    const Templates::BoardInfo *board = m_controller->board();

    // Status of the template: an unusable one says why and what to do.
    if (info && info->status == Templates::TemplateStatus::Unavailable) {
        m_ui->templateStatusLabel->setText(tr("<b>%1</b> cannot be used.").arg(info->name()));
        m_ui->errorPanel->setError(info->error);
        m_ui->errorPanel->show();
    } else {
        m_ui->errorPanel->hide();
        if (!info) {
            m_ui->templateStatusLabel->setText(m_controller->hasCatalog()
                                                       && m_controller->catalog()->isRunning()
                                                   ? tr("Looking for templates…")
                                                   : tr("Choose a template on the left."));
        } else if (info->status == Templates::TemplateStatus::Problems) {
            m_ui->templateStatusLabel->setText(
                tr("<b>%1</b>: some tools are missing:<ul><li>%2</li></ul>")
                    .arg(info->name(), info->problems.join(QLatin1String("</li><li>"))));
        } else {
            m_ui->templateStatusLabel->setText(
                tr("<b>%1</b> (%2)").arg(info->name(), info->serverInfo.platformName));
        }
    }

    const bool hasBoards = info && !info->boards.isEmpty();
    m_ui->boardCombo->setEnabled(hasBoards);
    if (hasBoards) {
        const int index = m_ui->boardCombo->findData(m_controller->boardName());
        if (index >= 0)
            m_ui->boardCombo->setCurrentIndex(index);
    }
    Templates::BoardInfo portBoard;
    if (board) {
        portBoard = *board;
    } else if (info && !hasBoards) {
        // No boards (the host runner): the template makes its own "port" (a pty) when flashing.
        portBoard.name = info->name();
        portBoard.displayName = tr("This computer");
        portBoard.emulated = true;
    }
    if (m_ui->portSelector->board().name != portBoard.name
        || m_ui->portSelector->board().emulated != portBoard.emulated)
        m_ui->portSelector->setBoard(portBoard);
    m_controller->setSerialPort(m_ui->portSelector->selectedPort());

    m_ui->boardDescriptionLabel->setText(board ? board->description
                                         : info && !hasBoards
                                             ? tr("This template runs on this computer; it has "
                                                  "no board to choose.")
                                             : QString());
    const QStringList warnings = m_controller->compatibilityWarnings();
    m_ui->mismatchLabel->setText(warnings.join(QLatin1Char('\n')));
    m_ui->mismatchLabel->setVisible(!warnings.isEmpty());

    const Mlf::ModelInfo *model = m_controller->model();
    if (model && board) {
        m_ui->fitCheck->setFit(Templates::checkFit(Templates::estimateNeeds(*model), *board),
                               board->displayName);
        m_ui->fitCheck->show();
        m_ui->fitHeading->show();
    } else {
        m_ui->fitCheck->clear();
        m_ui->fitCheck->hide();
        m_ui->fitHeading->hide();
    }
}

} // namespace TinyDeploy::Gui
