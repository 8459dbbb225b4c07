#pragma once

#include <QDialog>

class QPlainTextEdit;
class QTimer;

namespace TinyDeploy::Gui {

/// @brief Diagnostics: switches the tinydeploy.* logging categories on and off
/// (QLoggingCategory::setFilterRules) and shows what they printed since start-up.
class DiagnosticsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnosticsDialog)

public:
    explicit DiagnosticsDialog(QWidget *parent = nullptr);
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

private:
    void refresh();

    QPlainTextEdit *m_output = nullptr;
    QTimer *m_refresh = nullptr;
    qsizetype m_shown = -1;
};

} // namespace TinyDeploy::Gui
