// The "Deploy to Several Boards" dialog, offscreen, on eight emulated boards two at a time:
// board 3 fails (an injected QEMU fault) and shows Retry while the others pass; after the
// fault is gone, Retry makes it pass too. Rows, summary, records; Export Report writes the
// report where the user chose, and a write that fails says so and keeps the summary; no
// process left.

#include "batchfixture.h"

#include <batch/batchdeployment.h>
#include <batchdialog.h>
#include <batchtablemodel.h>

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace TinyDeploy;
using namespace TinyDeploy::Batch;
using namespace TinyDeploy::Gui;

namespace {
constexpr int batchTimeoutMs = 400000;
}

class tst_BatchGui : public QObject
{
    Q_OBJECT

private slots:
    void eightBoardsOneFailsThenRetried();
};

void tst_BatchGui::eightBoardsOneFailsThenRetried()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStandardPaths::setTestModeEnabled(true); // remembered settings stay the test's
    const QString flag = dir.filePath(QStringLiteral("fail-board-3"));
    QFile(flag).open(QIODevice::WriteOnly);
    const QString bin = BatchFixture::writeFaultyQemu(dir.path(), "/boards/03-emulated/", flag);
    if (bin.isEmpty())
        QSKIP("qemu-system-arm is not installed (apt-get install qemu-system-arm)");
    // The servers this process starts find the wrapper first.
    qputenv("PATH", (bin + u':' + qEnvironmentVariable("PATH")).toLocal8Bit());
    qputenv("PYTHONDONTWRITEBYTECODE", "1");

    Deploy::DeploymentSettings settings;
    settings.modelPath = QStringLiteral(TINYDEPLOY_SOURCE_DIR
                                        "/resources/samples/digits_float32.tar");
    settings.templateDir = QStringLiteral(TINYDEPLOY_BINARY_DIR
                                          "/firmware_templates/qemu-cortex-m");
    settings.templateName = QStringLiteral("qemu-cortex-m");
    settings.optionValues = {{QStringLiteral("board"), QStringLiteral("mps2-an385")}};
    settings.recordsRoot = dir.filePath("records");
    Templates::BoardInfo board;
    board.name = QStringLiteral("mps2-an385");
    board.emulated = true;

    BatchDialog dialog(settings, board);
    dialog.show();
    dialog.setEmulatedCount(8);
    dialog.setMaxParallel(2);
    QCOMPARE(dialog.model()->rowCount(), 8);
    auto *start = dialog.findChild<QPushButton *>(QStringLiteral("batchStart"));
    QVERIFY(start && start->isEnabled());
    // A label typed into the table goes to the batch.
    QVERIFY(dialog.model()->setData(dialog.model()->index(0, BatchTableModel::Label),
                                    QStringLiteral("Window seat"),
                                    Qt::EditRole));
    QTest::mouseClick(start, Qt::LeftButton);
    BatchDeployment *batch = dialog.batch();
    QVERIFY(batch && batch->isActive());
    QCOMPARE(batch->rows().at(0).target.label, QStringLiteral("Window seat"));
    QSignalSpy finished(batch, &BatchDeployment::finished);
    QVERIFY(finished.wait(batchTimeoutMs));
    QCOMPARE(batch->state(), BatchState::Finished);

    BatchSummary summary = batch->summary();
    QCOMPARE(summary.passed, 7);
    QCOMPARE(summary.failed, 1);
    QCOMPARE(batch->rows().at(2).state, RowState::Failed);
    const BatchTableModel *model = dialog.model();
    QVERIFY(model->data(model->index(2, BatchTableModel::Result)).toString().startsWith("Failed"));
    QCOMPARE(model->data(model->index(0, BatchTableModel::Agreement)).toString(),
             QStringLiteral("5 of 5"));
    auto *table = dialog.findChild<QTableView *>();
    auto *retry = qobject_cast<QPushButton *>(
        table->indexWidget(model->index(2, BatchTableModel::Retry)));
    QVERIFY(retry);
    QVERIFY(!table->indexWidget(model->index(1, BatchTableModel::Retry)));
    QVERIFY(QFileInfo::exists(batch->batchFolder() + "/batch.html"));

    // Export Report: a Save dialog proposing an .html file; the report is written there. A
    // folder that cannot be written gives a message, and the summary shown stays.
    auto *exportButton = dialog.findChild<QPushButton *>(QStringLiteral("batchExport"));
    auto *summaryLabel = dialog.findChild<QLabel *>(QStringLiteral("batchSummary"));
    QVERIFY(exportButton && exportButton->isEnabled() && summaryLabel);
    const QString summaryText = summaryLabel->text();
    QVERIFY(summaryText.contains(QStringLiteral("7 of 8")));
    const auto exportTo = [&](const QString &path) {
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QFileDialog *save = nullptr;
        QTRY_VERIFY((save = dialog.findChild<QFileDialog *>()));
        QCOMPARE(save->acceptMode(), QFileDialog::AcceptSave);
        QCOMPARE(save->defaultSuffix(), QStringLiteral("html"));
        emit save->fileSelected(path);
        save->close();
        QTRY_VERIFY(!dialog.findChild<QFileDialog *>());
    };
    const QString exported = dir.filePath(QStringLiteral("exported/batch-report.html"));
    QVERIFY(QDir().mkpath(QFileInfo(exported).absolutePath()));
    exportTo(exported);
    QFile exportedFile(exported);
    QVERIFY(exportedFile.open(QIODevice::ReadOnly));
    QVERIFY(exportedFile.readAll().contains("8 boards: 7 passed, 1 failed"));
    exportTo(dir.filePath(QStringLiteral("no-such-folder/batch-report.html")));
    QTRY_VERIFY(dialog.findChild<QMessageBox *>());
    QCOMPARE(summaryLabel->text(), summaryText);
    dialog.findChild<QMessageBox *>()->close();

    // The fault is gone: Retry flashes board 3 again, and only it.
    QFile::remove(flag);
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(finished.wait(batchTimeoutMs));
    summary = batch->summary();
    QCOMPARE(summary.passed, 8);
    QCOMPARE(batch->rows().at(2).attempts, 2);
    QCOMPARE(batch->rows().at(1).attempts, 1);
    QVERIFY(!table->indexWidget(model->index(2, BatchTableModel::Retry)));
    for (const BoardRow &row : batch->rows())
        QVERIFY(QFileInfo::exists(row.outcome.recordFolder + "/batch.json"));
    QTRY_VERIFY_WITH_TIMEOUT(!BatchFixture::processRunsUnder(dir.filePath("records")), 5000);
}

QTEST_MAIN(tst_BatchGui)
#include "tst_batch_gui.moc"
