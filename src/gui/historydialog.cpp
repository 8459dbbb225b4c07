#include "historydialog.h"
#include "historyscan.h"
#include "wizardcontroller.h"

#include <history/report.h>
#include <history/reporthtml.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace TinyDeploy::Gui {

namespace {

constexpr int indexRole = Qt::UserRole + 1; // row in m_records
constexpr int sortRole = Qt::UserRole + 2;

QStandardItem *item(const QString &text, const QVariant &sortKey = {})
{
    auto *cell = new QStandardItem(text);
    cell->setEditable(false);
    cell->setData(sortKey.isValid() ? sortKey : QVariant(text), sortRole);
    return cell;
}

} // namespace

HistoryDialog::HistoryDialog(const QStringList &roots, QWidget *parent)
    : QDialog(parent)
    , m_scan(new HistoryScan(roots, this))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setWindowTitle(tr("Deployment History"));
    setObjectName(QStringLiteral("historyDialog"));
    m_model->setHorizontalHeaderLabels({tr("Date"),
                                        tr("Result"),
                                        tr("Model"),
                                        tr("Board"),
                                        tr("Serial number"),
                                        tr("Latency"),
                                        tr("Agreement / accuracy")});
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(sortRole);

    m_modelFilter = new QLineEdit(this);
    m_modelFilter->setPlaceholderText(tr("Part of the model's name"));
    m_boardFilter = new QLineEdit(this);
    m_boardFilter->setPlaceholderText(tr("Part of the board's name"));
    m_resultFilter = new QComboBox(this);
    m_resultFilter->addItem(tr("Any result"), QString());
    for (const History::RecordResult result : {History::RecordResult::Finished,
                                               History::RecordResult::Failed,
                                               History::RecordResult::Cancelled,
                                               History::RecordResult::Interrupted,
                                               History::RecordResult::InProgress})
        m_resultFilter->addItem(History::resultTitle(result), History::resultName(result));
    m_sinceEnabled = new QCheckBox(tr("&Since"), this);
    m_since = new QDateEdit(QDate::currentDate().addMonths(-1), this);
    m_since->setCalendarPopup(true);
    m_since->setEnabled(false);

    auto *filters = new QFormLayout;
    filters->addRow(tr("&Model:"), m_modelFilter);
    filters->addRow(tr("&Board:"), m_boardFilter);
    filters->addRow(tr("&Result:"), m_resultFilter);
    auto *sinceRow = new QHBoxLayout;
    sinceRow->addWidget(m_sinceEnabled);
    sinceRow->addWidget(m_since, 1);
    filters->addRow(sinceRow);

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DateColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Deployment records"));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setWordWrap(true);
    m_open = new QPushButton(tr("&Open"), this);
    m_runAgain = new QPushButton(tr("Run &Again"), this);
    m_runAgain->setObjectName(QStringLiteral("runAgainButton"));
    m_runAgain->setToolTip(tr("Run the model again on the board of this record, without "
                              "building or flashing anything"));
    m_runAgain->hide(); // until setRunAgain()
    m_delete = new QPushButton(tr("&Delete…"), this);
    m_export = new QPushButton(tr("&Export Report…"), this);
    auto *refreshButton = new QPushButton(tr("Re&fresh"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    buttons->addButton(m_runAgain, QDialogButtonBox::ActionRole);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    buttons->addButton(m_delete, QDialogButtonBox::ActionRole);
    buttons->addButton(refreshButton, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    QSettings settings;
    m_modelFilter->setText(settings.value(QStringLiteral("history/model")).toString());
    m_boardFilter->setText(settings.value(QStringLiteral("history/board")).toString());
    m_resultFilter->setCurrentIndex(
        std::max(0,
                 m_resultFilter->findData(
                     settings.value(QStringLiteral("history/result")).toString())));
    m_table->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("history/header")).toByteArray());
    resize(settings.value(QStringLiteral("history/size"), QSize(900, 500)).toSize());

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(refreshButton, &QPushButton::clicked, this, &HistoryDialog::refresh);
    connect(m_open, &QPushButton::clicked, this, &HistoryDialog::openSelected);
    connect(m_runAgain, &QPushButton::clicked, this, &HistoryDialog::runSelectedAgain);
    connect(m_delete, &QPushButton::clicked, this, &HistoryDialog::deleteSelected);
    connect(m_export, &QPushButton::clicked, this, &HistoryDialog::chooseExport);
    connect(m_table, &QTableView::activated, this, &HistoryDialog::openSelected);
    connect(m_modelFilter, &QLineEdit::textChanged, this, &HistoryDialog::applyFilter);
    connect(m_boardFilter, &QLineEdit::textChanged, this, &HistoryDialog::applyFilter);
    connect(m_resultFilter, &QComboBox::currentIndexChanged, this, &HistoryDialog::applyFilter);
    connect(m_sinceEnabled, &QCheckBox::toggled, m_since, &QWidget::setEnabled);
    connect(m_sinceEnabled, &QCheckBox::toggled, this, &HistoryDialog::applyFilter);
    connect(m_since, &QDateEdit::dateChanged, this, &HistoryDialog::applyFilter);
    connect(m_table->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &HistoryDialog::updateButtons);
    connect(m_scan, &HistoryScan::finished, this, &HistoryDialog::showScan);
    updateButtons();
    refresh();
}

QAction *HistoryDialog::install(QMainWindow *window, QMenu *menu, WizardController *controller)
{
    const auto ownRoot = [controller] { return controller->recordsRoot(); };
    QAction *action = menu->addAction(tr("&History…"));
    action->setObjectName(QStringLiteral("historyAction"));
    action->setShortcut(QKeySequence(tr("Ctrl+H")));
    connect(action, &QAction::triggered, window, [window, ownRoot, controller] {
        HistoryDialog *dialog = showFor(window, HistoryScan::rootsFor(ownRoot()));
        dialog->setRunAgain([controller](const History::RecordSummary &record) {
            return controller->runRecordAgain(record.projectDir, record.serialNumber);
        });
    });
    QTimer::singleShot(0, window, [window, ownRoot] {
        HistoryScan::noticeInterrupted(HistoryScan::rootsFor(ownRoot()), window->statusBar());
    });
    return action;
}

HistoryDialog *HistoryDialog::showFor(QWidget *parent, const QStringList &roots)
{
    auto *dialog = parent->findChild<HistoryDialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog)
        dialog = new HistoryDialog(roots, parent);
    else
        dialog->refresh();
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

HistoryDialog::~HistoryDialog()
{
    saveSettings();
}

void HistoryDialog::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("history/model"), m_modelFilter->text());
    settings.setValue(QStringLiteral("history/board"), m_boardFilter->text());
    settings.setValue(QStringLiteral("history/result"), m_resultFilter->currentData());
    settings.setValue(QStringLiteral("history/header"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("history/size"), size());
}

void HistoryDialog::refresh()
{
    m_status->setText(tr("Reading the records…"));
    m_scan->start();
}

void HistoryDialog::showScan(const History::RecordScan &scan)
{
    m_records = scan.records;
    m_model->removeRows(0, m_model->rowCount());
    for (qsizetype i = 0; i < m_records.size(); ++i) {
        const History::RecordSummary &r = m_records.at(i);
        QList<QStandardItem *>
            row{item(r.created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                     r.created),
                item(r.result == History::RecordResult::Finished || r.step.isEmpty()
                         ? History::resultTitle(r.result)
                         : tr("%1 during %2").arg(History::resultTitle(r.result), r.step)),
                item(r.model),
                item(r.board),
                item(r.serialNumber),
                item(r.latencyMedianUs ? tr("%1 us").arg(*r.latencyMedianUs, 0, 'f', 0) : QString(),
                     r.latencyMedianUs ? QVariant(*r.latencyMedianUs) : QVariant(-1.0)),
                item(r.agreementText())};
        row.first()->setData(int(i), indexRole);
        row.first()->setToolTip(r.folder);
        m_model->appendRow(row);
    }
    QStringList problems;
    for (const Error &error : scan.errors)
        problems << error.oneLine();
    m_status->setText(problems.isEmpty()
                          ? tr("%n record(s).", nullptr, int(m_records.size()))
                          : tr("%n record(s). Not readable: %1", nullptr, int(m_records.size()))
                                .arg(problems.join(QStringLiteral("; "))));
    applyFilter();
    emit refreshed();
}

void HistoryDialog::applyFilter()
{
    History::RecordFilter filter;
    filter.model = m_modelFilter->text().trimmed();
    filter.board = m_boardFilter->text().trimmed();
    filter.result = History::resultFromName(m_resultFilter->currentData().toString());
    if (m_sinceEnabled->isChecked())
        filter.since = QDateTime(m_since->date(), QTime(0, 0));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const int index = m_model->item(row, 0)->data(indexRole).toInt();
        const bool shown = filter.matches(m_records.at(index));
        const QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(row, 0));
        m_table->setRowHidden(proxyIndex.row(), !shown);
    }
    updateButtons();
}

const History::RecordSummary *HistoryDialog::selectedRecord() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || m_table->isRowHidden(rows.first().row()))
        return nullptr;
    const int index = m_proxy->mapToSource(rows.first()).siblingAtColumn(0).data(indexRole).toInt();
    return index >= 0 && index < m_records.size() ? &m_records.at(index) : nullptr;
}

void HistoryDialog::setRunAgain(RunAgain runAgain)
{
    m_runAgainHandler = std::move(runAgain);
    m_runAgain->setVisible(bool(m_runAgainHandler));
    updateButtons();
}

void HistoryDialog::runSelectedAgain()
{
    const History::RecordSummary *record = selectedRecord();
    if (!record || !m_runAgainHandler)
        return;
    const Result<QString> started = m_runAgainHandler(*record);
    if (!started) {
        m_status->setText(started.error().oneLine());
        return;
    }
    m_status->setText(started->isEmpty() ? tr("Running %1 again.").arg(record->model)
                                         : tr("Running %1 again. %2").arg(record->model, *started));
    // The run shows in the main window.
    if (QWidget *window = parentWidget()) {
        window->raise();
        window->activateWindow();
    }
}

void HistoryDialog::updateButtons()
{
    const History::RecordSummary *record = selectedRecord();
    const bool selected = record != nullptr;
    // A record whose project is gone cannot run again (a deployment that failed before
    // generating has none; a deleted project folder neither).
    m_runAgain->setEnabled(selected && !record->projectDir.isEmpty()
                           && QFileInfo(record->projectDir).isDir());
    m_open->setEnabled(selected);
    m_delete->setEnabled(selected);
    m_export->setEnabled(selected);
}

void HistoryDialog::openSelected()
{
    const History::RecordSummary *record = selectedRecord();
    if (!record)
        return;
    const Result<QJsonObject> report = History::buildReport(record->folder);
    if (!report) {
        m_status->setText(report.error().oneLine());
        return;
    }
    auto *view = new QDialog(this);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->setWindowTitle(tr("Record %1").arg(record->id));
    auto *browser = new QTextBrowser(view);
    browser->setHtml(History::reportHtml(*report));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, view);
    QPushButton *folder = buttons->addButton(tr("Open Logs &Folder"), QDialogButtonBox::ActionRole);
    const QString logs = record->folder + QStringLiteral("/logs");
    connect(folder, &QPushButton::clicked, view, [logs] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(logs));
    });
    connect(buttons, &QDialogButtonBox::rejected, view, &QDialog::close);
    auto *layout = new QVBoxLayout(view);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    view->resize(800, 700);
    view->show();
}

void HistoryDialog::deleteSelected()
{
    const History::RecordSummary *record = selectedRecord();
    if (!record)
        return;
    const QString folder = record->folder;
    auto *confirm = new QMessageBox(QMessageBox::Warning,
                                    tr("Delete Record"),
                                    tr("Delete the record of %1 (%2)? Its logs, results and the "
                                       "project inside it are removed.")
                                        .arg(record->model, folder),
                                    QMessageBox::Yes | QMessageBox::Cancel,
                                    this);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    confirm->setDefaultButton(QMessageBox::Cancel);
    connect(confirm, &QMessageBox::finished, this, [this, folder](int button) {
        if (button != QMessageBox::Yes)
            return;
        if (Result<void> removed = History::RecordIndex::remove(folder); !removed)
            m_status->setText(removed.error().oneLine());
        refresh();
    });
    confirm->open();
}

Result<void> HistoryDialog::exportSelected(const QString &path) const
{
    const History::RecordSummary *record = selectedRecord();
    if (!record)
        return fail(ErrorCode::InvalidArgument, tr("No record is selected."), path);
    const Result<QJsonObject> report = History::buildReport(record->folder);
    if (!report)
        return std::unexpected(report.error());
    return path.endsWith(QLatin1String(".html"), Qt::CaseInsensitive)
                   || path.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive)
               ? History::writeHtmlReport(*report, path)
               : History::writeJsonReport(*report, path);
}

void HistoryDialog::chooseExport()
{
    const History::RecordSummary *record = selectedRecord();
    if (!record)
        return;
    auto *dialog = new QFileDialog(this,
                                   tr("Export Report"),
                                   record->id + QStringLiteral(".html"),
                                   tr("HTML report (*.html);;JSON report (*.json)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        const Result<void> written = exportSelected(path);
        m_status->setText(written ? tr("Wrote %1").arg(path) : written.error().oneLine());
    });
    dialog->open();
}

} // namespace TinyDeploy::Gui
