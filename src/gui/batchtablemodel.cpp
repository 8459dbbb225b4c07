#include "batchtablemodel.h"
#include "statuscolors.h"

#include <batch/batchdeployment.h>

#include <QGuiApplication>
#include <QPalette>

namespace TinyDeploy::Gui {

using namespace TinyDeploy::Batch;

BatchTableModel::BatchTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void BatchTableModel::setBatch(BatchDeployment *batch)
{
    beginResetModel();
    if (m_batch)
        disconnect(m_batch, nullptr, this, nullptr);
    m_batch = batch;
    m_count = batch ? int(batch->rows().size()) : 0;
    if (batch) {
        connect(batch, &BatchDeployment::rowChanged, this, [this](int row) {
            if (row < m_count)
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        });
        connect(batch, &BatchDeployment::rowAdded, this, [this](int row) {
            beginInsertRows({}, m_count, row);
            m_count = row + 1;
            endInsertRows();
        });
        connect(batch, &QObject::destroyed, this, [this] { setBatch(nullptr); });
    }
    endResetModel();
}

int BatchTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int BatchTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Number:
        return tr("#");
    case Board:
        return tr("Board");
    case Label:
        return tr("Label");
    case Step:
        return tr("Step");
    case Progress:
        return tr("Progress");
    case Result:
        return tr("Result");
    case Latency:
        return tr("Latency");
    case Agreement:
        return tr("Agreement");
    case Retry:
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags BatchTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == Label)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool BatchTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_batch || role != Qt::EditRole || index.column() != Label || index.row() >= m_count)
        return false;
    m_batch->setLabel(index.row(), value.toString().trimmed());
    return true;
}

QVariant BatchTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_batch || !index.isValid() || index.row() >= m_count
        || index.row() >= m_batch->rows().size())
        return {};
    const BoardRow &row = m_batch->rows().at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Result && row.error)
        return QString(row.error->oneLine()
                       + (row.error->hint.isEmpty() ? QString() : u'\n' + row.error->hint));
    if (role == Qt::ForegroundRole && index.column() == Result) {
        if (row.state != RowState::Failed)
            return {};
        return StatusColors::text(StatusColors::Status::Error,
                                  QGuiApplication::palette().color(QPalette::Base));
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (Column(index.column())) {
    case Number:
        return row.target.index + 1;
    case Board:
        return row.target.isReal() && !row.target.port.isEmpty()
                   ? QStringLiteral("%1 (%2)").arg(row.target.identity(), row.target.port)
                   : row.target.identity();
    case Label:
        return row.target.label;
    case Step:
        return row.step ? Deploy::stepTitle(*row.step) : QString();
    case Progress:
        if (row.state != RowState::Running)
            return QString();
        return row.progress < 0 ? QStringLiteral("…") : tr("%1%").arg(row.progress);
    case Result:
        if (row.state == RowState::Failed && row.error)
            return tr("Failed: %1").arg(row.error->message);
        return rowStateTitle(row.state);
    case Latency:
        return row.outcome.latencyUs ? tr("%1 µs").arg(*row.outcome.latencyUs, 0, 'f', 0)
                                     : QString();
    case Agreement:
        return row.outcome.compared > 0
                   ? tr("%1 of %2").arg(row.outcome.agreeing).arg(row.outcome.compared)
                   : QString();
    case Retry:
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace TinyDeploy::Gui
