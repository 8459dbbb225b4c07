// Build-time helper: renders the application's SVG icon to the hicolor PNG sizes.
//
//     tinydeploy_iconrender ICON.svg OUTPUT_DIR SIZE...
//
// writes OUTPUT_DIR/<size>x<size>/apps/<basename of ICON>.png for each SIZE, with Qt's own SVG
// renderer (the one that draws the icon in the running application), so no other tool is needed.

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: tinydeploy_iconrender ICON.svg OUTPUT_DIR SIZE...\n");
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        std::fprintf(stderr,
                     "tinydeploy_iconrender: %s is not a valid SVG file\n",
                     qPrintable(args.at(1)));
        return 1;
    }
    const QString name = QFileInfo(args.at(1)).completeBaseName() + QStringLiteral(".png");
    for (qsizetype i = 3; i < args.size(); ++i) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size < 1 || size > 4096) {
            std::fprintf(stderr, "tinydeploy_iconrender: bad size '%s'\n", qPrintable(args.at(i)));
            return 2;
        }
        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(args.at(2)).arg(size);
        if (!QDir().mkpath(dir)) {
            std::fprintf(stderr, "tinydeploy_iconrender: cannot create %s\n", qPrintable(dir));
            return 1;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        const QString file = dir + QLatin1Char('/') + name;
        if (!image.save(file, "PNG")) {
            std::fprintf(stderr, "tinydeploy_iconrender: cannot write %s\n", qPrintable(file));
            return 1;
        }
    }
    return 0;
}
