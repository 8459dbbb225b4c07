#pragma once

#include <device/portdiscovery.h>
#include <device/portdoctor.h>
#include <templates/boardinfo.h>

#include <QList>
#include <QString>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QThread;
class QLabel;
class QTimer;
class QToolButton;

namespace TinyDeploy::Gui {

/// One serial port as the selector shows it (core's port description).
using SerialPortEntry = Device::PortInfo;

/// @brief Picks the serial port of a board: lists the ports with description, VID:PID and
/// serial number, follows plugging and unplugging, auto-selects the port core's
/// Device::resolvePort() picks (the one port with the board's USB ids), remembers the user's
/// choice per board by USB serial number (else by device file), and says what to check when
/// no port is there (cable, permissions, brltty) or the chosen one is another board's.
///
/// QSerialPortInfo has no hot-plug signal, so the list is polled (every 1.5 s while the widget
/// is visible) and the combo box is rebuilt only when the list changed. Test seam:
/// setPortProvider() replaces QSerialPortInfo::availablePorts(); call refresh() to poll now.
class PortSelector final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortSelector)

public:
    using PortProvider = Device::PortLister;
    /// Whether the current user may open a port (by default: read and write access to
    /// its device file).
    using AccessCheck = std::function<bool(const SerialPortEntry &)>;
    /// Finds out why @p port (or, when empty, every port and the USB bus for @p board) cannot
    /// be used; runs on a worker thread (by default Device::PortDoctor on this system).
    using Doctor = std::function<QList<Device::PortFinding>(const QString &port,
                                                            const Templates::BoardInfo &board)>;

    static constexpr int pollIntervalMs = 1500;

    explicit PortSelector(QWidget *parent = nullptr);
    ~PortSelector() override;

    /// The ports QSerialPortInfo sees now (Device::systemPorts()).
    static QList<SerialPortEntry> systemPorts();

    void setPortProvider(PortProvider provider);
    void setAccessCheck(AccessCheck check);
    void setDoctor(Doctor doctor);

    /// Asks the port doctor about the selected port (or, with none, about every port and the
    /// USB bus) without blocking; its answer replaces the hint (doctorFinished() follows). It
    /// also runs by itself when there is no port or the chosen one cannot be opened.
    void diagnose();
    /// What the doctor found last for the current ports and selection (empty: none yet).
    QList<Device::PortFinding> findings() const { return m_findings; }

    /// The board to connect to: its USB ids drive auto-selection, its name keys the remembered
    /// port, and an emulated board needs no port at all.
    void setBoard(const Templates::BoardInfo &board);
    const Templates::BoardInfo &board() const { return m_board; }

    /// Polls the ports now.
    void refresh();
    QList<SerialPortEntry> ports() const { return m_ports; }

    /// The system location of the selected port; empty when none (or the board is emulated).
    QString selectedPort() const;
    /// The USB serial number of the selected port (for the serial_number project option, which
    /// tells the flasher which probe to use); empty when none or the port has none.
    QString selectedSerialNumber() const;
    /// The selected port with everything the system says about it; none when none is selected.
    std::optional<SerialPortEntry> selectedPortInfo() const;
    /// Selects the port at @p systemLocation as if the user chose it (and remembers it).
    bool selectPort(const QString &systemLocation);
    bool isEmulated() const { return m_board.emulated; }
    /// The hint shown under the list (why no port, permissions, emulated board); may be empty.
    QString hintText() const;

    /// Whether @p port is one of @p board's USB ids (Device::matchesBoard()).
    static bool matchesBoard(const SerialPortEntry &port, const Templates::BoardInfo &board);
    /// "ttyACM0 - STM32 STLink (0483:374b, serial 066DFF...)"
    static QString displayText(const SerialPortEntry &port);

signals:
    /// The selection changed (another device file, or another board on the same one);
    /// @p systemLocation is empty when no port is selected.
    void selectedPortChanged(const QString &systemLocation);
    void portsChanged();
    /// The port doctor answered (findings()).
    void doctorFinished();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void rebuild();
    void choose(int index, bool byUser);
    int autoIndex();
    int indexOf(const std::optional<SerialPortEntry> &port) const;
    void updateHint();
    QString rememberKey() const;
    /// What the doctor's answer depends on: the port list and the selection.
    QString doctorKey() const;
    /// The port the list shows as chosen (empty for none).
    QString shownPort() const;
    void onDoctorAnswer(const QString &key, const QList<Device::PortFinding> &findings);

    Templates::BoardInfo m_board;
    PortProvider m_provider;
    AccessCheck m_accessCheck;
    QList<SerialPortEntry> m_ports;
    QString m_selected;
    QString m_selectedSerial;
    /// Why no port was chosen automatically (Device::resolvePort()'s error); empty otherwise.
    std::optional<Error> m_autoError;
    bool m_userChose = false;

    Doctor m_doctor;
    QThread *m_doctorThread = nullptr;
    bool m_doctorAgain = false;
    QString m_doctorKey; ///< The key m_findings are for.
    QList<Device::PortFinding> m_findings;

    QComboBox *m_combo = nullptr;
    QToolButton *m_refreshButton = nullptr;
    QToolButton *m_checkButton = nullptr;
    QLabel *m_hint = nullptr;
    QTimer *m_pollTimer = nullptr;
};

} // namespace TinyDeploy::Gui
