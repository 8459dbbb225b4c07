#include "diagnosticsdialog.h"

#include <plugin/pluginmanager.h>

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QMutex>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

namespace TinyDeploy::Gui {

namespace {
constexpr qsizetype maxMessages = 5000;
const char enabledKey[] = "diagnostics/enabledCategories";

struct Capture
{
    QMutex mutex;
    QStringList messages;
    qsizetype total = 0; ///< Messages ever captured, to tell the view what is new.
    QtMessageHandler previous = nullptr;
};

Capture &capture()
{
    static Capture instance;
    return instance;
}

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    Capture &c = capture();
    {
        const QMutexLocker locker(&c.mutex);
        static const char *const levels[] = {"debug", "warning", "critical", "fatal", "info"};
        c.messages << QStringLiteral("%1 %2 %3: %4")
                          .arg(QTime::currentTime().toString(QStringLiteral("hh:mm:ss.zzz")),
                               QLatin1String(levels[qBound(0, int(type), 4)]),
                               QLatin1String(context.category ? context.category : "default"),
                               message);
        ++c.total;
        if (c.messages.size() > maxMessages)
            c.messages.removeFirst();
    }
    if (c.previous)
        c.previous(type, context, message);
}
} // namespace

DiagnosticsDialog::DiagnosticsDialog(QWidget *parent)
    : DiagnosticsDialog(Plugin::PluginManager::instance(), parent)
{}

DiagnosticsDialog::DiagnosticsDialog(Plugin::PluginManager *plugins, QWidget *parent)
    : QDialog(parent)
    , m_plugins(plugins)
    , m_output(new QPlainTextEdit(this))
    , m_pluginView(new QPlainTextEdit(this))
    , m_refresh(new QTimer(this))
{
    setWindowTitle(tr("Log Categories"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Developer diagnostics: switch on the areas to look into. "
                                "Their messages appear below; wire dumps can be large."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    if (!qEnvironmentVariableIsEmpty("QT_LOGGING_RULES")) {
        auto *note = new QLabel(tr("QT_LOGGING_RULES is set in the environment (%1); its rules "
                                   "take precedence over these switches.")
                                    .arg(qEnvironmentVariable("QT_LOGGING_RULES")),
                                this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }

    const QStringList enabled = QSettings().value(QLatin1String(enabledKey)).toStringList();
    auto *grid = new QGridLayout;
    const QStringList names = categories();
    for (qsizetype i = 0; i < names.size(); ++i) {
        auto *box = new QCheckBox(names.at(i), this);
        box->setChecked(enabled.contains(names.at(i)));
        connect(box, &QCheckBox::toggled, this, [name = names.at(i)](bool on) {
            QStringList now = QSettings().value(QLatin1String(enabledKey)).toStringList();
            now.removeAll(name);
            if (on)
                now << name;
            QSettings().setValue(QLatin1String(enabledKey), now);
            QLoggingCategory::setFilterRules(filterRules(now));
        });
        grid->addWidget(box, int(i / 2), int(i % 2));
    }
    layout->addLayout(grid);

    m_output->setReadOnly(true);
    m_output->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setAccessibleName(tr("Captured messages"));
    m_output->setMaximumBlockCount(int(maxMessages));
    layout->addWidget(m_output, 1);

    // Plugins load when a page needs them. The dialog reads metadata only: looking must not
    // load anything, or it would change what it is asked to explain.
    auto *pluginsTitle = new QLabel(tr("Plugins (loaded when a page needs them):"), this);
    layout->addWidget(pluginsTitle);
    m_pluginView->setReadOnly(true);
    m_pluginView->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_pluginView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_pluginView->setAccessibleName(tr("Plugins"));
    m_pluginView->setMaximumHeight(m_pluginView->fontMetrics().lineSpacing() * 10);
    layout->addWidget(m_pluginView);
    if (m_plugins) {
        m_plugins->scan();
        connect(m_plugins,
                &Plugin::PluginManager::changed,
                this,
                &DiagnosticsDialog::refreshPlugins);
    }
    refreshPlugins();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_refresh, &QTimer::timeout, this, &DiagnosticsDialog::refresh);
    m_refresh->start(250);
    refresh();
    resize(720, 520);
}

DiagnosticsDialog::~DiagnosticsDialog() = default;

void DiagnosticsDialog::installMessageCapture()
{
    Capture &c = capture();
    const QMutexLocker locker(&c.mutex);
    if (!c.previous)
        c.previous = qInstallMessageHandler(captureMessage);
    const QStringList enabled = QSettings().value(QLatin1String(enabledKey)).toStringList();
    if (!enabled.isEmpty())
        QLoggingCategory::setFilterRules(filterRules(enabled));
}

QStringList DiagnosticsDialog::capturedMessages()
{
    Capture &c = capture();
    const QMutexLocker locker(&c.mutex);
    return c.messages;
}

QStringList DiagnosticsDialog::categories()
{
    return {QStringLiteral("tinydeploy.gui"),
            QStringLiteral("tinydeploy.mlf"),
            QStringLiteral("tinydeploy.templates"),
            QStringLiteral("tinydeploy.projectapi"),
            QStringLiteral("tinydeploy.projectapi.wire"),
            QStringLiteral("tinydeploy.deploy"),
            QStringLiteral("tinydeploy.device"),
            QStringLiteral("tinydeploy.device.wire"),
            QStringLiteral("tinydeploy.tensor"),
            QStringLiteral("tinydeploy.plugin")};
}

QString DiagnosticsDialog::filterRules(const QStringList &enabled)
{
    QStringList rules;
    for (const QString &name : categories())
        rules << QStringLiteral("%1.debug=%2")
                     .arg(name,
                          enabled.contains(name) ? QStringLiteral("true") : QStringLiteral("false"));
    return rules.join(QLatin1Char('\n'));
}

void DiagnosticsDialog::showFor(QWidget *parent)
{
    static QPointer<DiagnosticsDialog> dialog;
    if (!dialog) {
        dialog = new DiagnosticsDialog(parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

QString DiagnosticsDialog::pluginReport(const Plugin::PluginManager &plugins)
{
    QStringList lines;
    lines << tr("Plugin folders, in search order (TINYDEPLOY_PLUGIN_PATH first):");
    const QStringList folders = plugins.searchPaths();
    for (const QString &folder : folders) {
        lines << (QFileInfo(folder).isDir()
                      ? QStringLiteral("  %1").arg(QDir::toNativeSeparators(folder))
                      : tr("  %1 (does not exist)").arg(QDir::toNativeSeparators(folder)));
    }
    if (folders.isEmpty())
        lines << tr("  (none)");

    lines << QString() << tr("Plugins found:");
    const QList<Plugin::PluginInfo> found = plugins.plugins();
    for (const Plugin::PluginInfo &info : found) {
        lines << tr("  %1 %2 (%3): %4")
                     .arg(info.className,
                          info.version,
                          info.iid,
                          Plugin::pluginStateText(info.state));
        lines << QStringLiteral("    ")
                     + (info.isStatic() ? tr("built into the application")
                                        : QDir::toNativeSeparators(info.fileName));
    }
    if (found.isEmpty())
        lines << tr("  (none)");

    const QList<Error> failures = plugins.failures();
    if (!failures.isEmpty()) {
        lines << QString() << tr("Problems:");
        for (const Error &failure : failures)
            lines << failure.fullText() << QString();
    }
    return lines.join(QLatin1Char('\n')).trimmed();
}

void DiagnosticsDialog::refreshPlugins()
{
    m_pluginView->setPlainText(m_plugins ? pluginReport(*m_plugins)
                                         : tr("No plugin manager in this program."));
}

void DiagnosticsDialog::refresh()
{
    Capture &c = capture();
    QStringList fresh;
    {
        const QMutexLocker locker(&c.mutex);
        if (c.total == m_shown)
            return;
        const qsizetype newCount = m_shown < 0 ? c.messages.size()
                                               : qMin(c.total - m_shown, c.messages.size());
        fresh = c.messages.mid(c.messages.size() - newCount);
        m_shown = c.total;
    }
    for (const QString &line : std::as_const(fresh))
        m_output->appendPlainText(line);
}

} // namespace TinyDeploy::Gui
