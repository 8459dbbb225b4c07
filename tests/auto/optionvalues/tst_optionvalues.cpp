#include <projectapi/optionvalues.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace TinyDeploy;
using namespace TinyDeploy::ProjectApi;

static ProjectOption option(const QString &name,
                            OptionType type,
                            const QJsonValue &defaultValue = QJsonValue::Null,
                            std::optional<QStringList> choices = std::nullopt,
                            QStringList required = {},
                            QStringList optional = {})
{
    ProjectOption o;
    o.name = name;
    o.type = type;
    o.defaultValue = defaultValue;
    o.choices = std::move(choices);
    o.required = std::move(required);
    o.optional = std::move(optional);
    o.help = "Help for " + name + ".";
    return o;
}

// A Zephyr-like schema (spec 4.2): types, choices, required per method, a list option.
static QList<ProjectOption> schema()
{
    return {
        option("verbose", OptionType::Bool, false, std::nullopt, {}, {"generate_project"}),
        option("project_type",
               OptionType::Str,
               QJsonValue::Null,
               QStringList{"aot_standalone_demo", "host_driven"},
               {"generate_project"}),
        option("board",
               OptionType::Str,
               QJsonValue::Null,
               QStringList{"mps2_an521", "qemu_x86"},
               {"generate_project"}),
        option("workspace_size_bytes",
               OptionType::Int,
               QJsonValue::Null,
               std::nullopt,
               {},
               {"generate_project"}),
        option("timeout", OptionType::Float, 1.5, std::nullopt, {}, {"open_transport"}),
        option("compile_definitions",
               OptionType::Str,
               QJsonValue::Null,
               std::nullopt,
               {},
               {"generate_project"}),
        option("extra_flags", OptionType::Str, QJsonArray{"-O2"}, std::nullopt, {}, {"build"}),
        option("west_cmd", OptionType::Str, "python3 -m west", std::nullopt, {"build", "flash"}),
        option("zephyr_base",
               OptionType::Str,
               QJsonValue::Null,
               std::nullopt,
               {"generate_project", "open_transport"}),
        option("generated_choice", OptionType::Str, QJsonValue::Null, QStringList{}, {}, {"build"}),
        option("port", OptionType::Int, QJsonValue::Null, std::nullopt, {}, {"flash"}),
        option("untyped", OptionType::Unspecified),
    };
}

static QString jsonText(const QJsonValue &value)
{
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

class tst_OptionValues : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void coercion_data();
    void coercion();
    void unknownOptionNamesTheKnownOnes();
    void choicesAreEnforcedAndNamed();
    void emptyChoicesListAllowsAnyValue();
    void requiredPerMethod();
    void fullSetHasEveryOptionWithDefaultsOrNull();
    void compileDefinitionsAccumulate();
    void assignments();
    void typedValues();
};

void tst_OptionValues::coercion_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // JSON text of the stored value, or "error"

    QTest::newRow("bool true") << "verbose"
                               << "true"
                               << "true";
    QTest::newRow("bool False") << "verbose"
                                << "False"
                                << "false";
    QTest::newRow("bool 1") << "verbose"
                            << "1"
                            << "true";
    QTest::newRow("bool 0") << "verbose"
                            << "0"
                            << "false";
    QTest::newRow("bool yes") << "verbose"
                              << "yes"
                              << "true";
    QTest::newRow("bool no") << "verbose"
                             << "NO"
                             << "false";
    QTest::newRow("bool on") << "verbose"
                             << " on "
                             << "true";
    QTest::newRow("bool off") << "verbose"
                              << "off"
                              << "false";
    QTest::newRow("bool garbage") << "verbose"
                                  << "maybe"
                                  << "error";
    QTest::newRow("bool empty") << "verbose"
                                << ""
                                << "error";
    QTest::newRow("int") << "workspace_size_bytes"
                         << "65536"
                         << "65536";
    QTest::newRow("int negative") << "workspace_size_bytes"
                                  << "-3"
                                  << "-3";
    QTest::newRow("int hex") << "workspace_size_bytes"
                             << "0x10000"
                             << "65536";
    QTest::newRow("int leading zero is decimal") << "workspace_size_bytes"
                                                 << "010"
                                                 << "10";
    QTest::newRow("int big") << "workspace_size_bytes"
                             << "9007199254740993"
                             << "9007199254740993";
    QTest::newRow("int float text") << "workspace_size_bytes"
                                    << "1.5"
                                    << "error";
    QTest::newRow("int words") << "workspace_size_bytes"
                               << "lots"
                               << "error";
    QTest::newRow("int empty") << "workspace_size_bytes"
                               << ""
                               << "error";
    QTest::newRow("float") << "timeout"
                           << "2.25"
                           << "2.25";
    QTest::newRow("float int text") << "timeout"
                                    << "3"
                                    << "3";
    QTest::newRow("float nan") << "timeout"
                               << "nan"
                               << "error";
    QTest::newRow("float inf") << "timeout"
                               << "inf"
                               << "error";
    QTest::newRow("float words") << "timeout"
                                 << "soon"
                                 << "error";
    QTest::newRow("str kept verbatim") << "west_cmd"
                                       << " west --x "
                                       << "\" west --x \"";
    QTest::newRow("str empty") << "west_cmd"
                               << ""
                               << "\"\"";
    QTest::newRow("str in choices") << "board"
                                    << "qemu_x86"
                                    << "\"qemu_x86\"";
    QTest::newRow("str not in choices") << "board"
                                        << "uno"
                                        << "error";
    QTest::newRow("choices are case sensitive") << "board"
                                                << "QEMU_X86"
                                                << "error";
    QTest::newRow("list split on whitespace and commas") << "compile_definitions"
                                                         << "-DA=1, -DB  -DC=\"x\""
                                                         << R"(["-DA=1","-DB","-DC=\"x\""])";
    QTest::newRow("list empty") << "compile_definitions"
                                << ""
                                << "[]";
    QTest::newRow("str with list default is a list") << "extra_flags"
                                                     << "-O3 -g"
                                                     << R"(["-O3","-g"])";
    QTest::newRow("arduino port path in an int option") << "port"
                                                        << "/dev/ttyACM0"
                                                        << "\"/dev/ttyACM0\"";
    QTest::newRow("port number") << "port"
                                 << "3"
                                 << "3";
    QTest::newRow("untyped stays text") << "untyped"
                                        << "42"
                                        << "\"42\"";
    QTest::newRow("unicode text") << "west_cmd" << QString::fromUtf8("wést") << "\"wést\"";
}

void tst_OptionValues::coercion()
{
    QFETCH(QString, name);
    QFETCH(QString, text);
    QFETCH(QString, expected);

    OptionValues values(schema());
    const auto set = values.setText(name, text);
    if (expected == "error") {
        QVERIFY(!set);
        QCOMPARE(set.error().code, ErrorCode::InvalidOption);
        QVERIFY2(set.error().message.contains("'" + name + "'"), qPrintable(set.error().message));
        QCOMPARE(set.error().location, name);
        QVERIFY(!values.contains(name));
        return;
    }
    QVERIFY2(set, qPrintable(set ? QString() : set.error().fullText()));
    QCOMPARE(jsonText(values.userValues().value(name)), expected);
    QCOMPARE(jsonText(values.fullSet().value(name)), expected);
}

void tst_OptionValues::unknownOptionNamesTheKnownOnes()
{
    OptionValues values(schema());
    const auto set = values.setText("boards", "qemu_x86");
    QVERIFY(!set);
    QCOMPARE(set.error().code, ErrorCode::InvalidOption);
    QVERIFY(set.error().message.contains("'boards'"));
    QVERIFY(set.error().hint.contains("board"));
    QVERIFY(set.error().hint.contains("workspace_size_bytes"));
    QVERIFY(!values.setValue("nope", 1));
}

void tst_OptionValues::choicesAreEnforcedAndNamed()
{
    OptionValues values(schema());
    const auto set = values.setText("project_type", "mlperftiny");
    QVERIFY(!set);
    QVERIFY(set.error().message.contains("aot_standalone_demo, host_driven"));
    QVERIFY(set.error().message.contains("mlperftiny"));
    QVERIFY(values.setText("project_type", "host_driven"));
}

void tst_OptionValues::emptyChoicesListAllowsAnyValue()
{
    OptionValues values(schema());
    QVERIFY(values.setText("generated_choice", "anything"));
    QCOMPARE(values.fullSet().value("generated_choice"), QJsonValue("anything"));
}

void tst_OptionValues::requiredPerMethod()
{
    OptionValues values(schema());
    // build needs west_cmd: its default satisfies it.
    QVERIFY(values.forMethod(u"build"));
    auto generate = values.forMethod(u"generate_project");
    QVERIFY(!generate);
    QCOMPARE(generate.error().code, ErrorCode::MissingOption);
    QCOMPARE(generate.error().location, QString("project_type"));
    QVERIFY(generate.error().message.contains("'project_type'"));
    QVERIFY(generate.error().message.contains("generate_project"));
    QVERIFY(generate.error().hint.contains("aot_standalone_demo, host_driven"));
    QVERIFY(values.setText("project_type", "host_driven"));
    QVERIFY(values.setText("board", "mps2_an521"));
    generate = values.forMethod(u"generate_project");
    QVERIFY(!generate);
    QCOMPARE(generate.error().location, QString("zephyr_base"));
    QVERIFY(values.setText("zephyr_base", "/opt/zephyr"));
    QVERIFY(values.forMethod(u"generate_project"));
    // Not required for flash, so its absence there is fine; an explicit unset is caught again.
    values.unset("zephyr_base");
    QVERIFY(values.forMethod(u"flash"));
    QVERIFY(!values.forMethod(u"open_transport"));
}

void tst_OptionValues::fullSetHasEveryOptionWithDefaultsOrNull()
{
    OptionValues values(schema());
    QVERIFY(values.setText("board", "qemu_x86"));
    const QJsonObject full = values.fullSet();
    QCOMPARE(full.size(), schema().size());
    QCOMPARE(full.value("board"), QJsonValue("qemu_x86"));
    QCOMPARE(full.value("verbose"), QJsonValue(false));
    QCOMPARE(full.value("timeout"), QJsonValue(1.5));
    QCOMPARE(full.value("west_cmd"), QJsonValue("python3 -m west"));
    QCOMPARE(full.value("extra_flags"), QJsonValue(QJsonArray{"-O2"}));
    QVERIFY(full.contains("workspace_size_bytes"));
    QVERIFY(full.value("workspace_size_bytes").isNull());
    QVERIFY(full.value("compile_definitions").isNull());
    QCOMPARE(values.userValues(), (QJsonObject{{"board", "qemu_x86"}}));
    // The same full set goes to every method (spec 3.4).
    QVERIFY(values.setText("project_type", "host_driven"));
    QVERIFY(values.setText("zephyr_base", "/z"));
    QCOMPARE(*values.forMethod(u"generate_project"), values.fullSet());
    QCOMPARE(*values.forMethod(u"build"), values.fullSet());
}

void tst_OptionValues::compileDefinitionsAccumulate()
{
    OptionValues values(schema());
    QVERIFY(values.setAssignment("compile_definitions=-DA=1"));
    QVERIFY(values.setAssignment("compile_definitions=-DB -DC"));
    QCOMPARE(values.fullSet().value("compile_definitions"),
             QJsonValue(QJsonArray{"-DA=1", "-DB", "-DC"}));
    // A plain (non-list) option is replaced, not accumulated.
    QVERIFY(values.setAssignment("board=mps2_an521"));
    QVERIFY(values.setAssignment("board=qemu_x86"));
    QCOMPARE(values.fullSet().value("board"), QJsonValue("qemu_x86"));
}

void tst_OptionValues::assignments()
{
    OptionValues values(schema());
    QVERIFY(values.setAssignment("west_cmd=west --zephyr-base=/z"));
    QCOMPARE(values.fullSet().value("west_cmd"), QJsonValue("west --zephyr-base=/z"));
    const auto noEquals = values.setAssignment("verbose");
    QVERIFY(!noEquals);
    QCOMPARE(noEquals.error().code, ErrorCode::InvalidOption);
    QVERIFY(!values.setAssignment("=1"));
    QVERIFY(!values.setAssignment("verbose=perhaps"));
}

void tst_OptionValues::typedValues()
{
    OptionValues values(schema());
    QVERIFY(values.setValue("verbose", true));
    QVERIFY(values.setValue("verbose", "off")); // text goes through conversion
    QCOMPARE(values.fullSet().value("verbose"), QJsonValue(false));
    QVERIFY(!values.setValue("verbose", 3));
    QVERIFY(values.setValue("workspace_size_bytes", 4096));
    QVERIFY(!values.setValue("workspace_size_bytes", 1.5));
    QVERIFY(!values.setValue("board", "uno"));
    QVERIFY(values.setValue("compile_definitions", QJsonArray{"-DX"}));
    QVERIFY(!values.setValue("compile_definitions", 5));
    QVERIFY(values.setValue("board", QJsonValue::Null));
}

QTEST_GUILESS_MAIN(tst_OptionValues)
#include "tst_optionvalues.moc"
