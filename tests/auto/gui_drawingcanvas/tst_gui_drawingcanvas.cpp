// The drawing input: strokes to a model tensor, the canvas, and the run coalescer.

#include <drawingcanvas.h>
#include <runcoalescer.h>
#include <strokeraster.h>

#include <device/messages.h>
#include <tensor/quantization.h>

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <numbers>

using namespace TinyDeploy;
using namespace TinyDeploy::Gui;

Q_DECLARE_METATYPE(Device::DeviceHello)

namespace {

Device::TensorInfo tensorInfo(quint8 code, quint8 bits, const QList<qint32> &shape)
{
    Device::TensorInfo info;
    info.name = QStringLiteral("serving_default_input_1:0");
    info.dtypeCode = code;
    info.dtypeBits = bits;
    info.shape = shape;
    qint64 count = 1;
    for (qint32 dim : shape)
        count *= dim;
    info.bytes = quint32(count * bits / 8);
    return info;
}

Device::DeviceHello hello(quint8 code, quint8 bits, const QList<qint32> &shape, int inputs = 1)
{
    Device::DeviceHello device;
    for (int i = 0; i < inputs; ++i)
        device.inputs.append(tensorInfo(code, bits, shape));
    device.outputs.append(tensorInfo(2, 32, {1, 10}));
    return device;
}

/// The real value the vertical stroke through the middle gives pixel (x, y) of an 8x8 input,
/// with the default pen (2 of 8 pixels wide) and the drawing fitted to its box: columns 3 and
/// 4 inked from top to bottom; rows 0 and 7 hold the round caps, a half disc of radius one
/// pixel over two pixels: pi/4 of each.
double expectedVerticalLine(int x, int y)
{
    if (x != 3 && x != 4)
        return 0.0;
    return (y == 0 || y == 7) ? std::numbers::pi / 4 : 1.0;
}

QString grid(const QList<double> &values)
{
    QString text;
    for (int y = 0; y < 8; ++y) {
        for (int x = 0; x < 8; ++x)
            text += QString::number(values.value(y * 8 + x), 'f', 2) + QLatin1Char(' ');
        text += QLatin1Char('\n');
    }
    return text;
}

} // namespace

class tst_GuiDrawingCanvas : public QObject
{
    Q_OBJECT

private slots:
    void verticalLineGivesExpectedTensor_data();
    void verticalLineGivesExpectedTensor();
    void emptyDrawingIsAllGround();
    void largeDrawingIsNeverInverted();
    void drawableInputs_data();
    void drawableInputs();
    void notDrawableSaysWhy();
    void canvasMakesStrokes();
    void deleteAndClearButtonClear();
    void coalescesToTheNewestDrawing();
    void startFailureIsReported();
};

void tst_GuiDrawingCanvas::verticalLineGivesExpectedTensor_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("bits");
    QTest::addColumn<QList<Stroke>>("strokes");
    // The digits sample's inputs: float32 pixels 0..1, and int8 with scale 1/255, zero -128.
    const Stroke middle{{0.5, 0.1}, {0.5, 0.9}};
    QTest::newRow("float32") << 2 << 32 << QList<Stroke>{middle};
    QTest::newRow("int8") << 0 << 8 << QList<Stroke>{middle};
    // Drawn small, high and to the left: fitted to the box, it is the same digit.
    QTest::newRow("small off-centre") << 2 << 32 << QList<Stroke>{{{0.2, 0.1}, {0.2, 0.3}}};
    // Drawn upwards in three pieces: the same line.
    QTest::newRow("upwards, pieces") << 2 << 32
                                     << QList<Stroke>{{{0.5, 0.9}, {0.5, 0.6}},
                                                      {{0.5, 0.6}, {0.5, 0.3}},
                                                      {{0.5, 0.3}, {0.5, 0.1}}};
}

void tst_GuiDrawingCanvas::verticalLineGivesExpectedTensor()
{
    QFETCH(int, code);
    QFETCH(int, bits);
    QFETCH(QList<Stroke>, strokes);
    const Device::DeviceHello device = hello(quint8(code), quint8(bits), {1, 8, 8, 1});
    QVERIFY(isDrawableInput(device));
    const Result<Deploy::InputSet> input = drawingInput(strokes, device);
    QVERIFY2(input, qPrintable(input ? QString() : input.error().fullText()));
    QCOMPARE(input->name, QStringLiteral("drawing"));
    QCOMPARE(input->tensors.size(), 1);
    const Tensor::Tensor &tensor = input->tensors.constFirst();
    QCOMPARE(tensor.shape(), QList<qint64>({1, 8, 8, 1}));
    QCOMPARE(tensor.dtype().code(), code == 2 ? Tensor::DTypeCode::Float : Tensor::DTypeCode::Int);
    QList<double> real;
    for (int i = 0; i < 64; ++i) {
        const double value = tensor.valueAt(i);
        // int8: real = (q - (-128)) / 255, the sample's quantization.
        real << (code == 2 ? value : (value + 128.0) / 255.0);
    }
    for (int y = 0; y < 8; ++y) {
        for (int x = 0; x < 8; ++x) {
            const double got = real.at(y * 8 + x);
            const double want = expectedVerticalLine(x, y);
            QVERIFY2(std::abs(got - want) < 0.03,
                     qPrintable(QStringLiteral("pixel (%1, %2): %3, expected %4\n%5")
                                    .arg(x)
                                    .arg(y)
                                    .arg(got)
                                    .arg(want)
                                    .arg(grid(real))));
        }
    }
}

void tst_GuiDrawingCanvas::emptyDrawingIsAllGround()
{
    const Result<Deploy::InputSet> input = drawingInput({}, hello(0, 8, {1, 8, 8, 1}));
    QVERIFY(input);
    for (int i = 0; i < 64; ++i)
        QCOMPARE(input->tensors.constFirst().valueAt(i), -128.0);
}

void tst_GuiDrawingCanvas::largeDrawingIsNeverInverted()
{
    // A scribble inking most of the picture stays light ink on a dark ground (an image file
    // that is mostly light would be inverted).
    QList<Stroke> strokes;
    for (int i = 0; i <= 8; ++i)
        strokes << Stroke{{0.0, i / 8.0}, {1.0, i / 8.0}};
    const Result<Deploy::InputSet> input = drawingInput(strokes, hello(2, 32, {1, 8, 8, 1}));
    QVERIFY(input);
    double sum = 0;
    for (int i = 0; i < 64; ++i)
        sum += input->tensors.constFirst().valueAt(i);
    QVERIFY2(sum / 64 > 0.8, qPrintable(QString::number(sum / 64)));
}

void tst_GuiDrawingCanvas::drawableInputs_data()
{
    QTest::addColumn<Device::DeviceHello>("device");
    QTest::addColumn<bool>("drawable");
    QTest::newRow("digits float32 NHWC") << hello(2, 32, {1, 8, 8, 1}) << true;
    QTest::newRow("digits int8 NHWC") << hello(0, 8, {1, 8, 8, 1}) << true;
    QTest::newRow("uint8 HW") << hello(1, 8, {8, 8}) << true;
    QTest::newRow("float16 HWC") << hello(2, 16, {28, 28, 1}) << true;
    QTest::newRow("MNIST 28x28") << hello(2, 32, {1, 28, 28, 1}) << true;
    QTest::newRow("RGB") << hello(2, 32, {1, 8, 8, 3}) << false;
    QTest::newRow("too large") << hello(1, 8, {1, 96, 96, 1}) << false;
    QTest::newRow("too small") << hello(2, 32, {1, 2, 2, 1}) << false;
    QTest::newRow("vector") << hello(2, 32, {1, 64}) << false;
    QTest::newRow("batch of 2") << hello(2, 32, {2, 8, 8, 1}) << false;
    QTest::newRow("int32") << hello(0, 32, {1, 8, 8, 1}) << false;
    QTest::newRow("two inputs") << hello(2, 32, {1, 8, 8, 1}, 2) << false;
    QTest::newRow("no shape") << hello(2, 32, {}) << false;
}

void tst_GuiDrawingCanvas::drawableInputs()
{
    QFETCH(Device::DeviceHello, device);
    QFETCH(bool, drawable);
    QCOMPARE(isDrawableInput(device), drawable);
}

void tst_GuiDrawingCanvas::notDrawableSaysWhy()
{
    const Result<Deploy::InputSet> input = drawingInput({{{0.5, 0.5}}}, hello(2, 32, {1, 64}));
    QVERIFY(!input);
    QCOMPARE(input.error().code, ErrorCode::InvalidArgument);
    QVERIFY(!input.error().hint.isEmpty());
}

void tst_GuiDrawingCanvas::canvasMakesStrokes()
{
    DrawingCanvas canvas;
    canvas.resize(200, 200);
    canvas.show();
    QVERIFY(QTest::qWaitForWindowExposed(&canvas));
    QSignalSpy finished(&canvas, &DrawingCanvas::drawingFinished);
    const QRectF area = canvas.drawingRect();
    const auto at = [&area](double x, double y) {
        return QPoint(qRound(area.left() + x * area.width()),
                      qRound(area.top() + y * area.height()));
    };
    QTest::mousePress(&canvas, Qt::LeftButton, {}, at(0.5, 0.1));
    for (int i = 2; i <= 9; ++i)
        QTest::mouseMove(&canvas, at(0.5, i / 10.0));
    QCOMPARE(finished.size(), 0);
    QTest::mouseRelease(&canvas, Qt::LeftButton, {}, at(0.5, 0.9));
    QCOMPARE(finished.size(), 1);
    const QList<Stroke> strokes = finished.constFirst().constFirst().value<QList<Stroke>>();
    QCOMPARE(strokes.size(), 1);
    QVERIFY(strokes.constFirst().size() >= 2);
    QVERIFY(std::abs(strokes.constFirst().constFirst().y() - 0.1) < 0.02);
    QVERIFY(std::abs(strokes.constFirst().constLast().y() - 0.9) < 0.02);
    for (const QPointF &point : strokes.constFirst())
        QVERIFY(std::abs(point.x() - 0.5) < 0.02);
    // The canvas's strokes make the same tensor as the known stroke.
    const Result<Deploy::InputSet> input = drawingInput(strokes, hello(2, 32, {1, 8, 8, 1}));
    QVERIFY(input);
    for (int y = 1; y < 7; ++y) {
        QVERIFY(input->tensors.constFirst().valueAt(y * 8 + 3) > 0.9);
        QVERIFY(input->tensors.constFirst().valueAt(y * 8 + 1) < 0.05);
    }
    // A second stroke adds to the drawing.
    QTest::mouseClick(&canvas, Qt::LeftButton, {}, at(0.2, 0.2));
    QCOMPARE(finished.size(), 2);
    QCOMPARE(canvas.strokes().size(), 2);
}

void tst_GuiDrawingCanvas::deleteAndClearButtonClear()
{
    DrawingPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    DrawingCanvas *canvas = panel.canvas();
    QSignalSpy cleared(canvas, &DrawingCanvas::cleared);
    for (int key : {int(Qt::Key_Delete), int(Qt::Key_Backspace)}) {
        canvas->setStrokes({{{0.1, 0.1}, {0.9, 0.9}}});
        canvas->setFocus();
        QTest::keyClick(canvas, Qt::Key(key));
        QVERIFY(canvas->isEmpty());
    }
    canvas->setStrokes({{{0.1, 0.1}, {0.9, 0.9}}});
    QTest::mouseClick(panel.clearButton(), Qt::LeftButton);
    QVERIFY(canvas->isEmpty());
    QCOMPARE(cleared.size(), 3);
    // Clearing an empty canvas says nothing.
    QTest::keyClick(canvas, Qt::Key_Delete);
    QCOMPARE(cleared.size(), 3);
}

void tst_GuiDrawingCanvas::coalescesToTheNewestDrawing()
{
    bool busy = false;
    QStringList started;
    RunCoalescer coalescer(
        [&](const Deploy::InputSet &input) -> Result<void> {
            started << input.name;
            busy = true;
            return ok();
        },
        [&busy] { return busy; });
    const auto drawing = [](const QString &name) { return Deploy::InputSet{name, QString(), {}}; };

    coalescer.submit(drawing(QStringLiteral("first")));
    QCOMPARE(started, QStringList{QStringLiteral("first")});
    // Lifted three more times during the run: only the newest is kept.
    coalescer.submit(drawing(QStringLiteral("second")));
    coalescer.submit(drawing(QStringLiteral("third")));
    coalescer.submit(drawing(QStringLiteral("fourth")));
    QVERIFY(coalescer.hasPending());
    QCOMPARE(coalescer.dropped(), 2);
    QCOMPARE(started.size(), 1);

    // The run ends: the newest starts from the event loop, not inside runFinished().
    busy = false;
    coalescer.runFinished();
    QCOMPARE(started.size(), 1);
    QTRY_COMPARE(started, QStringList({QStringLiteral("first"), QStringLiteral("fourth")}));
    QVERIFY(!coalescer.hasPending());

    // Nothing pending: the end of a run starts nothing.
    busy = false;
    coalescer.runFinished();
    QCoreApplication::processEvents();
    QCOMPARE(started.size(), 2);

    // Kept, then the drawing was cleared: nothing runs.
    busy = true;
    coalescer.submit(drawing(QStringLiteral("cleared")));
    coalescer.clearPending();
    busy = false;
    coalescer.runFinished();
    QCoreApplication::processEvents();
    QCOMPARE(started.size(), 2);

    // Still busy with something else when the run ends (Run Once pressed): it waits.
    busy = true;
    coalescer.submit(drawing(QStringLiteral("fifth")));
    coalescer.runFinished();
    QCoreApplication::processEvents();
    QCOMPARE(started.size(), 2);
    busy = false;
    coalescer.runFinished();
    QTRY_COMPARE(started.constLast(), QStringLiteral("fifth"));
    QCOMPARE(coalescer.started(), 3);
}

void tst_GuiDrawingCanvas::startFailureIsReported()
{
    RunCoalescer coalescer(
        [](const Deploy::InputSet &) -> Result<void> {
            return fail(ErrorCode::DeviceDisconnected, QStringLiteral("gone"));
        },
        [] { return false; });
    QSignalSpy failed(&coalescer, &RunCoalescer::startFailed);
    coalescer.submit(Deploy::InputSet{QStringLiteral("drawing"), QString(), {}});
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.constFirst().constFirst().value<Error>().code, ErrorCode::DeviceDisconnected);
    QVERIFY(!coalescer.hasPending());
}

QTEST_MAIN(tst_GuiDrawingCanvas)
#include "tst_gui_drawingcanvas.moc"
