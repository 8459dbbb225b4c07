#pragma once

#include "strokeraster.h"

#include <QList>
#include <QWidget>

class QPushButton;

namespace TinyDeploy::Gui {

/// @brief A square surface to draw on with a mouse, a finger or a pen: each press, move and
/// release makes one Stroke (in the unit square, see strokeraster.h), and drawingFinished()
/// follows as the pen lifts. Delete or Backspace clears it. It keeps the strokes only; what
/// they become (a model input) is drawingInput()'s business.
class DrawingCanvas final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrawingCanvas)

public:
    explicit DrawingCanvas(QWidget *parent = nullptr);
    ~DrawingCanvas() override;

    const QList<Stroke> &strokes() const { return m_strokes; }
    bool isEmpty() const { return m_strokes.isEmpty(); }
    /// Replaces the drawing (tests, a drawing restored); emits nothing.
    void setStrokes(const QList<Stroke> &strokes);
    /// Pen width as a fraction of the drawing's side, as the model will see it.
    void setPenWidth(double width);
    double penWidth() const { return m_penWidth; }
    /// The square the drawing occupies inside the widget, in widget coordinates.
    QRectF drawingRect() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

public slots:
    void clear();

signals:
    /// The pen lifted: @p strokes is the whole drawing so far.
    void drawingFinished(const QList<TinyDeploy::Gui::Stroke> &strokes);
    void cleared();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void tabletEvent(QTabletEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void penDown(const QPointF &position);
    void penMove(const QPointF &position);
    void penUp(const QPointF &position);
    QPointF unitPoint(const QPointF &position) const;

    QList<Stroke> m_strokes;
    double m_penWidth = DefaultPenWidth;
    bool m_drawing = false;
};

/// @brief The canvas with a Clear button and one line saying what to do above it: the
/// drawing input of the Run page and of the kiosk.
class DrawingPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrawingPanel)

public:
    explicit DrawingPanel(QWidget *parent = nullptr);
    ~DrawingPanel() override;

    DrawingCanvas *canvas() const { return m_canvas; }
    QPushButton *clearButton() const { return m_clear; }

private:
    DrawingCanvas *m_canvas = nullptr;
    QPushButton *m_clear = nullptr;
};

} // namespace TinyDeploy::Gui
