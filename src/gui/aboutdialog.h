#pragma once

#include <QDialog>

class QLabel;

namespace TinyDeploy::Gui {

/// @brief About TinyDeploy: its version, Qt's, the templates found, and the versions of the
/// tools the templates use (gcc, arm-none-eabi-gcc, qemu-system-arm, python3), each asked
/// with "--version" in the background.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    /// @p templates: one line per template ("qemu-cortex-m: ready").
    explicit AboutDialog(const QStringList &templates, QWidget *parent = nullptr);
    ~AboutDialog() override;

    /// The tools asked for their version.
    static QStringList toolNames();
    /// The text shown for @p tool ("checking…", the version line, or "not found").
    QString toolText(const QString &tool) const;

private:
    void askVersion(const QString &tool, QLabel *label);

    QHash<QString, QLabel *> m_tools;
};

} // namespace TinyDeploy::Gui
