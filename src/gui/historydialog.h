#pragma once

#include <history/recordindex.h>

#include <QDialog>
#include <QList>

#include <functional>

class QAction;
class QMainWindow;
class QMenu;

class QComboBox;
class QDateEdit;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace TinyDeploy::Gui {

class HistoryScan;
class WizardController;

/// @brief The History view: every deployment record of the GUI and the CLI in a sortable,
/// filterable table (model, board, serial number, date, result, latency, agreement or
/// accuracy), with Open (the record's report and its folder), Delete (confirmed) and Export
/// (HTML or JSON report). Non-modal; the records are read on a worker thread (HistoryScan).
/// The filter and the column widths are remembered (QSettings "history/...").
class HistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryDialog)

public:
    enum Column {
        DateColumn,
        ResultColumn,
        ModelColumn,
        BoardColumn,
        SerialColumn,
        LatencyColumn,
        AgreementColumn,
        ColumnCount
    };

    explicit HistoryDialog(const QStringList &roots, QWidget *parent = nullptr);
    ~HistoryDialog() override;

    /// Adds View > History (Ctrl+H) to @p menu of @p window, and, once the event loop runs,
    /// the non-modal notice of records interrupted since the last start
    /// (HistoryScan::noticeInterrupted()) in @p window's status bar. The records are those of
    /// @p controller's records root (and the default one); Run Again runs a record's project
    /// on its board through @p controller (WizardController::runRecordAgain()).
    static QAction *install(QMainWindow *window, QMenu *menu, WizardController *controller);

    /// What Run Again does with the selected record: starts it, or says why not (shown in the
    /// dialog); a returned note is shown too. Without one, Run Again is hidden.
    using RunAgain = std::function<Result<QString>(const History::RecordSummary &record)>;
    void setRunAgain(RunAgain runAgain);
    /// Presses Run Again on the selected record (what the button does).
    void runSelectedAgain();

    /// Shows the History of @p parent (made on first use, one per window) and raises it.
    static HistoryDialog *showFor(QWidget *parent, const QStringList &roots);

    /// Reads the records again.
    void refresh();
    QTableView *table() const { return m_table; }
    /// The records listed (after a scan), in the model's order.
    const QList<History::RecordSummary> &records() const { return m_records; }
    /// The record of the selected row, or null.
    const History::RecordSummary *selectedRecord() const;
    /// Writes the selected record's report (HTML when @p path ends in .html, else JSON).
    Result<void> exportSelected(const QString &path) const;

signals:
    /// A scan finished and the table shows it.
    void refreshed();

private:
    void applyFilter();
    void showScan(const History::RecordScan &scan);
    void openSelected();
    void deleteSelected();
    void chooseExport();
    void updateButtons();
    void saveSettings() const;

    HistoryScan *m_scan = nullptr;
    QList<History::RecordSummary> m_records;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_modelFilter = nullptr;
    QLineEdit *m_boardFilter = nullptr;
    QComboBox *m_resultFilter = nullptr;
    QCheckBox *m_sinceEnabled = nullptr;
    QDateEdit *m_since = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_runAgain = nullptr;
    RunAgain m_runAgainHandler;
    QPushButton *m_delete = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace TinyDeploy::Gui
