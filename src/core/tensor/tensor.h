#pragma once

#include "dtype.h"
#include "util/error.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace TinyDeploy::Tensor {

/// @brief A dense tensor value: dtype, shape and the elements as little-endian bytes in C
/// (row-major) order, the layout the device and TVM's generated code use.
class Tensor final
{
public:
    Tensor() = default;

    /// Checks that @p data holds exactly the elements @p shape asks for.
    static Result<Tensor> create(DType dtype, QList<qint64> shape, QByteArray data);
    /// Like create(), for @p data in Fortran (column-major) order, where the first index varies
    /// fastest, as numpy writes fortran_order arrays: the elements are reordered to C order.
    static Result<Tensor> fromFortranOrder(DType dtype, QList<qint64> shape, QByteArray data);
    /// A tensor of zeros.
    static Result<Tensor> zeros(DType dtype, QList<qint64> shape);
    /// Converts @p values (C order) to @p dtype: floats are rounded to the nearest
    /// representable value, integers rounded half away from zero and saturated.
    static Result<Tensor> fromValues(DType dtype, QList<qint64> shape, const QList<double> &values);

    /// Number of elements of @p shape (1 for a scalar), or an error for negative dimensions or
    /// a product that overflows.
    static Result<qint64> elementCountOf(const QList<qint64> &shape);
    /// "[1, 8, 8, 1]"; "[]" for a scalar.
    static QString shapeText(const QList<qint64> &shape);

    DType dtype() const { return m_dtype; }
    const QList<qint64> &shape() const { return m_shape; }
    const QByteArray &data() const { return m_data; }
    bool isNull() const { return !m_dtype.isValid(); }

    qint64 elementCount() const { return m_elementCount; }
    /// Elements times lanes: the number of values valueAt() can read.
    qint64 scalarCount() const { return m_elementCount * m_dtype.lanes(); }
    qint64 byteSize() const { return m_data.size(); }
    QString shapeText() const { return shapeText(m_shape); }

    /// Whether valueAt() can read this dtype (whole-byte scalars and bool).
    bool hasReadableValues() const;
    /// Scalar @p index (C order, lanes innermost) widened to double. Bool reads 0 or 1.
    double valueAt(qint64 index) const;
    /// All scalars widened to double; empty if !hasReadableValues().
    QList<double> toDoubles() const;

    /// Same elements, new shape with the same element count.
    Result<Tensor> reshaped(QList<qint64> shape) const;

    friend bool operator==(const Tensor &a, const Tensor &b)
    {
        return a.m_dtype == b.m_dtype && a.m_shape == b.m_shape && a.m_data == b.m_data;
    }

private:
    DType m_dtype{DTypeCode::Float, 0, 0};
    QList<qint64> m_shape;
    QByteArray m_data;
    qint64 m_elementCount = 0;
};

} // namespace TinyDeploy::Tensor
