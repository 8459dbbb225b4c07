#include "kioskwindow.h"
#include "kioskcontroller.h"

#include <drawingcanvas.h>
#include <outputsview.h>

#include <deploy/deployment.h>

#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace TinyDeploy::Gui {

namespace {
QFont scaledFont(const QFont &base, double factor, bool bold = false)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}
} // namespace

KioskWindow::KioskWindow(KioskController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("kioskWindow"));
    setWindowTitle(controller->config().title);
    const QFont base = font();

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("titleLabel"));
    m_title->setFont(scaledFont(base, 2.6, true));
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setFont(scaledFont(base, 1.5));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_board = new QLabel(this);
    m_board->setObjectName(QStringLiteral("boardLabel"));
    m_board->setFont(scaledFont(base, 1.4));
    m_board->setAlignment(Qt::AlignCenter);
    m_board->setAccessibleName(tr("Board"));

    m_deploy = new QPushButton(tr("Deploy"), this);
    m_deploy->setObjectName(QStringLiteral("deployButton"));
    m_deploy->setFont(scaledFont(base, 2.2, true));
    m_deploy->setMinimumSize(320, 90);
    m_deploy->setAccessibleName(tr("Deploy"));
    m_deploy->setToolTip(tr("Puts the model on the board and runs it (Enter)"));
    connect(m_deploy, &QPushButton::clicked, controller, &KioskController::deploy);
    for (const QKeySequence &key :
         {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter), QKeySequence(Qt::Key_Space)}) {
        auto *shortcut = new QShortcut(key, this);
        connect(shortcut, &QShortcut::activated, controller, &KioskController::deploy);
    }
    auto *quitShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q), this);
    connect(quitShortcut, &QShortcut::activated, this, &KioskWindow::quit);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setRange(0, 100);
    m_progress->setMinimumHeight(36);
    m_progress->setFont(scaledFont(base, 1.3));
    m_progress->setAccessibleName(tr("Progress"));

    m_errorBox = new QWidget(this);
    m_error = new QLabel(m_errorBox);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setFont(scaledFont(base, 1.5, true));
    m_error->setWordWrap(true);
    m_error->setAlignment(Qt::AlignCenter);
    m_detailsButton = new QToolButton(m_errorBox);
    m_detailsButton->setObjectName(QStringLiteral("detailsButton"));
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setToolTip(tr("The full error, for the teacher"));
    m_details = new QPlainTextEdit(m_errorBox);
    m_details->setObjectName(QStringLiteral("detailsText"));
    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("Error details"));
    m_details->hide();
    connect(m_detailsButton, &QToolButton::toggled, m_details, &QWidget::setVisible);
    auto *errorLayout = new QVBoxLayout(m_errorBox);
    errorLayout->setContentsMargins(0, 0, 0, 0);
    errorLayout->addWidget(m_error);
    errorLayout->addWidget(m_detailsButton, 0, Qt::AlignCenter);
    errorLayout->addWidget(m_details, 1);

    m_results = new QWidget(this);
    m_prediction = new QLabel(m_results);
    m_prediction->setObjectName(QStringLiteral("predictionLabel"));
    m_prediction->setFont(scaledFont(base, 2.0, true));
    m_prediction->setAlignment(Qt::AlignCenter);
    m_prediction->setWordWrap(true);
    m_latency = new QLabel(m_results);
    m_latency->setObjectName(QStringLiteral("latencyLabel"));
    m_latency->setFont(scaledFont(base, 1.2));
    m_latency->setAlignment(Qt::AlignCenter);
    m_drawing = new DrawingPanel(m_results);
    m_outputs = new OutputsView(m_results);
    m_outputs->setObjectName(QStringLiteral("outputsView"));
    m_outputs->setTopCount(10);
    connect(m_drawing->canvas(),
            &DrawingCanvas::drawingFinished,
            controller,
            &KioskController::runDrawing);
    auto *row = new QHBoxLayout;
    row->addWidget(m_drawing, 1);
    row->addWidget(m_outputs, 1);
    auto *resultsLayout = new QVBoxLayout(m_results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(m_prediction);
    resultsLayout->addWidget(m_latency);
    resultsLayout->addLayout(row, 1);

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_deploy);
    buttonRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 32);
    layout->setSpacing(16);
    layout->addWidget(m_title);
    layout->addWidget(m_message);
    layout->addWidget(m_board);
    layout->addLayout(buttonRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_errorBox);
    layout->addWidget(m_results, 1);

    connect(controller, &KioskController::phaseChanged, this, &KioskWindow::refresh);
    connect(controller, &KioskController::boardChanged, this, &KioskWindow::refresh);
    connect(controller, &KioskController::progressChanged, this, &KioskWindow::refresh);
    connect(controller, &KioskController::resultChanged, this, &KioskWindow::refresh);
    refresh();
    m_deploy->setFocus();
}

KioskWindow::~KioskWindow() = default;

QString KioskWindow::boardText() const
{
    return m_board->text();
}

QString KioskWindow::progressText() const
{
    return m_progress->text();
}

QString KioskWindow::predictionText() const
{
    return m_prediction->text();
}

QString KioskWindow::errorText() const
{
    return m_errorBox->isHidden() ? QString() : m_error->text();
}

QString KioskWindow::detailsText() const
{
    return m_details->toPlainText();
}

void KioskWindow::refresh()
{
    using Phase = KioskController::Phase;
    const Phase phase = m_controller->phase();
    m_title->setText(m_controller->config().title);
    m_message->setText(m_controller->config().message);
    m_message->setVisible(!m_controller->config().message.isEmpty());
    m_board->setText(m_controller->boardText());
    m_board->setVisible(phase != Phase::NoConfiguration);
    m_deploy->setEnabled(m_controller->canDeploy());
    m_deploy->setText(phase == Phase::Done || phase == Phase::Failed ? tr("Deploy Again")
                                                                     : tr("Deploy"));

    m_progress->setVisible(phase == Phase::Deploying || phase == Phase::Done);
    m_progress->setValue(m_controller->percent());
    m_progress->setFormat(phase == Phase::Done ? tr("Done")
                          : m_controller->stepText().isEmpty()
                              ? tr("Starting…")
                              : tr("%1: %p%").arg(m_controller->stepText()));

    const bool failed = phase == Phase::Failed || phase == Phase::NoConfiguration;
    m_errorBox->setVisible(failed);
    if (failed) {
        m_error->setText(m_controller->errorText());
        m_details->setPlainText(m_controller->error() ? m_controller->error()->fullText()
                                                      : QString());
    } else {
        m_detailsButton->setChecked(false);
    }
    showResult();
}

void KioskWindow::showResult()
{
    const std::optional<Deploy::RunResult> &result = m_controller->result();
    const bool draw = m_controller->canDraw()
                      && m_controller->phase() == KioskController::Phase::Done;
    m_drawing->setVisible(draw);
    m_results->setVisible(result.has_value() || draw);
    if (!result) {
        m_prediction->clear();
        m_latency->clear();
        m_outputs->clear();
        return;
    }
    m_outputs->setLabels(m_controller->labels());
    if (!result->outputs.isEmpty()) {
        const Tensor::Tensor real = result->dequantized.value(0);
        if (!real.isNull())
            m_outputs->setOutput(result->outputNames.value(0), real, result->outputs.constFirst());
        else
            m_outputs->setOutput(result->outputNames.value(0), result->outputs.constFirst());
    }
    if (!result->topK.isEmpty()) {
        const qint64 index = result->topK.constFirst().index;
        const QString label = result->topKLabels.value(0, QString::number(index));
        m_prediction->setText(result->input.name == QLatin1String("drawing")
                                  ? tr("You drew: %1").arg(label)
                                  : tr("The board says: %1").arg(label));
    } else {
        m_prediction->setText(tr("The model ran on the board."));
    }
    const Deploy::LatencySummary latency = result->latency();
    QString took;
    if (latency.runs > 0 && m_controller->runsOnThisComputer())
        took = tr("It took %1 µs on this computer.").arg(latency.medianUs);
    else if (latency.runs > 0 && result->cyclesEmulated)
        took = tr("It took %1 µs on the emulated board.").arg(latency.medianUs);
    else if (latency.runs > 0)
        took = tr("It took %1 µs on the board.").arg(latency.medianUs);
    m_latency->setText(took);
}

void KioskWindow::quit()
{
    if (m_quitting)
        return;
    m_quitting = true;
    m_board->setText(tr("Stopping the board…"));
    m_controller->shutdown([this] { close(); });
    // Never kept open by a device that does not stop.
    QTimer::singleShot(5000, this, &QWidget::close);
}

void KioskWindow::closeEvent(QCloseEvent *event)
{
    // Students cannot close it; a teacher quits with Ctrl+Q.
    if (m_quitting)
        event->accept();
    else
        event->ignore();
}

} // namespace TinyDeploy::Gui
