// The About box, the log-category panel, the settings dialog and the wizard's icons.

#include <aboutdialog.h>
#include <diagnosticsdialog.h>
#include <guilogging.h>
#include <languagesettings.h>
#include <settingsdialog.h>
#include <wizardstep.h>

#include "fixtures/mnemonics.h"

#include <QComboBox>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace TinyDeploy::Gui;

class tst_GuiDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aboutAsksToolsInTheBackground();
    void logCategoriesAreSwitchedAndCaptured();
    void settingsAreSaved();
    void languagesOffered();
    void dialogsHaveNoMnemonicClashes();
    void iconsRender_data();
    void iconsRender();
};

void tst_GuiDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TinyDeployTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui_dialogs"));
    QSettings().clear();
}

void tst_GuiDialogs::aboutAsksToolsInTheBackground()
{
    AboutDialog dialog({QStringLiteral("host: available")});
    // Nothing is known yet when the dialog appears: the answers come later.
    const QString python3 = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (!python3.isEmpty())
        QCOMPARE(dialog.toolText(QStringLiteral("python3")), QStringLiteral("checking…"));
    dialog.show();
    for (const QString &tool : AboutDialog::toolNames()) {
        if (QStandardPaths::findExecutable(tool).isEmpty())
            QCOMPARE(dialog.toolText(tool), QStringLiteral("not found"));
    }
    if (python3.isEmpty())
        QSKIP("python3 is not installed");
    QTRY_VERIFY_WITH_TIMEOUT(dialog.toolText(QStringLiteral("python3")).startsWith("Python 3"),
                             10000);
    bool listsTemplate = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        listsTemplate = listsTemplate || label->text().contains(QStringLiteral("host: available"));
    QVERIFY(listsTemplate);
}

void tst_GuiDialogs::logCategoriesAreSwitchedAndCaptured()
{
    const QString rules = DiagnosticsDialog::filterRules({QStringLiteral("tinydeploy.gui")});
    QVERIFY(rules.contains(QStringLiteral("tinydeploy.gui.debug=true")));
    QVERIFY(rules.contains(QStringLiteral("tinydeploy.device.debug=false")));
    QVERIFY(!rules.contains(QStringLiteral("tinydeploy.gui.debug=false")));

    DiagnosticsDialog::installMessageCapture();
    QLoggingCategory::setFilterRules(DiagnosticsDialog::filterRules({}));
    qCDebug(lcGui) << "hidden-line";
    // Warnings pass any filter, also ctest's QT_LOGGING_RULES (which outranks setFilterRules).
    qCWarning(lcGui) << "shown-line";
    const QString captured = DiagnosticsDialog::capturedMessages().join(QLatin1Char('\n'));
    QVERIFY(!captured.contains(QStringLiteral("hidden-line")));
    QVERIFY2(captured.contains(QStringLiteral("warning tinydeploy.gui: shown-line")),
             qPrintable(captured));
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES")) {
        QLoggingCategory::setFilterRules(rules);
        qCDebug(lcGui) << "debug-line";
        QVERIFY(DiagnosticsDialog::capturedMessages()
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("debug tinydeploy.gui: debug-line")));
    }
}

void tst_GuiDialogs::settingsAreSaved()
{
    SettingsDialog dialog;
    auto *crt = dialog.findChild<QLineEdit *>();
    QVERIFY(crt);
    crt->setText(QStringLiteral("  /opt/tvm/standalone_crt  "));
    dialog.accept();
    QCOMPARE(SettingsDialog::standaloneCrtDir(), QStringLiteral("/opt/tvm/standalone_crt"));
}

// The settings offer the system's language, English (the source, whose plural forms come from
// tinydeploy_en.qm) and each translation, once each.
void tst_GuiDialogs::languagesOffered()
{
    QCOMPARE(LanguageSettings::availableLanguages(),
             QStringList({QStringLiteral("de"),
                          QStringLiteral("es"),
                          QStringLiteral("fr"),
                          QStringLiteral("zh_CN")}));
    SettingsDialog dialog;
    auto *combo = dialog.findChild<QComboBox *>();
    QVERIFY(combo);
    QStringList codes;
    for (int i = 0; i < combo->count(); ++i)
        codes << combo->itemData(i).toString();
    QCOMPARE(codes,
             QStringList({QString(),
                          QStringLiteral("en"),
                          QStringLiteral("de"),
                          QStringLiteral("es"),
                          QStringLiteral("fr"),
                          QStringLiteral("zh_CN")}));
}

void tst_GuiDialogs::dialogsHaveNoMnemonicClashes()
{
    SettingsDialog settings;
    DiagnosticsDialog diagnostics;
    AboutDialog about({QStringLiteral("host: available")});
    for (QWidget *dialog : {static_cast<QWidget *>(&settings),
                            static_cast<QWidget *>(&diagnostics),
                            static_cast<QWidget *>(&about)}) {
        dialog->show();
        const QStringList clashes = Mnemonics::windowClashes(dialog);
        QVERIFY2(clashes.isEmpty(),
                 qPrintable(dialog->windowTitle() + ": " + clashes.join(QStringLiteral("; "))));
    }
}

void tst_GuiDialogs::iconsRender_data()
{
    QTest::addColumn<QString>("path");
    for (int step = 0; step < WizardStepCount; ++step)
        QTest::newRow(qPrintable(wizardStepIcon(WizardStep(step))))
            << wizardStepIcon(WizardStep(step));
    for (StepState state : {StepState::Pending,
                            StepState::Running,
                            StepState::Done,
                            StepState::Failed,
                            StepState::Cancelled})
        QTest::newRow(qPrintable(stepStateIcon(state))) << stepStateIcon(state);
}

void tst_GuiDialogs::iconsRender()
{
    QFETCH(QString, path);
    const QIcon icon(path);
    // SVG: sharp at any size.
    for (int size : {16, 48}) {
        const QImage image = icon.pixmap(size, size).toImage();
        QCOMPARE(image.width(), size);
        bool painted = false;
        for (int y = 0; y < image.height() && !painted; ++y) {
            for (int x = 0; x < image.width() && !painted; ++x)
                painted = qAlpha(image.pixel(x, y)) > 0;
        }
        QVERIFY2(painted, qPrintable(path));
    }
}

QTEST_MAIN(tst_GuiDialogs)
#include "tst_gui_dialogs.moc"
