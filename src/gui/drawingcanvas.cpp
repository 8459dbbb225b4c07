#include "drawingcanvas.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QTabletEvent>
#include <QTouchEvent>
#include <QVBoxLayout>

#include <algorithm>

namespace TinyDeploy::Gui {

namespace {
// What the canvas shows of the model's grid: the digits sample's 8x8.
constexpr int GridCells = 8;
} // namespace

DrawingCanvas::DrawingCanvas(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("drawingCanvas"));
    setAccessibleName(tr("Drawing area"));
    setAccessibleDescription(
        tr("Draw a digit with the mouse, a finger or a pen. Delete or Backspace clears it."));
    setToolTip(tr("Draw a digit here; it is sent to the device as you lift the pen."));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_AcceptTouchEvents);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::CrossCursor);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

DrawingCanvas::~DrawingCanvas() = default;

void DrawingCanvas::setStrokes(const QList<Stroke> &strokes)
{
    m_strokes = strokes;
    m_drawing = false;
    update();
}

void DrawingCanvas::setPenWidth(double width)
{
    m_penWidth = std::clamp(width, 0.01, 1.0);
    update();
}

void DrawingCanvas::clear()
{
    const bool had = !m_strokes.isEmpty();
    m_strokes.clear();
    m_drawing = false;
    update();
    if (had)
        emit cleared();
}

QSize DrawingCanvas::sizeHint() const
{
    return {280, 280};
}

QSize DrawingCanvas::minimumSizeHint() const
{
    return {160, 160};
}

QRectF DrawingCanvas::drawingRect() const
{
    const qreal side = std::min(width(), height()) - 2.0;
    return QRectF((width() - side) / 2.0, (height() - side) / 2.0, side, side);
}

QPointF DrawingCanvas::unitPoint(const QPointF &position) const
{
    const QRectF area = drawingRect();
    if (area.width() <= 0)
        return {0.5, 0.5};
    return {std::clamp((position.x() - area.left()) / area.width(), 0.0, 1.0),
            std::clamp((position.y() - area.top()) / area.height(), 0.0, 1.0)};
}

void DrawingCanvas::penDown(const QPointF &position)
{
    m_drawing = true;
    m_strokes.append(Stroke{unitPoint(position)});
    update();
}

void DrawingCanvas::penMove(const QPointF &position)
{
    if (!m_drawing || m_strokes.isEmpty())
        return;
    const QPointF point = unitPoint(position);
    // Points closer than a fraction of a model pixel add nothing but work.
    const QPointF last = m_strokes.constLast().constLast();
    if (std::abs(point.x() - last.x()) + std::abs(point.y() - last.y()) < 0.004)
        return;
    m_strokes.last().append(point);
    update();
}

void DrawingCanvas::penUp(const QPointF &position)
{
    if (!m_drawing)
        return;
    penMove(position);
    m_drawing = false;
    emit drawingFinished(m_strokes);
}

bool DrawingCanvas::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd: {
        auto *touch = static_cast<QTouchEvent *>(event);
        if (touch->points().isEmpty())
            return true;
        // One finger draws; a second one is ignored rather than drawing a line across.
        const QPointF position = touch->points().constFirst().position();
        if (event->type() == QEvent::TouchBegin)
            penDown(position);
        else if (event->type() == QEvent::TouchUpdate)
            penMove(position);
        else
            penUp(position);
        event->accept();
        return true;
    }
    case QEvent::TouchCancel:
        m_drawing = false;
        event->accept();
        return true;
    default:
        return QWidget::event(event);
    }
}

void DrawingCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    setFocus(Qt::MouseFocusReason);
    penDown(event->position());
}

void DrawingCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        penMove(event->position());
}

void DrawingCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        penUp(event->position());
}

void DrawingCanvas::tabletEvent(QTabletEvent *event)
{
    // Accepted, so that Qt does not also send the mouse events it would synthesize.
    switch (event->type()) {
    case QEvent::TabletPress:
        penDown(event->position());
        break;
    case QEvent::TabletMove:
        penMove(event->position());
        break;
    case QEvent::TabletRelease:
        penUp(event->position());
        break;
    default:
        break;
    }
    event->accept();
}

void DrawingCanvas::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
        clear();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void DrawingCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    const QRectF area = drawingRect();
    // Paper: dark ink on white, whatever the theme, as people draw on paper.
    painter.fillRect(area, Qt::white);
    painter.setRenderHint(QPainter::Antialiasing);
    // The model's grid, faintly, so that one sees how coarse its picture is.
    painter.setPen(QPen(QColor(0, 0, 0, 28), 1));
    for (int i = 1; i < GridCells; ++i) {
        const qreal x = area.left() + area.width() * i / GridCells;
        const qreal y = area.top() + area.height() * i / GridCells;
        painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
        painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    }
    // Thinner than the model's pen (which also fits the drawing to its box): comfortable to draw.
    const qreal pen = std::max(2.0, m_penWidth * area.width() * 0.6);
    painter.setPen(QPen(Qt::black, pen, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    const auto map = [&area](const QPointF &unit) {
        return QPointF(area.left() + unit.x() * area.width(), area.top() + unit.y() * area.height());
    };
    paintStrokes(painter, m_strokes, map);
    painter.setPen(QPen(palette().mid(), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(area);
    if (hasFocus()) {
        painter.setPen(QPen(palette().highlight(), 2));
        painter.drawRect(area.adjusted(1, 1, -1, -1));
    }
}

DrawingPanel::DrawingPanel(QWidget *parent)
    : QWidget(parent)
    , m_canvas(new DrawingCanvas(this))
    , m_clear(new QPushButton(tr("Clear"), this))
{
    setObjectName(QStringLiteral("drawingPanel"));
    m_clear->setObjectName(QStringLiteral("clearDrawingButton"));
    m_clear->setAccessibleName(tr("Clear the drawing"));
    m_clear->setToolTip(tr("Clear the drawing (Delete)"));
    auto *hint = new QLabel(tr("Draw a digit; the device answers as you lift the pen."), this);
    hint->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(hint, 1);
    top->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_canvas, 1);
    connect(m_clear, &QPushButton::clicked, m_canvas, &DrawingCanvas::clear);
    connect(m_clear, &QPushButton::clicked, m_canvas, [this] { m_canvas->setFocus(); });
}

DrawingPanel::~DrawingPanel() = default;

} // namespace TinyDeploy::Gui
