#include "../history/recordfixtures.h"

#include <historydialog.h>
#include <historyscan.h>

#include <QAbstractButton>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace TinyDeploy;
using namespace TinyDeploy::Gui;
using namespace RecordFixtures;

class tst_GuiHistory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsAndFilters();
    void exportsReports();
    void deleteAsksFirst();
    void noticesInterruptedOnce();

private:
    int visibleRows(const HistoryDialog &dialog) const;
    QTemporaryDir m_dir;
    QString m_root;
};

void tst_GuiHistory::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName("TinyDeployTests");
    QCoreApplication::setApplicationName("tst_gui_history");
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_root = m_dir.filePath("records");
    QVERIFY(writeRecord(m_root + "/a",
                        record("digits", "mps2-an385", "2026-12-01T10:00:00.000Z", "finished")));
    QVERIFY(writeRecord(m_root + "/b", record("kws", "host", "2026-12-02T10:00:00.000Z", "failed")));
    QJsonObject killed = record("digits", "host", "2026-12-03T10:00:00.000Z", "building");
    QJsonObject process = killed.value("process").toObject();
    process.insert("pid", deadPid);
    killed.insert("process", process);
    QVERIFY(writeRecord(m_root + "/c", killed));
}

int tst_GuiHistory::visibleRows(const HistoryDialog &dialog) const
{
    int rows = 0;
    for (int row = 0; row < dialog.table()->model()->rowCount(); ++row)
        rows += dialog.table()->isRowHidden(row) ? 0 : 1;
    return rows;
}

void tst_GuiHistory::listsAndFilters()
{
    HistoryDialog dialog({m_root});
    QSignalSpy refreshed(&dialog, &HistoryDialog::refreshed);
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(dialog.records().size(), 3);
    QCOMPARE(visibleRows(dialog), 3);
    auto *result = dialog.findChild<QComboBox *>();
    QVERIFY(result);
    result->setCurrentIndex(result->findData("interrupted"));
    QCOMPARE(visibleRows(dialog), 1);
    result->setCurrentIndex(0);
    auto edits = dialog.findChildren<QLineEdit *>();
    QVERIFY(edits.size() >= 2);
    edits.first()->setText("KWS"); // model, case-insensitive
    QCOMPARE(visibleRows(dialog), 1);
    edits.first()->clear();
    // Sortable by every column; the table is reachable by keyboard.
    QVERIFY(dialog.table()->isSortingEnabled());
    QCOMPARE(dialog.table()->focusPolicy() & Qt::TabFocus, Qt::TabFocus);
}

void tst_GuiHistory::exportsReports()
{
    HistoryDialog dialog({m_root});
    QSignalSpy refreshed(&dialog, &HistoryDialog::refreshed);
    QVERIFY(refreshed.wait(10000));
    QVERIFY(!dialog.exportSelected(m_dir.filePath("none.html")));
    dialog.table()->selectRow(0);
    QVERIFY(dialog.selectedRecord());
    QVERIFY(dialog.exportSelected(m_dir.filePath("r.html")));
    QVERIFY(dialog.exportSelected(m_dir.filePath("r.json")));
    QFile html(m_dir.filePath("r.html"));
    QVERIFY(html.open(QIODevice::ReadOnly));
    QVERIFY(html.readAll().startsWith("<!DOCTYPE html>"));
    QVERIFY(QFileInfo(m_dir.filePath("r.json")).size() > 0);
}

void tst_GuiHistory::deleteAsksFirst()
{
    QVERIFY(
        writeRecord(m_root + "/z", record("zap", "host", "2026-12-04T10:00:00.000Z", "finished")));
    HistoryDialog dialog({m_root});
    QSignalSpy refreshed(&dialog, &HistoryDialog::refreshed);
    QVERIFY(refreshed.wait(10000));
    dialog.table()->selectRow(0); // newest first: zap
    QCOMPARE(dialog.selectedRecord()->model, QString("zap"));
    QAbstractButton *remove = nullptr;
    for (QAbstractButton *button : dialog.findChildren<QAbstractButton *>())
        if (button->text() == HistoryDialog::tr("&Delete…"))
            remove = button;
    QVERIFY(remove);
    remove->click();
    QMessageBox *confirm = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((confirm = dialog.findChild<QMessageBox *>()) != nullptr, 5000);
    QVERIFY(QFileInfo::exists(m_root + "/z")); // nothing removed before the answer
    confirm->button(QMessageBox::Yes)->click();
    QVERIFY(refreshed.wait(10000));
    QVERIFY(!QFileInfo::exists(m_root + "/z"));
    QCOMPARE(dialog.records().size(), 3);
}

void tst_GuiHistory::noticesInterruptedOnce()
{
    QStatusBar bar;
    HistoryScan::noticeInterrupted({m_root}, &bar);
    QTRY_VERIFY_WITH_TIMEOUT(bar.currentMessage().contains("interrupted during build"), 10000);
    QVERIFY(bar.currentMessage().contains("digits"));
    // Shown once: the next start says nothing about the same record.
    QStatusBar again;
    HistoryScan scan({m_root});
    QSignalSpy done(&scan, &HistoryScan::finished);
    HistoryScan::noticeInterrupted({m_root}, &again);
    scan.start(); // finishes after the notice's scan (same work, started later)
    QVERIFY(done.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(again.findChildren<HistoryScan *>().isEmpty(), 10000);
    QCOMPARE(again.currentMessage(), QString());
}

QTEST_MAIN(tst_GuiHistory)
#include "tst_gui_history.moc"
