#include <deploy/progressparser.h>

#include <QTest>

using namespace TinyDeploy::Deploy;

class tst_ProgressParser : public QObject
{
    Q_OBJECT

private slots:
    void percent_data();
    void percent();
};

void tst_ProgressParser::percent_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("percent"); // -1: none

    // Build tools.
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
    // Flashers and the rows every parser gets (garbage, empty, incomplete, trailing data,
    // oversize, bad charset).
    QTest::newRow("cmake 2") << "[ 42%] Building C object CMakeFiles/main.dir/src/a.c.o" << 42;
    QTest::newRow("cmake 100 2") << "[100%] Linking C executable main" << 100;
    QTest::newRow("cmake digits in name") << "[  7%] Building C object x/file_99%.c.o" << 7;
    QTest::newRow("flasher") << "Programming flash: 73%" << 73;
    QTest::newRow("flasher bar") << "Writing | ################ | 100% 0.52s" << 100;
    QTest::newRow("flasher overwritten") << "12% 13% 14%" << 14;
    QTest::newRow("empty 2") << "" << -1;
    QTest::newRow("garbage 2") << "\x01\x02%%%[]" << -1;
    QTest::newRow("incomplete") << "[ 42" << -1;
    QTest::newRow("no percent") << "CC runtime/td_crc32.c" << -1;
    QTest::newRow("format string") << "printf(\"%d%%\", 50)" << -1;
    QTest::newRow("oversize 2") << "[999%] nonsense" << -1;
    QTest::newRow("too many digits") << "12345% done" << -1;
    QTest::newRow("trailing data 2") << "[ 50%] Built target x [ 60%]" << 50;
    QTest::newRow("bad charset 2") << QString::fromUtf8("\xef\xbf\xbd 42\xef\xbc\x85") << -1;
}

void tst_ProgressParser::percent()
{
    QFETCH(QString, line);
    QFETCH(int, percent);
    QCOMPARE(parseProgressPercent(line).value_or(-1), percent);
}

QTEST_GUILESS_MAIN(tst_ProgressParser)
#include "tst_progressparser.moc"
