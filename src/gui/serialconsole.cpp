#include "serialconsole.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace TinyDeploy::Gui {

namespace {
constexpr int flushIntervalMs = 50;

QToolButton *makeButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setFocusPolicy(Qt::TabFocus);
    button->setAccessibleName(action->text().remove(QLatin1Char('&')));
    return button;
}
} // namespace

SerialConsole::SerialConsole(QWidget *parent)
    : QWidget(parent)
    , m_view(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_flushTimer(new QTimer(this))
{
    m_view->setReadOnly(true);
    m_view->setMaximumBlockCount(m_maxLines);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setAccessibleName(tr("Device output"));
    m_view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_pauseAction = new QAction(tr("&Pause"), this);
    m_pauseAction->setCheckable(true);
    m_pauseAction->setToolTip(tr("Hold new lines until you resume; they are still logged"));
    connect(m_pauseAction, &QAction::toggled, this, &SerialConsole::setPaused);

    m_timestampsAction = new QAction(tr("&Times"), this);
    m_timestampsAction->setCheckable(true);
    m_timestampsAction->setChecked(true);
    m_timestampsAction->setToolTip(tr("Show when each line arrived"));

    auto *clearAction = new QAction(tr("C&lear"), this);
    connect(clearAction, &QAction::triggered, this, &SerialConsole::clear);

    auto *saveAction = new QAction(tr("&Save As..."), this);
    saveAction->setShortcut(QKeySequence::SaveAs);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(saveAction, &QAction::triggered, this, &SerialConsole::saveWithDialog);
    addAction(saveAction);

    m_status->setAccessibleName(tr("Console status"));

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(makeButton(m_pauseAction, this));
    bar->addWidget(makeButton(m_timestampsAction, this));
    bar->addWidget(makeButton(clearAction, this));
    bar->addWidget(makeButton(saveAction, this));
    bar->addStretch(1);
    bar->addWidget(m_status);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(flushIntervalMs);
    connect(m_flushTimer, &QTimer::timeout, this, &SerialConsole::flushPending);
}

SerialConsole::~SerialConsole() = default;

void SerialConsole::setMaxLines(int lines)
{
    m_maxLines = std::max(1, lines);
    m_view->setMaximumBlockCount(m_maxLines);
    if (m_held.size() > m_maxLines)
        m_held.remove(0, m_held.size() - m_maxLines);
}

Result<void> SerialConsole::setLogFile(const QString &path)
{
    if (m_logFile.isOpen())
        m_logFile.close();
    if (path.isEmpty())
        return ok();
    m_logFile.setFileName(path);
    if (!m_logFile.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        return fail(ErrorCode::Io,
                    tr("Cannot write the device log: %1.").arg(m_logFile.errorString()),
                    path,
                    tr("Choose a folder you may write to."));
    }
    return ok();
}

QString SerialConsole::logFile() const
{
    return m_logFile.isOpen() ? m_logFile.fileName() : QString();
}

void SerialConsole::appendLine(const QString &text, const QDateTime &time)
{
    const qint64 msecs = time.isValid() ? time.toMSecsSinceEpoch()
                                        : QDateTime::currentMSecsSinceEpoch();
    const QStringList parts = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i == parts.size() - 1 && i > 0 && parts[i].isEmpty())
            break;
        QString part = parts[i];
        if (part.endsWith(QLatin1Char('\r')))
            part.chop(1);
        m_pending.append({msecs, part});
    }
    if (!m_flushTimer->isActive())
        m_flushTimer->start();
}

QString SerialConsole::format(const Line &line) const
{
    if (!m_timestampsAction->isChecked())
        return line.text;
    return QDateTime::fromMSecsSinceEpoch(line.msecs).toString(QStringLiteral("hh:mm:ss.zzz"))
           + QStringLiteral("  ") + line.text;
}

void SerialConsole::flushPending()
{
    m_flushTimer->stop();
    if (m_pending.isEmpty())
        return;
    if (m_logFile.isOpen()) {
        QByteArray bytes;
        for (const Line &line : std::as_const(m_pending)) {
            bytes += QDateTime::fromMSecsSinceEpoch(line.msecs).toString(Qt::ISODateWithMs).toUtf8();
            bytes += ' ';
            bytes += line.text.toUtf8();
            bytes += '\n';
        }
        if (m_logFile.write(bytes) != bytes.size() || !m_logFile.flush()) {
            const Error error
                = makeError(ErrorCode::Io,
                            tr("Cannot write the device log: %1.").arg(m_logFile.errorString()),
                            m_logFile.fileName());
            m_logFile.close();
            m_status->setText(error.oneLine());
            emit logFileError(error);
        }
    }
    if (m_pauseAction->isChecked()) {
        m_held.append(m_pending);
        if (m_held.size() > m_maxLines)
            m_held.remove(0, m_held.size() - m_maxLines);
        m_pending.clear();
        m_status->setText(tr("Paused: %n line(s) waiting", nullptr, int(m_held.size())));
        return;
    }
    // Only the last maxLines can stay in view anyway.
    const qsizetype first = std::max<qsizetype>(0, m_pending.size() - m_maxLines);
    QStringList lines;
    lines.reserve(m_pending.size() - first);
    for (qsizetype i = first; i < m_pending.size(); ++i)
        lines << format(m_pending[i]);
    m_pending.clear();

    QScrollBar *scroll = m_view->verticalScrollBar();
    const bool atBottom = scroll->value() >= scroll->maximum();
    m_view->appendPlainText(lines.join(QLatin1Char('\n')));
    if (atBottom)
        scroll->setValue(scroll->maximum());
}

void SerialConsole::setPaused(bool paused)
{
    if (m_pauseAction->isChecked() != paused) {
        m_pauseAction->setChecked(paused); // comes back here through toggled()
        return;
    }
    if (paused) {
        m_status->setText(tr("Paused"));
        return;
    }
    m_status->clear();
    m_pending = m_held + m_pending;
    m_held.clear();
    flushPending();
}

bool SerialConsole::isPaused() const
{
    return m_pauseAction->isChecked();
}

void SerialConsole::setShowTimestamps(bool show)
{
    m_timestampsAction->setChecked(show);
}

bool SerialConsole::showTimestamps() const
{
    return m_timestampsAction->isChecked();
}

void SerialConsole::clear()
{
    m_pending.clear();
    m_held.clear();
    m_view->clear();
    if (isPaused())
        m_status->setText(tr("Paused"));
}

QString SerialConsole::text() const
{
    const_cast<SerialConsole *>(this)->flushPending();
    return m_view->toPlainText();
}

int SerialConsole::lineCount() const
{
    const_cast<SerialConsole *>(this)->flushPending();
    return m_view->document()->isEmpty() ? 0 : m_view->document()->blockCount();
}

Result<void> SerialConsole::saveTo(const QString &path) const
{
    QSaveFile file(path);
    const QByteArray bytes = (text() + QLatin1Char('\n')).toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return fail(ErrorCode::Io,
                    tr("Cannot save the device output: %1.").arg(file.errorString()),
                    path,
                    tr("Choose a folder you may write to."));
    }
    return ok();
}

void SerialConsole::saveWithDialog()
{
    auto *dialog = new QFileDialog(this, tr("Save Device Output"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->selectFile(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                       + QStringLiteral("/device-output.txt"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        const Result<void> saved = saveTo(path);
        m_status->setText(saved ? tr("Saved to %1.").arg(QDir::toNativeSeparators(path))
                                : saved.error().oneLine());
    });
    dialog->open();
}

} // namespace TinyDeploy::Gui
