#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class ModelSummaryWidget;
}

namespace TinyDeploy::Mlf {
struct ModelInfo;
}

namespace TinyDeploy::Gui {

/// Read-only view of what an MLF archive holds: model, TVM version, executor, target, the
/// inputs and outputs, memory needs, runtime and entry point, and the reader's warnings.
class ModelSummaryWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelSummaryWidget)

public:
    explicit ModelSummaryWidget(QWidget *parent = nullptr);
    ~ModelSummaryWidget() override;

    void setModelInfo(const Mlf::ModelInfo &info);

private:
    std::unique_ptr<Ui::ModelSummaryWidget> m_ui;
};

} // namespace TinyDeploy::Gui
