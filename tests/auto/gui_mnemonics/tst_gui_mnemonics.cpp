// Keyboard access in every language: on each wizard page, the page's controls, the window's
// menu titles, Back, Next / Deploy and the error panel's Details button use distinct
// Alt+letters, and so do the items of each menu and the controls of each dialog. Pages are
// made directly (no deployment needed), and every control counts, shown or not yet, since any
// of them can appear next to the others.

#include "fixtures/mnemonics.h"

#include <aboutdialog.h>
#include <buildpage.h>
#include <diagnosticsdialog.h>
#include <flashpage.h>
#include <mainwindow.h>
#include <modelpage.h>
#include <optionspage.h>
#include <runpage.h>
#include <settingsdialog.h>
#include <targetpage.h>
#include <wizardcontroller.h>

#include <QApplication>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

#include <functional>
#include <memory>

using namespace TinyDeploy::Gui;

class tst_GuiMnemonics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void pagesMenusAndDialogs_data();
    void pagesMenusAndDialogs();

private:
    std::unique_ptr<QTranslator> m_translator;
};

void tst_GuiMnemonics::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_GuiMnemonics::cleanup()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator.reset();
}

void tst_GuiMnemonics::pagesMenusAndDialogs_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"en", "de", "es", "fr", "zh_CN"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void tst_GuiMnemonics::pagesMenusAndDialogs()
{
    QFETCH(QString, language);
    m_translator = std::make_unique<QTranslator>();
    QVERIFY(m_translator->load(QStringLiteral(":/i18n/tinydeploy_%1.qm").arg(language)));
    QCoreApplication::installTranslator(m_translator.get());

    QStringList clashes;
    MainWindow window;
    window.show();
    for (QMenu *menu : window.menuBar()->findChildren<QMenu *>()) {
        for (const QString &clash : Mnemonics::menuClashes(menu))
            clashes << QStringLiteral("menu %1: %2").arg(menu->title(), clash);
    }

    // What every page has around it.
    QMultiHash<QChar, QString> frame;
    Mnemonics::addMenuTitles(frame, &window);
    const auto addText = [&frame](const QString &text) {
        if (const QChar letter = Mnemonics::of(text); !letter.isNull())
            frame.insert(letter, QStringLiteral("button \"%1\"").arg(text));
    };
    addText(window.backButton()->text());
    const QString errorDetails = QCoreApplication::translate("TinyDeploy::Gui::ErrorPanel",
                                                             "Show Detai&ls");
    const QString next = QCoreApplication::translate("TinyDeploy::Gui::MainWindow", "&Next");
    const QString deploy = QCoreApplication::translate("TinyDeploy::Gui::MainWindow", "&Deploy");

    WizardController *controller = window.controller();
    const std::vector<std::pair<const char *, std::function<QWidget *()>>> pages{
        {"Model", [controller] { return new ModelPage(controller); }},
        {"Target", [controller] { return new TargetPage(controller); }},
        {"Options", [controller] { return new OptionsPage(controller); }},
        {"Build", [controller] { return new BuildPage(controller); }},
        {"Flash", [controller] { return new FlashPage(controller); }},
        {"Run", [controller] { return new RunPage(controller); }},
    };
    for (const auto &[name, make] : pages) {
        const std::unique_ptr<QWidget> page(make());
        QMultiHash<QChar, QString> owners = frame;
        Mnemonics::addWidgets(owners, page.get(), false);
        const QString forward = QLatin1String(name) == QLatin1String("Options") ? deploy : next;
        for (const QString &text : {forward, errorDetails}) {
            if (const QChar letter = Mnemonics::of(text); !letter.isNull())
                owners.insert(letter, QStringLiteral("button \"%1\"").arg(text));
        }
        for (const QString &clash : Mnemonics::clashesIn(owners))
            clashes << QStringLiteral("%1 page: %2").arg(QLatin1String(name), clash);
    }

    SettingsDialog settings;
    DiagnosticsDialog diagnostics;
    AboutDialog about({});
    for (QWidget *dialog : {static_cast<QWidget *>(&settings),
                            static_cast<QWidget *>(&diagnostics),
                            static_cast<QWidget *>(&about)}) {
        QMultiHash<QChar, QString> owners;
        Mnemonics::addWidgets(owners, dialog, false);
        for (const QString &clash : Mnemonics::clashesIn(owners))
            clashes << QStringLiteral("%1: %2").arg(dialog->metaObject()->className(), clash);
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("\n"))));
}

QTEST_MAIN(tst_GuiMnemonics)
#include "tst_gui_mnemonics.moc"
