#include <mlf/modelinfo.h>
#include <templates/boardinfo.h>
#include <templates/fitcheck.h>

#include <QStandardPaths>
#include <QTest>

using namespace TinyDeploy;
using namespace TinyDeploy::Templates;

namespace {
constexpr qint64 KiB = 1024;

BoardInfo board(qint64 flash, qint64 ram, std::optional<RuntimeOverhead> overhead = {})
{
    BoardInfo b;
    b.runtimeOverhead = overhead;
    b.name = QStringLiteral("test_board");
    if (flash >= 0)
        b.memory << MemoryRegion{QStringLiteral("FLASH"), MemoryKind::Flash, 0, flash};
    if (ram >= 0)
        b.memory << MemoryRegion{QStringLiteral("RAM"), MemoryKind::Ram, 0x20000000, ram};
    return b;
}
} // namespace

class tst_FitCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void check_data();
    void check();
    void ramOverflowNamesTheParts();
    void regionsAreSummed();
    void runtimeOverheadDeclaredOrGuessed();
    void estimateFromMetadata();
    void estimateWithoutMemoryInfo();
};

void tst_FitCheck::check_data()
{
    QTest::addColumn<qint64>("code");
    QTest::addColumn<qint64>("constants");
    QTest::addColumn<qint64>("workspace");
    QTest::addColumn<qint64>("io");
    QTest::addColumn<qint64>("boardFlash");
    QTest::addColumn<qint64>("boardRam");
    QTest::addColumn<bool>("flashFits");
    QTest::addColumn<bool>("ramFits");
    QTest::addColumn<qint64>("flashHeadroom");
    QTest::addColumn<qint64>("ramHeadroom");

    // Runtime overhead in the test: 10 KiB flash, 4 KiB RAM.
    QTest::newRow("fits") << 20 * KiB << 100 * KiB << 30 * KiB << 2 * KiB << 256 * KiB << 64 * KiB
                          << true << true << 126 * KiB << 28 * KiB;
    QTest::newRow("exactly full") << 10 * KiB << 12 * KiB << 28 * KiB << 0LL << 32 * KiB << 32 * KiB
                                  << true << true << 0LL << 0LL;
    QTest::newRow("ram overflow") << 10 * KiB << 10 * KiB << 200 * KiB << 8 * KiB << 1024 * KiB
                                  << 192 * KiB << true << false << 994 * KiB << -20 * KiB;
    QTest::newRow("flash overflow") << 100 * KiB << 500 * KiB << 1 * KiB << 1 * KiB << 512 * KiB
                                    << 64 * KiB << false << true << -98 * KiB << 58 * KiB;
    QTest::newRow("one byte over") << 0LL << 22 * KiB + 1 << 0LL << 0LL << 32 * KiB << 32 * KiB
                                   << false << true << -1LL << 28 * KiB;
    QTest::newRow("no ram declared")
        << 0LL << 0LL << 1LL << 0LL << 32 * KiB << -1LL << true << false << 22 * KiB << 0LL;
}

void tst_FitCheck::check()
{
    QFETCH(qint64, code);
    QFETCH(qint64, constants);
    QFETCH(qint64, workspace);
    QFETCH(qint64, io);
    QFETCH(qint64, boardFlash);
    QFETCH(qint64, boardRam);
    QFETCH(bool, flashFits);
    QFETCH(bool, ramFits);
    QFETCH(qint64, flashHeadroom);
    QFETCH(qint64, ramHeadroom);

    ModelNeeds needs;
    needs.codeBytes = code;
    needs.constantsBytes = constants;
    needs.workspaceBytes = workspace;
    needs.ioBytes = io;
    const FitCheck fit = checkFit(needs,
                                  board(boardFlash, boardRam, RuntimeOverhead{10 * KiB, 4 * KiB}));

    QCOMPARE(fit.flash.neededBytes, code + constants + 10 * KiB);
    QCOMPARE(fit.ram.neededBytes, workspace + io + 4 * KiB);
    QCOMPARE(fit.flash.fits(), flashFits);
    QCOMPARE(fit.ram.fits(), ramFits);
    QCOMPARE(fit.flash.headroomBytes(), flashHeadroom);
    QCOMPARE(fit.ram.headroomBytes(), ramHeadroom);
    QCOMPARE(fit.fits(), flashFits && ramFits);
    QCOMPARE(fit.ram.isKnown(), boardRam >= 0);
    QCOMPARE(fit.overflows(),
             (!flashFits && fit.flash.isKnown()) || (!ramFits && fit.ram.isKnown()));

    if (!flashFits && fit.flash.isKnown())
        QVERIFY2(fit.flash.summary().startsWith(QLatin1String("Flash overflows by")),
                 qPrintable(fit.flash.summary()));
    if (!fit.ram.isKnown())
        QVERIFY2(fit.ram.summary().contains(QLatin1String("does not declare")),
                 qPrintable(fit.ram.summary()));
}

void tst_FitCheck::ramOverflowNamesTheParts()
{
    ModelNeeds needs;
    needs.codeBytes = 10 * KiB;
    needs.workspaceBytes = 200 * KiB;
    needs.ioBytes = 8 * KiB;
    const FitCheck fit = checkFit(needs, board(1024 * KiB, 192 * KiB));
    QVERIFY(!fit.ram.fits());
    QCOMPARE(fit.ram.largestPart(), FitPart::Workspace);
    QCOMPARE(fit.ram.summary(),
             QStringLiteral("RAM overflows by 32.0 KiB: workspace 200.0 KiB + I/O 8.0 KiB + "
                            "runtime 16.0 KiB > 192.0 KiB"));
    QVERIFY(fit.flash.fits());
    QCOMPARE(fit.flash.summary(),
             QStringLiteral("Flash: 34.0 KiB of 1.0 MiB (4 %), 990.0 KiB free."));
}

void tst_FitCheck::regionsAreSummed()
{
    BoardInfo b = board(512 * KiB, 64 * KiB);
    b.memory << MemoryRegion{QStringLiteral("SRAM2"), MemoryKind::Ram, 0x20010000, 64 * KiB};
    ModelNeeds needs;
    needs.workspaceBytes = 100 * KiB;
    b.runtimeOverhead = RuntimeOverhead{0, 0};
    const FitCheck fit = checkFit(needs, b);
    QCOMPARE(fit.ram.availableBytes, 128 * KiB);
    QVERIFY(fit.ram.fits());
}

// A template's declared runtime overhead counts as stated; without one the guess is used and
// the footnotes say it is a guess, so a user never takes it for a measurement.
void tst_FitCheck::runtimeOverheadDeclaredOrGuessed()
{
    ModelNeeds needs;
    needs.codeBytes = 10 * KiB;
    needs.workspaceBytes = 1 * KiB;

    const FitCheck declared
        = checkFit(needs, board(4096 * KiB, 4096 * KiB, RuntimeOverhead{12 * KiB, 88 * KiB}));
    QCOMPARE(declared.flash.neededBytes, 22 * KiB);
    QCOMPARE(declared.ram.neededBytes, 89 * KiB);
    QVERIFY2(declared.assumptions.constLast().contains(QLatin1String("as the template states")),
             qPrintable(declared.assumptions.join(QLatin1Char('\n'))));
    QVERIFY2(declared.assumptions.constLast().contains(QLatin1String("88.0 KiB")),
             qPrintable(declared.assumptions.constLast()));

    const FitCheck guessed = checkFit(needs, board(4096 * KiB, 4096 * KiB));
    QCOMPARE(guessed.flash.neededBytes, 10 * KiB + guessedRuntimeOverhead.flashBytes);
    QCOMPARE(guessed.ram.neededBytes, 1 * KiB + guessedRuntimeOverhead.ramBytes);
    QVERIFY2(guessed.assumptions.constLast().contains(QLatin1String("is a guess")),
             qPrintable(guessed.assumptions.constLast()));
}

void tst_FitCheck::estimateFromMetadata()
{
    Mlf::ModelInfo model;
    Mlf::ModuleInfo module;
    module.sourceBytes = 40001;
    module.memory << Mlf::DeviceMemory{1, 96, 2048, 74};
    module.paramsBytes = 99999; // ignored: constants are stated
    model.modules << module;

    const ModelNeeds needs = estimateNeeds(model);
    QCOMPARE(needs.codeBytes, 10001);
    QCOMPARE(needs.constantsBytes, 2048);
    QCOMPARE(needs.workspaceBytes, 96);
    QCOMPARE(needs.ioBytes, 74);
    QCOMPARE(needs.assumptions.size(), 1); // only the code estimate note
}

void tst_FitCheck::estimateWithoutMemoryInfo()
{
    // Metadata v1-v3 style: no constants or io sizes; they come from params and tensors.
    Mlf::ModelInfo model;
    Mlf::ModuleInfo module;
    module.sourceBytes = 8;
    module.memory << Mlf::DeviceMemory{1, 500, -1, -1};
    module.paramsBytes = 4000;
    module.inputs << Mlf::TensorInfo{QStringLiteral("in"),
                                     QStringLiteral("in"),
                                     QStringLiteral("float32"),
                                     256,
                                     {1, 64},
                                     {}};
    module.outputs << Mlf::TensorInfo{QStringLiteral("out"),
                                      QStringLiteral("out"),
                                      QStringLiteral("float32"),
                                      40,
                                      {1, 10},
                                      {}};
    model.modules << module << module; // two modules add up

    const ModelNeeds needs = estimateNeeds(model);
    QCOMPARE(needs.codeBytes, 4);
    QCOMPARE(needs.constantsBytes, 8000);
    QCOMPARE(needs.workspaceBytes, 1000);
    QCOMPARE(needs.ioBytes, 592);
    QCOMPARE(needs.assumptions.size(), 3);
}

QTEST_GUILESS_MAIN(tst_FitCheck)
#include "tst_fitcheck.moc"
