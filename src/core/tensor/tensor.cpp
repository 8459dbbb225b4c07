#include "tensor.h"

#include "tensortr.h"

#include <QFloat16>
#include <QStringList>
#include <QtEndian>

#include <bit>
#include <cmath>
#include <cstring>
#include <limits>

namespace TinyDeploy::Tensor {

namespace {

template<typename T>
T readLittle(const char *p)
{
    return qFromLittleEndian<T>(p);
}

float bfloat16ToFloat(quint16 bits)
{
    const quint32 wide = quint32(bits) << 16;
    float value;
    std::memcpy(&value, &wide, sizeof value);
    return value;
}

quint16 floatToBfloat16(float value)
{
    quint32 wide;
    std::memcpy(&wide, &value, sizeof wide);
    if (std::isnan(value))
        return quint16((wide >> 16) | 0x40);
    // Round to nearest even, as numpy/ml_dtypes and TVM do.
    wide += 0x7fff + ((wide >> 16) & 1);
    return quint16(wide >> 16);
}

template<typename T>
T saturate(double value)
{
    if (std::isnan(value))
        return 0;
    const double rounded = std::round(value);
    if (rounded <= double(std::numeric_limits<T>::min()))
        return std::numeric_limits<T>::min();
    // 2^63 is not representable as qint64, so compare against the next power of two.
    if (rounded >= std::ldexp(1.0, std::numeric_limits<T>::digits))
        return std::numeric_limits<T>::max();
    return T(rounded);
}

template<typename T>
void writeLittle(char *p, T value)
{
    qToLittleEndian<T>(value, p);
}

// Fortran order: the first index varies fastest. Reorders the elements to C order.
QByteArray fortranToC(const QByteArray &data, const QList<qint64> &shape, int elementBytes)
{
    const qsizetype ndim = shape.size();
    if (ndim <= 1 || data.isEmpty())
        return data;
    QList<qint64> fortranStride(ndim);
    qint64 stride = 1;
    for (qsizetype d = 0; d < ndim; ++d) {
        fortranStride[d] = stride;
        stride *= shape.at(d);
    }
    QByteArray out(data.size(), Qt::Uninitialized);
    QList<qint64> index(ndim, 0);
    const qint64 count = data.size() / elementBytes;
    for (qint64 c = 0; c < count; ++c) {
        qint64 source = 0;
        for (qsizetype d = 0; d < ndim; ++d)
            source += index.at(d) * fortranStride.at(d);
        std::memcpy(out.data() + c * elementBytes,
                    data.constData() + source * elementBytes,
                    size_t(elementBytes));
        for (qsizetype d = ndim - 1; d >= 0; --d) {
            if (++index[d] < shape.at(d))
                break;
            index[d] = 0;
        }
    }
    return out;
}

} // namespace

Result<qint64> Tensor::elementCountOf(const QList<qint64> &shape)
{
    qint64 count = 1;
    for (qsizetype i = 0; i < shape.size(); ++i) {
        const qint64 dim = shape.at(i);
        if (dim < 0) {
            return fail(ErrorCode::ShapeMismatch,
                        Tr::tr("Dimension %1 of the shape %2 is negative.")
                            .arg(i)
                            .arg(shapeText(shape)));
        }
        if (dim != 0 && count > std::numeric_limits<qint64>::max() / dim) {
            return fail(ErrorCode::LimitExceeded,
                        Tr::tr("The shape %1 has too many elements.").arg(shapeText(shape)));
        }
        count *= dim;
    }
    return count;
}

QString Tensor::shapeText(const QList<qint64> &shape)
{
    QStringList parts;
    parts.reserve(shape.size());
    for (const qint64 dim : shape)
        parts << QString::number(dim);
    return u'[' + parts.join(QStringLiteral(", ")) + u']';
}

Result<Tensor> Tensor::create(DType dtype, QList<qint64> shape, QByteArray data)
{
    if (!dtype.isValid())
        return fail(ErrorCode::UnsupportedDType, Tr::tr("The tensor has no data type."));
    const Result<qint64> count = elementCountOf(shape);
    if (!count)
        return fail(count.error());
    const qint64 bytesPerElement = dtype.elementBytes();
    if (*count > std::numeric_limits<qint64>::max() / bytesPerElement) {
        return fail(ErrorCode::LimitExceeded,
                    Tr::tr("The shape %1 has too many elements.").arg(shapeText(shape)));
    }
    const qint64 expected = *count * bytesPerElement;
    if (expected != data.size()) {
        return fail(ErrorCode::SizeMismatch,
                    Tr::tr("A %1 tensor of shape %2 needs %3 bytes, but %4 bytes were given.")
                        .arg(dtype.name(), shapeText(shape))
                        .arg(expected)
                        .arg(data.size()));
    }
    Tensor tensor;
    tensor.m_dtype = dtype;
    tensor.m_shape = std::move(shape);
    tensor.m_data = std::move(data);
    tensor.m_elementCount = *count;
    return tensor;
}

Result<Tensor> Tensor::fromFortranOrder(DType dtype, QList<qint64> shape, QByteArray data)
{
    Result<Tensor> tensor = create(dtype, std::move(shape), std::move(data));
    if (tensor)
        tensor->m_data = fortranToC(tensor->m_data, tensor->m_shape, dtype.elementBytes());
    return tensor;
}

Result<Tensor> Tensor::zeros(DType dtype, QList<qint64> shape)
{
    const Result<qint64> count = elementCountOf(shape);
    if (!count)
        return fail(count.error());
    const qint64 bytes = *count * qMax(dtype.elementBytes(), 1);
    if (*count > (qint64(1) << 40) || bytes > (qint64(1) << 40)) {
        return fail(ErrorCode::LimitExceeded,
                    Tr::tr("The shape %1 has too many elements.").arg(shapeText(shape)));
    }
    return create(dtype, std::move(shape), QByteArray(bytes, '\0'));
}

Result<Tensor> Tensor::fromValues(DType dtype, QList<qint64> shape, const QList<double> &values)
{
    Result<Tensor> tensor = zeros(dtype, std::move(shape));
    if (!tensor)
        return tensor;
    if (!tensor->hasReadableValues()) {
        return fail(ErrorCode::UnsupportedDType,
                    Tr::tr("Values cannot be converted to %1.").arg(dtype.name()));
    }
    if (values.size() != tensor->scalarCount()) {
        return fail(ErrorCode::SizeMismatch,
                    Tr::tr("The shape %1 holds %2 values, but %3 values were given.")
                        .arg(tensor->shapeText())
                        .arg(tensor->scalarCount())
                        .arg(values.size()));
    }
    char *out = tensor->m_data.data();
    const int scalarBytes = dtype.isBool() ? 1 : dtype.bits() / 8;
    for (qsizetype i = 0; i < values.size(); ++i) {
        char *p = out + i * scalarBytes;
        const double v = values.at(i);
        if (dtype.isBool()) {
            *p = v != 0.0 ? 1 : 0;
            continue;
        }
        switch (dtype.code()) {
        case DTypeCode::Float:
            if (dtype.bits() == 16) {
                writeLittle<quint16>(p, std::bit_cast<quint16>(qfloat16(float(v))));
            } else if (dtype.bits() == 32) {
                writeLittle<float>(p, float(v));
            } else {
                writeLittle<double>(p, v);
            }
            break;
        case DTypeCode::BFloat:
            writeLittle<quint16>(p, floatToBfloat16(float(v)));
            break;
        case DTypeCode::Int:
            switch (dtype.bits()) {
            case 8:
                *p = char(saturate<qint8>(v));
                break;
            case 16:
                writeLittle<qint16>(p, saturate<qint16>(v));
                break;
            case 32:
                writeLittle<qint32>(p, saturate<qint32>(v));
                break;
            default:
                writeLittle<qint64>(p, saturate<qint64>(v));
                break;
            }
            break;
        case DTypeCode::UInt:
            switch (dtype.bits()) {
            case 8:
                *p = char(saturate<quint8>(v));
                break;
            case 16:
                writeLittle<quint16>(p, saturate<quint16>(v));
                break;
            case 32:
                writeLittle<quint32>(p, saturate<quint32>(v));
                break;
            default:
                writeLittle<quint64>(p, saturate<quint64>(v));
                break;
            }
            break;
        }
    }
    return tensor;
}

bool Tensor::hasReadableValues() const
{
    if (!m_dtype.isValid())
        return false;
    if (m_dtype.isBool())
        return m_dtype.lanes() == 1;
    return m_dtype.bits() % 8 == 0;
}

double Tensor::valueAt(qint64 index) const
{
    Q_ASSERT(hasReadableValues());
    Q_ASSERT(index >= 0 && index < scalarCount());
    if (m_dtype.isBool())
        return m_data.at(index) != 0 ? 1.0 : 0.0;
    const char *p = m_data.constData() + index * (m_dtype.bits() / 8);
    switch (m_dtype.code()) {
    case DTypeCode::Float:
        if (m_dtype.bits() == 16) {
            return double(float(std::bit_cast<qfloat16>(readLittle<quint16>(p))));
        }
        if (m_dtype.bits() == 32)
            return double(readLittle<float>(p));
        return readLittle<double>(p);
    case DTypeCode::BFloat:
        return double(bfloat16ToFloat(readLittle<quint16>(p)));
    case DTypeCode::Int:
        switch (m_dtype.bits()) {
        case 8:
            return double(qint8(*p));
        case 16:
            return double(readLittle<qint16>(p));
        case 32:
            return double(readLittle<qint32>(p));
        default:
            return double(readLittle<qint64>(p));
        }
    case DTypeCode::UInt:
        switch (m_dtype.bits()) {
        case 8:
            return double(quint8(*p));
        case 16:
            return double(readLittle<quint16>(p));
        case 32:
            return double(readLittle<quint32>(p));
        default:
            return double(readLittle<quint64>(p));
        }
    }
    return 0.0;
}

QList<double> Tensor::toDoubles() const
{
    QList<double> values;
    if (!hasReadableValues())
        return values;
    values.reserve(scalarCount());
    for (qint64 i = 0; i < scalarCount(); ++i)
        values.append(valueAt(i));
    return values;
}

Result<Tensor> Tensor::reshaped(QList<qint64> shape) const
{
    const Result<qint64> count = elementCountOf(shape);
    if (!count)
        return fail(count.error());
    if (*count != m_elementCount) {
        return fail(ErrorCode::ShapeMismatch,
                    Tr::tr("A tensor of shape %1 cannot be reshaped to %2: the element counts "
                           "differ (%3 and %4).")
                        .arg(shapeText(), shapeText(shape))
                        .arg(m_elementCount)
                        .arg(*count));
    }
    Tensor copy = *this;
    copy.m_shape = std::move(shape);
    return copy;
}

} // namespace TinyDeploy::Tensor
