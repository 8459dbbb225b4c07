#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class QAction;
class QMainWindow;
class QMenu;

namespace TinyDeploy::Deploy {
struct KioskConfig;
}

namespace TinyDeploy::Gui {

class WizardController;

/// @brief File ▸ Save as Kiosk Configuration…: writes a .tdkiosk (docs/kiosk.md) for what the
/// wizard has chosen (model, template, board, options), so that a teacher who has tried a
/// deployment once can hand it to `tinydeploy --kiosk`. Enabled once a model is open and a
/// template is chosen.
class KioskActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KioskActions)

public:
    /// Adds the action to @p menu and to @p actions ("saveKiosk").
    KioskActions(QMainWindow *window,
                 WizardController *controller,
                 QMenu *menu,
                 QHash<QString, QAction *> &actions);

    void update();
    /// The configuration of the wizard's choices, to be written at @p path.
    Deploy::KioskConfig currentConfig(const QString &path) const;
    /// Writes currentConfig() to @p path; false (with a message) on failure.
    bool saveKioskConfig(const QString &path);

private:
    void chooseToSave();

    QMainWindow *m_window = nullptr;
    WizardController *m_controller = nullptr;
    QAction *m_save = nullptr;
};

} // namespace TinyDeploy::Gui
