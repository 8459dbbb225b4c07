#include <buildprogress.h>

#include <QProgressBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace TinyDeploy::Gui;

class tst_Gui_BuildProgress : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void widget();
    void elapsedFormat_data();
    void elapsedFormat();
};

void tst_Gui_BuildProgress::widget()
{
    BuildProgress progress;
    QSignalSpy changed(&progress, &BuildProgress::percentChanged);
    auto *bar = progress.findChild<QProgressBar *>();
    QVERIFY(bar);
    progress.start("Building");
    QVERIFY(progress.isRunning());
    QCOMPARE(progress.percent(), -1);
    QCOMPARE(bar->maximum(), 0); // busy indicator
    progress.setPercent(-1);     // the deployment's "not known yet"
    QCOMPARE(progress.percent(), -1);
    QCOMPARE(bar->maximum(), 0);
    progress.setPercent(42);
    QCOMPARE(progress.percent(), 42);
    QCOMPARE(bar->value(), 42);
    QCOMPARE(changed.last().at(0).toInt(), 42);
    progress.finish(false);
    QVERIFY(!progress.isRunning());
    QCOMPARE(progress.percent(), 42); // a failure does not look like completion

    progress.start("Flashing");
    QCOMPARE(progress.percent(), -1);
    progress.finish(true);
    QCOMPARE(progress.percent(), 100);
    QVERIFY(progress.elapsedMs() >= 0);
}

void tst_Gui_BuildProgress::elapsedFormat_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << 0LL << "0:00";
    QTest::newRow("negative") << -5LL << "0:00";
    QTest::newRow("seconds") << 5999LL << "0:05";
    QTest::newRow("minutes") << 65000LL << "1:05";
    QTest::newRow("hours") << 3723000LL << "1:02:03";
}

void tst_Gui_BuildProgress::elapsedFormat()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(BuildProgress::formatElapsed(ms), text);
}

QTEST_MAIN(tst_Gui_BuildProgress)
#include "tst_gui_buildprogress.moc"
