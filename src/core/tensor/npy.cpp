#include "npy.h"

#include "npyheader.h"
#include "tensorfile.h"
#include "tensorlog.h"
#include "tensortr.h"

#include <QByteArray>
#include <QFile>
#include <QSaveFile>
#include <QStringDecoder>
#include <QtEndian>

#include <limits>

namespace TinyDeploy::Tensor {

namespace {

using Npy::HeaderParser;
using Npy::hintRegenerate;
using Npy::kindName;
using Npy::PyValue;

constexpr char kMagic[] = "\x93NUMPY";
constexpr qsizetype kMagicSize = 6;
constexpr int kArrayAlign = 64;
constexpr int kGrowthAxisMaxDigits = 21; // numpy pads the header so the shape can grow in place

struct Descr
{
    DType dtype;
    bool bigEndian = false;
};

Result<Descr> parseDescr(const QString &descr, const QString &location)
{
    auto unsupported = [&](const QString &why) {
        return fail(ErrorCode::UnsupportedDType,
                    Tr::tr("The array's data type '%1' is not supported: %2").arg(descr, why),
                    location,
                    Tr::tr("Convert the array to a supported type first, for example "
                           "a.astype(np.float32) or a.astype(np.int8), and save it again."));
    };
    if (descr.size() < 2)
        return unsupported(Tr::tr("it is not a NumPy type string."));
    const QChar order = descr.at(0);
    if (order != u'<' && order != u'>' && order != u'|' && order != u'=')
        return unsupported(Tr::tr("it does not start with a byte order (<, >, | or =)."));
    const QChar kind = descr.at(1);
    if (kind == u'O') {
        return fail(ErrorCode::UnsupportedDType,
                    Tr::tr("The array holds Python objects ('%1'); only numeric arrays can be "
                           "read.")
                        .arg(descr),
                    location,
                    Tr::tr("Object arrays are Python pickles: convert the data to a numeric "
                           "array (for example np.asarray(a, dtype=np.float32)) and save it "
                           "again."));
    }
    bool ok = false;
    const int itemSize = descr.mid(2).toInt(&ok);
    if (!ok || itemSize <= 0 || !descr.at(2).isDigit())
        return unsupported(Tr::tr("the item size is missing."));

    Descr result;
    switch (kind.unicode()) {
    case u'f':
        if (itemSize != 2 && itemSize != 4 && itemSize != 8)
            return unsupported(Tr::tr("only 2-, 4- and 8-byte floats are supported."));
        result.dtype = DType(DTypeCode::Float, itemSize * 8);
        break;
    case u'i':
    case u'u':
        if (itemSize != 1 && itemSize != 2 && itemSize != 4 && itemSize != 8)
            return unsupported(Tr::tr("only 1-, 2-, 4- and 8-byte integers are supported."));
        result.dtype = DType(kind == u'i' ? DTypeCode::Int : DTypeCode::UInt, itemSize * 8);
        break;
    case u'b':
    case u'?':
        if (itemSize != 1)
            return unsupported(Tr::tr("booleans are one byte."));
        result.dtype = DType::boolean();
        break;
    case u'c':
        return unsupported(Tr::tr("complex numbers are not supported."));
    case u'U':
    case u'S':
    case u'a':
        return unsupported(Tr::tr("strings are not supported."));
    case u'V':
        return unsupported(Tr::tr("structured or void arrays are not supported."));
    case u'M':
    case u'm':
        return unsupported(Tr::tr("dates and time deltas are not supported."));
    default:
        return unsupported(Tr::tr("the kind '%1' is unknown.").arg(kind));
    }
    // '=' is native order; every platform numpy writes .npy on with '=' has it replaced by '<'
    // or '>' already, so treat it like '<' (x86 and ARM are little-endian).
    result.bigEndian = order == u'>' && itemSize > 1;
    return result;
}

QString locationOf(const QString &source, const QString &field = {})
{
    const QString file = source.isEmpty() ? Tr::tr(".npy data") : source;
    if (field.isEmpty())
        return file;
    return Tr::tr("%1: header field '%2'").arg(file, field);
}

} // namespace

Result<Tensor> readNpy(const QByteArray &bytes, const QString &source, const NpyLimits &limits)
{
    const QString where = locationOf(source);
    if (bytes.isEmpty()) {
        return fail(ErrorCode::InvalidNpy,
                    Tr::tr("The file is empty; a .npy file was expected."),
                    where,
                    hintRegenerate());
    }
    if (!bytes.startsWith(QByteArrayView(kMagic, kMagicSize))) {
        if (QByteArrayView(kMagic, kMagicSize).startsWith(bytes)) {
            return fail(ErrorCode::InvalidNpy,
                        Tr::tr("The file ends inside the .npy signature (%n bytes).",
                               nullptr,
                               int(bytes.size())),
                        where,
                        hintRegenerate());
        }
        const bool isZip = bytes.startsWith("PK\x03\x04");
        return fail(ErrorCode::InvalidNpy,
                    isZip ? Tr::tr("This is a zip archive (.npz), not a single .npy array.")
                          : Tr::tr("This is not a NumPy .npy file: the signature "
                                   "\"\\x93NUMPY\" is missing."),
                    where,
                    isZip ? Tr::tr("Open it as an .npz file.") : hintRegenerate(),
                    Tr::tr("First bytes: %1").arg(QString::fromLatin1(bytes.left(16).toHex(' '))));
    }
    if (bytes.size() < kMagicSize + 2) {
        return fail(ErrorCode::InvalidNpy,
                    Tr::tr("The file ends before the format version."),
                    where,
                    hintRegenerate());
    }
    const int major = quint8(bytes.at(kMagicSize));
    const int minor = quint8(bytes.at(kMagicSize + 1));
    if (major < 1 || major > 3 || minor != 0) {
        return fail(ErrorCode::UnsupportedVersion,
                    Tr::tr("The .npy format version %1.%2 is not supported (1.0, 2.0 and 3.0 "
                           "are).")
                        .arg(major)
                        .arg(minor),
                    where,
                    hintRegenerate());
    }
    const qsizetype lengthBytes = major == 1 ? 2 : 4;
    const qsizetype headerStart = kMagicSize + 2 + lengthBytes;
    if (bytes.size() < headerStart) {
        return fail(ErrorCode::InvalidNpy,
                    Tr::tr("The file ends before the header length."),
                    where,
                    hintRegenerate());
    }
    const qint64 headerLength = major == 1
                                    ? qint64(qFromLittleEndian<quint16>(bytes.constData() + 8))
                                    : qint64(qFromLittleEndian<quint32>(bytes.constData() + 8));
    if (headerLength > limits.maxHeaderBytes) {
        return fail(ErrorCode::LimitExceeded,
                    Tr::tr("The header is %1 bytes long; at most %2 bytes are accepted.")
                        .arg(headerLength)
                        .arg(limits.maxHeaderBytes),
                    where,
                    hintRegenerate());
    }
    if (bytes.size() - headerStart < headerLength) {
        return fail(ErrorCode::InvalidNpy,
                    Tr::tr("The file is truncated: the header should be %1 bytes, but only %2 "
                           "bytes follow.")
                        .arg(headerLength)
                        .arg(bytes.size() - headerStart),
                    where,
                    hintRegenerate());
    }
    const QByteArray rawHeader = bytes.mid(headerStart, headerLength);

    // Versions 1 and 2 are latin-1 (in practice ASCII), version 3 is UTF-8.
    QString header;
    if (major == 3) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        header = decoder(rawHeader);
        if (decoder.hasError()) {
            return fail(ErrorCode::InvalidNpy,
                        Tr::tr("The header is not valid UTF-8."),
                        where,
                        hintRegenerate());
        }
    } else {
        header = QString::fromLatin1(rawHeader);
    }
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QChar c = header.at(i);
        const bool control = c.unicode() < 0x20 && c != u'\n' && c != u'\r' && c != u'\t';
        const bool notAscii = major != 3 && c.unicode() >= 0x7f;
        if (control || notAscii || c.unicode() == 0x7f) {
            return fail(ErrorCode::InvalidNpy,
                        Tr::tr("The header contains the invalid character U+%1 at offset %2.")
                            .arg(c.unicode(), 4, 16, QLatin1Char('0'))
                            .arg(i),
                        where,
                        hintRegenerate());
        }
    }

    HeaderParser parser(header, where);
    const Result<PyValue> dict = parser.parseDocument();
    if (!dict)
        return fail(dict.error());

    const PyValue *descrValue = nullptr;
    const PyValue *fortranValue = nullptr;
    const PyValue *shapeValue = nullptr;
    for (const auto &[key, value] : dict->entries) {
        if (key == u"descr") {
            descrValue = &value;
        } else if (key == u"fortran_order") {
            fortranValue = &value;
        } else if (key == u"shape") {
            shapeValue = &value;
        } else {
            return fail(ErrorCode::InvalidNpy,
                        Tr::tr("The header has the unknown key '%1'.").arg(key),
                        where,
                        hintRegenerate());
        }
    }
    auto missing = [&](const QString &field) {
        return fail(ErrorCode::MissingField,
                    Tr::tr("The header has no '%1' field.").arg(field),
                    locationOf(source, field),
                    hintRegenerate());
    };
    auto wrongType = [&](const QString &field, const QString &expected, const PyValue &value) {
        return fail(ErrorCode::WrongFieldType,
                    Tr::tr("The field holds a value of type %1; %2 was expected.")
                        .arg(kindName(value.kind), expected),
                    locationOf(source, field),
                    hintRegenerate());
    };
    if (!descrValue)
        return missing(QStringLiteral("descr"));
    if (!fortranValue)
        return missing(QStringLiteral("fortran_order"));
    if (!shapeValue)
        return missing(QStringLiteral("shape"));
    if (descrValue->kind == PyValue::Kind::List) {
        return fail(ErrorCode::UnsupportedDType,
                    Tr::tr("The array is a structured array (record fields); only plain numeric "
                           "arrays are supported."),
                    locationOf(source, QStringLiteral("descr")),
                    Tr::tr("Save each field as its own array."));
    }
    if (descrValue->kind != PyValue::Kind::String)
        return wrongType(QStringLiteral("descr"), QStringLiteral("string"), *descrValue);
    if (fortranValue->kind != PyValue::Kind::Bool)
        return wrongType(QStringLiteral("fortran_order"), QStringLiteral("boolean"), *fortranValue);
    if (shapeValue->kind != PyValue::Kind::Tuple)
        return wrongType(QStringLiteral("shape"), QStringLiteral("tuple"), *shapeValue);

    const Result<Descr> descr = parseDescr(descrValue->text,
                                           locationOf(source, QStringLiteral("descr")));
    if (!descr)
        return fail(descr.error());
    if (descr->bigEndian) {
        return fail(ErrorCode::UnsupportedDType,
                    Tr::tr("The array is big-endian ('%1'); only little-endian data is supported.")
                        .arg(descrValue->text),
                    locationOf(source, QStringLiteral("descr")),
                    Tr::tr("Convert it with a.astype(a.dtype.newbyteorder('<')) and save it "
                           "again."));
    }

    QList<qint64> shape;
    for (const PyValue &dim : shapeValue->items) {
        if (dim.kind != PyValue::Kind::Int || dim.number < 0) {
            return fail(ErrorCode::InvalidValue,
                        Tr::tr("Dimension %1 of the shape is not a non-negative integer.")
                            .arg(shape.size()),
                        locationOf(source, QStringLiteral("shape")),
                        hintRegenerate());
        }
        shape.append(dim.number);
    }
    const Result<qint64> count = Tensor::elementCountOf(shape);
    const qint64 elementBytes = descr->dtype.elementBytes();
    if (!count || *count > limits.maxDataBytes / elementBytes) {
        return fail(ErrorCode::LimitExceeded,
                    Tr::tr("The array of shape %1 is larger than the %2 bytes accepted.")
                        .arg(Tensor::shapeText(shape))
                        .arg(limits.maxDataBytes),
                    locationOf(source, QStringLiteral("shape")));
    }
    const qint64 dataBytes = *count * elementBytes;
    const qint64 dataStart = headerStart + headerLength;
    const qint64 available = bytes.size() - dataStart;
    if (available < dataBytes) {
        return fail(ErrorCode::InvalidNpy,
                    Tr::tr("The file is truncated: a %1 array of shape %2 needs %3 bytes of data, "
                           "but only %4 bytes follow the header.")
                        .arg(descr->dtype.name(), Tensor::shapeText(shape))
                        .arg(dataBytes)
                        .arg(available),
                    where,
                    hintRegenerate());
    }
    if (available > dataBytes) {
        return fail(ErrorCode::InvalidNpy,
                    Tr::tr("The file has %1 bytes of unexpected data after the array (a %2 array "
                           "of shape %3 is %4 bytes).")
                        .arg(available - dataBytes)
                        .arg(descr->dtype.name(), Tensor::shapeText(shape))
                        .arg(dataBytes),
                    where,
                    Tr::tr("The file may hold more than one array or be damaged; save a single "
                           "array with numpy.save()."));
    }
    QByteArray data = bytes.mid(dataStart, dataBytes);
    if (fortranValue->flag)
        qCDebug(tensorLog) << "Transposing Fortran-order array" << where << shape;
    Result<Tensor> tensor = fortranValue->flag
                                ? Tensor::fromFortranOrder(descr->dtype,
                                                           std::move(shape),
                                                           std::move(data))
                                : Tensor::create(descr->dtype, std::move(shape), std::move(data));
    if (!tensor)
        return fail(tensor.error().withContext(where));
    return tensor;
}

Result<Tensor> readNpyFile(const QString &path, const NpyLimits &limits)
{
    const Result<QByteArray> bytes
        = readTensorFile(path, atMost(limits.maxHeaderBytes + limits.maxDataBytes + 16, path));
    if (!bytes)
        return fail(bytes.error());
    return readNpy(*bytes, path, limits);
}

Result<QString> npyDescr(DType dtype)
{
    if (dtype.lanes() != 1 || !dtype.isValid()) {
        return fail(ErrorCode::UnsupportedDType,
                    Tr::tr("NumPy has no type for %1.").arg(dtype.name()));
    }
    if (dtype.isBool())
        return QStringLiteral("|b1");
    const int bytes = dtype.bits() / 8;
    const QChar order = bytes == 1 ? u'|' : u'<';
    switch (dtype.code()) {
    case DTypeCode::Float:
        return order + QStringLiteral("f") + QString::number(bytes);
    case DTypeCode::Int:
        return order + QStringLiteral("i") + QString::number(bytes);
    case DTypeCode::UInt:
        return order + QStringLiteral("u") + QString::number(bytes);
    case DTypeCode::BFloat:
        break;
    }
    return fail(ErrorCode::UnsupportedDType, Tr::tr("NumPy has no type for %1.").arg(dtype.name()));
}

Result<QByteArray> writeNpy(const Tensor &tensor)
{
    const Result<QString> descr = npyDescr(tensor.dtype());
    if (!descr)
        return fail(descr.error());
    QString shape = QStringLiteral("(");
    for (qsizetype i = 0; i < tensor.shape().size(); ++i) {
        if (i > 0)
            shape += QStringLiteral(", ");
        shape += QString::number(tensor.shape().at(i));
    }
    if (tensor.shape().size() == 1)
        shape += u',';
    shape += u')';
    QByteArray header = "{'descr': '" + descr->toLatin1()
                        + "', 'fortran_order': False, 'shape': " + shape.toLatin1() + ", }";
    if (!tensor.shape().isEmpty()) {
        const qsizetype digits = QByteArray::number(tensor.shape().first()).size();
        header += QByteArray(qMax<qsizetype>(0, kGrowthAxisMaxDigits - digits), ' ');
    }
    int lengthBytes = 2;
    int major = 1;
    auto padded = [&] {
        const qsizetype unpadded = kMagicSize + 2 + lengthBytes + header.size() + 1;
        const qsizetype padding = (kArrayAlign - unpadded % kArrayAlign) % kArrayAlign;
        QByteArray result = header;
        result.append(padding, ' ');
        result.append('\n');
        return result;
    };
    QByteArray full = padded();
    if (full.size() > std::numeric_limits<quint16>::max()) {
        lengthBytes = 4;
        major = 2;
        full = padded();
    }
    QByteArray out(kMagic, kMagicSize);
    out += char(major);
    out += char(0);
    if (lengthBytes == 2) {
        char length[2];
        qToLittleEndian<quint16>(quint16(full.size()), length);
        out.append(length, 2);
    } else {
        char length[4];
        qToLittleEndian<quint32>(quint32(full.size()), length);
        out.append(length, 4);
    }
    out += full;
    out += tensor.data();
    return out;
}

Result<void> writeNpyFile(const Tensor &tensor, const QString &path)
{
    const Result<QByteArray> bytes = writeNpy(tensor);
    if (!bytes)
        return fail(Error(bytes.error()).withContext(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(ErrorCode::Io,
                    Tr::tr("The file cannot be created: %1").arg(file.errorString()),
                    path,
                    Tr::tr("Check that the folder exists and is writable."));
    }
    if (file.write(*bytes) != bytes->size() || !file.commit()) {
        return fail(ErrorCode::Io,
                    Tr::tr("The file cannot be written: %1").arg(file.errorString()),
                    path);
    }
    return ok();
}

} // namespace TinyDeploy::Tensor
