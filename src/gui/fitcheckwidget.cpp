#include "fitcheckwidget.h"

#include <util/format.h>

#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace TinyDeploy::Gui {

namespace {
constexpr int barMax = 1000;
const QColor okColor(0x2e, 0x7d, 0x32);
const QColor tightColor(0xc7, 0x7c, 0x02);
const QColor overflowColor(0xc0, 0x1c, 0x28);

int perMille(const Templates::MemoryFit &fit)
{
    if (!fit.isKnown())
        return -1;
    if (fit.availableBytes <= 0)
        return barMax;
    return int(std::min<qint64>(barMax, fit.neededBytes * barMax / fit.availableBytes));
}
} // namespace

FitCheckWidget::FitCheckWidget(QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_assumptions(new QLabel(this))
{
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Fit check result"));

    m_flash = makeRow(tr("Flash"), tr("Flash use"));
    m_ram = makeRow(tr("RAM"), tr("RAM use"));

    m_assumptions->setWordWrap(true);
    m_assumptions->setForegroundRole(QPalette::PlaceholderText);
    m_assumptions->setAccessibleName(tr("How the sizes were estimated"));

    auto *grid = new QGridLayout;
    int r = 0;
    for (Row *row : {&m_flash, &m_ram}) {
        grid->addWidget(row->title, r, 0);
        grid->addWidget(row->bar, r, 1);
        grid->addWidget(row->summary, r + 1, 1);
        r += 2;
    }
    grid->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(grid);
    layout->addWidget(m_assumptions);
    layout->addStretch(1);
    clear();
}

FitCheckWidget::~FitCheckWidget() = default;

FitCheckWidget::Row FitCheckWidget::makeRow(const QString &title, const QString &accessibleName)
{
    Row row;
    row.title = new QLabel(title, this);
    row.bar = new QProgressBar(this);
    row.bar->setRange(0, barMax);
    row.bar->setTextVisible(true);
    row.bar->setAccessibleName(accessibleName);
    row.title->setBuddy(row.bar);
    row.summary = new QLabel(this);
    row.summary->setWordWrap(true);
    row.summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return row;
}

void FitCheckWidget::showMemory(Row &row, const Templates::MemoryFit &fit)
{
    const int value = perMille(fit);
    QPalette palette = row.bar->palette();
    if (value < 0) {
        row.bar->setValue(0);
        row.bar->setFormat(tr("unknown"));
    } else {
        row.bar->setValue(value);
        row.bar->setFormat(
            fit.fits()
                ? tr("%1 of %2").arg(formatBytes(fit.neededBytes), formatBytes(fit.availableBytes))
                : tr("%1 over").arg(formatBytes(-fit.headroomBytes())));
        const QColor color = !fit.fits() ? overflowColor : (value > 900 ? tightColor : okColor);
        palette.setColor(QPalette::Highlight, color);
    }
    row.bar->setPalette(palette);

    QStringList parts;
    for (const Templates::FitTerm &term : fit.terms)
        parts << tr("%1 %2").arg(Templates::fitPartName(term.part), formatBytes(term.bytes));
    const QString summary = fit.summary();
    row.summary->setText(fit.fits() || !fit.isKnown()
                             ? summary + QLatin1Char('\n') + parts.join(QStringLiteral(" + "))
                             : summary);
    row.bar->setAccessibleDescription(summary);
}

void FitCheckWidget::setFit(const Templates::FitCheck &fit, const QString &boardName)
{
    if (fit.overflows()) {
        const bool flash = fit.flash.isKnown() && !fit.flash.fits();
        const bool ram = fit.ram.isKnown() && !fit.ram.fits();
        m_status->setText(
            flash && ram
                ? tr("The model does not fit on %1: not enough flash and RAM.").arg(boardName)
            : flash ? tr("The model does not fit on %1: not enough flash.").arg(boardName)
                    : tr("The model does not fit on %1: not enough RAM.").arg(boardName));
    } else if (fit.fits()) {
        m_status->setText(tr("The model fits on %1.").arg(boardName));
    } else {
        m_status->setText(tr("Cannot tell whether the model fits on %1: the board does not "
                             "declare all its memory.")
                              .arg(boardName));
    }
    showMemory(m_flash, fit.flash);
    showMemory(m_ram, fit.ram);
    m_assumptions->setText(fit.assumptions.join(QLatin1Char('\n')));
    m_assumptions->setVisible(!fit.assumptions.isEmpty());
    setAccessibleDescription(m_status->text());
}

void FitCheckWidget::clear()
{
    m_status->setText(tr("Choose a model and a board to see whether the model fits."));
    for (Row *row : {&m_flash, &m_ram}) {
        row->bar->setValue(0);
        row->bar->setFormat(QString());
        row->summary->clear();
    }
    m_assumptions->clear();
    m_assumptions->hide();
}

QString FitCheckWidget::statusText() const
{
    return m_status->text();
}

QString FitCheckWidget::flashText() const
{
    return m_flash.summary->text();
}

QString FitCheckWidget::ramText() const
{
    return m_ram.summary->text();
}

int FitCheckWidget::flashPerMille() const
{
    return m_flash.bar->format() == tr("unknown") ? -1 : m_flash.bar->value();
}

int FitCheckWidget::ramPerMille() const
{
    return m_ram.bar->format() == tr("unknown") ? -1 : m_ram.bar->value();
}

} // namespace TinyDeploy::Gui
