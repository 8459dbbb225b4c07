#pragma once

#include <tensor/metrics.h>

#include <QList>
#include <QStringList>
#include <QWidget>

#include <optional>

class QLabel;
class QTableWidget;

namespace TinyDeploy::Tensor {
class Tensor;
}

namespace TinyDeploy::Gui {

/// @brief One model output as a person reads it: the top-k classes as labelled bars with
/// their (dequantized) values, and a badge saying whether the device agrees with the expected
/// output, with the largest absolute difference.
class OutputsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutputsView)

public:
    explicit OutputsView(QWidget *parent = nullptr);
    ~OutputsView() override;

    /// Class names by index (labels.txt); an index without a name shows as "class 7".
    void setLabels(const QStringList &labels);
    /// How many of the largest values to show (1 to 100; default 5).
    void setTopCount(int k);
    int topCount() const { return m_topCount; }

    /// Shows output @p name: @p values are real numbers (already dequantized); the original
    /// integers, when the output is quantized, go in @p raw (may be a null tensor). An error
    /// text is shown instead when the values cannot be read.
    void setOutput(const QString &name,
                   const Tensor::Tensor &values,
                   const Tensor::Tensor &raw = {});
    /// Shows how the output compares with the expected one; nullopt hides the badge.
    void setComparison(const std::optional<Tensor::Comparison> &comparison);
    void clear();

    /// The rows shown, largest first.
    QList<Tensor::RankedValue> topValues() const { return m_top; }
    /// The label shown for row @p row.
    QString labelAt(int row) const;
    /// The badge text; empty when hidden.
    QString badgeText() const;
    /// Agreement shown by the badge, nullopt when hidden.
    std::optional<bool> agrees() const;

private:
    QString labelFor(qint64 index) const;

    QLabel *m_title = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_badge = nullptr;
    QLabel *m_error = nullptr;
    QStringList m_labels;
    QList<Tensor::RankedValue> m_top;
    std::optional<bool> m_agrees;
    int m_topCount = 5;
};

} // namespace TinyDeploy::Gui
