#include "packagedialog.h"
#include "batchdialog.h"
#include "errormessage.h"

#include <batch/boardmatcher.h>
#include <deploy/deployment.h>

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace TinyDeploy::Gui {

namespace {
constexpr int maxLogLines = 5000;

QLabel *readOnly(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

PackageDialog::PackageDialog(const QString &path,
                             const Package::PackageManifest &manifest,
                             QWidget *parent)
    : QDialog(parent)
    , m_path(path)
{
    setWindowTitle(tr("Deployment Package %1").arg(QFileInfo(path).fileName()));
    auto *form = new QFormLayout;
    form->addRow(tr("Model:"), readOnly(manifest.modelName, this));
    form->addRow(tr("Board:"),
                 readOnly(manifest.emulated ? tr("%1 (emulated)").arg(manifest.boardName)
                                            : manifest.boardName,
                          this));
    form->addRow(tr("Template:"), readOnly(manifest.templateName, this));
    form->addRow(tr("Flasher:"), readOnly(manifest.flasher, this));
    form->addRow(tr("Sample inputs:"), readOnly(QString::number(manifest.samples.size()), this));
    form->addRow(tr("Made:"),
                 readOnly(tr("%1 by TinyDeploy %2")
                              .arg(QLocale().toString(manifest.created.toLocalTime(),
                                                      QLocale::ShortFormat),
                                   manifest.tinydeployVersion),
                          this));
    m_port = new QLineEdit(this);
    m_port->setPlaceholderText(manifest.emulated ? tr("not needed: the emulated board reports it")
                                                 : tr("found by USB id, or e.g. /dev/ttyACM0"));
    m_port->setAccessibleName(tr("Serial port"));
    form->addRow(tr("Serial &port:"), m_port);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_log = new QPlainTextEdit(this);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(maxLogLines); // bounded: a device may log for hours
    m_log->setAccessibleName(tr("Log"));
    m_outcome = new QLabel(this);
    m_outcome->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_flash = buttons->addButton(tr("&Flash and Run"), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Close);
    m_several = buttons->addButton(tr("Flash &Several Boards…"), QDialogButtonBox::ActionRole);
    m_several->setObjectName(QStringLiteral("packageSeveral"));
    m_several->setToolTip(tr("Flash this package into several boards at once, a few at a time, "
                             "and check each with the package's samples."));
    connect(m_flash, &QPushButton::clicked, this, &PackageDialog::flashAndRun);
    connect(m_several, &QPushButton::clicked, this, &PackageDialog::flashSeveralBoards);
    connect(m_cancel, &QPushButton::clicked, this, &PackageDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_log, 1);
    layout->addWidget(m_outcome);
    layout->addWidget(buttons);
    resize(640, 520);
}

PackageDialog::~PackageDialog()
{
    if (m_deployment)
        m_deployment->cancel();
}

void PackageDialog::flashAndRun()
{
    if (m_deployment && m_deployment->isActive())
        return;
    if (m_deployment)
        m_deployment->closeDevice();
    m_deployment = std::make_unique<Deploy::Deployment>();
    Deploy::DeploymentSettings settings = packageSettings();
    settings.serialPort = m_port->text().trimmed();
    m_deployment->setSettings(settings);
    Deploy::Deployment *deployment = m_deployment.get();
    connect(deployment,
            &Deploy::Deployment::logLine,
            this,
            [this](Deploy::DeploymentStep, const QDateTime &, const QString &text, auto) {
                m_log->appendPlainText(text);
            });
    connect(deployment, &Deploy::Deployment::progress, this, [this](auto step, int percent) {
        // Flash, Connect and Run share the bar: a third each.
        const int base = (int(step) - int(Deploy::DeploymentStep::Flash)) * 33;
        m_progress->setValue(base + (percent < 0 ? 0 : percent / 3));
    });
    connect(deployment, &Deploy::Deployment::stateChanged, this, &PackageDialog::updateButtons);
    connect(deployment, &Deploy::Deployment::finished, this, [this, deployment](auto state) {
        const Deploy::ResultStore &store = deployment->resultStore();
        if (state == Deploy::DeploymentState::Finished) {
            m_progress->setValue(100);
            m_outcome->setText(store.compared() > 0
                                   ? tr("Done: %1 of %2 outputs agree with the expected ones.")
                                         .arg(store.agreeing())
                                         .arg(store.compared())
                                   : tr("Done: the model ran on the device."));
        } else if (deployment->error()) {
            const Error error = *deployment->error();
            m_outcome->setText(error.hint.isEmpty() ? error.oneLine()
                                                    : tr("%1 %2").arg(error.oneLine(), error.hint));
        }
        updateButtons();
    });
    m_log->clear();
    m_outcome->clear();
    m_progress->setValue(0);
    if (Result<void> started = m_deployment->start(); !started)
        m_outcome->setText(started.error().oneLine());
    updateButtons();
}

void PackageDialog::flashSeveralBoards()
{
    if (m_deployment && m_deployment->isActive())
        return;
    // The package is checked (hash, recipe) before any board is listed or touched.
    const Result<std::optional<Templates::BoardInfo>> board = Batch::packageBoard(m_path);
    if (!board) {
        showErrorMessage(this, tr("Flash Several Boards"), board.error());
        return;
    }
    auto *dialog = new BatchDialog(packageSettings(), *board, this);
    dialog->setObjectName(QStringLiteral("packageBatch"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

Deploy::DeploymentSettings PackageDialog::packageSettings() const
{
    Deploy::DeploymentSettings settings;
    settings.packagePath = m_path;
    settings.firstStep = Deploy::DeploymentStep::Flash;
    return settings;
}

void PackageDialog::reject()
{
    if (m_deployment && m_deployment->isActive()) {
        m_deployment->cancel(); // the dialog stays until the deployment has stopped
        return;
    }
    QDialog::reject();
}

void PackageDialog::updateButtons()
{
    const bool busy = m_deployment && m_deployment->isActive();
    m_flash->setEnabled(!busy);
    m_several->setEnabled(!busy);
    m_port->setEnabled(!busy);
    m_cancel->setText(busy ? tr("&Cancel") : tr("&Close"));
}

} // namespace TinyDeploy::Gui
