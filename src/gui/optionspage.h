#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class OptionsPage;
}

namespace TinyDeploy::Gui {

class OptionsForm;
class WizardController;

/// @brief Step 3: the template's options as a form, checked before Deploy; values are
/// remembered per template.
class OptionsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptionsPage)

public:
    explicit OptionsPage(WizardController *controller, QWidget *parent = nullptr);
    ~OptionsPage() override;

    OptionsForm *form() const;
    /// Builds the form for the selected template and board (kept when nothing changed).
    void initialize();
    /// Checks every field; on success hands the values to the controller, else shows the
    /// errors inline and returns false.
    bool validate();

private:
    std::unique_ptr<Ui::OptionsPage> m_ui;
    WizardController *m_controller = nullptr;
    QString m_formFor; ///< Template path and board the form was built for.
};

} // namespace TinyDeploy::Gui
