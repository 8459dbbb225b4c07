#pragma once

#include <projectapi/optionvalues.h>
#include <projectapi/projectoption.h>
#include <util/error.h>

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;

namespace TinyDeploy::Gui {

/// @brief A form generated from a template's ProjectOption list, for the methods of one step
/// set (e.g. generate_project, build, flash).
///
/// One editor per option: a check box for bool (three states when the option has no default:
/// "not set" is the third), a combo box when there are choices (an empty choices list means
/// free text), a line edit with a Browse button for paths (names ending in _path, _dir or _cmd,
/// or help that mentions a path), and a line edit for int, float and text. Integers use a line
/// edit, not a spin box: TVM options may be 64-bit, and the Arduino "port" is declared int but
/// holds a device path; OptionValues checks the text instead. Required options carry a "*".
/// The help text, as the template wrote it (not translated), is the tooltip and shows under
/// the field that has focus. validate() checks every field with OptionValues and puts each
/// error under its field. Values are remembered per template (QSettings group
/// "templateOptions/<template>") by remember() and restored by setOptions().
class OptionsForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptionsForm)

public:
    enum class EditorKind { CheckBox, Choice, Integer, Number, Text, List, Path };
    Q_ENUM(EditorKind)

    explicit OptionsForm(QWidget *parent = nullptr);
    ~OptionsForm() override;

    /// Builds the form for the options of @p templateName that @p methods use (all when empty;
    /// options that name no method, as before TVM 0.11, always), then restores remembered
    /// values.
    void setOptions(const QString &templateName,
                    const QList<ProjectApi::ProjectOption> &options,
                    const QStringList &methods = {});
    QString templateName() const { return m_templateName; }
    QStringList methods() const { return m_methods; }

    /// The options shown, in the server's order.
    QStringList optionNames() const;
    EditorKind editorKind(const QString &name) const;
    /// The editor of option @p name (QCheckBox, QComboBox or QLineEdit), or null.
    QWidget *editor(const QString &name) const;
    bool isRequired(const QString &name) const;

    /// The field's value as text; empty when not set.
    QString valueText(const QString &name) const;
    /// Puts @p text into the field (a value outside the choices is shown, and flagged by
    /// validate()).
    void setValueText(const QString &name, const QString &text);

    /// Checks every field and shows each error under its field; the values for all methods
    /// when they are all valid, else the first error.
    Result<ProjectApi::OptionValues> validate();
    /// The error shown under field @p name; empty when none.
    QString errorText(const QString &name) const;

    /// Stores the current values as this template's remembered values.
    void remember();
    /// Puts every field back to the template's default and forgets remembered values.
    void resetToDefaults();

    /// The QSettings group of a template's remembered values.
    static QString settingsGroup(const QString &templateName);

signals:
    /// Any field changed (by the user or by a setter).
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Field;

    Field *field(const QString &name) const;
    void clearFields();
    void addField(const ProjectApi::ProjectOption &option);
    void setFieldText(Field &field, const QString &text);
    void setFieldDefault(Field &field);
    void showError(Field &field, const QString &text);
    void colourError(Field &field);
    void browse(Field &field);
    static EditorKind kindFor(const ProjectApi::ProjectOption &option);

    QString m_templateName;
    QStringList m_methods;
    QList<Field *> m_fields;
    QWidget *m_container = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QLabel *m_requiredNote = nullptr;
    QPushButton *m_resetButton = nullptr;
};

} // namespace TinyDeploy::Gui
