#include "profilemodel.h"

#include <QFont>
#include <QLocale>

namespace TinyDeploy::Gui {

void ProfileModel::setProfile(const MicroTvm::OperatorProfile &profile)
{
    beginResetModel();
    m_profile = profile;
    endResetModel();
}

int ProfileModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_profile.operators.isEmpty())
        return 0;
    return int(m_profile.operators.size()) + 1;
}

int ProfileModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProfileModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const bool total = isTotalRow(index.row());
    const MicroTvm::OperatorTime op = total ? MicroTvm::OperatorTime{tr("Total"),
                                                                     QString(),
                                                                     m_profile.totalUs,
                                                                     1.0}
                                            : m_profile.operators.at(index.row());
    if (role == Qt::UserRole) {
        switch (index.column()) {
        case Node:
            return op.node;
        case Function:
            return op.function;
        case MeanUs:
            return op.meanUs;
        case Share:
            return op.share;
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() >= MeanUs)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && total) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Node:
        return op.node;
    case Function:
        return op.function;
    case MeanUs:
        return QLocale().toString(op.meanUs, 'f', 1);
    case Share:
        return tr("%1 %").arg(QLocale().toString(op.share * 100, 'f', 1));
    }
    return {};
}

QVariant ProfileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Node:
        return tr("Node");
    case Function:
        return tr("Function");
    case MeanUs:
        return tr("Mean (µs)");
    case Share:
        return tr("Share of the total");
    }
    return {};
}

bool ProfileSortModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto *model = qobject_cast<const ProfileModel *>(sourceModel());
    if (model && (model->isTotalRow(left.row()) || model->isTotalRow(right.row()))) {
        // Last whatever the order: "less" in ascending order, "greater" in descending.
        const bool leftTotal = model->isTotalRow(left.row());
        return sortOrder() == Qt::AscendingOrder ? !leftTotal : leftTotal;
    }
    const QVariant a = left.data(Qt::UserRole);
    const QVariant b = right.data(Qt::UserRole);
    if (a.typeId() == QMetaType::Double)
        return a.toDouble() < b.toDouble();
    return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
}

} // namespace TinyDeploy::Gui
