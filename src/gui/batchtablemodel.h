#pragma once

#include <batch/batchdeployment.h>

#include <QAbstractTableModel>
#include <QPointer>

namespace TinyDeploy::Gui {

/// @brief One row per board of a BatchDeployment: serial, editable label, step, progress,
/// result, latency, agreement. It observes the batch and keeps no state of its own besides
/// the row count it announced.
class BatchTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Number,
        Board,
        Label,
        Step,
        Progress,
        Result,
        Latency,
        Agreement,
        Retry,
        ColumnCount
    };

    explicit BatchTableModel(QObject *parent = nullptr);

    /// The batch shown (null: none); the model resets.
    void setBatch(Batch::BatchDeployment *batch);
    Batch::BatchDeployment *batch() const { return m_batch; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

private:
    QPointer<Batch::BatchDeployment> m_batch;
    int m_count = 0;
};

} // namespace TinyDeploy::Gui
