#include <fitcheckwidget.h>
#include <latencychart.h>
#include <outputsview.h>

#include <tensor/tensor.h>

#include <QLabel>
#include <QLineSeries>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace TinyDeploy;
using namespace TinyDeploy::Gui;

class tst_Gui_OutputsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void topKWithLabels();
    void rawValuesOfQuantizedOutput();
    void agreementBadge();
    void unreadableOutput();

    void latencyPointsAndStats();
    void latencyWindowSlides();
    void latencyEmulatedFlag();

    void fitCheckWidget();
};

void tst_Gui_OutputsView::topKWithLabels()
{
    OutputsView view;
    view.setLabels({"zero", "one", "two", "three"});
    view.setTopCount(3);
    const auto values = Tensor::Tensor::fromValues(Tensor::DType::float32(),
                                                   {1, 5},
                                                   {0.1, 0.6, 0.05, 0.05, 0.2});
    QVERIFY(values);
    view.setOutput("output", *values);
    const QList<Tensor::RankedValue> top = view.topValues();
    QCOMPARE(top.size(), 3);
    QCOMPARE(top[0].index, 1);
    QCOMPARE(top[1].index, 4);
    QCOMPARE(top[2].index, 0);
    QCOMPARE(view.labelAt(0), QStringLiteral("one"));
    QCOMPARE(view.labelAt(1), QStringLiteral("class 4")); // no label for index 4
    QCOMPARE(view.labelAt(2), QStringLiteral("zero"));
    QVERIFY(view.badgeText().isEmpty());
}

void tst_Gui_OutputsView::rawValuesOfQuantizedOutput()
{
    OutputsView view;
    view.setTopCount(1);
    const auto raw = Tensor::Tensor::fromValues(Tensor::DType::int8(), {3}, {-128, 10, 127});
    const auto real = Tensor::Tensor::fromValues(Tensor::DType::float32(), {3}, {0.0, 0.5, 0.99});
    QVERIFY(raw && real);
    view.setOutput("probabilities", *real, *raw);
    QCOMPARE(view.topValues().constFirst().index, 2);
    auto *table = view.findChild<QTableWidget *>();
    QVERIFY(table);
    QVERIFY2(table->item(0, 2)->text().contains("127"), qPrintable(table->item(0, 2)->text()));
}

void tst_Gui_OutputsView::agreementBadge()
{
    OutputsView view;
    Tensor::Comparison good;
    good.agrees = true;
    good.maxAbsDiff = 0.0012;
    view.setComparison(good);
    QCOMPARE(view.agrees(), std::optional<bool>(true));
    QVERIFY2(view.badgeText().contains("Agrees"), qPrintable(view.badgeText()));
    QVERIFY(view.badgeText().contains("0.0012"));

    Tensor::Comparison bad;
    bad.agrees = false;
    bad.maxAbsDiff = 0.31;
    bad.maxAbsIndex = 4;
    bad.mismatches = 2;
    view.setComparison(bad);
    QCOMPARE(view.agrees(), std::optional<bool>(false));
    QVERIFY(view.badgeText().contains("Differs"));
    QVERIFY(view.badgeText().contains("0.31"));
    QVERIFY(view.badgeText().contains("index 4"));

    view.setComparison(std::nullopt);
    QVERIFY(!view.agrees());
    QVERIFY(view.badgeText().isEmpty());
}

void tst_Gui_OutputsView::unreadableOutput()
{
    OutputsView view;
    view.setOutput("empty", Tensor::Tensor());
    QVERIFY(view.topValues().isEmpty());
}

void tst_Gui_OutputsView::latencyPointsAndStats()
{
    LatencyChart chart;
    QCOMPARE(chart.pointCount(), 0);
    chart.addRuns({500, 100, 300, 200, 400});
    QCOMPARE(chart.pointCount(), 5);
    QCOMPARE(chart.series()->at(0), QPointF(1, 500));
    QCOMPARE(chart.series()->at(4), QPointF(5, 400));
    const LatencyChart::Stats s = chart.stats();
    QCOMPARE(s.count, 5);
    QCOMPARE(s.min, 100.0);
    QCOMPARE(s.median, 300.0);
    QCOMPARE(s.max, 500.0);
    QVERIFY2(chart.statsText().contains(QStringLiteral("median 300 µs")),
             qPrintable(chart.statsText()));
    chart.addRun(2500);
    QCOMPARE(chart.stats().median, 350.0); // even count: mean of the middle two
    QVERIFY(chart.statsText().contains("max 2.50 ms"));
    chart.clear();
    QCOMPARE(chart.pointCount(), 0);
    QCOMPARE(chart.totalRuns(), 0);
}

void tst_Gui_OutputsView::latencyWindowSlides()
{
    LatencyChart chart;
    chart.setWindowSize(10);
    for (int i = 1; i <= 25; ++i)
        chart.addRun(i * 10);
    QCOMPARE(chart.pointCount(), 10);
    QCOMPARE(chart.totalRuns(), 25);
    QCOMPARE(chart.series()->at(0), QPointF(16, 160));
    QCOMPARE(chart.stats().min, 160.0);
    QCOMPARE(chart.stats().max, 250.0);
}

void tst_Gui_OutputsView::latencyEmulatedFlag()
{
    LatencyChart chart;
    chart.setEmulated(true);
    bool shown = false;
    for (QLabel *label : chart.findChildren<QLabel *>())
        shown = shown || (label->text().contains("emulator") && label->isVisibleTo(&chart));
    QVERIFY(shown);
    chart.setEmulated(false);
    for (QLabel *label : chart.findChildren<QLabel *>())
        QVERIFY(!(label->text().contains("emulator") && label->isVisibleTo(&chart)));
}

void tst_Gui_OutputsView::fitCheckWidget()
{
    Templates::BoardInfo board;
    board.memory << Templates::MemoryRegion{"FLASH", Templates::MemoryKind::Flash, 0, 1024 * 1024}
                 << Templates::MemoryRegion{"RAM", Templates::MemoryKind::Ram, 0, 192 * 1024};
    Templates::ModelNeeds needs;
    needs.codeBytes = 10 * 1024;
    needs.workspaceBytes = 200 * 1024;
    needs.ioBytes = 8 * 1024;
    FitCheckWidget widget;
    widget.setFit(Templates::checkFit(needs, board, {24 * 1024, 16 * 1024}), "MPS2");
    QVERIFY2(widget.statusText().contains("not enough RAM"), qPrintable(widget.statusText()));
    QVERIFY(widget.ramText().startsWith("RAM overflows by 32.0 KiB: workspace 200.0 KiB"));
    QCOMPARE(widget.ramPerMille(), 1000);
    QCOMPARE(widget.flashPerMille(), 33); // 34 KiB of 1 MiB

    board.memory.removeLast(); // RAM unknown
    needs.workspaceBytes = 0;
    widget.setFit(Templates::checkFit(needs, board), "MPS2");
    QVERIFY(widget.statusText().startsWith("Cannot tell"));
    QCOMPARE(widget.ramPerMille(), -1);
}

QTEST_MAIN(tst_Gui_OutputsView)
#include "tst_gui_outputsview.moc"
