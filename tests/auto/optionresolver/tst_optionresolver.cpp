#include <deploy/optionresolver.h>

#include <QTest>

using namespace TinyDeploy;
using namespace TinyDeploy::Deploy;
using TinyDeploy::ProjectApi::OptionType;
using TinyDeploy::ProjectApi::ProjectOption;

namespace {

ProjectOption option(const QString &name,
                     OptionType type,
                     const QJsonValue &defaultValue,
                     std::optional<QStringList> choices = std::nullopt,
                     QStringList required = {})
{
    ProjectOption o;
    o.name = name;
    o.type = type;
    o.defaultValue = defaultValue;
    o.choices = std::move(choices);
    o.required = std::move(required);
    o.optional = {"generate_project", "build", "flash"};
    return o;
}

QList<ProjectOption> schema()
{
    return {option("project_type",
                   OptionType::Str,
                   QJsonValue::Null,
                   QStringList{"host_driven", "aot_standalone_demo"},
                   {"generate_project"}),
            option("verbose", OptionType::Bool, false),
            option("workspace_size_bytes", OptionType::Int, 2097152)};
}

} // namespace

class tst_OptionResolver : public QObject
{
    Q_OBJECT

private slots:
    void userValues_data();
    void userValues();
    void errorsNameTheOption_data();
    void errorsNameTheOption();
    void rememberedValueErrorGetsTheGivenHint();
    void forMethodFillsDefaultsAndChecksRequired();
};

void tst_OptionResolver::userValues_data()
{
    QTest::addColumn<QJsonObject>("values");
    QTest::addColumn<QStringList>("assignments");
    QTest::addColumn<QJsonObject>("expected");

    QTest::newRow("nothing") << QJsonObject() << QStringList() << QJsonObject();
    QTest::newRow("typed values") << QJsonObject{{"verbose", true}} << QStringList()
                                  << QJsonObject{{"verbose", true}};
    QTest::newRow("assignments are converted")
        << QJsonObject() << QStringList{"workspace_size_bytes=4096", "verbose=yes"}
        << QJsonObject{{"workspace_size_bytes", 4096}, {"verbose", true}};
    QTest::newRow("assignment overrides a value")
        << QJsonObject{{"workspace_size_bytes", 1024}} << QStringList{"workspace_size_bytes=8"}
        << QJsonObject{{"workspace_size_bytes", 8}};
    QTest::newRow("undeclared remembered value is dropped")
        << QJsonObject{{"colour", "red"}, {"verbose", false}} << QStringList()
        << QJsonObject{{"verbose", false}};
}

void tst_OptionResolver::userValues()
{
    QFETCH(QJsonObject, values);
    QFETCH(QStringList, assignments);
    QFETCH(QJsonObject, expected);
    const Result<QJsonObject> user = OptionResolver(schema()).userValues(values, assignments);
    QVERIFY2(user, user ? "" : qPrintable(user.error().fullText()));
    QCOMPARE(*user, expected);
}

void tst_OptionResolver::errorsNameTheOption_data()
{
    QTest::addColumn<QJsonObject>("values");
    QTest::addColumn<QStringList>("assignments");
    QTest::addColumn<QStringList>("mentioned");

    QTest::newRow("unknown assignment")
        << QJsonObject() << QStringList{"colour=red"} << QStringList{"colour"};
    QTest::newRow("outside the choices")
        << QJsonObject() << QStringList{"project_type=bogus"}
        << QStringList{"project_type", "bogus", "host_driven", "aot_standalone_demo"};
    QTest::newRow("not an integer") << QJsonObject() << QStringList{"workspace_size_bytes=lots"}
                                    << QStringList{"workspace_size_bytes", "lots"};
    QTest::newRow("typed value of the wrong type")
        << QJsonObject{{"project_type", "bogus"}} << QStringList() << QStringList{"project_type"};
}

void tst_OptionResolver::errorsNameTheOption()
{
    QFETCH(QJsonObject, values);
    QFETCH(QStringList, assignments);
    QFETCH(QStringList, mentioned);
    const Result<QJsonObject> user = OptionResolver(schema()).userValues(values, assignments);
    QVERIFY(!user);
    QCOMPARE(user.error().code, ErrorCode::InvalidOption);
    for (const QString &word : mentioned)
        QVERIFY2(user.error().fullText().contains(word), qPrintable(user.error().fullText()));
}

void tst_OptionResolver::rememberedValueErrorGetsTheGivenHint()
{
    const Result<QJsonObject> user = OptionResolver(schema()).userValues({{"project_type", "bogus"}},
                                                                         {},
                                                                         "remembered at generate");
    QVERIFY(!user);
    QCOMPARE(user.error().hint, "remembered at generate");
    // Errors in assignments keep their own hint.
    const Result<QJsonObject> typed = OptionResolver(schema()).userValues({},
                                                                          {"project_type=bogus"},
                                                                          "remembered");
    QVERIFY(!typed);
    QVERIFY(typed.error().hint != "remembered");
}

void tst_OptionResolver::forMethodFillsDefaultsAndChecksRequired()
{
    const OptionResolver resolver(schema());
    const Result<QJsonObject> missing = resolver.forMethod("generate_project", {});
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::MissingOption);
    QVERIFY(missing.error().fullText().contains("project_type"));

    const Result<QJsonObject> build = resolver.forMethod("build", {{"colour", "red"}});
    QVERIFY(build);
    QCOMPARE(build->value("workspace_size_bytes").toInt(), 2097152);
    QCOMPARE(build->value("verbose").toBool(true), false);
    QVERIFY(build->contains("project_type")); // null, but present: the full set
    QVERIFY(!build->contains("colour"));

    const Result<QJsonObject> generate = resolver.forMethod("generate_project",
                                                            {{"project_type", "host_driven"}});
    QVERIFY(generate);
    QCOMPARE(generate->value("project_type").toString(), "host_driven");
}

QTEST_GUILESS_MAIN(tst_OptionResolver)
#include "tst_optionresolver.moc"
