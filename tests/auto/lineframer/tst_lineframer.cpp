#include <projectapi/lineframer.h>

#include <QStandardPaths>
#include <QTest>

using namespace TinyDeploy;
using namespace TinyDeploy::ProjectApi;

// "L:" + line, or "E:line-too-long" for an error, one entry per item the framer produced.
static QStringList describe(const QList<Result<QByteArray>> &items)
{
    QStringList out;
    for (const auto &item : items) {
        if (item)
            out << "L:" + QString::fromLatin1(*item);
        else
            out << "E:" + errorCodeName(item.error().code);
    }
    return out;
}

class tst_LineFramer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void feed_data();
    void feed();
    void everySplitPointGivesTheSameLines();
    void oversizeLineIsSkippedAndFramingResumes();
    void splitModeBoundsMemory();
    void finishReturnsUnterminatedTail();
};

void tst_LineFramer::feed_data()
{
    QTest::addColumn<QList<QByteArray>>("chunks");
    QTest::addColumn<qsizetype>("cap");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QByteArray>("pending");

    using Chunks = QList<QByteArray>;
    QTest::newRow("empty") << Chunks{""} << qsizetype(100) << QStringList{} << QByteArray();
    QTest::newRow("garbage without newline") << Chunks{"\x01\x02garbage{]"} << qsizetype(100)
                                             << QStringList{} << QByteArray("\x01\x02garbage{]");
    QTest::newRow("one line") << Chunks{"{\"a\":1}\n"} << qsizetype(100)
                              << QStringList{"L:{\"a\":1}"} << QByteArray();
    QTest::newRow("incomplete") << Chunks{"{\"a\":"} << qsizetype(100) << QStringList{}
                                << QByteArray("{\"a\":");
    QTest::newRow("completing") << Chunks{"{\"a\":", "1}\n"} << qsizetype(100)
                                << QStringList{"L:{\"a\":1}"} << QByteArray();
    QTest::newRow("trailing data") << Chunks{"one\ntwo\nthr"} << qsizetype(100)
                                   << QStringList{"L:one", "L:two"} << QByteArray("thr");
    QTest::newRow("empty lines") << Chunks{"\n\n"} << qsizetype(100) << QStringList{"L:", "L:"}
                                 << QByteArray();
    QTest::newRow("crlf") << Chunks{"a\r\nb\r\n"} << qsizetype(100) << QStringList{"L:a", "L:b"}
                          << QByteArray();
    QTest::newRow("cr alone") << Chunks{"a\rb\r"} << qsizetype(100) << QStringList{"L:a", "L:b"}
                              << QByteArray();
    QTest::newRow("crlf split across chunks")
        << Chunks{"a\r", "\nb\n"} << qsizetype(100) << QStringList{"L:a", "L:b"} << QByteArray();
    QTest::newRow("cr then cr is an empty line") << Chunks{"a\r", "\rb\n"} << qsizetype(100)
                                                 << QStringList{"L:a", "L:", "L:b"} << QByteArray();
    QTest::newRow("lf cr is two terminators")
        << Chunks{"a\n\rb\n"} << qsizetype(100) << QStringList{"L:a", "L:", "L:b"} << QByteArray();
    QTest::newRow("line exactly at cap")
        << Chunks{"12345\n"} << qsizetype(5) << QStringList{"L:12345"} << QByteArray();
    QTest::newRow("oversize in one chunk")
        << Chunks{"123456\nok\n"} << qsizetype(5) << QStringList{"E:line-too-long", "L:ok"}
        << QByteArray();
    QTest::newRow("oversize across chunks")
        << Chunks{"123", "456", "789\nok\n"} << qsizetype(5)
        << QStringList{"E:line-too-long", "L:ok"} << QByteArray();
    QTest::newRow("oversize unterminated")
        << Chunks{"1234567890"} << qsizetype(5) << QStringList{"E:line-too-long"} << QByteArray();
    QTest::newRow("bad utf-8 passes through as bytes")
        << Chunks{"\xff\xfe\xc3(\n"} << qsizetype(100)
        << QStringList{"L:" + QString::fromLatin1("\xff\xfe\xc3(")} << QByteArray();
    QTest::newRow("nul bytes are data")
        << Chunks{QByteArray("a\0b\n", 4)} << qsizetype(100)
        << QStringList{"L:" + QString::fromLatin1("a\0b", 3)} << QByteArray();
}

void tst_LineFramer::feed()
{
    QFETCH(QList<QByteArray>, chunks);
    QFETCH(qsizetype, cap);
    QFETCH(QStringList, expected);
    QFETCH(QByteArray, pending);

    LineFramer framer(cap);
    QList<Result<QByteArray>> all;
    for (const QByteArray &chunk : chunks)
        all += framer.feed(chunk);
    QCOMPARE(describe(all), expected);
    QCOMPARE(framer.bufferedBytes(), pending.size());
    const auto rest = framer.finish();
    QCOMPARE(rest.has_value(), !pending.isEmpty());
    if (rest)
        QCOMPARE(*rest, pending);
}

void tst_LineFramer::everySplitPointGivesTheSameLines()
{
    const QByteArray stream = "alpha\r\nbeta\rgamma\n\ndelta\r\r\nend\n";
    const QStringList expected{"L:alpha", "L:beta", "L:gamma", "L:", "L:delta", "L:", "L:end"};
    for (qsizetype cut = 0; cut <= stream.size(); ++cut) {
        for (qsizetype cut2 = cut; cut2 <= stream.size(); ++cut2) {
            LineFramer framer;
            auto items = framer.feed(stream.left(cut));
            items += framer.feed(stream.mid(cut, cut2 - cut));
            items += framer.feed(stream.mid(cut2));
            QCOMPARE(describe(items), expected);
        }
    }
}

void tst_LineFramer::oversizeLineIsSkippedAndFramingResumes()
{
    LineFramer framer(1024);
    const QByteArray chunk(4096, 'x');
    QList<Result<QByteArray>> items;
    for (int i = 0; i < 1000; ++i) {
        items += framer.feed(chunk);
        QVERIFY(framer.bufferedBytes() <= 1024);
    }
    items += framer.feed("tail\r\n{\"id\":2}\n");
    QCOMPARE(describe(items), (QStringList{"E:line-too-long", "L:{\"id\":2}"}));
    QVERIFY(!items.first().error().message.isEmpty());
}

void tst_LineFramer::splitModeBoundsMemory()
{
    LineFramer framer(10, LineFramer::Overflow::Split);
    auto items = framer.feed("0123456789abcdefghij");
    QCOMPARE(describe(items), (QStringList{"L:0123456789"}));
    QCOMPARE(framer.bufferedBytes(), 10); // at the cap, not over it
    items = framer.feed("\n\nxyz\n");
    QCOMPARE(describe(items), (QStringList{"L:abcdefghij", "L:", "L:xyz"}));
    // A terminator right after a piece does not add an empty line; a real empty line stays.
    items = framer.feed("0123456789abcdefghijK\n\n");
    QCOMPARE(describe(items), (QStringList{"L:0123456789", "L:abcdefghij", "L:K", "L:"}));
    items = framer.feed("0123456789abcdefghijk");
    items += framer.feed("\n");
    QCOMPARE(describe(items), (QStringList{"L:0123456789", "L:abcdefghij", "L:k"}));
    items = framer.feed("0123456789ABC\n");
    QCOMPARE(describe(items), (QStringList{"L:0123456789", "L:ABC"}));
}

void tst_LineFramer::finishReturnsUnterminatedTail()
{
    LineFramer framer;
    QVERIFY(framer.feed("{\"partial\":").isEmpty());
    QCOMPARE(framer.finish().value_or("none"), QByteArray("{\"partial\":"));
    QVERIFY(!framer.finish().has_value());
    QCOMPARE(describe(framer.feed("next\n")), QStringList{"L:next"});
}

QTEST_GUILESS_MAIN(tst_LineFramer)
#include "tst_lineframer.moc"
