#include "paramsdecoder.h"

#include "mlftr.h"

#include <QtEndian>

namespace TinyDeploy::Mlf {

namespace {

quint64 u64At(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint64>(b.constData() + at);
}

qint32 i32At(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<qint32>(b.constData() + at);
}

QString hex(quint64 v)
{
    return QStringLiteral("0x%1")
        .arg(v, 16, 16, QLatin1Char('0'))
        .toUpper()
        .replace(QLatin1String("0X"), QLatin1String("0x"));
}

// DLPack type codes as TVM prints them.
QString dtypeName(int code, int bits, int lanes)
{
    QString base;
    switch (code) {
    case 0:
        base = QStringLiteral("int");
        break;
    case 1:
        if (bits == 1 && lanes == 1)
            return QStringLiteral("bool");
        base = QStringLiteral("uint");
        break;
    case 2:
        base = QStringLiteral("float");
        break;
    case 3:
        return QStringLiteral("handle");
    case 4:
        base = QStringLiteral("bfloat");
        break;
    case 6:
        return QStringLiteral("bool");
    default:
        base = QStringLiteral("custom[%1]").arg(code);
        break;
    }
    QString name = base + QString::number(bits);
    if (lanes != 1)
        name += QLatin1Char('x') + QString::number(lanes);
    return name;
}

} // namespace

ParamsDecoder::ParamsDecoder(const QString &member)
    : m_member(member)
{}

Result<void> ParamsDecoder::fail(Error error)
{
    m_error = error;
    return std::unexpected<Error>(std::move(error));
}

QString ParamsDecoder::stateName() const
{
    switch (m_state) {
    case State::ListHeader:
        return Tr::tr("the file header");
    case State::NameLength:
    case State::Name:
        return Tr::tr("name %1 of %2").arg(m_params.size() + 1).arg(m_nameCount);
    case State::ArrayCount:
        return Tr::tr("the array count");
    case State::ArrayHeader:
    case State::Shape:
    case State::DataSize:
        return Tr::tr("the header of array %1 of %2").arg(m_arrayIndex + 1).arg(m_arrayCount);
    case State::Data:
        return Tr::tr("the data of array %1 of %2").arg(m_arrayIndex + 1).arg(m_arrayCount);
    case State::Done:
        break;
    }
    return QString();
}

Error ParamsDecoder::truncated() const
{
    return makeError(ErrorCode::ParamsTruncated,
                     Tr::tr("The parameters file ends after %1 bytes, inside %2.")
                         .arg(m_offset)
                         .arg(stateName()),
                     m_member,
                     Tr::tr("The archive is truncated or damaged; copy or export it again."));
}

Result<void> ParamsDecoder::feed(QByteArrayView chunk)
{
    if (m_error)
        return std::unexpected<Error>(*m_error);
    qsizetype pos = 0;
    while (pos < chunk.size()) {
        if (m_state == State::Done) {
            return fail(makeError(ErrorCode::InvalidValue,
                                  Tr::tr("The parameters file has unexpected bytes after its "
                                         "last array (at byte %1).")
                                      .arg(m_offset),
                                  m_member,
                                  Tr::tr("The archive is damaged; export the model again.")));
        }
        if (m_state == State::Data) {
            const qint64 take = std::min<qint64>(m_dataLeft, chunk.size() - pos);
            pos += take;
            if (auto r = skipped(take); !r)
                return r;
            continue;
        }
        const qsizetype take = std::min<qsizetype>(m_need - m_buffer.size(), chunk.size() - pos);
        m_buffer.append(chunk.sliced(pos, take));
        pos += take;
        m_offset += take;
        if (m_buffer.size() == m_need) {
            if (auto r = process(); !r)
                return r;
        }
    }
    return ok();
}

qint64 ParamsDecoder::bytesToSkip() const
{
    return m_state == State::Data && !m_error ? m_dataLeft : 0;
}

Result<void> ParamsDecoder::skipped(qint64 n)
{
    if (m_error)
        return std::unexpected<Error>(*m_error);
    if (n < 0 || n > bytesToSkip()) {
        return fail(
            makeError(ErrorCode::InvalidArgument,
                      Tr::tr("Skipped %1 bytes where %2 could be skipped.").arg(n).arg(bytesToSkip()),
                      m_member));
    }
    m_dataLeft -= n;
    m_offset += n;
    if (m_state == State::Data && m_dataLeft == 0) {
        ++m_arrayIndex;
        return enter(m_arrayIndex == m_arrayCount ? State::Done : State::ArrayHeader);
    }
    return ok();
}

bool ParamsDecoder::isComplete() const
{
    return m_state == State::Done && !m_error;
}

Result<QList<ParamInfo>> ParamsDecoder::finish()
{
    if (m_error)
        return std::unexpected<Error>(*m_error);
    if (m_state != State::Done) {
        m_error = truncated();
        return std::unexpected<Error>(*m_error);
    }
    return m_params;
}

// Sets up what the next state needs; states that need no bytes are processed at once.
Result<void> ParamsDecoder::enter(State state)
{
    m_state = state;
    m_buffer.clear();
    switch (state) {
    case State::ListHeader:
        m_need = 24;
        break;
    case State::NameLength:
    case State::ArrayCount:
    case State::DataSize:
        m_need = 8;
        break;
    case State::Name:
        break; // m_need set by NameLength
    case State::ArrayHeader:
        m_need = 8 + 8 + 4 + 4 + 4 + 4;
        break;
    case State::Shape:
        m_need = m_ndim * 8;
        break;
    case State::Data:
        if (m_dataLeft == 0) {
            ++m_arrayIndex;
            return enter(m_arrayIndex == m_arrayCount ? State::Done : State::ArrayHeader);
        }
        return ok();
    case State::Done:
        m_need = 0;
        return ok();
    }
    if (m_need == 0)
        return process();
    return ok();
}

Result<void> ParamsDecoder::process()
{
    const QByteArray &b = m_buffer;
    const auto invalid = [this](const QString &message) {
        return fail(makeError(ErrorCode::InvalidValue,
                              message,
                              m_member,
                              Tr::tr("The parameters file is damaged; export the model again.")));
    };
    const auto tooLarge = [this](const QString &message) {
        return fail(makeError(ErrorCode::LimitExceeded,
                              message,
                              m_member,
                              Tr::tr("The parameters file is damaged or not a TVM parameters "
                                     "file.")));
    };
    switch (m_state) {
    case State::ListHeader: {
        const quint64 magic = u64At(b, 0);
        if (magic != listMagic) {
            return fail(makeError(ErrorCode::BadParamsMagic,
                                  Tr::tr("The parameters file does not start with the TVM "
                                         "parameter list magic: expected %1, found %2.")
                                      .arg(hex(listMagic), hex(magic)),
                                  m_member,
                                  Tr::tr("This is not a TVM parameters file; export the model "
                                         "again.")));
        }
        m_nameCount = u64At(b, 16);
        if (m_nameCount > maxParams) {
            return tooLarge(Tr::tr("The parameters file declares %1 names, more than the %2 "
                                   "accepted.")
                                .arg(m_nameCount)
                                .arg(maxParams));
        }
        return enter(m_nameCount == 0 ? State::ArrayCount : State::NameLength);
    }
    case State::NameLength: {
        const quint64 length = u64At(b, 0);
        if (length > maxNameBytes) {
            return tooLarge(Tr::tr("Name %1 of the parameters file is %2 bytes long, more than "
                                   "the %3 accepted.")
                                .arg(m_params.size() + 1)
                                .arg(length)
                                .arg(maxNameBytes));
        }
        m_need = qsizetype(length);
        return enter(State::Name);
    }
    case State::Name: {
        ParamInfo param;
        param.name = QString::fromUtf8(b);
        m_params << param;
        return enter(quint64(m_params.size()) == m_nameCount ? State::ArrayCount
                                                             : State::NameLength);
    }
    case State::ArrayCount:
        m_arrayCount = u64At(b, 0);
        if (m_arrayCount != m_nameCount) {
            return invalid(Tr::tr("The parameters file has %1 names but %2 arrays.")
                               .arg(m_nameCount)
                               .arg(m_arrayCount));
        }
        m_arrayIndex = 0;
        return enter(m_arrayCount == 0 ? State::Done : State::ArrayHeader);
    case State::ArrayHeader: {
        const quint64 magic = u64At(b, 0);
        if (magic != arrayMagic) {
            return fail(makeError(ErrorCode::BadParamsMagic,
                                  Tr::tr("Array %1 (\"%2\") of the parameters file does not start "
                                         "with the TVM array magic at byte %3: expected %4, "
                                         "found %5.")
                                      .arg(m_arrayIndex + 1)
                                      .arg(m_params.at(qsizetype(m_arrayIndex)).name)
                                      .arg(m_offset - 32)
                                      .arg(hex(arrayMagic), hex(magic)),
                                  m_member,
                                  Tr::tr("The parameters file is damaged; export the model "
                                         "again.")));
        }
        const qint32 ndim = i32At(b, 24);
        const int code = uchar(b.at(28));
        const int bits = uchar(b.at(29));
        const int lanes = qFromLittleEndian<quint16>(b.constData() + 30);
        if (ndim < 0 || ndim > maxDimensions) {
            return invalid(Tr::tr("Array \"%1\" has %2 dimensions; 0 to %3 are accepted.")
                               .arg(m_params.at(qsizetype(m_arrayIndex)).name)
                               .arg(ndim)
                               .arg(maxDimensions));
        }
        if (bits == 0 || lanes == 0) {
            return invalid(Tr::tr("Array \"%1\" has an invalid dtype (code %2, %3 bits, %4 "
                                  "lanes).")
                               .arg(m_params.at(qsizetype(m_arrayIndex)).name)
                               .arg(code)
                               .arg(bits)
                               .arg(lanes));
        }
        m_ndim = ndim;
        m_dtype = dtypeName(code, bits, lanes);
        m_elementBytes = (bits * lanes + 7) / 8;
        m_params[qsizetype(m_arrayIndex)].dtype = m_dtype;
        m_params[qsizetype(m_arrayIndex)].shape.clear();
        return enter(State::Shape);
    }
    case State::Shape: {
        ParamInfo &param = m_params[qsizetype(m_arrayIndex)];
        for (int i = 0; i < m_ndim; ++i) {
            const auto dim = qint64(u64At(b, i * 8));
            if (dim < 0) {
                return invalid(
                    Tr::tr("Array \"%1\" has a negative dimension (%2).").arg(param.name).arg(dim));
            }
            param.shape << dim;
        }
        return enter(State::DataSize);
    }
    case State::DataSize: {
        ParamInfo &param = m_params[qsizetype(m_arrayIndex)];
        const auto size = qint64(u64At(b, 0));
        qint64 expected = m_elementBytes;
        for (const qint64 dim : std::as_const(param.shape)) {
            if (dim != 0 && expected > maxArrayBytes / dim) {
                return tooLarge(Tr::tr("Array \"%1\" is larger than %2 bytes.")
                                    .arg(param.name)
                                    .arg(maxArrayBytes));
            }
            expected *= dim;
        }
        if (size != expected) {
            return invalid(Tr::tr("Array \"%1\" (%2 of shape [%3]) declares %4 data bytes; %5 "
                                  "were expected.")
                               .arg(param.name, m_dtype)
                               .arg([&] {
                                   QStringList dims;
                                   for (const qint64 d : std::as_const(param.shape))
                                       dims << QString::number(d);
                                   return dims.join(QStringLiteral(", "));
                               }())
                               .arg(size)
                               .arg(expected));
        }
        param.sizeBytes = size;
        m_dataLeft = size;
        return enter(State::Data);
    }
    case State::Data:
    case State::Done:
        break;
    }
    return ok();
}

Result<QList<ParamInfo>> decodeParams(QByteArrayView whole, const QString &member)
{
    ParamsDecoder decoder(member);
    if (auto r = decoder.feed(whole); !r)
        return std::unexpected<Error>(r.error());
    return decoder.finish();
}

} // namespace TinyDeploy::Mlf
