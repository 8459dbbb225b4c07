// The baselines of bench_startup, built with the same flags as the app: an empty QMainWindow,
// or with --label one holding a single line of text (what any window with text pays for the
// font and text stack). Quits once its first frame is painted (TINYDEPLOY_EXIT_ON_SHOWN=1),
// through the same probe as the app.
#include "startupprobe.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    if (app.arguments().contains(QStringLiteral("--label")))
        window.setCentralWidget(new QLabel(QStringLiteral("TinyDeploy")));
    window.resize(800, 600);
    TinyDeploy::App::installStartupProbe(&window);
    window.show();
    return app.exec();
}
