#include <logmodel.h>
#include <logview.h>
#include <statuscolors.h>

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QListView>
#include <QPalette>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace TinyDeploy::Gui;
using Stream = LogModel::Stream;
using Level = LogModel::Level;

class tst_Gui_LogView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void append100kLinesInFewBatches();
    void linesOfOneTurnAreOneInsert();
    void embeddedNewlinesSplit();
    void oversizeLineIsCut();
    void classify_data();
    void classify();
    void colours();
    void coloursReadOnLightAndDark_data();
    void coloursReadOnLightAndDark();
    void search();
    void searchFromView();
    void followTail();
    void copyToClipboard();
    void saveEqualsSource();
    void clearKeepsFile();
    void attachFollowsAGrowingFile();
    void timestamps();
    void destroyingTheViewKeepsPendingLines();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    static QByteArray readAll(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_Gui_LogView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_Gui_LogView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_Gui_LogView::cleanup()
{
    m_dir.reset();
}

void tst_Gui_LogView::append100kLinesInFewBatches()
{
    LogModel model;
    QVERIFY(model.openFile(path("build.log")));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    for (int i = 0; i < 100000; ++i)
        model.appendLine(QStringLiteral("line %1 of the build").arg(i));
    QTRY_COMPARE(model.rowCount(), 100000);
    // Coalesced: nowhere near one signal per line.
    QVERIFY2(inserted.count() <= 100000 / LogModel::maxBatchLines + 2,
             qPrintable(QString::number(inserted.count())));
    QCOMPARE(model.lineText(0), QStringLiteral("line 0 of the build"));
    QCOMPARE(model.lineText(54321), QStringLiteral("line 54321 of the build"));
    QCOMPARE(model.lineText(99999), QStringLiteral("line 99999 of the build"));
    QCOMPARE(model.data(model.index(777)).toString(), QStringLiteral("line 777 of the build"));
    // Every line is on disk as it arrived.
    const QByteArray disk = readAll(path("build.log"));
    QCOMPARE(disk.count('\n'), 100000);
    QVERIFY(disk.startsWith("line 0 of the build\nline 1 of the build\n"));
}

void tst_Gui_LogView::linesOfOneTurnAreOneInsert()
{
    LogModel model;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.appendLine("a");
    model.appendLine("b");
    model.appendLine("c");
    QCOMPARE(model.rowCount(), 0); // not yet: batched
    QVERIFY(inserted.wait());
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 2);
    QVERIFY(!model.filePath().isEmpty()); // a temporary file was made
}

void tst_Gui_LogView::embeddedNewlinesSplit()
{
    LogModel model;
    model.appendLine("first\r\nsecond\n");
    model.appendLine("");
    model.flush();
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.lineText(0), QStringLiteral("first"));
    QCOMPARE(model.lineText(1), QStringLiteral("second"));
    QCOMPARE(model.lineText(2), QString());
}

void tst_Gui_LogView::oversizeLineIsCut()
{
    LogModel model;
    QVERIFY(model.openFile(path("big.log")));
    const QString huge(100000, QLatin1Char('x'));
    model.appendLine(huge);
    model.appendLine("after");
    model.flush();
    QCOMPARE(model.rowCount(), 2);
    const QString shown = model.lineText(0);
    QCOMPARE(shown.size(), LogModel::maxDisplayBytes + 1);
    QVERIFY(shown.endsWith(QChar(0x2026)));
    QCOMPARE(model.lineText(1), QStringLiteral("after"));
    QCOMPARE(readAll(path("big.log")).size(), 100000 + 1 + 6); // the file keeps it whole
}

void tst_Gui_LogView::classify_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("level");
    QTest::newRow("empty") << "" << int(Level::Normal);
    QTest::newRow("plain") << "[ 10%] Building C object model.c.o" << int(Level::Normal);
    QTest::newRow("garbage") << "\x01\x02\x7f###" << int(Level::Normal);
    QTest::newRow("gcc error") << "model.c:3:5: error: expected ';' before '}'"
                               << int(Level::Error);
    QTest::newRow("fatal") << "cc1: fatal error: no input files" << int(Level::Error);
    QTest::newRow("Error word") << "Error while flashing" << int(Level::Error);
    QTest::newRow("make failed") << "FAILED: CMakeFiles/app.dir/main.c.o" << int(Level::Error);
    QTest::newRow("traceback") << "Traceback (most recent call last):" << int(Level::Error);
    QTest::newRow("linker") << "main.c:(.text+0x8): undefined reference to `foo'"
                            << int(Level::Error);
    QTest::newRow("Werror flag is not an error") << "cc -Werror -c main.c" << int(Level::Normal);
    QTest::newRow("errors in a word") << "terrors and mirrors" << int(Level::Normal);
    QTest::newRow("gcc warning") << "main.c:9: warning: unused variable 'x'" << int(Level::Warning);
    QTest::newRow("Warning word") << "Warning: board not found, using default"
                                  << int(Level::Warning);
    QTest::newRow("bad charset") << QString::fromUtf8("\xff\xfe error: \xc3") << int(Level::Error);
}

void tst_Gui_LogView::classify()
{
    QFETCH(QString, line);
    QFETCH(int, level);
    QCOMPARE(int(LogModel::classify(line)), level);
}

void tst_Gui_LogView::coloursReadOnLightAndDark_data()
{
    QTest::addColumn<QColor>("base");
    QTest::newRow("light") << QColor(Qt::white);
    QTest::newRow("light grey") << QColor(0xef, 0xef, 0xef);
    QTest::newRow("dark") << QColor(0x1e, 0x1e, 0x1e);
    QTest::newRow("dark grey") << QColor(0x35, 0x35, 0x35);
}

// Error and warning lines stay readable (WCAG AA, 4.5:1) on the theme's base colour, and
// follow a theme switch without the model being told.
void tst_Gui_LogView::coloursReadOnLightAndDark()
{
    QFETCH(QColor, base);
    const QPalette before = QGuiApplication::palette();
    QPalette palette = before;
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::Text, base.lightness() < 128 ? Qt::white : Qt::black);
    QGuiApplication::setPalette(palette);
    const auto restore = qScopeGuard([&before] { QGuiApplication::setPalette(before); });

    LogModel model;
    model.appendLine("main.c:3:5: error: expected ';'", Stream::Stderr);
    model.appendLine("main.c:9: warning: unused variable");
    model.flush();
    for (int row : {0, 1}) {
        const QColor colour
            = model.data(model.index(row), Qt::ForegroundRole).value<QBrush>().color();
        const double ratio = StatusColors::contrast(colour, base);
        QVERIFY2(ratio >= 4.5,
                 qPrintable(QStringLiteral("%1 on %2: %3:1")
                                .arg(colour.name(), base.name())
                                .arg(ratio, 0, 'f', 2)));
    }
}

void tst_Gui_LogView::colours()
{
    LogModel model;
    model.appendLine("all good");
    model.appendLine("main.c:3:5: error: expected ';'", Stream::Stderr);
    model.appendLine("main.c:9: warning: unused variable");
    model.appendLine("compiler chatter", Stream::Stderr);
    model.flush();

    QVERIFY(!model.data(model.index(0), Qt::ForegroundRole).isValid());
    QVERIFY(!model.data(model.index(0), Qt::BackgroundRole).isValid());

    const QColor error = model.data(model.index(1), Qt::ForegroundRole).value<QBrush>().color();
    QVERIFY(error.red() > 150 && error.green() < 80 && error.blue() < 80);
    QCOMPARE(model.data(model.index(1), LogModel::LevelRole).toInt(), int(Level::Error));
    QVERIFY(model.data(model.index(1), Qt::AccessibleTextRole).toString().startsWith("Error"));

    const QColor warning = model.data(model.index(2), Qt::ForegroundRole).value<QBrush>().color();
    QVERIFY(warning.isValid());
    QVERIFY(warning != error);

    // stderr is tinted even when it is not an error
    QVERIFY(model.data(model.index(3), Qt::BackgroundRole).isValid());
    QCOMPARE(model.stream(3), Stream::Stderr);
}

void tst_Gui_LogView::search()
{
    LogModel model;
    for (int i = 0; i < 100000; ++i) {
        if (i == 500 || i == 90000)
            model.appendLine(QStringLiteral("line %1: the NEEDLE is here").arg(i));
        else
            model.appendLine(QStringLiteral("line %1").arg(i));
    }
    model.flush();
    QCOMPARE(model.rowCount(), 100000);
    QCOMPARE(model.find("needle", -1, false), 500);
    QCOMPARE(model.find("needle", 500, false), 90000);
    QCOMPARE(model.find("needle", 90000, false), 500); // wraps
    QCOMPARE(model.find("needle", 500, true), 90000);  // wraps backwards
    QCOMPARE(model.find("needle", 90000, true), 500);
    QCOMPARE(model.find("haystack", 0, false), -1);
    QCOMPARE(model.find("", 0, false), -1);

    // One bounded step does not look at everything.
    const LogModel::FindStep step = model.findStep("needle", 1000, false, 100);
    QCOMPARE(step.match, -1);
    QCOMPARE(step.resumeRow, 1100);

    model.setHighlight("needle");
    QVERIFY(model.data(model.index(500), LogModel::MatchRole).toBool());
    QVERIFY(!model.data(model.index(501), LogModel::MatchRole).toBool());
    QVERIFY(model.data(model.index(500), Qt::BackgroundRole).isValid());
}

void tst_Gui_LogView::searchFromView()
{
    LogView view;
    LogModel *model = view.model();
    for (int i = 0; i < 50000; ++i)
        model->appendLine(i == 40000 ? QStringLiteral("FAILED: flash")
                                     : QStringLiteral("ok %1").arg(i));
    model->flush();
    QSignalSpy finished(&view, &LogView::searchFinished);
    view.find("failed");
    QVERIFY(finished.wait());
    QCOMPARE(finished.last().at(0).toInt(), 40000);
    QCOMPARE(view.listView()->currentIndex().row(), 40000);
    QVERIFY(!view.followTail()); // jumping to a match stops following
    view.find("not there");
    QVERIFY(finished.wait());
    QCOMPARE(finished.last().at(0).toInt(), -1);
}

void tst_Gui_LogView::followTail()
{
    LogView view;
    view.resize(500, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QScrollBar *bar = view.listView()->verticalScrollBar();
    QVERIFY(view.followTail());

    for (int i = 0; i < 1000; ++i)
        view.model()->appendLine(QStringLiteral("line %1").arg(i));
    QTRY_VERIFY(bar->maximum() > 0 && bar->value() == bar->maximum());

    // The user scrolls up: following stops, new lines do not move the view.
    bar->setValue(0);
    QVERIFY(!view.followTail());
    for (int i = 0; i < 100; ++i)
        view.model()->appendLine(QStringLiteral("more %1").arg(i));
    QTRY_COMPARE(view.model()->rowCount(), 1100);
    QCOMPARE(bar->value(), 0);

    // Back at the bottom: following again.
    bar->setValue(bar->maximum());
    QVERIFY(view.followTail());
    for (int i = 0; i < 100; ++i)
        view.model()->appendLine(QStringLiteral("even more %1").arg(i));
    QTRY_COMPARE(view.model()->rowCount(), 1200);
    QTRY_COMPARE(bar->value(), bar->maximum());
}

void tst_Gui_LogView::copyToClipboard()
{
    LogView view;
    for (int i = 0; i < 10; ++i)
        view.model()->appendLine(QStringLiteral("line %1").arg(i));
    view.model()->flush();
    QListView *list = view.listView();
    list->selectionModel()->select(QItemSelection(view.model()->index(4), view.model()->index(6)),
                                   QItemSelectionModel::Select);
    list->selectionModel()->select(view.model()->index(2), QItemSelectionModel::Select);
    QApplication::clipboard()->clear();
    view.copySelection();
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("line 2\nline 4\nline 5\nline 6"));

    // Ctrl+C on the list does the same.
    list->selectionModel()->clearSelection();
    list->selectionModel()->select(view.model()->index(9), QItemSelectionModel::Select);
    QApplication::clipboard()->clear();
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    list->setFocus();
    QTest::keySequence(list, QKeySequence::Copy);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("line 9"));
}

void tst_Gui_LogView::saveEqualsSource()
{
    LogModel model;
    QVERIFY(model.openFile(path("flash.log")));
    for (int i = 0; i < 20000; ++i)
        model.appendLine(QStringLiteral("Writing at 0x%1... (%2 %)")
                             .arg(i * 4096, 8, 16, QLatin1Char('0'))
                             .arg(i % 100),
                         i % 7 ? Stream::Stdout : Stream::Stderr);
    QSignalSpy saved(&model, &LogModel::saved);
    QSignalSpy failed(&model, &LogModel::saveFailed);
    model.saveAs(path("copy.log"));
    QVERIFY(saved.wait());
    QCOMPARE(failed.count(), 0);
    QCOMPARE(saved.at(0).at(0).toString(), path("copy.log"));
    const QByteArray source = readAll(path("flash.log"));
    QCOMPARE(source.count('\n'), 20000);
    QCOMPARE(readAll(path("copy.log")), source);

    model.saveAs(path("no/such/folder/copy.log"));
    QVERIFY(failed.wait());
    QVERIFY(!failed.at(0).at(0).value<TinyDeploy::Error>().message.isEmpty());
}

void tst_Gui_LogView::clearKeepsFile()
{
    LogModel model;
    QVERIFY(model.openFile(path("step.log")));
    model.appendLine("one");
    model.appendLine("two");
    model.flush();
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    model.appendLine("three");
    model.flush();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.lineText(0), QStringLiteral("three"));
    QCOMPARE(readAll(path("step.log")), QByteArray("one\ntwo\nthree\n"));
}

void tst_Gui_LogView::attachFollowsAGrowingFile()
{
    QFile file(path("external.log"));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    file.write("alpha\nbeta\ngam");

    LogModel model;
    QVERIFY(model.attachFile(path("external.log")));
    QCOMPARE(model.rowCount(), 2); // the partial line waits for its newline
    QCOMPARE(model.lineText(1), QStringLiteral("beta"));

    file.write("ma\ndelta\n");
    QTRY_COMPARE(model.rowCount(), 4); // picked up by polling
    QCOMPARE(model.lineText(2), QStringLiteral("gamma"));
    QCOMPARE(model.lineText(3), QStringLiteral("delta"));

    // Truncated and rewritten: read again from the start.
    file.resize(0);
    file.seek(0);
    file.write("new\n");
    model.refresh();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.lineText(0), QStringLiteral("new"));

    QVERIFY(!model.attachFile(path("missing.log")));
}

void tst_Gui_LogView::timestamps()
{
    LogModel model;
    const QDateTime when(QDate(2025, 6, 1), QTime(12, 34, 56, 789));
    model.appendLine("hello", Stream::Info, when);
    model.flush();
    QCOMPARE(model.timestamp(0), when);
    QCOMPARE(model.data(model.index(0)).toString(), QStringLiteral("hello"));
    model.setShowTimestamps(true);
    QCOMPARE(model.data(model.index(0)).toString(), QStringLiteral("12:34:56.789  hello"));
    QCOMPARE(model.text({0}), QStringLiteral("12:34:56.789  hello"));
}

void tst_Gui_LogView::destroyingTheViewKeepsPendingLines()
{
    // The view owns its model: lines still waiting for the next batch must reach the file when
    // both go (the model then writes them without notifying the half-destroyed view).
    auto *view = new LogView;
    QVERIFY(view->model()->openFile(path("pending.log")));
    view->show();
    view->model()->appendLine("last words", LogModel::Stream::Stderr);
    delete view;
    QCOMPARE(readAll(path("pending.log")), QByteArray("last words\n"));
}

QTEST_MAIN(tst_Gui_LogView)
#include "tst_gui_logview.moc"
