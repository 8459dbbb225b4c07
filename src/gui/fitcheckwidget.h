#pragma once

#include <templates/fitcheck.h>

#include <QWidget>

class QLabel;
class QProgressBar;

namespace TinyDeploy::Gui {

/// @brief Shows a Templates::FitCheck: one bar each for flash and RAM with the headroom, the
/// sentence that names what overflows, the parts that add up, and the estimate's assumptions.
class FitCheckWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FitCheckWidget)

public:
    explicit FitCheckWidget(QWidget *parent = nullptr);
    ~FitCheckWidget() override;

    /// Shows @p fit of the model on the board called @p boardName.
    void setFit(const Templates::FitCheck &fit, const QString &boardName);
    void clear();

    /// The headline: fits, overflows, or cannot tell.
    QString statusText() const;
    QString flashText() const;
    QString ramText() const;
    /// Bar fill in per mille of the board's memory (capped at 1000), -1 when unknown.
    int flashPerMille() const;
    int ramPerMille() const;

private:
    struct Row
    {
        QLabel *title = nullptr;
        QProgressBar *bar = nullptr;
        QLabel *summary = nullptr;
    };

    Row makeRow(const QString &title, const QString &accessibleName);
    void showMemory(Row &row, const Templates::MemoryFit &fit);

    QLabel *m_status = nullptr;
    Row m_flash;
    Row m_ram;
    QLabel *m_assumptions = nullptr;
};

} // namespace TinyDeploy::Gui
