#include "rawtensor.h"

#include "tensorfile.h"
#include "tensortr.h"

#include <QByteArray>
#include <QFile>

namespace TinyDeploy::Tensor {

namespace {

std::unexpected<Error> sizeMismatch(
    qint64 actual, DType dtype, const QList<qint64> &shape, qint64 expected, const QString &where)
{
    return fail(ErrorCode::SizeMismatch,
                Tr::tr("The input is %1 bytes, but a %2 tensor of shape %3 is %4 bytes.")
                    .arg(actual)
                    .arg(dtype.name(), Tensor::shapeText(shape))
                    .arg(expected),
                where,
                Tr::tr("A raw input holds exactly the tensor's bytes, little-endian, in C order, "
                       "without a header. Check the model's input dtype and shape."));
}

} // namespace

Result<Tensor> readRaw(const QByteArray &bytes,
                       DType dtype,
                       const QList<qint64> &shape,
                       const QString &source)
{
    const QString where = source.isEmpty() ? Tr::tr("raw input") : source;
    const Result<qint64> count = Tensor::elementCountOf(shape);
    if (!count)
        return fail(Error(count.error()).withContext(where));
    const qint64 expected = *count * dtype.elementBytes();
    if (bytes.size() != expected)
        return sizeMismatch(bytes.size(), dtype, shape, expected, where);
    Result<Tensor> tensor = Tensor::create(dtype, shape, bytes);
    if (!tensor)
        return fail(tensor.error().withContext(where));
    return tensor;
}

Result<Tensor> readRawFile(const QString &path, DType dtype, const QList<qint64> &shape)
{
    const Result<qint64> count = Tensor::elementCountOf(shape);
    if (!count)
        return fail(Error(count.error()).withContext(path));
    // Compare sizes before reading, so that a wrong multi-gigabyte file is never loaded.
    const qint64 expected = *count * dtype.elementBytes();
    const Result<QByteArray> bytes = readTensorFile(path, [&](qint64 size) -> Result<void> {
        if (size != expected)
            return sizeMismatch(size, dtype, shape, expected, path);
        return ok();
    });
    if (!bytes)
        return fail(bytes.error());
    return readRaw(*bytes, dtype, shape, path);
}

} // namespace TinyDeploy::Tensor
