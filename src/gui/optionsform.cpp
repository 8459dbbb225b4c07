#include "optionsform.h"
#include "statuscolors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>

namespace TinyDeploy::Gui {

using ProjectApi::OptionType;
using ProjectApi::ProjectOption;

struct OptionsForm::Field
{
    ProjectOption option;
    EditorKind kind = EditorKind::Text;
    bool required = false;
    QWidget *row = nullptr;
    QLabel *label = nullptr;
    QWidget *editor = nullptr;
    QLabel *help = nullptr;
    QLabel *error = nullptr;
};

namespace {
const QString unsetMarker;

bool mentionsPath(const ProjectOption &option)
{
    const QString &name = option.name;
    if (name.endsWith(QLatin1String("_path")) || name.endsWith(QLatin1String("_dir"))
        || name.endsWith(QLatin1String("_cmd")))
        return true;
    return option.help.contains(QLatin1String("path"), Qt::CaseInsensitive);
}

bool wantsDirectory(const ProjectOption &option)
{
    return option.name.endsWith(QLatin1String("_dir"))
           || option.help.contains(QLatin1String("directory"), Qt::CaseInsensitive)
           || option.help.contains(QLatin1String("folder"), Qt::CaseInsensitive);
}

QString defaultText(const ProjectOption &option)
{
    if (option.defaultValue.isNull() || option.defaultValue.isUndefined())
        return {};
    if (option.defaultValue.isArray()) {
        QStringList items;
        const QJsonArray array = option.defaultValue.toArray();
        for (const QJsonValue &item : array)
            items << ProjectApi::optionValueText(item);
        return items.join(QLatin1Char(' '));
    }
    return ProjectApi::optionValueText(option.defaultValue);
}
} // namespace

OptionsForm::OptionsForm(QWidget *parent)
    : QWidget(parent)
    , m_container(new QWidget)
    , m_form(new QFormLayout(m_container))
    , m_emptyLabel(new QLabel(tr("This template has no options for these steps."), this))
    , m_requiredNote(new QLabel(tr("* required"), this))
    , m_resetButton(new QPushButton(tr("&Reset to Defaults"), this))
{
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_container);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_resetButton->setAccessibleName(tr("Reset all options to their defaults"));
    connect(m_resetButton, &QPushButton::clicked, this, &OptionsForm::resetToDefaults);
    m_emptyLabel->hide();

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_requiredNote);
    bottom->addStretch(1);
    bottom->addWidget(m_resetButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(scroll, 1);
    layout->addLayout(bottom);
}

OptionsForm::~OptionsForm()
{
    qDeleteAll(m_fields);
}

QString OptionsForm::settingsGroup(const QString &templateName)
{
    // '/' and '\' would open sub-groups in QSettings.
    QString key = templateName;
    key.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    return QStringLiteral("templateOptions/") + key;
}

OptionsForm::EditorKind OptionsForm::kindFor(const ProjectOption &option)
{
    if (option.type == OptionType::Bool)
        return EditorKind::CheckBox;
    if (option.choices && !option.choices->isEmpty())
        return EditorKind::Choice;
    if (option.isList())
        return EditorKind::List;
    switch (option.type) {
    case OptionType::Int:
        return EditorKind::Integer;
    case OptionType::Float:
        return EditorKind::Number;
    case OptionType::Str:
    case OptionType::Unspecified:
    case OptionType::Bool:
        break;
    }
    return mentionsPath(option) ? EditorKind::Path : EditorKind::Text;
}

void OptionsForm::clearFields()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    qDeleteAll(m_fields);
    m_fields.clear();
}

void OptionsForm::setOptions(const QString &templateName,
                             const QList<ProjectOption> &options,
                             const QStringList &methods)
{
    clearFields();
    m_templateName = templateName;
    m_methods = methods;
    for (const ProjectOption &option : options) {
        bool used = methods.isEmpty() || (option.required.isEmpty() && option.optional.isEmpty());
        for (const QString &method : methods)
            used = used || option.isRequiredFor(method) || option.isOptionalFor(method);
        if (used)
            addField(option);
    }

    QSettings settings;
    settings.beginGroup(settingsGroup(templateName));
    for (Field *f : std::as_const(m_fields)) {
        if (settings.contains(f->option.name))
            setFieldText(*f, settings.value(f->option.name).toString());
    }
    const bool any = !m_fields.isEmpty();
    m_emptyLabel->setVisible(!any);
    m_resetButton->setEnabled(any);
    bool anyRequired = false;
    for (const Field *f : std::as_const(m_fields))
        anyRequired = anyRequired || f->required;
    m_requiredNote->setVisible(anyRequired);
}

void OptionsForm::addField(const ProjectOption &option)
{
    auto *f = new Field;
    f->option = option;
    f->kind = kindFor(option);
    for (const QString &method : std::as_const(m_methods))
        f->required = f->required || option.isRequiredFor(method);
    if (m_methods.isEmpty())
        f->required = !option.required.isEmpty();

    f->row = new QWidget(m_container);
    auto *rowLayout = new QVBoxLayout(f->row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->setSpacing(2);

    const QString accessibleName = f->required ? tr("%1 (required)").arg(option.name) : option.name;
    switch (f->kind) {
    case EditorKind::CheckBox: {
        auto *box = new QCheckBox(f->row);
        box->setTristate(option.defaultValue.isNull() && !f->required);
        connect(box, &QCheckBox::stateChanged, this, &OptionsForm::changed);
        f->editor = box;
        rowLayout->addWidget(box);
        break;
    }
    case EditorKind::Choice: {
        auto *combo = new QComboBox(f->row);
        combo->setEditable(false);
        if (option.defaultValue.isNull())
            combo->addItem(f->required ? tr("(choose one)") : tr("(not set)"), unsetMarker);
        for (const QString &choice : *option.choices)
            combo->addItem(choice, choice);
        connect(combo, &QComboBox::currentIndexChanged, this, &OptionsForm::changed);
        f->editor = combo;
        rowLayout->addWidget(combo);
        break;
    }
    case EditorKind::Path: {
        auto *line = new QLineEdit(f->row);
        auto *browseButton = new QToolButton(f->row);
        browseButton->setText(tr("Browse..."));
        browseButton->setAccessibleName(tr("Browse for %1").arg(option.name));
        connect(browseButton, &QToolButton::clicked, this, [this, f] { browse(*f); });
        connect(line, &QLineEdit::textChanged, this, &OptionsForm::changed);
        auto *pathRow = new QHBoxLayout;
        pathRow->setContentsMargins(0, 0, 0, 0);
        pathRow->addWidget(line, 1);
        pathRow->addWidget(browseButton);
        rowLayout->addLayout(pathRow);
        f->editor = line;
        break;
    }
    case EditorKind::Integer:
    case EditorKind::Number:
    case EditorKind::List:
    case EditorKind::Text: {
        auto *line = new QLineEdit(f->row);
        if (f->kind == EditorKind::Integer)
            line->setPlaceholderText(tr("integer"));
        else if (f->kind == EditorKind::Number)
            line->setPlaceholderText(tr("number"));
        else if (f->kind == EditorKind::List)
            line->setPlaceholderText(tr("values separated by spaces or commas"));
        connect(line, &QLineEdit::textChanged, this, &OptionsForm::changed);
        f->editor = line;
        rowLayout->addWidget(line);
        break;
    }
    }
    f->editor->setAccessibleName(accessibleName);
    f->editor->setAccessibleDescription(option.help);
    f->editor->setToolTip(option.help);
    f->editor->installEventFilter(this);

    f->help = new QLabel(option.help, f->row);
    f->help->setWordWrap(true);
    f->help->setTextFormat(Qt::PlainText);
    f->help->setForegroundRole(QPalette::PlaceholderText);
    f->help->hide();
    rowLayout->addWidget(f->help);

    f->error = new QLabel(f->row);
    f->error->setWordWrap(true);
    f->error->setTextFormat(Qt::PlainText);
    colourError(*f);
    f->error->setAccessibleName(tr("Error for %1").arg(option.name));
    f->error->hide();
    rowLayout->addWidget(f->error);

    f->label = new QLabel(f->required ? option.name + QStringLiteral(" *") : option.name,
                          m_container);
    f->label->setBuddy(f->editor);
    f->label->setToolTip(option.help);

    setFieldDefault(*f);
    m_form->addRow(f->label, f->row);
    m_fields.append(f);
}

OptionsForm::Field *OptionsForm::field(const QString &name) const
{
    for (Field *f : m_fields) {
        if (f->option.name == name)
            return f;
    }
    return nullptr;
}

QStringList OptionsForm::optionNames() const
{
    QStringList names;
    for (const Field *f : m_fields)
        names << f->option.name;
    return names;
}

OptionsForm::EditorKind OptionsForm::editorKind(const QString &name) const
{
    const Field *f = field(name);
    return f ? f->kind : EditorKind::Text;
}

QWidget *OptionsForm::editor(const QString &name) const
{
    const Field *f = field(name);
    return f ? f->editor : nullptr;
}

bool OptionsForm::isRequired(const QString &name) const
{
    const Field *f = field(name);
    return f && f->required;
}

QString OptionsForm::valueText(const QString &name) const
{
    const Field *f = field(name);
    if (!f)
        return {};
    if (auto *box = qobject_cast<QCheckBox *>(f->editor)) {
        switch (box->checkState()) {
        case Qt::Checked:
            return QStringLiteral("true");
        case Qt::Unchecked:
            return QStringLiteral("false");
        case Qt::PartiallyChecked:
            return {};
        }
    }
    if (auto *combo = qobject_cast<QComboBox *>(f->editor))
        return combo->currentData().toString();
    if (auto *line = qobject_cast<QLineEdit *>(f->editor))
        return line->text().trimmed();
    return {};
}

void OptionsForm::setFieldText(Field &f, const QString &text)
{
    if (auto *box = qobject_cast<QCheckBox *>(f.editor)) {
        const QString lower = text.trimmed().toLower();
        if (lower.isEmpty() && box->isTristate())
            box->setCheckState(Qt::PartiallyChecked);
        else
            box->setCheckState(lower == QLatin1String("true") || lower == QLatin1String("1")
                                       || lower == QLatin1String("yes")
                                       || lower == QLatin1String("on")
                                   ? Qt::Checked
                                   : Qt::Unchecked);
    } else if (auto *combo = qobject_cast<QComboBox *>(f.editor)) {
        int index = combo->findData(text);
        if (index < 0) {
            // Not one of the choices (a remembered value the template no longer offers):
            // shown as it is, so that validate() can say what is wrong with it.
            combo->addItem(text, text);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
    } else if (auto *line = qobject_cast<QLineEdit *>(f.editor)) {
        line->setText(text);
    }
    showError(f, {});
}

void OptionsForm::setFieldDefault(Field &f)
{
    setFieldText(f, defaultText(f.option));
}

void OptionsForm::setValueText(const QString &name, const QString &text)
{
    if (Field *f = field(name))
        setFieldText(*f, text);
}

void OptionsForm::showError(Field &f, const QString &text)
{
    f.error->setText(text);
    f.error->setVisible(!text.isEmpty());
    f.editor->setAccessibleDescription(text.isEmpty() ? f.option.help : text);
}

QString OptionsForm::errorText(const QString &name) const
{
    const Field *f = field(name);
    return f ? f->error->text() : QString();
}

Result<ProjectApi::OptionValues> OptionsForm::validate()
{
    QList<ProjectOption> schema;
    for (const Field *f : std::as_const(m_fields))
        schema << f->option;
    ProjectApi::OptionValues values(schema);
    std::optional<Error> first;
    Field *firstField = nullptr;
    const auto report = [&](Field *f, const Error &error) {
        showError(*f, error.message);
        if (!first) {
            first = error;
            firstField = f;
        }
    };

    for (Field *f : std::as_const(m_fields)) {
        showError(*f, {});
        const QString text = valueText(f->option.name);
        if (text.isEmpty()) {
            if (f->required
                && (f->option.defaultValue.isNull() || f->option.defaultValue.isUndefined())) {
                report(f,
                       makeError(ErrorCode::MissingOption,
                                 tr("%1 is required.").arg(f->option.name),
                                 f->option.name,
                                 f->option.help));
            }
            continue;
        }
        if (auto set = values.setText(f->option.name, text); !set)
            report(f, set.error());
    }
    if (!first) {
        // Per-method checks of the core, in case the form and the core ever disagree.
        for (const QString &method : std::as_const(m_methods)) {
            if (auto checked = values.forMethod(method); !checked) {
                if (Field *f = field(checked.error().location))
                    report(f, checked.error());
                else if (!first)
                    first = checked.error();
                break;
            }
        }
    }
    if (first) {
        if (firstField)
            firstField->editor->setFocus(Qt::OtherFocusReason);
        return fail(*first);
    }
    return values;
}

void OptionsForm::remember()
{
    QSettings settings;
    settings.beginGroup(settingsGroup(m_templateName));
    for (const Field *f : std::as_const(m_fields)) {
        const QString text = valueText(f->option.name);
        if (text == defaultText(f->option))
            settings.remove(f->option.name);
        else
            settings.setValue(f->option.name, text);
    }
}

void OptionsForm::resetToDefaults()
{
    for (Field *f : std::as_const(m_fields)) {
        if (auto *combo = qobject_cast<QComboBox *>(f->editor)) {
            // Drop values that were added because they are not among the choices.
            const int keep = (f->option.defaultValue.isNull() ? 1 : 0)
                             + int(f->option.choices ? f->option.choices->size() : 0);
            while (combo->count() > keep)
                combo->removeItem(combo->count() - 1);
        }
        setFieldDefault(*f);
    }
    QSettings settings;
    settings.remove(settingsGroup(m_templateName));
}

void OptionsForm::browse(Field &f)
{
    auto *line = qobject_cast<QLineEdit *>(f.editor);
    if (!line)
        return;
    auto *dialog = new QFileDialog(this, tr("Choose %1").arg(f.option.name), line->text());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(wantsDirectory(f.option) ? QFileDialog::Directory : QFileDialog::AnyFile);
    connect(dialog, &QFileDialog::fileSelected, line, &QLineEdit::setText);
    dialog->open();
}

void OptionsForm::colourError(Field &field)
{
    // The form's own palette: during its PaletteChange the children still have the old one.
    QPalette palette = field.error->palette();
    palette.setColor(QPalette::WindowText,
                     StatusColors::text(StatusColors::Status::Error,
                                        this->palette().color(QPalette::Window)));
    field.error->setPalette(palette);
}

void OptionsForm::changeEvent(QEvent *event)
{
    // A theme switch (light <-> dark): the error lines get the shade that reads on it.
    if (event->type() == QEvent::PaletteChange) {
        for (Field *field : std::as_const(m_fields))
            colourError(*field);
    }
    QWidget::changeEvent(event);
}

bool OptionsForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut) {
        for (Field *f : std::as_const(m_fields)) {
            if (f->editor == watched)
                f->help->setVisible(event->type() == QEvent::FocusIn && !f->option.help.isEmpty());
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace TinyDeploy::Gui
