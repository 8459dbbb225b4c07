#include <diagnosticsdialog.h>
#include <kiosk/kioskcontroller.h>
#include <kiosk/kioskwindow.h>
#include <languagesettings.h>
#include <mainwindow.h>

#include "startupprobe.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("TinyDeploy"));
    QApplication::setOrganizationName(QStringLiteral("TinyDeploy"));
    QApplication::setApplicationVersion(QStringLiteral(TINYDEPLOY_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.tinydeploy.TinyDeploy"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tinydeploy.svg")));
    TinyDeploy::Gui::LanguageSettings::install(app);
    // For View > Log Categories: what the tinydeploy.* categories print is kept and shown there.
    TinyDeploy::Gui::DiagnosticsDialog::installMessageCapture();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main",
                                "Deploys TVM Model Library Format models to microcontrollers."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("archive"),
                                 QApplication::translate("main", "Model archive to open."),
                                 QStringLiteral("[archive]"));
    const QCommandLineOption kiosk(
        QStringLiteral("kiosk"),
        QApplication::translate("main",
                                "Open one full-screen kiosk for a class: the kiosk configuration "
                                "(.tdkiosk) or deployment package (.tdpkg) FILE, one Deploy "
                                "button, nothing to change. Ctrl+Q quits."),
        QStringLiteral("FILE"));
    parser.addOption(kiosk);
    parser.process(app);

    if (parser.isSet(kiosk)) {
        // The kiosk: no wizard, no menus; a configuration that cannot be used shows why.
        TinyDeploy::Gui::KioskController controller;
        (void) controller.load(parser.value(kiosk));
        TinyDeploy::Gui::KioskWindow window(&controller);
        window.showFullScreen();
        return app.exec();
    }

    TinyDeploy::Gui::MainWindow window;
    TinyDeploy::App::installStartupProbe(&window);
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openModel(parser.positionalArguments().constFirst());
    return app.exec();
}
