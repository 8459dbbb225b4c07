// The GUI's deployment package actions, offscreen: Open Deployment Package shows what the
// package holds, read-only, and a Flash and Run that cannot flash says why in one sentence;
// a file that is no package is refused with a message; Export is disabled until a build.
// Flash Several Boards opens a batch on the package: no build, every row flashed by its recipe;
// a package that cannot be opened says so before any board is listed.
// Save as Kiosk Configuration writes a .tdkiosk of the wizard's choices that the kiosk reads.

#include "../gui_wizard/wizarddriver.h"

#include <batch/batchdeployment.h>
#include <batchdialog.h>
#include <batchtablemodel.h>
#include <deploy/deployment.h>
#include <deploy/kioskconfig.h>
#include <deploy/projectstate.h>
#include <kioskactions.h>
#include <mainwindow.h>
#include <package/packagereader.h>
#include <package/packagewriter.h>
#include <packageactions.h>
#include <packagedialog.h>

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace TinyDeploy;
using namespace TinyDeploy::Gui;

namespace {

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
}

QStringList labelTexts(const QWidget *widget)
{
    QStringList texts;
    for (const QLabel *label : widget->findChildren<QLabel *>())
        texts.append(label->text());
    return texts;
}

} // namespace

class tst_GuiPackage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void actionsInTheFileMenu();
    void openShowsTheManifest();
    void flashFailureIsOneSentence();
    void notAPackageIsRefused();
    void severalBoardsFromThePackage();
    void severalBoardsFromADamagedPackage();
    void saveAsKioskConfiguration();

private:
    QTemporaryDir m_dir;
    QString m_package;
};

void tst_GuiPackage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const QString project = m_dir.filePath("project");
    writeFile(project + "/build/flash_recipe.json",
              R"({"recipe_format": 1, "platform": "host", "board_name": "host",
                  "board": {"emulated": true, "flash": {"methods": ["host"]}},
                  "flasher": "auto", "artifacts": {"runner": "build/tinydeploy_runner"}})");
    writeFile(project + "/build/tinydeploy_runner", "#!/bin/sh\n");
    writeFile(project + "/tdserver/__main__.py", "");
    Deploy::ProjectState state;
    state.templateName = QStringLiteral("host");
    state.modelPath = QStringLiteral(TINYDEPLOY_SOURCE_DIR "/resources/samples/digits_int8.tar");
    QVERIFY(state.save(project));
    m_package = m_dir.filePath("digits_int8.tdpkg");
    const Result<Package::PackageManifest> written = Package::writePackage(project, {}, m_package);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().fullText()));
}

void tst_GuiPackage::actionsInTheFileMenu()
{
    MainWindow window;
    QAction *open = window.action(QStringLiteral("openPackage"));
    QAction *exportAction = window.action(QStringLiteral("exportPackage"));
    QVERIFY(open);
    QVERIFY(exportAction);
    QVERIFY(open->isEnabled());
    // Nothing is built yet.
    QVERIFY(!exportAction->isEnabled());
}

void tst_GuiPackage::openShowsTheManifest()
{
    MainWindow window;
    auto *actions = window.findChild<PackageActions *>();
    QVERIFY(actions);
    QVERIFY(actions->openPackage(m_package));
    auto *dialog = window.findChild<PackageDialog *>(QStringLiteral("packageDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    const QStringList texts = labelTexts(dialog);
    QVERIFY2(texts.contains(QStringLiteral("digits_int8")), qPrintable(texts.join('|')));
    QVERIFY2(texts.contains(QStringLiteral("host (emulated)")), qPrintable(texts.join('|')));
    QVERIFY(texts.contains(QStringLiteral("5")));
    // Read-only: only the port can be typed in.
    QCOMPARE(dialog->findChildren<QLineEdit *>().size(), 1);
    QVERIFY(dialog->flashButton()->isEnabled());
    dialog->close();
}

// The test executable has no TinyDeploy share folder beside it: the flash fails, and the
// dialog says so in one sentence with what to do.
void tst_GuiPackage::flashFailureIsOneSentence()
{
    MainWindow window;
    auto *actions = window.findChild<PackageActions *>();
    QVERIFY(actions->openPackage(m_package));
    auto *dialog = window.findChild<PackageDialog *>(QStringLiteral("packageDialog"));
    QVERIFY(dialog);
    dialog->flashAndRun();
    QVERIFY(dialog->deployment());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->deployment()->isActive(), 30000);
    QCOMPARE(dialog->deployment()->state(), Deploy::DeploymentState::Failed);
    QVERIFY2(dialog->outcome()->text().contains(QStringLiteral("flashing library")),
             qPrintable(dialog->outcome()->text()));
    QVERIFY(dialog->flashButton()->isEnabled());
    dialog->close();
}

void tst_GuiPackage::notAPackageIsRefused()
{
    MainWindow window;
    auto *actions = window.findChild<PackageActions *>();
    const QString bogus = m_dir.filePath("bogus.tdpkg");
    writeFile(bogus, "not a tar at all");
    QVERIFY(!actions->openPackage(bogus));
    QTRY_VERIFY(window.findChild<QMessageBox *>());
    QVERIFY(!window.findChild<PackageDialog *>());
}

// Two emulated boards from the package: nothing is built, each row goes to Flash and fails
// there as Flash and Run does (no share folder beside the test), with the reason on its row.
void tst_GuiPackage::severalBoardsFromThePackage()
{
    MainWindow window;
    auto *actions = window.findChild<PackageActions *>();
    QVERIFY(actions->openPackage(m_package));
    auto *dialog = window.findChild<PackageDialog *>(QStringLiteral("packageDialog"));
    QVERIFY(dialog);
    QPushButton *several = dialog->severalBoardsButton();
    QVERIFY(several->isEnabled());
    QTest::mouseClick(several, Qt::LeftButton);
    BatchDialog *batchDialog = nullptr;
    QTRY_VERIFY((batchDialog = dialog->findChild<BatchDialog *>(QStringLiteral("packageBatch"))));
    QCOMPARE(batchDialog->windowTitle(), QStringLiteral("Flash Several Boards"));
    QVERIFY2(labelTexts(batchDialog).join(u'|').contains(QStringLiteral("digits_int8.tdpkg")),
             qPrintable(labelTexts(batchDialog).join(u'|')));
    batchDialog->setEmulatedCount(2);
    batchDialog->setMaxParallel(2);
    QCOMPARE(batchDialog->model()->rowCount(), 2);

    batchDialog->start();
    Batch::BatchDeployment *batch = batchDialog->batch();
    QVERIFY(batch);
    QVERIFY(batch->isFromPackage());
    // Here the flash fails at once: the batch may have ended before start() returned.
    QTRY_VERIFY2_WITH_TIMEOUT(batch->state() == Batch::BatchState::Finished,
                              qPrintable(labelTexts(batchDialog).join(u'|')),
                              60000);
    const Batch::BatchSummary summary = batch->summary();
    QCOMPARE(summary.boards, 2);
    QCOMPARE(summary.failed, 2);
    for (const Batch::BoardRow &row : batch->rows()) {
        QCOMPARE(row.outcome.failedStep, std::optional(Deploy::DeploymentStep::Flash));
        QVERIFY(row.error);
        QVERIFY2(row.error->oneLine().contains(QStringLiteral("flashing library")),
                 qPrintable(row.error->oneLine()));
    }
    auto *summaryLabel = batchDialog->findChild<QLabel *>(QStringLiteral("batchSummary"));
    QVERIFY(summaryLabel);
    QTRY_VERIFY2(summaryLabel->text().contains(QStringLiteral("0 of 2 boards passed, 2 failed")),
                 qPrintable(summaryLabel->text()));
    // The batch report names what was flashed.
    QFile report(batch->batchFolder() + "/batch.json");
    QVERIFY(report.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(report.readAll()).contains(QStringLiteral("digits_int8.tdpkg")));
    batchDialog->close();
    dialog->close();
}

void tst_GuiPackage::severalBoardsFromADamagedPackage()
{
    const Result<Package::PackageManifest> manifest = Package::readManifest(m_package);
    QVERIFY(manifest);
    const QString damaged = m_dir.filePath("damaged.tdpkg");
    writeFile(damaged, "not a tar at all");
    QWidget window;
    PackageDialog dialog(damaged, *manifest, &window);
    dialog.flashSeveralBoards();
    QTRY_VERIFY(dialog.findChild<QMessageBox *>());
    QVERIFY(!dialog.findChild<BatchDialog *>());
}

void tst_GuiPackage::saveAsKioskConfiguration()
{
    const QString templates = QStringLiteral(TINYDEPLOY_SOURCE_DIR "/firmware_templates");
    const auto window = WizardDriver::makeWindow({templates}, m_dir.filePath("records"));
    QAction *save = window->action(QStringLiteral("saveKiosk"));
    QVERIFY(save);
    QVERIFY(!save->isEnabled()); // no model yet
    WizardDriver::openSampleAndChoose(*window, QStringLiteral("qemu-cortex-m"));
    window->controller()->setBoardName(QStringLiteral("mps2-an500"));
    QTRY_VERIFY(save->isEnabled());

    auto *actions = window->findChild<KioskActions *>();
    QVERIFY(actions);
    const QString path = m_dir.filePath("class/digits.tdkiosk");
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QVERIFY(actions->saveKioskConfig(path));
    // What the kiosk reads is what the wizard had chosen.
    const Result<Deploy::KioskConfig> read = Deploy::loadKioskConfig(path);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().fullText()));
    QCOMPARE(read->modelPath, window->controller()->model()->path);
    QCOMPARE(read->board, QStringLiteral("mps2-an500"));
    QVERIFY(!read->options.contains(QStringLiteral("board")));
    // Not a bundled template here: it is kept as its folder.
    QCOMPARE(QDir::cleanPath(read->templateRef), QDir::cleanPath(templates + "/qemu-cortex-m"));
    QCOMPARE(read->title, QStringLiteral("digits_float32"));
    QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("--kiosk")));

    // Through the menu: a Save dialog proposing <model>.tdkiosk; its folder is remembered.
    save->trigger();
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<QFileDialog *>()));
    QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
    QCOMPARE(dialog->defaultSuffix(), QStringLiteral("tdkiosk"));
    const QString chosen = m_dir.filePath("class/chosen.tdkiosk");
    emit dialog->fileSelected(chosen);
    dialog->close();
    QVERIFY(QFileInfo::exists(chosen));
    QCOMPARE(QSettings().value("lastKioskDirectory").toString(), QFileInfo(chosen).absolutePath());

    // A folder that cannot be written: a message, and no file.
    const QString denied = m_dir.filePath("missing-folder/digits.tdkiosk");
    QVERIFY(!actions->saveKioskConfig(denied));
    QVERIFY(!QFileInfo::exists(denied));
    QTRY_VERIFY(window->findChild<QMessageBox *>());
    QVERIFY(window->findChild<QMessageBox *>()->text().contains(QStringLiteral("kiosk")));
}

QTEST_MAIN(tst_GuiPackage)

#include "tst_gui_package.moc"
