#include "dtype.h"

#include "tensortr.h"

namespace TinyDeploy::Tensor {

namespace {

bool bitsAllowed(DTypeCode code, int bits)
{
    switch (code) {
    case DTypeCode::Int:
        return bits == 8 || bits == 16 || bits == 32 || bits == 64;
    case DTypeCode::UInt:
        return bits == 1 || bits == 8 || bits == 16 || bits == 32 || bits == 64;
    case DTypeCode::Float:
        return bits == 16 || bits == 32 || bits == 64;
    case DTypeCode::BFloat:
        return bits == 16;
    }
    return false;
}

} // namespace

Result<DType> DType::parse(QStringView text)
{
    const QString trimmed = text.trimmed().toString();
    auto unsupported = [&] {
        return fail(ErrorCode::UnsupportedDType,
                    Tr::tr("The data type \"%1\" is not supported.").arg(trimmed),
                    {},
                    Tr::tr("Use one of float16, float32, float64, bfloat16, int8, int16, int32, "
                           "int64, uint8, uint16, uint32, uint64 or bool."));
    };

    QStringView rest = QStringView(trimmed);
    int lanes = 1;
    if (const qsizetype x = rest.indexOf(u'x'); x >= 0) {
        bool ok = false;
        lanes = rest.mid(x + 1).toInt(&ok);
        if (!ok || lanes < 1 || lanes > 1024)
            return unsupported();
        rest = rest.left(x);
    }
    if (rest == u"bool")
        return DType(DTypeCode::UInt, 1, lanes);

    DTypeCode code;
    QStringView bitsText;
    if (rest.startsWith(u"bfloat")) {
        code = DTypeCode::BFloat;
        bitsText = rest.mid(6);
    } else if (rest.startsWith(u"float")) {
        code = DTypeCode::Float;
        bitsText = rest.mid(5);
    } else if (rest.startsWith(u"uint")) {
        code = DTypeCode::UInt;
        bitsText = rest.mid(4);
    } else if (rest.startsWith(u"int")) {
        code = DTypeCode::Int;
        bitsText = rest.mid(3);
    } else {
        return unsupported();
    }
    bool ok = false;
    const int bits = bitsText.toInt(&ok);
    // "int+8" or "int 8" would parse as numbers; only plain digits are a dtype.
    if (!ok || bitsText.isEmpty() || !bitsText.front().isDigit() || !bitsAllowed(code, bits))
        return unsupported();
    return DType(code, bits, lanes);
}

QString DType::name() const
{
    if (!isValid())
        return {};
    QString base;
    if (isBool()) {
        base = QStringLiteral("bool");
    } else {
        switch (m_code) {
        case DTypeCode::Int:
            base = QStringLiteral("int");
            break;
        case DTypeCode::UInt:
            base = QStringLiteral("uint");
            break;
        case DTypeCode::Float:
            base = QStringLiteral("float");
            break;
        case DTypeCode::BFloat:
            base = QStringLiteral("bfloat");
            break;
        }
        base += QString::number(m_bits);
    }
    if (m_lanes != 1)
        base += u'x' + QString::number(m_lanes);
    return base;
}

int DType::elementBytes() const
{
    if (!isValid())
        return 0;
    return (m_bits * m_lanes + 7) / 8;
}

} // namespace TinyDeploy::Tensor
