#include <optionsform.h>
#include <statuscolors.h>

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace TinyDeploy;
using namespace TinyDeploy::Gui;
using ProjectApi::OptionType;
using ProjectApi::ProjectOption;
using Kind = OptionsForm::EditorKind;

namespace {
const QString templateName = QStringLiteral("test-template");

ProjectOption option(const QString &name,
                     OptionType type,
                     QJsonValue defaultValue = QJsonValue::Null,
                     std::optional<QStringList> choices = std::nullopt,
                     QStringList required = {},
                     QStringList optional = {"generate_project", "build"},
                     QString help = {})
{
    ProjectOption o;
    o.name = name;
    o.type = type;
    o.defaultValue = defaultValue;
    o.choices = choices;
    o.required = required;
    o.optional = optional;
    o.help = help.isEmpty() ? QStringLiteral("Help for %1.").arg(name) : help;
    return o;
}

QList<ProjectOption> schema()
{
    return {
        option("verbose", OptionType::Bool, false),
        option("board",
               OptionType::Str,
               QJsonValue::Null,
               QStringList{"mps2_an385", "mps2_an521"},
               {"generate_project"},
               {"build", "flash"}),
        option("workspace_size_bytes", OptionType::Int),
        option("clock_mhz", OptionType::Float, 25.0),
        option("project_type", OptionType::Str, "aot_standalone_demo", QStringList{}),
        option("cmsis_path", OptionType::Str),
        option("west_cmd",
               OptionType::Str,
               QJsonValue::Null,
               std::nullopt,
               {},
               {"build"},
               "Path to the west tool."),
        option("compile_definitions", OptionType::Str, QJsonArray{}),
        option("serial_number", OptionType::Str, QJsonValue::Null, std::nullopt, {}, {"flash"}),
        option("debug", OptionType::Bool, QJsonValue::Null, std::nullopt, {}, {}), // pre-0.11
    };
}
} // namespace

class tst_Gui_OptionsForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().remove(QStringLiteral("templateOptions")); }

    void editors_data();
    void editors();
    void methodFilter();
    void requiredMark();
    void helpIsTooltipAndFocusLine();
    void validValues();
    void badIntegerShownInline();
    void valueOutsideChoicesShownInline();
    void missingRequired();
    void rememberedPerTemplate();
    void resetToDefaults();
};

void tst_Gui_OptionsForm::editors_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("widgetClass");
    QTest::addColumn<QString>("initial");
    QTest::newRow("bool") << "verbose" << Kind::CheckBox << "QCheckBox"
                          << "false";
    QTest::newRow("choices") << "board" << Kind::Choice << "QComboBox"
                             << "";
    QTest::newRow("int") << "workspace_size_bytes" << Kind::Integer << "QLineEdit"
                         << "";
    QTest::newRow("float") << "clock_mhz" << Kind::Number << "QLineEdit"
                           << "25";
    QTest::newRow("empty choices is free text") << "project_type" << Kind::Text << "QLineEdit"
                                                << "aot_standalone_demo";
    QTest::newRow("path by name") << "cmsis_path" << Kind::Path << "QLineEdit"
                                  << "";
    QTest::newRow("path by help") << "west_cmd" << Kind::Path << "QLineEdit"
                                  << "";
    QTest::newRow("list") << "compile_definitions" << Kind::List << "QLineEdit"
                          << "";
    QTest::newRow("bool without default") << "debug" << Kind::CheckBox << "QCheckBox"
                                          << "";
}

void tst_Gui_OptionsForm::editors()
{
    QFETCH(QString, name);
    QFETCH(Kind, kind);
    QFETCH(QString, widgetClass);
    QFETCH(QString, initial);
    OptionsForm form;
    form.setOptions(templateName, schema(), {"generate_project", "build"});
    QCOMPARE(form.editorKind(name), kind);
    QWidget *editor = form.editor(name);
    QVERIFY(editor);
    QCOMPARE(QString::fromLatin1(editor->metaObject()->className()), widgetClass);
    QCOMPARE(form.valueText(name), initial);
    QVERIFY(!editor->accessibleName().isEmpty());
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        QVERIFY(!combo->isEditable());
    if (kind == Kind::Path) {
        bool hasBrowse = false;
        for (auto *button : editor->parentWidget()->findChildren<QAbstractButton *>())
            hasBrowse = hasBrowse || button->text().contains("Browse");
        QVERIFY(hasBrowse);
    }
}

void tst_Gui_OptionsForm::methodFilter()
{
    OptionsForm form;
    form.setOptions(templateName, schema(), {"generate_project"});
    const QStringList names = form.optionNames();
    QVERIFY(names.contains("board"));
    QVERIFY(names.contains("debug"));          // names no method: always shown
    QVERIFY(!names.contains("west_cmd"));      // build only
    QVERIFY(!names.contains("serial_number")); // flash only
    form.setOptions(templateName, schema(), {});
    QCOMPARE(form.optionNames().size(), schema().size());
}

void tst_Gui_OptionsForm::requiredMark()
{
    OptionsForm form;
    form.setOptions(templateName, schema(), {"generate_project", "build"});
    QVERIFY(form.isRequired("board"));
    QVERIFY(!form.isRequired("verbose"));
    QStringList labels;
    for (QLabel *label : form.findChildren<QLabel *>())
        labels << label->text();
    QVERIFY(labels.contains("board *"));
    QVERIFY(labels.contains("verbose"));
    QVERIFY(form.editor("board")->accessibleName().contains("required"));

    // Required only for a method not in the set: no mark.
    form.setOptions(templateName, schema(), {"build"});
    QVERIFY(!form.isRequired("board"));
}

void tst_Gui_OptionsForm::helpIsTooltipAndFocusLine()
{
    OptionsForm form;
    form.setOptions(templateName, schema(), {"generate_project", "build"});
    QCOMPARE(form.editor("clock_mhz")->toolTip(), QStringLiteral("Help for clock_mhz."));
    form.show();
    QVERIFY(QTest::qWaitForWindowActive(&form));
    QLabel *help = nullptr;
    for (QLabel *label : form.findChildren<QLabel *>()) {
        if (label->text() == "Help for clock_mhz.")
            help = label;
    }
    QVERIFY(help);
    QVERIFY(!help->isVisible());
    form.editor("clock_mhz")->setFocus();
    QTRY_VERIFY(help->isVisible());
    form.editor("verbose")->setFocus();
    QTRY_VERIFY(!help->isVisible());
}

void tst_Gui_OptionsForm::validValues()
{
    OptionsForm form;
    form.setOptions(templateName, schema(), {"generate_project", "build"});
    form.setValueText("board", "mps2_an521");
    form.setValueText("workspace_size_bytes", "8589934592"); // > int32
    form.setValueText("compile_definitions", "A=1, B=2");
    auto *box = qobject_cast<QCheckBox *>(form.editor("verbose"));
    box->setChecked(true);

    const auto values = form.validate();
    QVERIFY2(values, values ? "" : qPrintable(values.error().oneLine()));
    const auto set = values->forMethod(u"generate_project");
    QVERIFY(set);
    QCOMPARE(set->value("board").toString(), QStringLiteral("mps2_an521"));
    QCOMPARE(set->value("workspace_size_bytes").toInteger(), 8589934592LL);
    QCOMPARE(set->value("verbose").toBool(), true);
    QCOMPARE(set->value("clock_mhz").toDouble(), 25.0); // the default
    QCOMPARE(set->value("compile_definitions").toArray().size(), 2);
    QVERIFY(set->value("debug").isNull()); // tri-state "not set"
    QVERIFY(form.errorText("board").isEmpty());
}

void tst_Gui_OptionsForm::badIntegerShownInline()
{
    OptionsForm form;
    form.setOptions(templateName, schema(), {"generate_project", "build"});
    form.setValueText("board", "mps2_an385");
    form.setValueText("workspace_size_bytes", "12kB");
    const auto values = form.validate();
    QVERIFY(!values);
    QCOMPARE(values.error().code, ErrorCode::InvalidOption);
    const QString error = form.errorText("workspace_size_bytes");
    QVERIFY2(error.contains("integer"), qPrintable(error));
    QVERIFY(error.contains("12kB"));
    QVERIFY(form.errorText("board").isEmpty());
    QLabel *shown = nullptr;
    for (QLabel *label : form.findChildren<QLabel *>()) {
        if (label->text() == error)
            shown = label;
    }
    QVERIFY(shown && shown->isVisibleTo(&form));
    // Readable on the theme, and still after a switch between light and dark.
    for (const QColor &window : {QColor(0xef, 0xef, 0xef), QColor(0x35, 0x35, 0x35)}) {
        QPalette palette = form.palette();
        palette.setColor(QPalette::Window, window);
        form.setPalette(palette);
        const double ratio = StatusColors::contrast(shown->palette().color(QPalette::WindowText),
                                                    window);
        QVERIFY2(ratio >= 4.5, qPrintable(QString::number(ratio)));
    }

    // Fixed: the error goes away.
    form.setValueText("workspace_size_bytes", "4096");
    QVERIFY(form.validate());
    QVERIFY(form.errorText("workspace_size_bytes").isEmpty());
}

void tst_Gui_OptionsForm::valueOutsideChoicesShownInline()
{
    OptionsForm form;
    form.setOptions(templateName, schema(), {"generate_project", "build"});
    form.setValueText("board", "nrf5340dk");
    QCOMPARE(form.valueText("board"), QStringLiteral("nrf5340dk"));
    QVERIFY(!form.validate());
    const QString error = form.errorText("board");
    QVERIFY2(error.contains("nrf5340dk"), qPrintable(error));
}

void tst_Gui_OptionsForm::missingRequired()
{
    OptionsForm form;
    form.setOptions(templateName, schema(), {"generate_project", "build"});
    const auto values = form.validate();
    QVERIFY(!values);
    QCOMPARE(values.error().code, ErrorCode::MissingOption);
    QVERIFY(!form.errorText("board").isEmpty());
}

void tst_Gui_OptionsForm::rememberedPerTemplate()
{
    {
        OptionsForm form;
        form.setOptions(templateName, schema(), {"generate_project", "build"});
        form.setValueText("board", "mps2_an521");
        form.setValueText("workspace_size_bytes", "65536");
        qobject_cast<QCheckBox *>(form.editor("verbose"))->setChecked(true);
        QVERIFY(form.validate());
        form.remember();
    }
    OptionsForm again;
    again.setOptions(templateName, schema(), {"generate_project", "build"});
    QCOMPARE(again.valueText("board"), QStringLiteral("mps2_an521"));
    QCOMPARE(again.valueText("workspace_size_bytes"), QStringLiteral("65536"));
    QCOMPARE(again.valueText("verbose"), QStringLiteral("true"));
    QCOMPARE(again.valueText("clock_mhz"), QStringLiteral("25")); // default, not stored

    OptionsForm other;
    other.setOptions("other-template", schema(), {"generate_project", "build"});
    QCOMPARE(other.valueText("board"), QString());
    QCOMPARE(other.valueText("verbose"), QStringLiteral("false"));
}

void tst_Gui_OptionsForm::resetToDefaults()
{
    OptionsForm form;
    form.setOptions(templateName, schema(), {"generate_project", "build"});
    form.setValueText("board", "unknown_board");
    form.setValueText("clock_mhz", "80");
    form.remember();
    QSignalSpy changed(&form, &OptionsForm::changed);
    form.resetToDefaults();
    QVERIFY(changed.count() > 0);
    QCOMPARE(form.valueText("board"), QString());
    QCOMPARE(form.valueText("clock_mhz"), QStringLiteral("25"));
    QCOMPARE(qobject_cast<QComboBox *>(form.editor("board"))->count(), 3); // unset + 2 choices

    OptionsForm again;
    again.setOptions(templateName, schema(), {"generate_project", "build"});
    QCOMPARE(again.valueText("clock_mhz"), QStringLiteral("25"));
}

QTEST_MAIN(tst_Gui_OptionsForm)
#include "tst_gui_optionsform.moc"
