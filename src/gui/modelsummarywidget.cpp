#include "modelsummarywidget.h"
#include "ui_modelsummarywidget.h"

#include <mlf/modelinfo.h>
#include <util/format.h>

#include <QDir>
#include <QHeaderView>

namespace TinyDeploy::Gui {

namespace {

QString executorText(const QString &executor)
{
    if (executor == QLatin1String("aot"))
        return ModelSummaryWidget::tr("AOT (ahead of time)");
    if (executor == QLatin1String("graph"))
        return ModelSummaryWidget::tr("Graph executor");
    if (executor.isEmpty())
        return ModelSummaryWidget::tr("none (operator library)");
    return executor;
}

QTableWidgetItem *item(const QString &text, Qt::Alignment alignment = Qt::AlignLeft)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setTextAlignment(alignment | Qt::AlignVCenter);
    return cell;
}

} // namespace

ModelSummaryWidget::ModelSummaryWidget(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ModelSummaryWidget>())
{
    m_ui->setupUi(this);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.5);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    m_ui->tensorTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->tensorTable->horizontalHeader()->setStretchLastSection(true);
}

ModelSummaryWidget::~ModelSummaryWidget() = default;

void ModelSummaryWidget::setModelInfo(const Mlf::ModelInfo &info)
{
    QStringList names;
    for (const Mlf::ModuleInfo &module : info.modules)
        names << module.name;
    m_ui->titleLabel->setText(names.isEmpty() ? tr("(no module)")
                                              : names.join(QStringLiteral(", ")));
    m_ui->subtitleLabel->setText(tr("%1 — %2, %3, metadata version %4")
                                     .arg(QDir::toNativeSeparators(info.path),
                                          Mlf::formatName(info.format),
                                          formatBytes(info.archiveBytes))
                                     .arg(info.version));

    m_ui->warningsLabel->setVisible(!info.warnings.isEmpty());
    QStringList warnings;
    for (const QString &warning : info.warnings)
        warnings << QStringLiteral("⚠ ") + warning.toHtmlEscaped();
    m_ui->warningsLabel->setText(warnings.join(QStringLiteral("<br>")));

    m_ui->tvmVersionValue->setText(info.tvmVersion.isEmpty() ? tr("unknown (not recorded)")
                                                             : info.tvmVersion);

    QStringList executors, targets, entryPoints, memory, exported;
    qint64 workspace = 0, constants = 0, io = 0, params = 0, code = 0;
    for (const Mlf::ModuleInfo &module : info.modules) {
        executors << executorText(module.executor);
        targets << module.targets;
        entryPoints << (module.entryPoint.isEmpty()
                            ? tr("none found in the generated C (header declares %1)")
                                  .arg(module.declaredEntryPoint.isEmpty()
                                           ? tr("nothing")
                                           : module.declaredEntryPoint)
                            : module.entryPoint);
        for (const Mlf::DeviceMemory &device : module.memory) {
            workspace += device.workspaceBytes;
            constants += qMax<qint64>(0, device.constantsBytes);
            io += qMax<qint64>(0, device.ioBytes);
        }
        params += module.paramsBytes;
        code += module.sourceBytes;
        if (!module.exportTimeText.isEmpty())
            exported << module.exportTimeText;
    }
    executors.removeDuplicates();
    targets.removeDuplicates();
    exported.removeDuplicates();
    m_ui->executorValue->setText(executors.join(QStringLiteral(", ")));
    m_ui->targetValue->setText(targets.isEmpty() ? tr("unknown") : targets.join(QLatin1Char('\n')));
    m_ui->entryPointValue->setText(entryPoints.join(QStringLiteral(", ")));
    m_ui->runtimeValue->setText(
        info.hasRuntime ? tr("TVM standalone C runtime included (runtime/)")
                        : tr("not included: the template's own runtime support is used"));
    memory << tr("workspace %1").arg(formatBytes(workspace))
           << tr("constants %1").arg(formatBytes(constants)) << tr("I/O %1").arg(formatBytes(io))
           << tr("parameters file %1").arg(formatBytes(params))
           << tr("generated code %1").arg(formatBytes(code));
    m_ui->memoryValue->setText(memory.join(QStringLiteral(", ")));
    m_ui->exportedValue->setText(exported.isEmpty() ? tr("unknown")
                                                    : exported.join(QStringLiteral(", ")));

    QTableWidget *table = m_ui->tensorTable;
    table->setRowCount(0);
    const auto addRows = [&](const QString &direction, const QList<Mlf::TensorInfo> &tensors) {
        for (const Mlf::TensorInfo &tensor : tensors) {
            const int row = table->rowCount();
            table->insertRow(row);
            table->setItem(row, 0, item(direction));
            auto *name = item(tensor.name);
            if (tensor.cName != tensor.name)
                name->setToolTip(tr("C name: %1").arg(tensor.cName));
            table->setItem(row, 1, name);
            table->setItem(row, 2, item(tensor.dtype.isEmpty() ? tr("unknown") : tensor.dtype));
            table->setItem(row, 3, item(formatShape(tensor.shape)));
            table->setItem(row, 4, item(formatBytes(tensor.sizeBytes), Qt::AlignRight));
        }
    };
    for (const Mlf::ModuleInfo &module : info.modules) {
        const QString prefix = info.modules.size() > 1 ? module.name + QStringLiteral(": ")
                                                       : QString();
        addRows(prefix + tr("input"), module.inputs);
        addRows(prefix + tr("output"), module.outputs);
    }
}

} // namespace TinyDeploy::Gui
