#include "batchdialog.h"
#include "batchtablemodel.h"
#include "errormessage.h"
#include "savefiledialog.h"
#include "settingsdialog.h"
#include "wizardcontroller.h"

#include <batch/batchdeployment.h>
#include <batch/batchreport.h>
#include <batch/boardmatcher.h>
#include <mlf/modelinfo.h>
#include <templates/templateinfo.h>

#include <QAction>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

namespace TinyDeploy::Gui {

using namespace TinyDeploy::Batch;

namespace {
constexpr char countKey[] = "batch/emulatedBoards";
constexpr char parallelKey[] = "batch/maxParallel";
} // namespace

BatchDialog::BatchDialog(const Deploy::DeploymentSettings &settings,
                         const std::optional<Templates::BoardInfo> &board,
                         QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_board(board)
    , m_model(new BatchTableModel(this))
{
    const bool fromPackage = !settings.packagePath.isEmpty();
    setWindowTitle(fromPackage ? tr("Flash Several Boards") : tr("Deploy to Several Boards"));
    const bool emulated = !board || board->emulated;
    auto *layout = new QVBoxLayout(this);
    auto *what = new QLabel(
        fromPackage
            ? tr("Flashes the deployment package %1 into several boards, a few at a time, and "
                 "checks each with the package's samples. Nothing is built. A board that fails "
                 "keeps its row, with Retry.")
                  .arg(QFileInfo(settings.packagePath).fileName())
            : tr("Deploys %1 with %2 to several boards: the project is built once, then each "
                 "board is flashed and checked, a few at a time. A board that fails keeps its "
                 "row, with Retry.")
                  .arg(QFileInfo(settings.modelPath).fileName(), settings.templateName),
        this);
    what->setWordWrap(true);
    layout->addWidget(what);

    auto *form = new QFormLayout;
    if (emulated) {
        m_count = new QSpinBox(this);
        m_count->setRange(1, MaxBatchBoards);
        m_count->setValue(QSettings().value(QLatin1String(countKey), 8).toInt());
        form->addRow(tr("Emulated &boards:"), m_count);
        connect(m_count, &QSpinBox::valueChanged, this, [this](int value) {
            QSettings().setValue(QLatin1String(countKey), value);
            prepare();
        });
    } else {
        auto *row = new QHBoxLayout;
        m_found = new QLabel(this);
        m_found->setWordWrap(true);
        auto *refresh = new QPushButton(tr("Re&fresh"), this);
        connect(refresh, &QPushButton::clicked, this, &BatchDialog::prepare);
        row->addWidget(m_found, 1);
        row->addWidget(refresh);
        form->addRow(tr("Boards:"), row);
    }
    m_parallel = new QSpinBox(this);
    m_parallel->setRange(1, MaxBatchBoards);
    m_parallel->setValue(
        QSettings().value(QLatin1String(parallelKey), QThread::idealThreadCount()).toInt());
    m_parallel->setToolTip(tr("How many boards are flashed and checked at the same time."));
    form->addRow(tr("&At once:"), m_parallel);
    connect(m_parallel, &QSpinBox::valueChanged, this, [this](int value) {
        QSettings().setValue(QLatin1String(parallelKey), value);
        if (m_batch)
            m_batch->setMaxParallel(value);
    });
    layout->addLayout(form);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->horizontalHeader()->setSectionResizeMode(BatchTableModel::Result, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Boards of the batch"));
    layout->addWidget(m_table, 1);

    m_offerBar = new QWidget(this);
    auto *offerLayout = new QHBoxLayout(m_offerBar);
    offerLayout->setContentsMargins(0, 0, 0, 0);
    m_offerText = new QLabel(m_offerBar);
    auto *add = new QPushButton(tr("Add to Batc&h"), m_offerBar);
    connect(add, &QPushButton::clicked, this, [this] {
        for (const BoardTarget &target : std::as_const(m_offered)) {
            if (m_batch)
                m_batch->addTarget(target);
        }
        m_offered.clear();
        m_offerBar->hide();
    });
    offerLayout->addWidget(m_offerText, 1);
    offerLayout->addWidget(add);
    m_offerBar->hide();
    layout->addWidget(m_offerBar);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("batchSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_summary);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_start = buttons->addButton(tr("&Deploy"), QDialogButtonBox::ActionRole);
    m_start->setObjectName(QStringLiteral("batchStart"));
    m_cancel = buttons->addButton(tr("&Cancel All"), QDialogButtonBox::ActionRole);
    m_cancel->setObjectName(QStringLiteral("batchCancel"));
    m_export = buttons->addButton(tr("&Export Report…"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("batchExport"));
    connect(m_start, &QPushButton::clicked, this, &BatchDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_batch)
            m_batch->cancel();
    });
    connect(m_export, &QPushButton::clicked, this, &BatchDialog::exportReport);
    connect(buttons, &QDialogButtonBox::rejected, this, &BatchDialog::reject);
    layout->addWidget(buttons);
    resize(820, 480);
    prepare();
}

BatchDialog::~BatchDialog() = default;

QAction *BatchDialog::install(QWidget *window, QMenu *menu, WizardController *controller)
{
    QAction *action = menu->addAction(tr("&Deploy to Several Boards…"), window, [window, controller] {
        const Templates::TemplateInfo *info = controller->templateInfo();
        if (!controller->model() || !info)
            return;
        Deploy::DeploymentSettings settings;
        settings.modelPath = controller->model()->path;
        settings.templateDir = info->path();
        settings.templateName = info->name();
        settings.optionValues = controller->optionValues();
        settings.recordsRoot = controller->recordsRoot();
        settings.standaloneCrtDir = SettingsDialog::standaloneCrtDir();
        const Templates::BoardInfo *board = controller->board();
        if (board && board->defaultBaudRate > 0)
            settings.baudRate = board->defaultBaudRate;
        auto *dialog = new BatchDialog(settings,
                                       board ? std::optional(*board) : std::nullopt,
                                       window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    action->setObjectName(QStringLiteral("deploySeveral"));
    const auto update = [action, controller] {
        action->setEnabled(controller->model() && controller->templateInfo()
                           && controller->state(WizardStep::Options) == StepState::Done
                           && !controller->isBusy());
    };
    QObject::connect(controller, &WizardController::statesChanged, action, update);
    update();
    return action;
}

void BatchDialog::setEmulatedCount(int count)
{
    if (m_count)
        m_count->setValue(count);
}

void BatchDialog::setMaxParallel(int count)
{
    m_parallel->setValue(count);
}

void BatchDialog::prepare()
{
    if (m_batch && m_batch->isActive())
        return;
    if (m_batch)
        m_batch->deleteLater();
    m_batch = new BatchDeployment(this);
    m_batch->setSettings(m_settings);
    m_batch->setMaxParallel(m_parallel->value());
    const BoardMatcher matcher(m_board);
    m_batch->setMatcher(matcher);
    QString problem;
    if (matcher.isEmulated()) {
        m_batch->setTargets(emulatedTargets(m_count ? m_count->value() : 1));
    } else {
        const Result<QList<BoardTarget>> found = matcher.select({});
        if (found) {
            m_batch->setTargets(*found);
            m_found->setText(tr("%n %1 board(s) connected.", nullptr, int(found->size()))
                                 .arg(m_board->displayName));
        } else {
            m_found->setText(found.error().message);
            problem = found.error().hint;
        }
    }
    connect(m_batch, &BatchDeployment::rowChanged, this, &BatchDialog::updateRetryButtons);
    connect(m_batch, &BatchDeployment::rowAdded, this, &BatchDialog::updateRetryButtons);
    connect(m_batch, &BatchDeployment::stateChanged, this, &BatchDialog::updateControls);
    connect(m_batch, &BatchDeployment::finished, this, &BatchDialog::onFinished);
    connect(m_batch, &BatchDeployment::boardOffered, this, &BatchDialog::offer);
    connect(m_batch, &BatchDeployment::warning, this, [this](const QString &text) {
        m_summary->setText(text);
    });
    m_model->setBatch(m_batch);
    m_summary->setText(problem);
    updateRetryButtons();
    updateControls();
}

void BatchDialog::start()
{
    if (!m_batch || m_batch->state() != BatchState::Idle)
        prepare();
    if (!m_batch || m_batch->isActive())
        return;
    m_offered.clear();
    m_offerBar->hide();
    if (Result<void> started = m_batch->start(); !started) {
        m_summary->setText(started.error().oneLine() + u' ' + started.error().hint);
        return;
    }
    // A package's boards start at once (updateControls() says so), and may all have ended
    // already, their summary shown.
    if (m_batch->state() == BatchState::Building)
        m_summary->setText(tr("Building the project once…"));
    updateControls();
}

void BatchDialog::updateControls()
{
    const bool active = m_batch && m_batch->isActive();
    const bool hasBoards = m_batch && !m_batch->rows().isEmpty();
    m_start->setEnabled(!active && hasBoards);
    m_cancel->setEnabled(active && m_batch->state() != BatchState::Cancelling);
    m_export->setEnabled(m_batch && !active && !m_batch->batchFolder().isEmpty());
    if (m_count)
        m_count->setEnabled(!active);
    if (active && m_batch->state() == BatchState::Deploying)
        m_summary->setText(tr("Flashing and checking each board…"));
}

void BatchDialog::updateRetryButtons()
{
    if (!m_batch)
        return;
    const bool canRetry = m_batch->state() != BatchState::Cancelling && m_batch->buildOutcome()
                          && m_batch->buildOutcome()->state == Deploy::DeploymentState::Finished;
    for (int i = 0; i < m_batch->rows().size(); ++i) {
        const QModelIndex cell = m_model->index(i, BatchTableModel::Retry);
        const RowState state = m_batch->rows().at(i).state;
        const bool retryable = canRetry
                               && (state == RowState::Failed || state == RowState::Cancelled);
        QWidget *existing = m_table->indexWidget(cell);
        if (retryable && !existing) {
            auto *retry = new QPushButton(tr("Retry"), m_table);
            retry->setAccessibleName(tr("Retry board %1").arg(i + 1));
            connect(retry, &QPushButton::clicked, this, [this, i] {
                if (m_batch)
                    m_batch->retry(i);
            });
            m_table->setIndexWidget(cell, retry);
        } else if (!retryable && existing) {
            m_table->setIndexWidget(cell, nullptr);
        }
    }
}

void BatchDialog::onFinished()
{
    updateControls();
    updateRetryButtons();
    const BatchSummary summary = m_batch->summary();
    QString text = tr("%1 of %2 boards passed, %3 failed, %4 cancelled.")
                       .arg(summary.passed)
                       .arg(summary.boards)
                       .arg(summary.failed)
                       .arg(summary.cancelled);
    if (!summary.reasons.isEmpty())
        text += u'\n' + summary.reasons.join(u'\n');
    m_summary->setText(text);
    if (m_closeWhenDone)
        QDialog::reject();
}

void BatchDialog::offer(const BoardTarget &target)
{
    m_offered.append(target);
    QStringList names;
    for (const BoardTarget &offered : std::as_const(m_offered))
        names.append(QStringLiteral("%1 (%2)").arg(offered.serialNumber, offered.port));
    m_offerText->setText(
        tr("New board plugged in, not in this batch: %1.").arg(names.join(QStringLiteral(", "))));
    m_offerBar->show();
}

void BatchDialog::exportReport()
{
    if (!m_batch)
        return;
    askForFileToSave(this,
                     {tr("Export Batch Report"),
                      QStringLiteral("lastBatchReportDirectory"),
                      QFileInfo(m_batch->batchFolder()).fileName(),
                      QStringLiteral("html"),
                      tr("HTML report (*.html)")},
                     [this, batch = m_batch](const QString &path) {
                         if (!batch)
                             return;
                         // The summary stays: a failed export loses nothing shown.
                         if (Result<void> written = exportBatchHtml(*batch, path); !written)
                             showErrorMessage(this, tr("Export Batch Report"), written.error());
                     });
}

void BatchDialog::reject()
{
    if (m_batch && m_batch->isActive()) {
        // Stop every board first: the dialog closes once nothing runs any more.
        m_closeWhenDone = true;
        m_batch->cancel();
        m_summary->setText(tr("Cancelling every board…"));
        return;
    }
    QDialog::reject();
}

} // namespace TinyDeploy::Gui
