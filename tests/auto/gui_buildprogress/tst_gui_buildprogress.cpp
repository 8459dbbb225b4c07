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
    void parsePercent_data();
    void parsePercent();
    void widget();
    void elapsedFormat_data();
    void elapsedFormat();
};

void tst_Gui_BuildProgress::parsePercent_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("percent"); // -1: none

    QTest::newRow("empty") << "" << -1;
    QTest::newRow("garbage") << "\x1b[0m\x01\x02%%%" << -1;
    QTest::newRow("no percentage") << "-- Configuring done" << -1;
    QTest::newRow("cmake") << "[ 42%] Building C object CMakeFiles/app.dir/model.c.o" << 42;
    QTest::newRow("cmake 100") << "[100%] Built target app" << 100;
    QTest::newRow("cmake incomplete") << "[ 42" << -1;
    QTest::newRow("ninja") << "[12/48] Building C object main.c.o" << 25;
    QTest::newRow("ninja bogus total") << "[5/0] x" << -1;
    QTest::newRow("esptool") << "Writing at 0x00010000... (42 %)" << 42;
    QTest::newRow("picotool") << "Loading into Flash: [==============      ]  66%" << 66;
    QTest::newRow("decimal") << "Progress: 12.5%" << 12;
    QTest::newRow("last of several") << "segment 1 100%, segment 2 37%" << 37;
    QTest::newRow("over 100") << "CPU at 250%" << -1;
    QTest::newRow("version is not progress") << "openocd v0.12.0 1.5%x" << -1;
    QTest::newRow("printf format") << "use %d and 5%s" << -1;
    QTest::newRow("trailing data") << "[ 75%] Linking C executable app.elf  (step 3 of 4)" << 75;
    QTest::newRow("bad charset") << QString::fromUtf8("\xff\xfe 58% \xc3") << 58;
    QTest::newRow("oversize") << QString(5000, QLatin1Char('9')) + "50%" << -1;
}

void tst_Gui_BuildProgress::parsePercent()
{
    QFETCH(QString, line);
    QFETCH(int, percent);
    const std::optional<int> parsed = BuildProgress::parsePercent(line);
    QCOMPARE(parsed.value_or(-1), percent);
}

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
    progress.addLine(u"-- Build files have been written");
    QCOMPARE(progress.percent(), -1);
    progress.addLine(u"[ 42%] Building C object model.c.o");
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
