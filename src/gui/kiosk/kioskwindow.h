#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace TinyDeploy::Gui {

class DrawingPanel;
class KioskController;
class OutputsView;

/// @brief The kiosk's one screen: a big title and the teacher's message, the board's status,
/// one big Deploy button (Enter or Space), one progress bar with the step's name, then the
/// prediction, the class bars, the latency and, for an image classifier, a canvas to draw on.
/// A failure is one sentence with what to do; the pipeline's error is behind Details.
///
/// Nothing can be changed: no menus, no options; Escape and the window's close button do not
/// quit. A teacher quits with Ctrl+Q, which stops the device first. It observes its
/// KioskController and keeps no state of its own.
class KioskWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KioskWindow)

public:
    explicit KioskWindow(KioskController *controller, QWidget *parent = nullptr);
    ~KioskWindow() override;

    KioskController *controller() const { return m_controller; }
    QPushButton *deployButton() const { return m_deploy; }
    DrawingPanel *drawingPanel() const { return m_drawing; }
    OutputsView *outputsView() const { return m_outputs; }
    QString boardText() const;
    QString progressText() const;
    QString predictionText() const;
    QString errorText() const;
    /// What Details shows.
    QString detailsText() const;
    bool isQuitting() const { return m_quitting; }

public slots:
    /// Ctrl+Q: stops the device, then closes the window (and so quits).
    void quit();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void refresh();
    void showResult();

    KioskController *m_controller = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_board = nullptr;
    QPushButton *m_deploy = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_prediction = nullptr;
    QLabel *m_latency = nullptr;
    OutputsView *m_outputs = nullptr;
    DrawingPanel *m_drawing = nullptr;
    QWidget *m_results = nullptr;
    QWidget *m_errorBox = nullptr;
    QLabel *m_error = nullptr;
    QToolButton *m_detailsButton = nullptr;
    QPlainTextEdit *m_details = nullptr;
    bool m_quitting = false;
};

} // namespace TinyDeploy::Gui
