#include "minrpc.h"

#include "microtvmtr.h"

#include <QtEndian>

#include <cstring>
#include <limits>

namespace TinyDeploy::MicroTvm {

namespace {

constexpr qint32 MaxDims = 32;
constexpr qint32 MaxValues = 1024;

class Writer
{
public:
    template<typename T>
    void put(T value)
    {
        char bytes[sizeof(T)];
        qToLittleEndian(value, bytes);
        out.append(bytes, sizeof(T));
    }
    void putDouble(double value)
    {
        quint64 bits = 0;
        std::memcpy(&bits, &value, sizeof bits);
        put<quint64>(bits);
    }
    void raw(QByteArrayView bytes) { out.append(bytes.data(), bytes.size()); }
    void tensor(const DlTensor &t)
    {
        put<quint64>(t.data);
        put<qint32>(t.deviceType);
        put<qint32>(t.deviceId);
        put<qint32>(qint32(t.shape.size()));
        put<quint8>(t.dtypeCode);
        put<quint8>(t.dtypeBits);
        put<quint16>(t.dtypeLanes);
        for (const qint64 d : t.shape)
            put<qint64>(d);
        put<quint64>(t.byteOffset);
    }
    QByteArray out;
};

class Reader
{
public:
    explicit Reader(QByteArrayView bytes)
        : m_bytes(bytes)
    {}

    template<typename T>
    bool get(T *value, const char *field)
    {
        if (m_bytes.size() - m_pos < qsizetype(sizeof(T)))
            return truncated(field);
        *value = qFromLittleEndian<T>(m_bytes.data() + m_pos);
        m_pos += qsizetype(sizeof(T));
        return true;
    }
    bool getDouble(double *value, const char *field)
    {
        quint64 bits = 0;
        if (!get(&bits, field))
            return false;
        std::memcpy(value, &bits, sizeof bits);
        return true;
    }
    bool bytes(QByteArray *out, quint64 n, const char *field)
    {
        if (n > quint64(m_bytes.size() - m_pos))
            return truncated(field);
        *out = m_bytes.sliced(m_pos, qsizetype(n)).toByteArray();
        m_pos += qsizetype(n);
        return true;
    }
    bool tensor(DlTensor *t)
    {
        qint32 ndim = 0;
        if (!get(&t->data, "DLTensor.data") || !get(&t->deviceType, "DLTensor.device_type")
            || !get(&t->deviceId, "DLTensor.device_id") || !get(&ndim, "DLTensor.ndim"))
            return false;
        if (ndim < 0 || ndim > MaxDims)
            return invalid(Tr::tr("DLTensor.ndim is %1").arg(ndim));
        if (!get(&t->dtypeCode, "DLTensor.dtype.code") || !get(&t->dtypeBits, "DLTensor.dtype.bits")
            || !get(&t->dtypeLanes, "DLTensor.dtype.lanes"))
            return false;
        t->shape.resize(ndim);
        for (qint32 i = 0; i < ndim; ++i) {
            if (!get(&t->shape[i], "DLTensor.shape"))
                return false;
        }
        return get(&t->byteOffset, "DLTensor.byte_offset");
    }
    bool truncated(const char *field)
    {
        if (!m_error)
            m_error = makeError(ErrorCode::DeviceProtocol,
                                Tr::tr("The device's reply ends inside %1 (byte %2 of %3).")
                                    .arg(QLatin1String(field))
                                    .arg(m_pos)
                                    .arg(m_bytes.size()),
                                QStringLiteral("microTVM RPC"));
        return false;
    }
    bool invalid(const QString &what)
    {
        if (!m_error)
            m_error = makeError(ErrorCode::DeviceProtocol,
                                Tr::tr("The device's reply is malformed: %1.").arg(what),
                                QStringLiteral("microTVM RPC"));
        return false;
    }
    qsizetype pos() const { return m_pos; }
    qsizetype left() const { return m_bytes.size() - m_pos; }
    QByteArrayView rest() const { return m_bytes.sliced(m_pos); }
    Error error() const { return m_error.value_or(Error{}); }

private:
    QByteArrayView m_bytes;
    qsizetype m_pos = 0;
    std::optional<Error> m_error;
};

bool readValue(Reader &r, qint32 code, Value *v)
{
    v->type = TypeCode(code);
    switch (TypeCode(code)) {
    case TypeCode::Int:
    case TypeCode::UInt:
    case TypeCode::OpaqueHandle:
    case TypeCode::Module:
    case TypeCode::PackedFunc:
        return r.get(&v->i, "a value");
    case TypeCode::Float:
        return r.getDouble(&v->f, "a float value");
    case TypeCode::Null:
        return true;
    case TypeCode::DataType: {
        qint32 padding = 0;
        return r.get(&v->dtypeCode, "a data type") && r.get(&v->dtypeBits, "a data type")
               && r.get(&v->dtypeLanes, "a data type") && r.get(&padding, "a data type");
    }
    case TypeCode::Device:
        return r.get(&v->deviceType, "a device") && r.get(&v->deviceId, "a device");
    case TypeCode::DLTensor:
        return r.tensor(&v->tensor);
    case TypeCode::Str:
    case TypeCode::Bytes: {
        quint64 n = 0;
        return r.get(&n, "a string length") && r.bytes(&v->bytes, n, "a string");
    }
    case TypeCode::NDArray:
        break;
    }
    return r.invalid(Tr::tr("unknown type code %1").arg(code));
}

bool readSequence(Reader &r, QList<Value> *values)
{
    qint32 count = 0;
    if (!r.get(&count, "num_args"))
        return false;
    if (count < 0 || count > MaxValues)
        return r.invalid(Tr::tr("num_args is %1").arg(count));
    QList<qint32> codes(count);
    for (qint32 i = 0; i < count; ++i) {
        if (!r.get(&codes[i], "type_codes"))
            return false;
    }
    values->resize(count);
    for (qint32 i = 0; i < count; ++i) {
        if (!readValue(r, codes[i], &(*values)[i]))
            return false;
    }
    return true;
}

Error protocolError(const QString &message)
{
    return makeError(ErrorCode::DeviceProtocol, message, QStringLiteral("microTVM RPC"));
}

} // namespace

QString typeCodeName(qint32 code)
{
    switch (TypeCode(code)) {
    case TypeCode::Int:
        return QStringLiteral("int");
    case TypeCode::UInt:
        return QStringLiteral("uint");
    case TypeCode::Float:
        return QStringLiteral("float");
    case TypeCode::OpaqueHandle:
        return QStringLiteral("handle");
    case TypeCode::Null:
        return QStringLiteral("null");
    case TypeCode::DataType:
        return QStringLiteral("data type");
    case TypeCode::Device:
        return QStringLiteral("device");
    case TypeCode::DLTensor:
        return QStringLiteral("DLTensor");
    case TypeCode::Module:
        return QStringLiteral("module");
    case TypeCode::PackedFunc:
        return QStringLiteral("function");
    case TypeCode::Str:
        return QStringLiteral("string");
    case TypeCode::Bytes:
        return QStringLiteral("bytes");
    case TypeCode::NDArray:
        return QStringLiteral("NDArray");
    }
    return QStringLiteral("type %1").arg(code);
}

QString rpcCodeName(qint32 code)
{
    static const char *const names[] = {"kNone",
                                        "kShutdown",
                                        "kInitServer",
                                        "kCallFunc",
                                        "kReturn",
                                        "kException",
                                        "kCopyFromRemote",
                                        "kCopyToRemote",
                                        "kCopyAck",
                                        "kGetGlobalFunc",
                                        "kFreeHandle",
                                        "kDevSetDevice",
                                        "kDevGetAttr",
                                        "kDevAllocData",
                                        "kDevFreeData",
                                        "kDevStreamSync",
                                        "kCopyAmongRemote",
                                        "kDevAllocDataWithScope"};
    if (code >= 0 && code < qint32(std::size(names)))
        return QLatin1String(names[code]);
    return QStringLiteral("code %1").arg(code);
}

qint64 DlTensor::byteSize() const
{
    qint64 elements = 1;
    for (const qint64 d : shape) {
        if (d < 0 || (d > 0 && elements > std::numeric_limits<qint64>::max() / d))
            return -1;
        elements *= d;
    }
    const qint64 bytesPerElement = (qint64(dtypeBits) * dtypeLanes + 7) / 8;
    if (bytesPerElement > 0 && elements > std::numeric_limits<qint64>::max() / bytesPerElement)
        return -1;
    return elements * bytesPerElement;
}

Value Value::integer(qint64 v)
{
    Value value;
    value.type = TypeCode::Int;
    value.i = v;
    return value;
}

Value Value::handle(TypeCode type, quint64 h)
{
    Value value;
    value.type = type;
    value.i = qint64(h);
    return value;
}

Value Value::str(const QByteArray &s)
{
    Value value;
    value.type = TypeCode::Str;
    value.bytes = s;
    return value;
}

Value Value::blob(const QByteArray &b)
{
    Value value;
    value.type = TypeCode::Bytes;
    value.bytes = b;
    return value;
}

Value Value::dlTensor(const DlTensor &t)
{
    Value value;
    value.type = TypeCode::DLTensor;
    value.tensor = t;
    return value;
}

Value Value::device(qint32 type, qint32 id)
{
    Value value;
    value.type = TypeCode::Device;
    value.deviceType = type;
    value.deviceId = id;
    return value;
}

Value Value::null()
{
    return Value{};
}

namespace MinRpc {

QByteArray packet(RpcCode code, QByteArrayView body)
{
    Writer w;
    w.put<quint64>(quint64(4 + body.size()));
    w.put<qint32>(qint32(code));
    w.raw(body);
    return w.out;
}

QByteArray encodeTensor(const DlTensor &tensor)
{
    Writer w;
    w.tensor(tensor);
    return w.out;
}

QByteArray packedSequence(const QList<Value> &values)
{
    Writer w;
    w.put<qint32>(qint32(values.size()));
    for (const Value &v : values)
        w.put<qint32>(qint32(v.type));
    for (const Value &v : values) {
        switch (v.type) {
        case TypeCode::Int:
        case TypeCode::UInt:
        case TypeCode::OpaqueHandle:
        case TypeCode::Module:
        case TypeCode::PackedFunc:
            w.put<qint64>(v.i);
            break;
        case TypeCode::Float:
            w.putDouble(v.f);
            break;
        case TypeCode::Null:
        case TypeCode::NDArray: // never on the wire
            break;
        case TypeCode::DataType:
            w.put<quint8>(v.dtypeCode);
            w.put<quint8>(v.dtypeBits);
            w.put<quint16>(v.dtypeLanes);
            w.put<qint32>(0);
            break;
        case TypeCode::Device:
            w.put<qint32>(v.deviceType);
            w.put<qint32>(v.deviceId);
            break;
        case TypeCode::DLTensor:
            w.tensor(v.tensor);
            break;
        case TypeCode::Str:
        case TypeCode::Bytes:
            w.put<quint64>(quint64(v.bytes.size()));
            w.raw(v.bytes);
            break;
        }
    }
    return w.out;
}

QByteArray syscall(RpcCode code, const QList<Value> &args)
{
    return packet(code, packedSequence(args));
}

QByteArray callFunc(quint64 function, const QList<Value> &args)
{
    Writer w;
    w.put<quint64>(function);
    w.raw(packedSequence(args));
    return packet(RpcCode::CallFunc, w.out);
}

QByteArray copyToRemote(const DlTensor &target, QByteArrayView data)
{
    Writer w;
    w.tensor(target);
    w.put<quint64>(quint64(data.size()));
    w.raw(data);
    return packet(RpcCode::CopyToRemote, w.out);
}

QByteArray copyFromRemote(const DlTensor &source, quint64 nbytes)
{
    Writer w;
    w.tensor(source);
    w.put<quint64>(nbytes);
    return packet(RpcCode::CopyFromRemote, w.out);
}

QByteArray initServer(QByteArrayView version)
{
    Writer w;
    w.put<quint64>(quint64(version.size()));
    w.raw(version);
    w.put<qint32>(0);
    return packet(RpcCode::InitServer, w.out);
}

QByteArray shutdown()
{
    return packet(RpcCode::Shutdown, {});
}

qsizetype copyOverhead(int ndim)
{
    return 4 + 32 + 8 * ndim + 8;
}

Result<QList<Value>> decodeSequence(QByteArrayView body, qsizetype *consumed)
{
    Reader r(body);
    QList<Value> values;
    if (!readSequence(r, &values))
        return fail(r.error());
    if (consumed)
        *consumed = r.pos();
    return values;
}

Result<Reply> decodeReply(QByteArrayView bytes)
{
    Reader r(bytes);
    quint64 length = 0;
    qint32 code = 0;
    if (!r.get(&length, "the packet length"))
        return fail(r.error());
    if (length != quint64(r.left())) {
        return fail(protocolError(
            Tr::tr("The device's reply says %1 bytes but carries %2.").arg(length).arg(r.left())));
    }
    if (!r.get(&code, "the packet code"))
        return fail(r.error());
    Reply reply;
    reply.code = RpcCode(code);
    switch (reply.code) {
    case RpcCode::Return:
        if (!readSequence(r, &reply.values))
            return fail(r.error());
        break;
    case RpcCode::Exception: {
        if (!readSequence(r, &reply.values))
            return fail(r.error());
        if (!reply.values.isEmpty() && reply.values.first().type == TypeCode::Str)
            reply.exception = QString::fromUtf8(reply.values.first().bytes);
        break;
    }
    case RpcCode::CopyAck:
        reply.data = r.rest().toByteArray();
        return reply;
    default:
        return fail(protocolError(
            Tr::tr("The device answered with %1, which is not a reply.").arg(rpcCodeName(code))));
    }
    if (r.left() != 0) {
        return fail(protocolError(
            Tr::tr("The device's reply has %1 bytes after its values.").arg(r.left())));
    }
    return reply;
}

Result<CallReturn> callReturn(const Reply &reply)
{
    const QList<Value> &v = reply.values;
    if (v.size() < 2 || v.size() > 3 || v[0].type != TypeCode::Int) {
        return fail(protocolError(
            Tr::tr("A function call's reply has %1 values; expected the return type and the "
                   "value.")
                .arg(v.size())));
    }
    CallReturn out;
    out.type = TypeCode(v[0].i);
    out.value = v[1];
    switch (out.type) {
    case TypeCode::Module:
    case TypeCode::PackedFunc:
        if (v[1].type != TypeCode::OpaqueHandle && v[1].type != out.type)
            break;
        out.value.type = out.type;
        return v.size() == 2 ? Result<CallReturn>(out)
                             : fail(protocolError(Tr::tr("A handle reply has 3 values.")));
    case TypeCode::NDArray:
        if (v.size() != 3 || v[1].type != TypeCode::DLTensor || v[2].type != TypeCode::OpaqueHandle)
            break;
        out.ndarrayHandle = v[2].asHandle();
        return out;
    default:
        if (v.size() == 2 && (v[1].type == out.type || out.type == TypeCode::Null))
            return out;
        break;
    }
    return fail(
        protocolError(Tr::tr("A function call's reply says it returns %1 but carries %2.")
                          .arg(typeCodeName(qint32(out.type)), typeCodeName(qint32(v[1].type)))));
}

} // namespace MinRpc

} // namespace TinyDeploy::MicroTvm
