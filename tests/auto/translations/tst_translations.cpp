#include <util/sourceplurals.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

// Checks the translation sources (translations/tinydeploy_<lang>.ts) as a translator would:
// enough of the current messages translated, and every translation keeps the placeholders of
// its source, so that .arg() and %n fill in the same values.
class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void coverageAndPlaceholders_data();
    void coverageAndPlaceholders();
    void everyLanguageHasAFile();
    void englishHasEveryPluralAndNothingElse();
    void englishPluralsAreInstalled();

private:
    struct Message
    {
        QString context;
        QString source;
        QString type;      // "", "unfinished", "vanished", "obsolete"
        QStringList forms; // one, or the numerus forms
        bool numerus = false;
    };
    static QList<Message> parse(const QString &path, QString *language, QString *error);
    static QSet<QString> placeholders(const QString &text);
};

namespace {
const QStringList languages = {"de", "es", "fr", "zh_CN"};
constexpr double requiredCoverage = 0.95;

QString tsPath(const QString &language)
{
    return QStringLiteral(TINYDEPLOY_SOURCE_DIR "/translations/tinydeploy_%1.ts").arg(language);
}
} // namespace

QList<tst_Translations::Message> tst_Translations::parse(const QString &path,
                                                         QString *language,
                                                         QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.name();
        if (name == u"TS") {
            *language = xml.attributes().value("language").toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            current = Message{};
            current.context = context;
            current.numerus = xml.attributes().value("numerus") == u"yes";
        } else if (name == u"source") {
            current.source = xml.readElementText();
        } else if (name == u"translation") {
            current.type = xml.attributes().value("type").toString();
            if (current.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numerusform")
                        current.forms << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                current.forms << xml.readElementText();
            }
            messages << current;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QSet<QString> tst_Translations::placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d{1,2}|n|L\\d)"));
    QSet<QString> found;
    auto it = re.globalMatch(text);
    while (it.hasNext())
        found.insert(it.next().captured(0));
    return found;
}

void tst_Translations::coverageAndPlaceholders_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : languages)
        QTest::newRow(qPrintable(language)) << language;
}

void tst_Translations::coverageAndPlaceholders()
{
    QFETCH(QString, language);
    QString declared;
    QString error;
    const QList<Message> messages = parse(tsPath(language), &declared, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // lupdate writes "de_DE" for tinydeploy_de.ts
    QVERIFY2(declared == language || declared.startsWith(language + QLatin1Char('_')),
             qPrintable(declared));

    int current = 0;
    int translated = 0;
    QStringList missing;
    QStringList badPlaceholders;
    for (const Message &m : messages) {
        // Messages no longer in the sources count neither way.
        if (m.type == u"vanished" || m.type == u"obsolete")
            continue;
        ++current;
        bool complete = m.type.isEmpty() && !m.forms.isEmpty();
        for (const QString &form : m.forms)
            complete = complete && !form.trimmed().isEmpty();
        if (!complete) {
            missing << m.context + QStringLiteral(": ") + m.source;
            continue;
        }
        ++translated;
        const QSet<QString> expected = placeholders(m.source);
        for (const QString &form : m.forms) {
            if (placeholders(form) != expected)
                badPlaceholders << QStringLiteral("%1: \"%2\" -> \"%3\"")
                                       .arg(m.context, m.source, form);
        }
    }
    QVERIFY(current > 0);
    const double coverage = double(translated) / current;
    if (coverage < requiredCoverage) {
        const QStringList some = missing.mid(0, 10);
        QFAIL(qPrintable(QStringLiteral("%1: %2 of %3 messages translated (%4 %), need %5 %. "
                                        "Untranslated, e.g.:\n  %6")
                             .arg(language)
                             .arg(translated)
                             .arg(current)
                             .arg(coverage * 100, 0, 'f', 1)
                             .arg(requiredCoverage * 100, 0, 'f', 0)
                             .arg(some.join(QStringLiteral("\n  ")))));
    }
    QVERIFY2(badPlaceholders.isEmpty(), qPrintable(badPlaceholders.join(QLatin1Char('\n'))));
}

void tst_Translations::everyLanguageHasAFile()
{
    const QStringList files = QDir(QStringLiteral(TINYDEPLOY_SOURCE_DIR "/translations"))
                                  .entryList({QStringLiteral("tinydeploy_*.ts")}, QDir::Files);
    for (const QString &language : languages)
        QVERIFY2(files.contains(QStringLiteral("tinydeploy_%1.ts").arg(language)),
                 qPrintable(language));
    // .qm files are built, never committed.
    QVERIFY(QDir(QStringLiteral(TINYDEPLOY_SOURCE_DIR "/translations"))
                .entryList({QStringLiteral("*.qm")}, QDir::Files)
                .isEmpty());
}

// translations/tinydeploy_en.ts: the English singular and plural of every "%n …(s)" message
// (lupdate -pluralonly), so that English reads "1 run" and "2 runs".
void tst_Translations::englishHasEveryPluralAndNothingElse()
{
    QString declared;
    QString error;
    const QList<Message> english = parse(tsPath(QStringLiteral("en")), &declared, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(declared, QStringLiteral("en"));
    QSet<QString> pluralSources;
    for (const Message &m : english) {
        QVERIFY2(m.numerus, qPrintable(m.source));
        QVERIFY2(m.type.isEmpty(), qPrintable(m.type + QStringLiteral(": ") + m.source));
        QCOMPARE(m.forms.size(), 2);
        for (const QString &form : m.forms) {
            QVERIFY2(!form.contains(QStringLiteral("(s)")), qPrintable(form));
            QCOMPARE(placeholders(form), placeholders(m.source));
        }
        pluralSources.insert(m.context + QLatin1Char('|') + m.source);
    }
    // The same numerus messages as a full translation that is up to date with the sources
    // (the CLI's, which only en.ts covers, aside).
    const QList<Message> german = parse(tsPath(QStringLiteral("de")), &declared, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const Message &m : german) {
        if (m.numerus && m.type != u"vanished" && m.type != u"obsolete")
            QVERIFY2(pluralSources.contains(m.context + QLatin1Char('|') + m.source),
                     qPrintable(m.context + QStringLiteral(": ") + m.source));
    }
}

void tst_Translations::englishPluralsAreInstalled()
{
    QVERIFY(TinyDeploy::Util::installEnglishPlurals(*QCoreApplication::instance()));
    const char *source = "Running %1 (%n run(s)).";
    QCOMPARE(QCoreApplication::translate("TinyDeploy::Deploy", source, nullptr, 1),
             QStringLiteral("Running %1 (1 run)."));
    QCOMPARE(QCoreApplication::translate("TinyDeploy::Deploy", source, nullptr, 3),
             QStringLiteral("Running %1 (3 runs)."));
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
