#include <deploy/resultstore.h>

#include <QTest>

using namespace TinyDeploy;
using namespace TinyDeploy::Deploy;

namespace {

RunResult result(int index, std::optional<bool> agrees, qint64 outputBytes = 4)
{
    RunResult r;
    r.input.name = QString::number(index);
    r.outputs.append(*Tensor::Tensor::zeros(Tensor::DType::uint8(), {outputBytes}));
    if (agrees) {
        Tensor::Comparison c;
        c.agrees = *agrees;
        r.comparisons.append(c);
    }
    return r;
}

} // namespace

class tst_ResultStore : public QObject
{
    Q_OBJECT

private slots:
    void limits_data();
    void limits();
    void agreementCountsDroppedResultsToo();
    void roundsCountTheirOwnResults();
};

void tst_ResultStore::limits_data()
{
    QTest::addColumn<int>("maxResults");
    QTest::addColumn<qint64>("maxBytes");
    QTest::addColumn<int>("added");
    QTest::addColumn<int>("kept");

    QTest::newRow("under the limits") << 10 << qint64(1000) << 5 << 5;
    QTest::newRow("count limit") << 3 << qint64(1000) << 5 << 3;
    QTest::newRow("byte limit") << 100 << qint64(10) << 5 << 2;
    QTest::newRow("the newest is always kept") << 100 << qint64(1) << 5 << 1;
    QTest::newRow("a count below 1 means 1") << 0 << qint64(1000) << 5 << 1;
}

void tst_ResultStore::limits()
{
    QFETCH(int, maxResults);
    QFETCH(qint64, maxBytes);
    QFETCH(int, added);
    QFETCH(int, kept);
    ResultStore store;
    store.setLimits(maxResults, maxBytes);
    for (int i = 0; i < added; ++i)
        store.add(result(i, std::nullopt));
    QCOMPARE(store.results().size(), kept);
    QCOMPARE(store.dropped(), quint64(added - kept));
    QCOMPARE(store.results().last().input.name, QString::number(added - 1)); // oldest go first
    QCOMPARE(store.results().first().input.name, QString::number(added - kept));
}

void tst_ResultStore::agreementCountsDroppedResultsToo()
{
    ResultStore store;
    store.setLimits(2);
    store.add(result(0, false));
    store.add(result(1, true));
    store.add(result(2, std::nullopt));
    store.add(result(3, true));
    QCOMPARE(store.results().size(), 2);
    QCOMPARE(store.compared(), quint64(3));
    QCOMPARE(store.agreeing(), quint64(2));
    QVERIFY(!store.allAgree()); // the dropped disagreement still counts
}

void tst_ResultStore::roundsCountTheirOwnResults()
{
    ResultStore store;
    store.add(result(0, std::nullopt));
    store.add(result(1, std::nullopt));
    QCOMPARE(store.roundResults(), 2);
    store.beginRound();
    QCOMPARE(store.roundResults(), 0);
    store.add(result(2, std::nullopt));
    QCOMPARE(store.roundResults(), 1);
    QCOMPARE(store.results().size(), 3);
}

QTEST_GUILESS_MAIN(tst_ResultStore)
#include "tst_resultstore.moc"
