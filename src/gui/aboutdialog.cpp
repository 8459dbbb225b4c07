#include "aboutdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QProcess>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace TinyDeploy::Gui {

AboutDialog::AboutDialog(const QStringList &templates, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About TinyDeploy"));
    auto *layout = new QVBoxLayout(this);
    auto *intro
        = new QLabel(tr("<h3>TinyDeploy %1</h3><p>Deploys TVM Model Library Format models to "
                        "microcontrollers through microTVM Project API templates.</p>"
                        "<p>Built with Qt %2, running on Qt %3.</p>")
                         .arg(QApplication::applicationVersion(),
                              QLatin1String(QT_VERSION_STR),
                              QLatin1String(qVersion())),
                     this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *templatesLabel = new QLabel(this);
    templatesLabel->setWordWrap(true);
    templatesLabel->setText(
        templates.isEmpty()
            ? tr("<b>Templates:</b> not checked yet (open the Target step).")
            : tr("<b>Templates:</b><br>%1")
                  .arg(templates.join(QLatin1String("<br>"))
                           .toHtmlEscaped()
                           .replace(QLatin1String("&lt;br&gt;"), QLatin1String("<br>"))));
    templatesLabel->setAccessibleName(tr("Templates"));
    layout->addWidget(templatesLabel);

    auto *toolsTitle = new QLabel(tr("<b>Tools found:</b>"), this);
    layout->addWidget(toolsTitle);
    auto *form = new QFormLayout;
    for (const QString &tool : toolNames()) {
        auto *label = new QLabel(tr("checking…"), this);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setAccessibleName(tool);
        form->addRow(tool + QLatin1Char(':'), label);
        m_tools.insert(tool, label);
        askVersion(tool, label);
    }
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

AboutDialog::~AboutDialog()
{
    // A tool still answering has nowhere to write once the dialog closes: the labels go first
    // (QWidget deletes its children before QObject drops the connections).
    const QList<QProcess *> processes = findChildren<QProcess *>();
    for (QProcess *process : processes) {
        process->disconnect();
        process->kill();
        process->waitForFinished(1000);
    }
}

QStringList AboutDialog::toolNames()
{
    return {QStringLiteral("gcc"),
            QStringLiteral("arm-none-eabi-gcc"),
            QStringLiteral("qemu-system-arm"),
            QStringLiteral("python3")};
}

QString AboutDialog::toolText(const QString &tool) const
{
    const QLabel *label = m_tools.value(tool);
    return label ? label->text() : QString();
}

void AboutDialog::askVersion(const QString &tool, QLabel *label)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty()) {
        label->setText(tr("not found"));
        return;
    }
    // Asynchronous: the dialog shows at once and fills in as the answers come.
    auto *process = new QProcess(this);
    process->setProcessChannelMode(QProcess::MergedChannels);
    connect(process,
            &QProcess::finished,
            label,
            [process, label, program](int exitCode, QProcess::ExitStatus status) {
                const QString first = QString::fromLocal8Bit(process->readAll())
                                          .section(QLatin1Char('\n'), 0, 0)
                                          .trimmed();
                label->setText(status == QProcess::NormalExit && exitCode == 0 && !first.isEmpty()
                                   ? first
                                   : tr("%1 (did not say its version)").arg(program));
                process->deleteLater();
            });
    connect(process, &QProcess::errorOccurred, label, [process, label](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            label->setText(tr("could not start: %1").arg(process->errorString()));
            process->deleteLater();
        }
    });
    process->start(program, {QStringLiteral("--version")});
}

} // namespace TinyDeploy::Gui
