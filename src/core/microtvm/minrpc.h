#pragma once

#include <util/error.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace TinyDeploy::MicroTvm {

/// RPC packet codes (spec 3.2).
enum class RpcCode : qint32 {
    None = 0,
    Shutdown = 1,
    InitServer = 2,
    CallFunc = 3,
    Return = 4,
    Exception = 5,
    CopyFromRemote = 6,
    CopyToRemote = 7,
    CopyAck = 8,
    GetGlobalFunc = 9,
    FreeHandle = 10,
    DevSetDevice = 11,
    DevGetAttr = 12,
    DevAllocData = 13,
    DevFreeData = 14,
    DevStreamSync = 15,
    CopyAmongRemote = 16,
    DevAllocDataWithScope = 17,
};

/// Argument type codes (spec 3.3). Booleans are always sent as Int (never 15, which the CRT
/// of TVM 0.13 does not understand and hangs on).
enum class TypeCode : qint32 {
    Int = 0,
    UInt = 1,
    Float = 2,
    OpaqueHandle = 3,
    Null = 4,
    DataType = 5,
    Device = 6,
    DLTensor = 7,
    Module = 9,
    PackedFunc = 10,
    Str = 11,
    Bytes = 12,
    NDArray = 13,
};

/// "kTVMStr"-style names for messages.
QString typeCodeName(qint32 code);
QString rpcCodeName(qint32 code);

/// A DLTensor as it travels (spec 3.3): 32 + 8 * ndim bytes, no strides.
struct DlTensor
{
    quint64 data = 0;
    qint32 deviceType = 1; ///< kDLCPU
    qint32 deviceId = 0;
    quint8 dtypeCode = 2;
    quint8 dtypeBits = 32;
    quint16 dtypeLanes = 1;
    QList<qint64> shape;
    quint64 byteOffset = 0;

    /// Bytes of the whole tensor; -1 for a negative or overflowing shape.
    qint64 byteSize() const;
    qsizetype wireSize() const { return 32 + 8 * shape.size(); }
    bool operator==(const DlTensor &) const = default;
};

/// One value of a packed argument sequence.
struct Value
{
    TypeCode type = TypeCode::Null;
    qint64 i = 0;                        ///< Int, UInt (bit pattern), handles (bit pattern)
    double f = 0;                        ///< Float
    QByteArray bytes;                    ///< Str, Bytes
    DlTensor tensor;                     ///< DLTensor
    qint32 deviceType = 1, deviceId = 0; ///< Device
    quint8 dtypeCode = 0, dtypeBits = 0; ///< DataType
    quint16 dtypeLanes = 0;

    static Value integer(qint64 v);
    static Value handle(TypeCode type, quint64 h);
    static Value str(const QByteArray &s);
    static Value blob(const QByteArray &b);
    static Value dlTensor(const DlTensor &t);
    static Value device(qint32 type = 1, qint32 id = 0);
    static Value null();
    quint64 asHandle() const { return quint64(i); }
    bool operator==(const Value &) const = default;
};

/// What a kCallFunc returned, after the two/three-value rule (spec 3.5).
struct CallReturn
{
    TypeCode type = TypeCode::Null; ///< The real type: Null, Int, Float, Module, PackedFunc,
                                    ///< NDArray, Str, Bytes, OpaqueHandle.
    Value value;                    ///< The value (for NDArray: the DLTensor).
    quint64 ndarrayHandle = 0;      ///< NDArray: what kFreeHandle(…, 13) takes.
};

/// A decoded device-to-host packet.
struct Reply
{
    RpcCode code = RpcCode::None;
    QList<Value> values; ///< Return: the packed sequence.
    QByteArray data;     ///< CopyAck: the raw bytes.
    QString exception;   ///< Exception: the text (may be empty on the CRT).
};

/// Encoders and decoders of minRPC packets (spec 3). Pure; every decoder is bounds-checked and
/// fails with DeviceProtocol naming the field instead of reading past the end.
namespace MinRpc {

/// u64 length + i32 code before every packet.
inline constexpr qsizetype PacketHeader = 12;

QByteArray packet(RpcCode code, QByteArrayView body);
QByteArray packedSequence(const QList<Value> &values);
QByteArray encodeTensor(const DlTensor &tensor);

QByteArray syscall(RpcCode code, const QList<Value> &args);
QByteArray callFunc(quint64 function, const QList<Value> &args);
QByteArray copyToRemote(const DlTensor &target, QByteArrayView data);
QByteArray copyFromRemote(const DlTensor &source, quint64 nbytes);
QByteArray initServer(QByteArrayView version = "0.8.0");
QByteArray shutdown();
/// Bytes a kCopyToRemote adds to its data for a tensor of @p ndim dimensions, after the u64
/// length prefix (what TVM subtracts from GetCRTMaxPacketSize to size a chunk).
qsizetype copyOverhead(int ndim);

/// Decodes a whole packet (with its u64 length).
Result<Reply> decodeReply(QByteArrayView packet);
/// Applies the two/three-value rule of kCallFunc returns.
Result<CallReturn> callReturn(const Reply &reply);
/// A packed sequence (for tests and fakes: the device side of the codec).
Result<QList<Value>> decodeSequence(QByteArrayView body, qsizetype *consumed = nullptr);

} // namespace MinRpc

} // namespace TinyDeploy::MicroTvm
