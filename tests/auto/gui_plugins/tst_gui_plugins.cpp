#include "fixtures/loadedlibraries.h"

#include <diagnosticsdialog.h>
#include <latencychart.h>

#include <plugin/pluginmanager.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace TinyDeploy;
using namespace TinyDeploy::Gui;

namespace {

using LoadedLibraries::isLoaded;

QPlainTextEdit *pluginView(const QWidget &dialog)
{
    for (QPlainTextEdit *edit : dialog.findChildren<QPlainTextEdit *>()) {
        if (edit->accessibleName() == QStringLiteral("Plugins"))
            return edit;
    }
    return nullptr;
}

} // namespace

class tst_Gui_Plugins : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void diagnosticsShowPluginsAndFailures();
    void diagnosticsOffersPluginCategory();
};

void tst_Gui_Plugins::diagnosticsShowPluginsAndFailures()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString plugin = dir.filePath("liblatencyplot_qtcharts.so");
    QVERIFY(QFile::copy(LATENCY_PLUGIN, plugin));
    QFile broken(dir.filePath("libbroken.so"));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("not a plugin at all");
    broken.close();

    Plugin::PluginManager plugins(Plugin::PluginManager::DefaultPaths::Ignore);
    plugins.addSearchPath(dir.path());
    DiagnosticsDialog dialog(&plugins);
    QPlainTextEdit *view = pluginView(dialog);
    QVERIFY(view);
    QString text = view->toPlainText();
    QVERIFY2(text.contains(QDir::toNativeSeparators(dir.path())), qPrintable(text));
    QVERIFY(text.contains("QtChartsLatencyPlotFactory " TINYDEPLOY_VERSION
                          " (org.tinydeploy.LatencyPlotFactory/1.0): not loaded yet"));
    QVERIFY(text.contains(broken.fileName() + ": This file is not a TinyDeploy plugin"));
    // Opening the dialog reads metadata only.
    QVERIFY(!isLoaded(plugin));

    // The Run page's chart loads the plugin; the open dialog follows.
    LatencyChart chart(&plugins);
    QVERIFY2(chart.hasPlot(), qPrintable(chart.plotUnavailableText()));
    QVERIFY(isLoaded(plugin));
    text = view->toPlainText();
    QVERIFY2(text.contains("(org.tinydeploy.LatencyPlotFactory/1.0): loaded"), qPrintable(text));
}

void tst_Gui_Plugins::diagnosticsOffersPluginCategory()
{
    QVERIFY(DiagnosticsDialog::categories().contains("tinydeploy.plugin"));
    QVERIFY(DiagnosticsDialog::filterRules({"tinydeploy.plugin"})
                .contains("tinydeploy.plugin.debug=true"));
}

QTEST_MAIN(tst_Gui_Plugins)
#include "tst_gui_plugins.moc"
