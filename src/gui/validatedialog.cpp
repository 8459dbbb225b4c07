#include "validatedialog.h"
#include "imageinput.h"
#include "latencychart.h"

#include <deploy/deployment.h>
#include <validate/validation.h>

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace TinyDeploy::Gui {

using namespace TinyDeploy::Validate;

namespace {

const QString folderKey = QStringLiteral("validation/dataset");

// A cell that sorts by number.
QTableWidgetItem *numberItem(const std::optional<double> &value)
{
    auto *item = new QTableWidgetItem;
    if (value)
        item->setData(Qt::DisplayRole, *value);
    else
        item->setText(QStringLiteral("-"));
    return item;
}

QTableWidgetItem *classItem(const std::optional<qint64> &value)
{
    return numberItem(value ? std::optional(double(*value)) : std::nullopt);
}

QString percent(const std::optional<double> &fraction)
{
    return fraction ? QStringLiteral("%1 %").arg(*fraction * 100, 0, 'f', 2)
                    : ValidateDialog::tr("n/a");
}

} // namespace

ValidateDialog::ValidateDialog(Deploy::Deployment *deployment, QWidget *parent)
    : QDialog(parent)
    , m_deployment(deployment)
    , m_validation(new Validation(this))
    , m_folder(new QLineEdit(this))
    , m_choose(new QPushButton(tr("&Choose…"), this))
    , m_start(new QPushButton(tr("&Start"), this))
    , m_pause(new QPushButton(tr("&Pause"), this))
    , m_cancel(new QPushButton(tr("C&ancel"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_figures(new QLabel(this))
    , m_samples(new QTableWidget(0, 7, this))
    , m_confusion(new QTableWidget(this))
    , m_latency(new LatencyChart(this))
{
    setWindowTitle(tr("Validate on the device"));
    m_folder->setText(QSettings().value(folderKey).toString());
    m_folder->setPlaceholderText(tr("A data set folder: inputs/ with expected/ or labels.csv, "
                                    "or one folder per class"));
    auto *folderRow = new QHBoxLayout;
    auto *folderLabel = new QLabel(tr("&Data set:"), this);
    folderLabel->setBuddy(m_folder);
    folderRow->addWidget(folderLabel);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_choose);
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_start);
    controls->addWidget(m_pause);
    controls->addWidget(m_cancel);
    controls->addWidget(m_progress, 1);

    m_samples->setHorizontalHeaderLabels({tr("Sample"),
                                          tr("Max abs error"),
                                          tr("Predicted"),
                                          tr("Reference"),
                                          tr("Label"),
                                          tr("Agrees"),
                                          tr("Latency (us)")});
    m_samples->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_samples->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_samples->horizontalHeader()->setStretchLastSection(true);
    m_confusion->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_confusion->setToolTip(tr("Rows: the label; columns: the predicted class."));
    m_figures->setTextFormat(Qt::PlainText);
    m_figures->setWordWrap(true);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_samples, tr("Samples, worst first"));
    tabs->addTab(m_confusion, tr("Confusion matrix"));
    tabs->addTab(m_latency, tr("Latency"));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(folderRow);
    layout->addLayout(controls);
    layout->addWidget(m_status);
    layout->addWidget(m_figures);
    layout->addWidget(tabs, 1);
    layout->addWidget(close);
    resize(760, 560);

    connect(close, &QDialogButtonBox::rejected, this, &ValidateDialog::reject);
    connect(m_choose, &QPushButton::clicked, this, &ValidateDialog::chooseFolder);
    connect(m_start, &QPushButton::clicked, this, &ValidateDialog::start);
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (m_validation->state() == ValidationState::Paused)
            m_validation->resume();
        else
            m_validation->pause();
        update();
    });
    connect(m_cancel, &QPushButton::clicked, m_validation, &Validation::cancel);
    connect(m_folder, &QLineEdit::textChanged, this, &ValidateDialog::update);
    connect(m_validation, &Validation::stateChanged, this, &ValidateDialog::update);
    connect(m_validation, &Validation::sampleFinished, this, &ValidateDialog::addSample);
    connect(m_validation, &Validation::progress, this, [this](qsizetype done, qsizetype total) {
        m_progress->setMaximum(int(total));
        m_progress->setValue(int(done));
    });
    connect(m_validation, &Validation::warning, m_status, &QLabel::setText);
    connect(m_validation, &Validation::finished, this, &ValidateDialog::showFigures);
    update();
}

ValidateDialog::~ValidateDialog() = default;

void ValidateDialog::reject()
{
    m_validation->cancel(); // the device is the deployment's again
    QDialog::reject();
}

void ValidateDialog::chooseFolder()
{
    auto *dialog = new QFileDialog(this, tr("Choose the data set folder"), m_folder->text());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, m_folder, &QLineEdit::setText);
    dialog->open();
}

void ValidateDialog::start()
{
    if (!m_deployment || !m_deployment->runner() || !m_deployment->deviceInfo()) {
        m_status->setText(tr("The device is not connected: run the model once first."));
        return;
    }
    const Deploy::SampleKit &kit = m_deployment->sampleKit();
    Result<DataSet> dataSet = DataSet::open(m_folder->text(), kit.labels());
    if (!dataSet) {
        m_status->setText(dataSet.error().oneLine() + QLatin1Char('\n') + dataSet.error().hint);
        return;
    }
    QSettings().setValue(folderKey, m_folder->text());
    dataSet->setImageDecoder(readImagePixels);
    dataSet->setInputQuant(kit.inputQuant());
    ValidationSettings settings;
    settings.recordFolder = m_deployment->recordFolder();
    settings.reference = dataSet->hasExpected() ? Reference::Expected : Reference::Labels;
    settings.topK = m_deployment->settings().topK;
    m_validation->setSettings(settings);
    m_validation->setDataSet(*dataSet);
    m_validation->setSampleKit(kit);
    m_validation->setBoard(m_deployment->runner(), *m_deployment->deviceInfo());
    m_samples->setRowCount(0);
    m_latency->clear();
    m_figures->clear();
    if (Result<void> started = m_validation->start(); !started) {
        m_status->setText(started.error().oneLine() + QLatin1Char('\n') + started.error().hint);
        return;
    }
    m_status->setText(tr("Validating %1 against its %2.")
                          .arg(dataSet->path(),
                               settings.reference == Reference::Expected ? tr("expected outputs")
                                                                         : tr("labels")));
    update();
}

void ValidateDialog::addSample(const SampleOutcome &outcome)
{
    m_samples->setSortingEnabled(false);
    const int row = m_samples->rowCount();
    m_samples->insertRow(row);
    m_samples->setItem(row, 0, new QTableWidgetItem(outcome.name));
    m_samples->setItem(row, 1, numberItem(outcome.maxAbsError()));
    m_samples->setItem(row, 2, classItem(outcome.predicted));
    m_samples->setItem(row, 3, classItem(outcome.expected));
    m_samples->setItem(row, 4, classItem(outcome.label));
    m_samples->setItem(row, 5, new QTableWidgetItem(outcome.disagrees() ? tr("no") : tr("yes")));
    m_samples->setItem(row, 6, numberItem(outcome.latencyUs));
    m_latency->addRun(outcome.latencyUs);
}

void ValidateDialog::showFigures()
{
    // The table in worst-first order (the user may sort by any column afterwards).
    m_samples->setSortingEnabled(false);
    m_samples->setRowCount(0);
    const QList<SampleOutcome> worst = worstFirst(m_validation->outcomes());
    for (const SampleOutcome &outcome : worst) {
        addSample(outcome);
    }
    m_latency->clear();
    for (const SampleOutcome &outcome : m_validation->outcomes())
        m_latency->addRun(outcome.latencyUs);
    m_samples->setSortingEnabled(true);

    const ValidationMetrics &metrics = m_validation->metrics();
    QStringList lines{
        tr("%1 of %2 samples.").arg(m_validation->completed()).arg(m_validation->total())};
    for (const ValidationMetrics::OutputFigures &output : metrics.outputs()) {
        lines << tr("Output %1: max abs error %2, RMSE %3, cosine %4")
                     .arg(output.name)
                     .arg(output.maxAbsError, 0, 'g', 6)
                     .arg(output.rmse, 0, 'g', 6)
                     .arg(output.cosine, 0, 'g', 6);
    }
    if (metrics.isClassifier()) {
        lines << tr("Top-1 agreement %1, top-%2 agreement %3, accuracy %4")
                     .arg(percent(metrics.top1Agreement()))
                     .arg(m_validation->settings().topK)
                     .arg(percent(metrics.topKAgreement()), percent(metrics.accuracy()));
        const QStringList labels = metrics.classLabels();
        m_confusion->setRowCount(int(labels.size()));
        m_confusion->setColumnCount(int(labels.size()));
        m_confusion->setHorizontalHeaderLabels(labels);
        m_confusion->setVerticalHeaderLabels(labels);
        const auto &confusion = metrics.confusion();
        for (qsizetype r = 0; r < confusion.size(); ++r) {
            for (qsizetype c = 0; c < confusion.at(r).size(); ++c) {
                auto *item = new QTableWidgetItem(QString::number(confusion.at(r).at(c)));
                if (r == c)
                    item->setFont([&] {
                        QFont font = item->font();
                        font.setBold(true);
                        return font;
                    }());
                m_confusion->setItem(int(r), int(c), item);
            }
        }
    }
    const ValidationMetrics::LatencyFigures latency = metrics.latency();
    lines << tr("Latency: min %1 us, median %2 us, p95 %3 us, max %4 us")
                 .arg(latency.min)
                 .arg(latency.median)
                 .arg(latency.p95)
                 .arg(latency.max);
    m_figures->setText(lines.join(QLatin1Char('\n')));
    const std::optional<Error> error = m_validation->error();
    m_status->setText(error ? error->oneLine() + QLatin1Char('\n') + error->hint
                      : m_validation->state() == ValidationState::Cancelled
                          ? tr("Cancelled; the record keeps what was done.")
                          : tr("Done: %1").arg(m_validation->summaryPath()));
    update();
}

void ValidateDialog::update()
{
    const bool active = m_validation->isActive();
    m_start->setEnabled(!active && !m_folder->text().isEmpty());
    m_folder->setEnabled(!active);
    m_choose->setEnabled(!active);
    m_pause->setEnabled(active);
    m_cancel->setEnabled(active);
    m_pause->setText(m_validation->state() == ValidationState::Paused ? tr("&Resume")
                                                                      : tr("&Pause"));
}

} // namespace TinyDeploy::Gui
