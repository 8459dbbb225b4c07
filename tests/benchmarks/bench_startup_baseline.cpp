// The baseline of bench_startup: an empty QMainWindow, built with the same flags as the app,
// shown, and quit as soon as the event loop has shown it (TINYDEPLOY_EXIT_ON_SHOWN=1).
#include <QApplication>
#include <QMainWindow>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(800, 600);
    window.show();
    if (qEnvironmentVariableIntValue("TINYDEPLOY_EXIT_ON_SHOWN") == 1)
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    return app.exec();
}
