#pragma once

#include <QDialog>

class QPlainTextEdit;
class QTimer;

namespace TinyDeploy::Plugin {
class PluginManager;
}

namespace TinyDeploy::Gui {

/// @brief Diagnostics: switches the tinydeploy.* logging categories on and off
/// (QLoggingCategory::setFilterRules) and shows what they printed since start-up, and which
/// plugins were found, loaded or refused and why (for example why the latency chart is missing).
class DiagnosticsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnosticsDialog)

public:
    /// Reports on PluginManager::instance().
    explicit DiagnosticsDialog(QWidget *parent = nullptr);
    /// Reports on @p plugins (not owned; must outlive the dialog).
    explicit DiagnosticsDialog(Plugin::PluginManager *plugins, QWidget *parent = nullptr);
    ~DiagnosticsDialog() override;

    /// Starts keeping the last messages of qDebug() and friends (also passed on as before).
    static void installMessageCapture();
    /// The captured messages, oldest first.
    static QStringList capturedMessages();
    /// The categories offered.
    static QStringList categories();
    /// The filter rules for the enabled @p categories (debug on), all others at warning.
    static QString filterRules(const QStringList &enabled);
    /// Shows the dialog (one per window), non-modal.
    static void showFor(QWidget *parent);
    /// The plugin folders, the plugins found with their state, and every failure recorded.
    static QString pluginReport(const Plugin::PluginManager &plugins);

private:
    void refresh();
    void refreshPlugins();

    Plugin::PluginManager *m_plugins = nullptr;
    QPlainTextEdit *m_output = nullptr;
    QPlainTextEdit *m_pluginView = nullptr;
    QTimer *m_refresh = nullptr;
    qsizetype m_shown = -1;
};

} // namespace TinyDeploy::Gui
