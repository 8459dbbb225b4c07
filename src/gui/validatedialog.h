#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace TinyDeploy::Deploy {
class Deployment;
}

namespace TinyDeploy::Validate {
class Validation;
struct SampleOutcome;
} // namespace TinyDeploy::Validate

namespace TinyDeploy::Gui {

class LatencyChart;

/// @brief Validates the deployed model on its device with a data set: the folder (remembered),
/// progress, Pause/Resume, Cancel, the samples worst first (sortable), the per-output figures,
/// the confusion matrix and the latency chart. It observes a Validate::Validation, which
/// drives the deployment's open runner; nothing here blocks.
class ValidateDialog final : public QDialog
{
    Q_OBJECT

public:
    /// @p deployment must have its device open (after a Run step with keepDeviceOpen).
    explicit ValidateDialog(Deploy::Deployment *deployment, QWidget *parent = nullptr);
    ~ValidateDialog() override;

    Validate::Validation *validation() const { return m_validation; }
    /// Starts with the data set folder in the field (also what the Start button does).
    void start();

private:
    void chooseFolder();
    void addSample(const Validate::SampleOutcome &outcome);
    void showFigures();
    void update();
    void reject() override;

    Deploy::Deployment *m_deployment;
    Validate::Validation *m_validation;
    QLineEdit *m_folder;
    QPushButton *m_choose;
    QPushButton *m_start;
    QPushButton *m_pause;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_figures;
    QTableWidget *m_samples;
    QTableWidget *m_confusion;
    LatencyChart *m_latency;
};

} // namespace TinyDeploy::Gui
