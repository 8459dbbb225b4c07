#include <diagnosticsdialog.h>
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
    parser.process(app);

    TinyDeploy::Gui::MainWindow window;
    TinyDeploy::App::installStartupProbe(&window);
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openModel(parser.positionalArguments().constFirst());
    return app.exec();
}
