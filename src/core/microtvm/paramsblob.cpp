#include "paramsblob.h"

#include "microtvmtr.h"

#include <mlf/paramsdecoder.h>

#include <QtEndian>

namespace TinyDeploy::MicroTvm {

namespace {

struct Cursor
{
    QByteArrayView bytes;
    qsizetype pos = 0;

    template<typename T>
    bool get(T *v)
    {
        if (bytes.size() - pos < qsizetype(sizeof(T)))
            return false;
        *v = qFromLittleEndian<T>(bytes.data() + pos);
        pos += qsizetype(sizeof(T));
        return true;
    }
    bool take(quint64 n, QByteArray *out)
    {
        if (n > quint64(bytes.size() - pos))
            return false;
        *out = bytes.sliced(pos, qsizetype(n)).toByteArray();
        pos += qsizetype(n);
        return true;
    }
};

template<typename T>
void put(QByteArray &out, T v)
{
    char b[sizeof(T)];
    qToLittleEndian(v, b);
    out.append(b, sizeof(T));
}

} // namespace

Result<QList<ParamTensor>> readParams(QByteArrayView blob, const QString &member)
{
    Cursor c{blob};
    const auto truncated = [&] {
        return fail(ErrorCode::ParamsTruncated,
                    Tr::tr("The params end early (at byte %1 of %2).").arg(c.pos).arg(blob.size()),
                    member);
    };
    quint64 magic = 0, reserved = 0, nameCount = 0;
    if (!c.get(&magic) || !c.get(&reserved))
        return truncated();
    if (magic != Mlf::ParamsDecoder::listMagic)
        return fail(ErrorCode::BadParamsMagic,
                    Tr::tr("The params do not start with TVM's params magic."),
                    member);
    if (!c.get(&nameCount))
        return truncated();
    if (nameCount > Mlf::ParamsDecoder::maxParams)
        return fail(ErrorCode::LimitExceeded,
                    Tr::tr("The params name %1 tensors.").arg(nameCount),
                    member);
    QList<ParamTensor> params;
    for (quint64 i = 0; i < nameCount; ++i) {
        quint64 length = 0;
        QByteArray name;
        if (!c.get(&length) || !c.take(length, &name))
            return truncated();
        params.append(ParamTensor{QString::fromUtf8(name), {}, {}});
    }
    quint64 arrayCount = 0;
    if (!c.get(&arrayCount))
        return truncated();
    if (arrayCount != nameCount)
        return fail(ErrorCode::InvalidValue,
                    Tr::tr("The params have %1 names but %2 arrays.").arg(nameCount).arg(arrayCount),
                    member);
    for (ParamTensor &p : params) {
        qint32 ndim = 0;
        qint64 dataBytes = 0;
        if (!c.get(&magic) || !c.get(&reserved) || !c.get(&p.meta.deviceType)
            || !c.get(&p.meta.deviceId) || !c.get(&ndim))
            return truncated();
        if (magic != Mlf::ParamsDecoder::arrayMagic || ndim < 0
            || ndim > Mlf::ParamsDecoder::maxDimensions)
            return fail(ErrorCode::InvalidValue,
                        Tr::tr("The array of '%1' has a bad header.").arg(p.name),
                        member);
        if (!c.get(&p.meta.dtypeCode) || !c.get(&p.meta.dtypeBits) || !c.get(&p.meta.dtypeLanes))
            return truncated();
        p.meta.shape.resize(ndim);
        for (qint64 &d : p.meta.shape) {
            if (!c.get(&d))
                return truncated();
        }
        if (!c.get(&dataBytes))
            return truncated();
        if (dataBytes < 0 || dataBytes != p.meta.byteSize())
            return fail(ErrorCode::InvalidValue,
                        Tr::tr("The array of '%1' holds %2 bytes, its shape needs %3.")
                            .arg(p.name)
                            .arg(dataBytes)
                            .arg(p.meta.byteSize()),
                        member);
        if (!c.take(quint64(dataBytes), &p.data))
            return truncated();
        p.meta.deviceType = 1;
        p.meta.deviceId = 0;
    }
    return params;
}

QByteArray writeParams(const QList<ParamTensor> &params)
{
    QByteArray out;
    put<quint64>(out, Mlf::ParamsDecoder::listMagic);
    put<quint64>(out, 0);
    put<quint64>(out, quint64(params.size()));
    for (const ParamTensor &p : params) {
        const QByteArray name = p.name.toUtf8();
        put<quint64>(out, quint64(name.size()));
        out.append(name);
    }
    put<quint64>(out, quint64(params.size()));
    for (const ParamTensor &p : params) {
        put<quint64>(out, Mlf::ParamsDecoder::arrayMagic);
        put<quint64>(out, 0);
        put<qint32>(out, 1);
        put<qint32>(out, 0);
        put<qint32>(out, qint32(p.meta.shape.size()));
        put<quint8>(out, p.meta.dtypeCode);
        put<quint8>(out, p.meta.dtypeBits);
        put<quint16>(out, p.meta.dtypeLanes);
        for (const qint64 d : p.meta.shape)
            put<qint64>(out, d);
        put<qint64>(out, qint64(p.data.size()));
        out.append(p.data);
    }
    return out;
}

} // namespace TinyDeploy::MicroTvm
