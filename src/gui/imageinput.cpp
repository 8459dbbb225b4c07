#include "imageinput.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>

namespace TinyDeploy::Gui {

namespace {
// The strings were the Run page's; they keep its translation context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TinyDeploy::Gui::RunPage)
};
} // namespace

bool isImageFile(const QString &path)
{
    return QImageReader::supportedImageFormats().contains(
        QFileInfo(path).suffix().toLower().toLatin1());
}

Result<Deploy::ImagePixels> readImagePixels(const QString &path, bool colour)
{
    QImage image(path);
    if (image.isNull())
        return fail(ErrorCode::Io,
                    Tr::tr("Could not read the image."),
                    path,
                    Tr::tr("Use a PNG, JPEG or BMP file."));
    image = image.convertToFormat(colour ? QImage::Format_RGB888 : QImage::Format_Grayscale8);
    Deploy::ImagePixels pixels;
    pixels.width = image.width();
    pixels.height = image.height();
    pixels.channels = colour ? 3 : 1;
    // Rows without QImage's padding to 4 bytes.
    const qsizetype rowBytes = qsizetype(pixels.width) * pixels.channels;
    pixels.data.reserve(rowBytes * pixels.height);
    for (int y = 0; y < pixels.height; ++y)
        pixels.data.append(reinterpret_cast<const char *>(image.constScanLine(y)), rowBytes);
    return pixels;
}

} // namespace TinyDeploy::Gui
