#pragma once

#include <batch/batchdeployment.h>

#include <deploy/deploymenttypes.h>
#include <templates/boardinfo.h>

#include <QDialog>
#include <QPointer>

#include <functional>
#include <optional>

class QLabel;
class QMenu;
class QPushButton;
class QSpinBox;
class QTableView;

namespace TinyDeploy::Gui {

class BatchTableModel;
class WizardController;

/// @brief "Deploy to Several Boards": one row per board (BatchTableModel over a
/// Batch::BatchDeployment), Start, Cancel All, Retry per failed row, the summary at the end,
/// Export Report. The batch holds every state; the dialog only shows it and passes on what the
/// user asks. The number of emulated boards and of boards at once are remembered (QSettings).
class BatchDialog final : public QDialog
{
    Q_OBJECT

public:
    /// @p board: the board type (none or emulated: emulated boards).
    BatchDialog(const Deploy::DeploymentSettings &settings,
                const std::optional<Templates::BoardInfo> &board,
                QWidget *parent = nullptr);
    ~BatchDialog() override;

    /// Adds "Deploy to Several Boards…" to @p menu: opens the dialog for the controller's
    /// model, template, board and options (disabled until those are chosen).
    static QAction *install(QWidget *window, QMenu *menu, WizardController *controller);

    Batch::BatchDeployment *batch() const { return m_batch; }
    BatchTableModel *model() const { return m_model; }
    void setEmulatedCount(int count);
    void setMaxParallel(int count);
    /// Starts the batch shown (a new one when the last has ended), as the Deploy button does.
    void start();

    void reject() override;

private:
    void prepare();
    void updateControls();
    void updateRetryButtons();
    void onFinished();
    void offer(const Batch::BoardTarget &target);
    void exportReport();

    Deploy::DeploymentSettings m_settings;
    std::optional<Templates::BoardInfo> m_board;
    QPointer<Batch::BatchDeployment> m_batch;
    BatchTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_found = nullptr;
    QSpinBox *m_count = nullptr;
    QSpinBox *m_parallel = nullptr;
    QWidget *m_offerBar = nullptr;
    QLabel *m_offerText = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_export = nullptr;
    QList<Batch::BoardTarget> m_offered;
    bool m_closeWhenDone = false;
};

} // namespace TinyDeploy::Gui
