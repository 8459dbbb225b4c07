#include "portselector.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QSerialPortInfo>
#include <QSettings>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace TinyDeploy::Gui {

PortSelector::PortSelector(QWidget *parent)
    : QWidget(parent)
    , m_provider(&PortSelector::systemPorts)
    , m_accessCheck([](const SerialPortEntry &port) {
        const QFileInfo info(port.systemLocation);
        return !info.exists() || (info.isReadable() && info.isWritable());
    })
    , m_doctor([](const QString &port, const Templates::BoardInfo &board) {
        const Device::PortDoctor doctor;
        return port.isEmpty() ? doctor.examineAll({board}) : doctor.examine(port);
    })
    , m_combo(new QComboBox(this))
    , m_refreshButton(new QToolButton(this))
    , m_checkButton(new QToolButton(this))
    , m_hint(new QLabel(this))
    , m_pollTimer(new QTimer(this))
{
    m_combo->setAccessibleName(tr("Serial port"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(30);
    connect(m_combo, &QComboBox::activated, this, [this](int index) { choose(index, true); });

    m_refreshButton->setText(tr("&Refresh"));
    m_refreshButton->setAccessibleName(tr("Refresh the list of serial ports"));
    m_refreshButton->setFocusPolicy(Qt::TabFocus);
    connect(m_refreshButton, &QToolButton::clicked, this, &PortSelector::refresh);

    m_checkButton->setText(tr("Chec&k"));
    m_checkButton->setAccessibleName(tr("Check why the serial port cannot be used"));
    m_checkButton->setToolTip(tr("Finds out why the port cannot be opened (permission, another "
                                 "program, ModemManager, brltty, the cable) and says what to do."));
    m_checkButton->setFocusPolicy(Qt::TabFocus);
    connect(m_checkButton, &QToolButton::clicked, this, &PortSelector::diagnose);

    m_hint->setWordWrap(true);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hint->setAccessibleName(tr("Serial port hint"));
    m_hint->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_combo, 1);
    row->addWidget(m_refreshButton);
    row->addWidget(m_checkButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_hint);

    m_pollTimer->setInterval(pollIntervalMs);
    connect(m_pollTimer, &QTimer::timeout, this, &PortSelector::refresh);
}

PortSelector::~PortSelector()
{
    // The doctor only reads files: its answer comes within moments.
    if (m_doctorThread)
        m_doctorThread->wait();
}

QList<SerialPortEntry> PortSelector::systemPorts()
{
    return Device::systemPorts();
}

void PortSelector::setPortProvider(PortProvider provider)
{
    m_provider = std::move(provider);
    refresh();
}

void PortSelector::setAccessCheck(AccessCheck check)
{
    m_accessCheck = std::move(check);
    updateHint();
}

void PortSelector::setDoctor(Doctor doctor)
{
    m_doctor = std::move(doctor);
}

QString PortSelector::doctorKey() const
{
    QStringList parts{m_board.name, shownPort()};
    for (const SerialPortEntry &port : m_ports)
        parts << port.systemLocation;
    return parts.join(QLatin1Char('|'));
}

void PortSelector::diagnose()
{
    if (m_board.emulated || !m_doctor)
        return;
    if (m_doctorThread) {
        m_doctorAgain = true; // ask again for what is current once this answer is in
        return;
    }
    const QString key = doctorKey();
    auto findings = std::make_shared<QList<Device::PortFinding>>();
    m_doctorThread = QThread::create(
        [findings, doctor = m_doctor, port = shownPort(), board = m_board] {
            *findings = doctor(port, board);
        });
    connect(m_doctorThread, &QThread::finished, this, [this, key, findings] {
        onDoctorAnswer(key, *findings);
    });
    connect(m_doctorThread, &QThread::finished, m_doctorThread, &QObject::deleteLater);
    m_doctorThread->start(QThread::LowPriority);
}

void PortSelector::onDoctorAnswer(const QString &key, const QList<Device::PortFinding> &findings)
{
    m_doctorThread = nullptr;
    if (key == doctorKey()) {
        m_doctorKey = key;
        m_findings = findings;
        updateHint();
        emit doctorFinished();
    }
    if (m_doctorAgain || key != doctorKey()) {
        m_doctorAgain = false;
        diagnose();
    }
}

void PortSelector::setBoard(const Templates::BoardInfo &board)
{
    m_board = board;
    m_userChose = false;
    const QString before = m_selected;
    m_selected.clear();
    m_selectedSerial.clear();
    m_autoError.reset();
    m_ports = (!board.emulated && m_provider) ? m_provider() : QList<SerialPortEntry>();
    rebuild();
    emit portsChanged();
    if (m_selected.isEmpty() && !before.isEmpty())
        emit selectedPortChanged({});
}

bool PortSelector::matchesBoard(const SerialPortEntry &port, const Templates::BoardInfo &board)
{
    return Device::matchesBoard(port, board);
}

QString PortSelector::displayText(const SerialPortEntry &port)
{
    return Device::displayText(port);
}

void PortSelector::refresh()
{
    if (m_board.emulated) {
        if (!m_ports.isEmpty() || m_combo->isEnabled() || m_combo->count() > 0) {
            m_ports.clear();
            rebuild();
        }
        return;
    }
    QList<SerialPortEntry> ports = m_provider ? m_provider() : QList<SerialPortEntry>();
    if (ports == m_ports && m_combo->count() == ports.size() && m_combo->isEnabled()) {
        updateHint(); // permissions may have changed
        return;
    }
    m_ports = std::move(ports);
    rebuild();
    emit portsChanged();
}

QString PortSelector::rememberKey() const
{
    QString board = m_board.name;
    board.replace(QLatin1Char('/'), QLatin1Char('_'));
    return QStringLiteral("serialPorts/") + board;
}

int PortSelector::indexOf(const std::optional<SerialPortEntry> &port) const
{
    return port ? int(m_ports.indexOf(*port)) : -1;
}

int PortSelector::autoIndex()
{
    m_autoError.reset();
    // 1. The port the user chose for this board before: the same USB serial number first (it
    //    survives re-plugging into another socket and re-enumeration), else the same device file.
    QSettings settings;
    const QString serial = settings.value(rememberKey() + QStringLiteral("/serialNumber")).toString();
    const QString location = settings.value(rememberKey() + QStringLiteral("/location")).toString();
    if (const int index = indexOf(Device::findBySerialNumber(m_ports, serial)); index >= 0)
        return index;
    if (const int index = indexOf(Device::findByName(m_ports, location)); index >= 0)
        return index;
    // 2. What a deployment would pick by itself: the one port with the board's USB ids.
    if (!m_board.usbIds.isEmpty()) {
        const Result<Device::PortChoice> choice = Device::resolvePort(m_board, {}, {}, m_ports);
        if (choice)
            return indexOf(choice->port);
        m_autoError = choice.error();
        return -1;
    }
    // 3. A board without USB ids and exactly one port: that one (the user sees it).
    if (m_ports.size() == 1)
        return 0;
    return -1;
}

void PortSelector::rebuild()
{
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    if (m_board.emulated) {
        m_combo->setEnabled(false);
        m_combo->setPlaceholderText(tr("Created when the board starts"));
        m_combo->setCurrentIndex(-1);
        const bool changed = !m_selected.isEmpty();
        m_selected.clear();
        m_selectedSerial.clear();
        m_autoError.reset();
        updateHint();
        if (changed)
            emit selectedPortChanged({});
        return;
    }
    m_combo->setEnabled(true);
    m_combo->setPlaceholderText(m_ports.isEmpty() ? tr("No serial port found")
                                                  : tr("Choose a serial port"));
    int keep = -1;
    for (int i = 0; i < m_ports.size(); ++i) {
        const SerialPortEntry &port = m_ports[i];
        m_combo->addItem(displayText(port), port.systemLocation);
        m_combo->setItemData(i, displayText(port), Qt::ToolTipRole);
        if (port.systemLocation == m_selected)
            keep = i;
    }
    // A port the user picked stays picked while it is there; otherwise let the automatic
    // choice follow plugging (a matching board plugged in later gets selected).
    const int index = (keep >= 0 && m_userChose) ? keep : autoIndex();
    choose(index >= 0 ? index : keep, false);
}

void PortSelector::choose(int index, bool byUser)
{
    {
        const QSignalBlocker blocker(m_combo);
        m_combo->setCurrentIndex(index);
    }
    const bool valid = index >= 0 && index < m_ports.size();
    const QString location = valid ? m_ports[index].systemLocation : QString();
    const QString serial = valid ? m_ports[index].serialNumber : QString();
    if (byUser && index >= 0) {
        m_userChose = true;
        QSettings settings;
        settings.setValue(rememberKey() + QStringLiteral("/location"), location);
        settings.setValue(rememberKey() + QStringLiteral("/serialNumber"),
                          m_ports[index].serialNumber);
    }
    if (index < 0)
        m_userChose = false;
    updateHint();
    if (location != m_selected || serial != m_selectedSerial) {
        m_selected = location;
        m_selectedSerial = serial;
        emit selectedPortChanged(location);
    }
}

QString PortSelector::selectedPort() const
{
    return m_selected;
}

QString PortSelector::selectedSerialNumber() const
{
    return m_selectedSerial;
}

std::optional<SerialPortEntry> PortSelector::selectedPortInfo() const
{
    return Device::findByName(m_ports, m_selected);
}

bool PortSelector::selectPort(const QString &systemLocation)
{
    for (int i = 0; i < m_ports.size(); ++i) {
        if (m_ports[i].systemLocation == systemLocation) {
            choose(i, true);
            return true;
        }
    }
    return false;
}

QString PortSelector::shownPort() const
{
    const int index = m_combo->currentIndex();
    return index >= 0 && index < m_ports.size() ? m_ports.at(index).systemLocation : QString();
}

QString PortSelector::hintText() const
{
    return m_hint->text();
}

void PortSelector::updateHint()
{
    QString hint;
    if (m_board.emulated) {
        hint = tr("Emulated board: the port is created when the board starts.");
    } else if (m_ports.isEmpty()) {
        hint = tr("No serial port found. Plug the board in with a data cable (some USB cables "
                  "only charge) and wait a moment: this list updates by itself. On Linux, the "
                  "brltty service can take USB serial adapters away: if the port appears and "
                  "vanishes at once, remove it (sudo apt remove brltty).");
    } else {
        const int index = m_combo->currentIndex();
        const SerialPortEntry *port = index >= 0 && index < m_ports.size() ? &m_ports[index]
                                                                           : nullptr;
        if (port && m_accessCheck && !m_accessCheck(*port)) {
            hint = tr("You may not open %1. Add yourself to the dialout group (sudo usermod -aG "
                      "dialout $USER), then log out and in again.")
                       .arg(port->systemLocation);
        } else if (port) {
            // The user may know better (a UART adapter wired to the board), but a deployment
            // refuses another board's port: say so now.
            const Result<Device::PortChoice> check = Device::resolvePort(m_board,
                                                                         port->systemLocation,
                                                                         {},
                                                                         m_ports);
            if (!check)
                hint = check.error().message + QLatin1Char(' ') + check.error().hint;
        } else if (m_autoError) {
            // No port with the board's USB ids, or several: what resolvePort() says, with the
            // GUI's way to choose.
            const QString next = m_autoError->code == ErrorCode::InvalidArgument
                                     ? tr("Choose the one you mean (the serial number tells "
                                          "boards apart).")
                                     : m_autoError->hint;
            hint = m_autoError->message + QLatin1Char(' ') + next;
        } else if (!port) {
            hint = tr("Choose the port of your board.");
        }
    }
    const std::optional<SerialPortEntry> shown = Device::findByName(m_ports, shownPort());
    const bool needsDoctor = !m_board.emulated
                             && (m_ports.isEmpty()
                                 || (shown && m_accessCheck && !m_accessCheck(*shown)));
    QString details;
    if (m_doctorKey == doctorKey()) {
        // The doctor's answer for what is shown now is more precise than the guesses above.
        for (const Device::PortFinding &finding : m_findings) {
            if (!finding.isProblem())
                continue;
            hint = finding.what + QLatin1Char(' ') + finding.fix;
            details = finding.details.join(QLatin1Char('\n'));
            break;
        }
    } else if (needsDoctor && !m_doctorThread) {
        diagnose();
    }
    m_hint->setText(hint);
    m_hint->setToolTip(details);
    m_hint->setVisible(!hint.isEmpty());
}

void PortSelector::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_pollTimer->start();
}

void PortSelector::hideEvent(QHideEvent *event)
{
    m_pollTimer->stop();
    QWidget::hideEvent(event);
}

} // namespace TinyDeploy::Gui
