#include "portselector.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QSerialPortInfo>
#include <QSettings>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace TinyDeploy::Gui {

namespace {
QString hex4(quint16 value)
{
    return QStringLiteral("%1").arg(value, 4, 16, QLatin1Char('0'));
}
} // namespace

PortSelector::PortSelector(QWidget *parent)
    : QWidget(parent)
    , m_provider(&PortSelector::systemPorts)
    , m_accessCheck([](const SerialPortEntry &port) {
        const QFileInfo info(port.systemLocation);
        return !info.exists() || (info.isReadable() && info.isWritable());
    })
    , m_combo(new QComboBox(this))
    , m_refreshButton(new QToolButton(this))
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

    m_hint->setWordWrap(true);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hint->setAccessibleName(tr("Serial port hint"));
    m_hint->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_combo, 1);
    row->addWidget(m_refreshButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_hint);

    m_pollTimer->setInterval(pollIntervalMs);
    connect(m_pollTimer, &QTimer::timeout, this, &PortSelector::refresh);
}

PortSelector::~PortSelector() = default;

QList<SerialPortEntry> PortSelector::systemPorts()
{
    QList<SerialPortEntry> ports;
    const QList<QSerialPortInfo> infos = QSerialPortInfo::availablePorts();
    for (const QSerialPortInfo &info : infos) {
        SerialPortEntry entry;
        entry.portName = info.portName();
        entry.systemLocation = info.systemLocation();
        entry.description = info.description();
        entry.manufacturer = info.manufacturer();
        entry.serialNumber = info.serialNumber();
        if (info.hasVendorIdentifier())
            entry.vendorId = info.vendorIdentifier();
        if (info.hasProductIdentifier())
            entry.productId = info.productIdentifier();
        ports << entry;
    }
    return ports;
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

void PortSelector::setBoard(const Templates::BoardInfo &board)
{
    m_board = board;
    m_userChose = false;
    const QString before = m_selected;
    m_selected.clear();
    m_ports = (!board.emulated && m_provider) ? m_provider() : QList<SerialPortEntry>();
    rebuild();
    emit portsChanged();
    if (m_selected.isEmpty() && !before.isEmpty())
        emit selectedPortChanged({});
}

bool PortSelector::matchesBoard(const SerialPortEntry &port, const Templates::BoardInfo &board)
{
    if (!port.vendorId || !port.productId)
        return false;
    for (const Templates::UsbId &id : board.usbIds) {
        if (id.vendorId == *port.vendorId && id.productId == *port.productId)
            return true;
    }
    return false;
}

QString PortSelector::displayText(const SerialPortEntry &port)
{
    QStringList details;
    if (port.vendorId && port.productId)
        details << hex4(*port.vendorId) + QLatin1Char(':') + hex4(*port.productId);
    if (!port.serialNumber.isEmpty())
        details << tr("serial %1").arg(port.serialNumber);
    QString text = port.portName;
    const QString description = port.description.isEmpty() ? port.manufacturer : port.description;
    if (!description.isEmpty())
        text = tr("%1 - %2").arg(text, description);
    if (!details.isEmpty())
        text = tr("%1 (%2)").arg(text, details.join(QStringLiteral(", ")));
    return text;
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

int PortSelector::autoIndex() const
{
    // 1. The port the user chose for this board before: the same USB serial number first (it
    //    survives re-plugging into another socket), else the same device file.
    QSettings settings;
    const QString serial = settings.value(rememberKey() + QStringLiteral("/serialNumber")).toString();
    const QString location = settings.value(rememberKey() + QStringLiteral("/location")).toString();
    if (!serial.isEmpty()) {
        for (int i = 0; i < m_ports.size(); ++i) {
            if (m_ports[i].serialNumber == serial)
                return i;
        }
    }
    if (!location.isEmpty()) {
        for (int i = 0; i < m_ports.size(); ++i) {
            if (m_ports[i].systemLocation == location)
                return i;
        }
    }
    // 2. A port with one of the board's USB ids.
    for (int i = 0; i < m_ports.size(); ++i) {
        if (matchesBoard(m_ports[i], m_board))
            return i;
    }
    // 3. A board without USB ids and exactly one port: that one.
    if (m_board.usbIds.isEmpty() && m_ports.size() == 1)
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
    const QString location = index >= 0 && index < m_ports.size() ? m_ports[index].systemLocation
                                                                  : QString();
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
    if (location != m_selected) {
        m_selected = location;
        emit selectedPortChanged(location);
    }
}

QString PortSelector::selectedPort() const
{
    return m_selected;
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
        } else if (!port && !m_board.usbIds.isEmpty()) {
            QStringList ids;
            for (const Templates::UsbId &id : m_board.usbIds)
                ids << Templates::formatUsbId(id);
            hint = tr("None of these ports looks like %1 (USB %2). Choose one, or check the "
                      "cable.")
                       .arg(m_board.displayName.isEmpty() ? m_board.name : m_board.displayName,
                            ids.join(QStringLiteral(", ")));
        } else if (!port) {
            hint = tr("Choose the port of your board.");
        }
    }
    m_hint->setText(hint);
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
