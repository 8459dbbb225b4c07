#include <imageinput.h>

#include <QImage>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace TinyDeploy;
using namespace TinyDeploy::Gui;

class tst_Gui_ImageInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void pixelsWithoutRowPadding_data();
    void pixelsWithoutRowPadding();
    void unreadableFile();
    void imageSuffixes_data();
    void imageSuffixes();
    void decodedImageReachesTheModel();
};

void tst_Gui_ImageInput::pixelsWithoutRowPadding_data()
{
    QTest::addColumn<bool>("colour");
    QTest::newRow("grey") << false;
    QTest::newRow("rgb") << true;
}

// 3 pixels a row: QImage pads each row to 4 bytes, the pixels handed on must not.
void tst_Gui_ImageInput::pixelsWithoutRowPadding()
{
    QFETCH(bool, colour);
    QTemporaryDir dir;
    QImage image(3, 2, QImage::Format_RGB32);
    image.fill(Qt::black);
    image.setPixelColor(2, 0, Qt::white);
    image.setPixelColor(0, 1, QColor(255, 0, 0));
    const QString path = dir.filePath(QStringLiteral("drawing.png"));
    QVERIFY(image.save(path));

    const Result<Deploy::ImagePixels> pixels = readImagePixels(path, colour);
    QVERIFY2(pixels, pixels ? "" : qPrintable(pixels.error().oneLine()));
    QCOMPARE(pixels->width, 3);
    QCOMPARE(pixels->height, 2);
    const int channels = colour ? 3 : 1;
    QCOMPARE(pixels->channels, channels);
    QCOMPARE(pixels->data.size(), 3 * 2 * channels);
    const auto at = [&](int x, int y, int c) {
        return quint8(pixels->data.at((y * 3 + x) * channels + c));
    };
    QCOMPARE(at(2, 0, 0), quint8(255));
    QCOMPARE(at(1, 0, 0), quint8(0));
    if (colour) {
        QCOMPARE(at(0, 1, 0), quint8(255));
        QCOMPARE(at(0, 1, 1), quint8(0));
    } else {
        QVERIFY(at(0, 1, 0) > 0 && at(0, 1, 0) < 255); // red as grey
    }
}

void tst_Gui_ImageInput::unreadableFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.png"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not an image");
    file.close();
    const Result<Deploy::ImagePixels> pixels = readImagePixels(path, false);
    QVERIFY(!pixels);
    QCOMPARE(pixels.error().code, ErrorCode::Io);
    QCOMPARE(pixels.error().location, path);
    QVERIFY(!pixels.error().hint.isEmpty());
}

void tst_Gui_ImageInput::imageSuffixes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("image");
    QTest::newRow("png") << "a/drawing.png" << true;
    QTest::newRow("upper case") << "DRAWING.PNG" << true;
    QTest::newRow("jpeg") << "photo.jpg" << true;
    QTest::newRow("npy") << "sample_0.npy" << false;
    QTest::newRow("raw") << "input.bin" << false;
    QTest::newRow("no suffix") << "input" << false;
}

void tst_Gui_ImageInput::imageSuffixes()
{
    QFETCH(QString, path);
    QFETCH(bool, image);
    QCOMPARE(isImageFile(path), image);
}

// Decoded here, shaped in the core: an 8x8 grey input of the digits model.
void tst_Gui_ImageInput::decodedImageReachesTheModel()
{
    QTemporaryDir dir;
    QImage image(32, 32, QImage::Format_Grayscale8);
    image.fill(255); // white: inverted to the model's dark ground
    const QString path = dir.filePath(QStringLiteral("blank.png"));
    QVERIFY(image.save(path));
    const Result<Deploy::ImagePixels> pixels = readImagePixels(path, false);
    QVERIFY(pixels);
    Device::DeviceHello device;
    Device::TensorInfo input;
    input.name = QStringLiteral("input_1");
    input.shape = {1, 8, 8, 1};
    input.dtypeCode = 2; // float
    input.dtypeBits = 32;
    input.bytes = 64 * 4;
    device.inputs = {input};
    const Result<Deploy::InputSet> set = Deploy::RunInputs::image(device,
                                                                  *pixels,
                                                                  QStringLiteral("blank"),
                                                                  path);
    QVERIFY2(set, set ? "" : qPrintable(set.error().oneLine()));
    QCOMPARE(set->tensors.size(), 1);
    QCOMPARE(set->tensors.constFirst().elementCount(), 64);
    QCOMPARE(set->tensors.constFirst().valueAt(0), 0.0);
}

QTEST_MAIN(tst_Gui_ImageInput)
#include "tst_gui_imageinput.moc"
