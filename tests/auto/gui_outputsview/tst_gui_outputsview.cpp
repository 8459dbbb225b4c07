#include <fitcheckwidget.h>
#include <latencychart.h>
#include <outputsview.h>

#include <plugin/pluginmanager.h>
#include <tensor/tensor.h>

#include <QChartView>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace TinyDeploy;
using namespace TinyDeploy::Gui;

namespace {

/// The line the plugin (plugins/latencyplot_qtcharts) draws, looked up through its widgets.
QLineSeries *drawnSeries(const LatencyChart &chart)
{
    auto *view = chart.findChild<QChartView *>();
    if (!view || !view->chart() || view->chart()->series().isEmpty())
        return nullptr;
    return qobject_cast<QLineSeries *>(view->chart()->series().constFirst());
}

bool showsText(const QWidget &widget, const QString &text)
{
    for (const QLabel *label : widget.findChildren<QLabel *>()) {
        if (label->text().contains(text) && label->isVisibleTo(&widget))
            return true;
    }
    return false;
}

} // namespace

class tst_Gui_OutputsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // ctest sets it (tests/CMakeLists.txt); this lets the binary run by hand as well.
        if (qEnvironmentVariableIsEmpty("TINYDEPLOY_PLUGIN_PATH"))
            qputenv("TINYDEPLOY_PLUGIN_PATH", TINYDEPLOY_BINARY_DIR "/lib/tinydeploy/plugins");
    }

    void topKWithLabels();
    void rawValuesOfQuantizedOutput();
    void agreementBadge();
    void unreadableOutput();

    void latencyPointsAndStats();
    void latencyWindowSlides();
    void latencyEmulatedFlag();
    void latencyWithoutPlugin();
    void latencyWithDamagedPlugin();

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
    QVERIFY2(chart.hasPlot(), qPrintable(chart.plotUnavailableText()));
    QVERIFY(chart.plotUnavailableText().isEmpty());
    QLineSeries *series = drawnSeries(chart);
    QVERIFY(series);
    QCOMPARE(chart.pointCount(), 0);
    chart.addRuns({500, 100, 300, 200, 400});
    QCOMPARE(chart.pointCount(), 5);
    QCOMPARE(series->count(), 5);
    QCOMPARE(series->at(0), QPointF(1, 500));
    QCOMPARE(series->at(4), QPointF(5, 400));
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
    QLineSeries *series = drawnSeries(chart);
    QVERIFY(series);
    QCOMPARE(series->at(0), QPointF(16, 160));
    QCOMPARE(series->at(9), QPointF(25, 250));
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

void tst_Gui_OutputsView::latencyWithoutPlugin()
{
    Plugin::PluginManager noPlugins(Plugin::PluginManager::DefaultPaths::Ignore);
    LatencyChart chart(&noPlugins);
    QVERIFY(!chart.hasPlot());
    QVERIFY(!chart.findChild<QChartView *>());
    QCOMPARE(chart.plotUnavailableText(),
             QStringLiteral("The latency chart is not available: its plugin was not found."));
    QVERIFY(showsText(chart, chart.plotUnavailableText()));
    QVERIFY(showsText(chart,
                      "Reinstall TinyDeploy; the plugin belongs in "
                          + Plugin::PluginManager::bundledPluginDir() + "."));

    // The loader's details, one click away.
    auto *details = chart.findChild<QPlainTextEdit *>();
    QVERIFY(details);
    QVERIFY(!details->isVisibleTo(&chart));
    QToolButton *button = nullptr;
    for (QToolButton *candidate : chart.findChildren<QToolButton *>()) {
        if (candidate->text().remove('&').contains("Details"))
            button = candidate;
    }
    QVERIFY(button);
    button->click();
    QVERIFY(details->isVisibleTo(&chart));
    QVERIFY2(details->toPlainText().contains("Plugin folders searched"),
             qPrintable(details->toPlainText()));

    // The numbers still work.
    chart.addRuns({500, 100, 300});
    QCOMPARE(chart.pointCount(), 0);
    QCOMPARE(chart.totalRuns(), 3);
    QCOMPARE(chart.stats().median, 300.0);
    QVERIFY2(chart.statsText().contains(QStringLiteral("median 300 µs")),
             qPrintable(chart.statsText()));
}

void tst_Gui_OutputsView::latencyWithDamagedPlugin()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile damaged(dir.filePath("liblatencyplot_qtcharts.so"));
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write(QByteArray(1000, '\0'));
    damaged.close();
    Plugin::PluginManager plugins(Plugin::PluginManager::DefaultPaths::Ignore);
    plugins.addSearchPath(dir.path());

    LatencyChart chart(&plugins);
    QVERIFY(!chart.hasPlot());
    QCOMPARE(chart.plotUnavailableText(),
             QStringLiteral("The latency chart is not available: its plugin is missing or "
                            "damaged."));
    auto *details = chart.findChild<QPlainTextEdit *>();
    QVERIFY(details);
    QVERIFY2(details->toPlainText().contains(damaged.fileName()),
             qPrintable(details->toPlainText()));
    chart.addRun(42);
    QCOMPARE(chart.stats().max, 42.0);
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
    board.runtimeOverhead = Templates::RuntimeOverhead{24 * 1024, 16 * 1024};
    widget.setFit(Templates::checkFit(needs, board), "MPS2");
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
