#pragma once

#include <microtvm/operatorprofiler.h>

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace TinyDeploy::Gui {

/// @brief The operators of a profile as a table (node, function, mean µs, share of the total
/// %), with a total row last. Qt::UserRole gives the numbers for sorting.
class ProfileModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Node, Function, MeanUs, Share, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setProfile(const MicroTvm::OperatorProfile &profile);
    const MicroTvm::OperatorProfile &profile() const { return m_profile; }
    /// Whether @p row is the total row.
    bool isTotalRow(int row) const { return row == int(m_profile.operators.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    MicroTvm::OperatorProfile m_profile;
};

/// @brief Sorts a ProfileModel by the clicked column, numbers as numbers, the total row
/// always last.
class ProfileSortModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace TinyDeploy::Gui
