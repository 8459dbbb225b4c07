#include "outputsview.h"

#include <tensor/tensor.h>

#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <cmath>

namespace TinyDeploy::Gui {

namespace {
enum Column { RankColumn, LabelColumn, ValueColumn, BarColumn, ColumnCount };
constexpr int barSteps = 1000;

QString formatValue(double value)
{
    return QString::number(value, 'g', 6);
}
} // namespace

OutputsView::OutputsView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_badge(new QLabel(this))
    , m_error(new QLabel(this))
{
    m_title->setAccessibleName(tr("Output name"));
    m_table->setHorizontalHeaderLabels({tr("#"), tr("Class"), tr("Value"), QString()});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(RankColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(BarColumn, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAccessibleName(tr("Top classes"));

    m_badge->setAccessibleName(tr("Agreement with the expected output"));
    m_badge->setMargin(4);
    m_badge->hide();
    m_error->setWordWrap(true);
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_badge);
}

OutputsView::~OutputsView() = default;

void OutputsView::setLabels(const QStringList &labels)
{
    m_labels = labels;
    for (int row = 0; row < m_top.size(); ++row) {
        if (QTableWidgetItem *item = m_table->item(row, LabelColumn))
            item->setText(labelFor(m_top[row].index));
    }
}

void OutputsView::setTopCount(int k)
{
    m_topCount = std::clamp(k, 1, 100);
}

QString OutputsView::labelFor(qint64 index) const
{
    if (index >= 0 && index < m_labels.size() && !m_labels[index].trimmed().isEmpty())
        return m_labels[index].trimmed();
    return tr("class %1").arg(index);
}

void OutputsView::setOutput(const QString &name,
                            const Tensor::Tensor &values,
                            const Tensor::Tensor &raw)
{
    m_title->setText(tr("Output %1 %2").arg(name, values.shapeText()));
    m_table->setRowCount(0);
    m_top.clear();
    m_error->hide();
    const Result<QList<Tensor::RankedValue>> top = Tensor::topK(values, m_topCount);
    if (!top) {
        m_error->setText(top.error().oneLine());
        m_error->show();
        return;
    }
    m_top = *top;
    // Bars are relative to the range of the values shown, so that negative scores (logits)
    // still draw sensibly.
    double low = 0;
    double high = 0;
    for (const Tensor::RankedValue &v : std::as_const(m_top)) {
        if (std::isfinite(v.value)) {
            low = std::min(low, v.value);
            high = std::max(high, v.value);
        }
    }
    const double span = high - low;
    m_table->setRowCount(int(m_top.size()));
    for (int row = 0; row < m_top.size(); ++row) {
        const Tensor::RankedValue &v = m_top[row];
        m_table->setItem(row, RankColumn, new QTableWidgetItem(QString::number(row + 1)));
        m_table->setItem(row, LabelColumn, new QTableWidgetItem(labelFor(v.index)));
        QString valueText = formatValue(v.value);
        if (!raw.isNull() && raw.hasReadableValues() && v.index < raw.scalarCount())
            valueText = tr("%1 (raw %2)").arg(valueText, formatValue(raw.valueAt(v.index)));
        auto *valueItem = new QTableWidgetItem(valueText);
        valueItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, ValueColumn, valueItem);
        auto *bar = new QProgressBar(m_table);
        bar->setRange(0, barSteps);
        bar->setTextVisible(false);
        bar->setValue(span > 0 && std::isfinite(v.value)
                          ? int(std::lround((v.value - low) / span * barSteps))
                          : 0);
        bar->setAccessibleName(tr("%1: %2").arg(labelFor(v.index), formatValue(v.value)));
        m_table->setCellWidget(row, BarColumn, bar);
    }
}

void OutputsView::setComparison(const std::optional<Tensor::Comparison> &comparison)
{
    if (!comparison) {
        m_agrees.reset();
        m_badge->clear();
        m_badge->hide();
        return;
    }
    m_agrees = comparison->agrees;
    const QString diff = formatValue(comparison->maxAbsDiff);
    if (comparison->agrees) {
        m_badge->setText(tr("✔ Agrees with the expected output (max abs diff %1)").arg(diff));
        m_badge->setStyleSheet(
            QStringLiteral("QLabel { background: #2e7d32; color: white; border-radius: 4px; }"));
    } else {
        m_badge->setText(tr("✘ Differs from the expected output: max abs diff %1 at index %2, "
                            "%n value(s) outside the tolerance",
                            nullptr,
                            int(std::min<qint64>(comparison->mismatches, INT_MAX)))
                             .arg(diff)
                             .arg(comparison->maxAbsIndex));
        m_badge->setStyleSheet(
            QStringLiteral("QLabel { background: #c01c28; color: white; border-radius: 4px; }"));
    }
    m_badge->show();
}

void OutputsView::clear()
{
    m_title->clear();
    m_table->setRowCount(0);
    m_top.clear();
    m_error->hide();
    setComparison(std::nullopt);
}

QString OutputsView::labelAt(int row) const
{
    const QTableWidgetItem *item = m_table->item(row, LabelColumn);
    return item ? item->text() : QString();
}

QString OutputsView::badgeText() const
{
    return m_badge->isHidden() ? QString() : m_badge->text();
}

std::optional<bool> OutputsView::agrees() const
{
    return m_agrees;
}

} // namespace TinyDeploy::Gui
