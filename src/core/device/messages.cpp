#include "messages.h"

#include "devicetr.h"

#include <QStringDecoder>
#include <QStringList>
#include <QtEndian>

namespace TinyDeploy::Device {

namespace {

QString protocolHint()
{
    return Tr::tr("The firmware and TinyDeploy may speak different versions of the device "
                  "protocol: rebuild and flash the firmware with this version's templates.");
}

QString hexDump(QByteArrayView payload)
{
    constexpr qsizetype shown = 64;
    QString text = QString::fromLatin1(
        payload.first(qMin(shown, payload.size())).toByteArray().toHex(' '));
    if (payload.size() > shown)
        text += Tr::tr(" … (%n bytes in all)", nullptr, int(payload.size()));
    return Tr::tr("payload: %1").arg(text.isEmpty() ? Tr::tr("(empty)") : text);
}

/// Reads a payload front to back; after the first failure every read returns zero and the
/// first error is kept, so decoders read all fields and check once at the end.
class PayloadReader
{
public:
    PayloadReader(QByteArrayView payload, MessageType type)
        : m_payload(payload)
        , m_message(messageTypeName(quint8(type)))
    {}

    template<typename T>
    T read(const QString &field)
    {
        if (m_error || !require(qsizetype(sizeof(T)), field))
            return T{};
        const T value = qFromLittleEndian<T>(m_payload.data() + m_pos);
        m_pos += qsizetype(sizeof(T));
        return value;
    }

    quint8 u8(const QString &field) { return read<quint8>(field); }
    quint16 u16(const QString &field) { return read<quint16>(field); }
    quint32 u32(const QString &field) { return read<quint32>(field); }
    qint32 i32(const QString &field) { return read<qint32>(field); }
    quint64 u64(const QString &field) { return read<quint64>(field); }

    void skip(qsizetype n, const QString &field)
    {
        if (!m_error && require(n, field))
            m_pos += n;
    }

    /// A u8-length-prefixed UTF-8 string; invalid UTF-8 is an error.
    QString string(const QString &field)
    {
        const quint8 length = u8(field);
        if (m_error || !require(length, field))
            return {};
        const QByteArrayView bytes = m_payload.sliced(m_pos, length);
        m_pos += length;
        // ConvertInitialBom: a leading U+FEFF is part of the name, not a marker to drop.
        QStringDecoder decoder(QStringDecoder::Utf8,
                               QStringDecoder::Flag::Stateless
                                   | QStringDecoder::Flag::ConvertInitialBom);
        QString text = decoder(bytes);
        if (decoder.hasError())
            invalid(field,
                    Tr::tr("The %1 message from the device has text that is not valid "
                           "UTF-8 in %2.")
                        .arg(m_message, field));
        return text;
    }

    QByteArrayView rest()
    {
        if (m_error)
            return {};
        const QByteArrayView r = m_payload.sliced(m_pos);
        m_pos = m_payload.size();
        return r;
    }

    qsizetype remaining() const { return m_payload.size() - m_pos; }
    bool failed() const { return m_error.has_value(); }

    void invalid(const QString &field, const QString &message)
    {
        if (!m_error)
            m_error = makeError(ErrorCode::DeviceProtocol,
                                message,
                                m_message + QLatin1Char('.') + field,
                                protocolHint(),
                                hexDump(m_payload));
    }

    /// Success, or the first error, or an error about bytes after the last field.
    Result<void> finish()
    {
        if (!m_error && m_pos != m_payload.size()) {
            const int extra = int(m_payload.size() - m_pos);
            m_error = makeError(ErrorCode::DeviceProtocol,
                                Tr::tr("The %1 message has %n unexpected byte(s) after its last "
                                       "field.",
                                       nullptr,
                                       extra)
                                    .arg(m_message),
                                m_message,
                                protocolHint(),
                                hexDump(m_payload));
        }
        if (m_error)
            return fail(*m_error);
        return ok();
    }

private:
    bool require(qsizetype n, const QString &field)
    {
        if (n <= remaining())
            return true;
        invalid(field,
                Tr::tr("The %1 message is too short: it ends inside %2 (%n byte(s) in all).",
                       nullptr,
                       int(m_payload.size()))
                    .arg(m_message, field));
        return false;
    }

    QByteArrayView m_payload;
    QString m_message;
    qsizetype m_pos = 0;
    std::optional<Error> m_error;
};

class PayloadWriter
{
public:
    template<typename T>
    PayloadWriter &put(T value)
    {
        char bytes[sizeof(T)];
        qToLittleEndian<T>(value, bytes);
        m_data.append(bytes, qsizetype(sizeof(T)));
        return *this;
    }

    /// u8 length + UTF-8, cut to 255 bytes on a character boundary.
    PayloadWriter &string(const QString &text)
    {
        QByteArray utf8 = text.toUtf8();
        qsizetype length = qMin<qsizetype>(utf8.size(), 255);
        while (length > 0 && length < utf8.size() && (quint8(utf8.at(length)) & 0xC0) == 0x80)
            --length;
        put<quint8>(quint8(length));
        m_data.append(utf8.first(length));
        return *this;
    }

    PayloadWriter &bytes(QByteArrayView data)
    {
        m_data.append(data);
        return *this;
    }

    QByteArray take() { return std::move(m_data); }

private:
    QByteArray m_data;
};

QString field(const char *name)
{
    return QString::fromLatin1(name);
}

QString indexed(const QString &base, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(base).arg(index);
}

void readTensor(PayloadReader &r, const QString &base, TensorInfo &t)
{
    t.name = r.string(base + QStringLiteral(".name"));
    t.dtypeCode = r.u8(base + QStringLiteral(".dtype_code"));
    t.dtypeBits = r.u8(base + QStringLiteral(".dtype_bits"));
    const quint8 ndim = r.u8(base + QStringLiteral(".ndim"));
    if (r.failed())
        return;
    if (t.dtypeCode != 0 && t.dtypeCode != 1 && t.dtypeCode != 2 && t.dtypeCode != 4)
        r.invalid(base + QStringLiteral(".dtype_code"),
                  Tr::tr("The device announces tensor '%1' with the unknown dtype code %2 "
                         "(known: 0 int, 1 uint, 2 float, 4 bfloat).")
                      .arg(t.name)
                      .arg(t.dtypeCode));
    if (t.dtypeBits != 1 && t.dtypeBits != 8 && t.dtypeBits != 16 && t.dtypeBits != 32
        && t.dtypeBits != 64)
        r.invalid(base + QStringLiteral(".dtype_bits"),
                  Tr::tr("The device announces tensor '%1' with %2-bit elements; only 1, 8, 16, "
                         "32 and 64 bits are possible.")
                      .arg(t.name)
                      .arg(t.dtypeBits));
    if (ndim > Protocol::MaxNdim)
        r.invalid(base + QStringLiteral(".ndim"),
                  Tr::tr("The device announces tensor '%1' with %2 dimensions; at most %3 are "
                         "possible.")
                      .arg(t.name)
                      .arg(ndim)
                      .arg(Protocol::MaxNdim));
    if (r.failed())
        return;
    quint64 elements = 1;
    for (int i = 0; i < ndim; ++i) {
        const QString dimField = indexed(base + QStringLiteral(".shape"), i);
        const qint32 dim = r.i32(dimField);
        if (!r.failed() && dim < 0)
            r.invalid(dimField,
                      Tr::tr("The device announces tensor '%1' with the negative dimension %2.")
                          .arg(t.name)
                          .arg(dim));
        t.shape.append(dim);
        elements = qMin<quint64>(elements * quint64(qMax(dim, 0)), Q_UINT64_C(1) << 40);
    }
    t.bytes = r.u32(base + QStringLiteral(".bytes"));
    if (r.failed() || ndim == 0)
        return;
    const quint64 expected = elements * ((t.dtypeBits + 7u) / 8u);
    if (expected != t.bytes) {
        QStringList dims;
        for (const qint32 dim : std::as_const(t.shape))
            dims.append(QString::number(dim));
        r.invalid(base + QStringLiteral(".bytes"),
                  Tr::tr("The device announces tensor '%1' (%2, shape [%3]) with %4 bytes; the "
                         "shape needs %5.")
                      .arg(t.name, t.dtype(), dims.join(QStringLiteral(", ")))
                      .arg(t.bytes)
                      .arg(expected));
    }
}

void writeTensor(PayloadWriter &w, const TensorInfo &t)
{
    w.string(t.name).put<quint8>(t.dtypeCode).put<quint8>(t.dtypeBits);
    w.put<quint8>(quint8(t.shape.size()));
    for (const qint32 dim : t.shape)
        w.put<qint32>(dim);
    w.put<quint32>(t.bytes);
}

QString decodeLenient(QByteArrayView bytes)
{
    return QString::fromUtf8(bytes);
}

} // namespace

QString TensorInfo::dtype() const
{
    switch (dtypeCode) {
    case 0:
        return QStringLiteral("int%1").arg(dtypeBits);
    case 1:
        return dtypeBits == 1 ? QStringLiteral("bool") : QStringLiteral("uint%1").arg(dtypeBits);
    case 2:
        return QStringLiteral("float%1").arg(dtypeBits);
    case 4:
        return QStringLiteral("bfloat%1").arg(dtypeBits);
    }
    return QStringLiteral("dtype%1_%2").arg(dtypeCode).arg(dtypeBits);
}

QByteArray DeviceHello::encode() const
{
    PayloadWriter w;
    w.put<quint8>(protocolVersion).put<quint8>(flags).put<quint16>(maxPayload).put<quint32>(cyclesHz);
    w.string(firmware).string(board).string(model).string(entryPoint);
    w.put<quint32>(workspaceBytes);
    w.put<quint8>(quint8(inputs.size())).put<quint8>(quint8(outputs.size()));
    for (const TensorInfo &t : inputs)
        writeTensor(w, t);
    for (const TensorInfo &t : outputs)
        writeTensor(w, t);
    return w.take();
}

Result<DeviceHello> DeviceHello::decode(QByteArrayView payload)
{
    PayloadReader r(payload, MessageType::HelloReply);
    DeviceHello h;
    h.protocolVersion = r.u8(field("protocol_version"));
    if (!r.failed() && h.protocolVersion != Protocol::Version) {
        return fail(ErrorCode::DeviceProtocol,
                    Tr::tr("The device speaks version %1 of the device protocol; this TinyDeploy "
                           "speaks version %2.")
                        .arg(h.protocolVersion)
                        .arg(Protocol::Version),
                    QStringLiteral("HELLO_REPLY.protocol_version"),
                    Tr::tr("Rebuild and flash the firmware with the templates of this TinyDeploy, "
                           "or update TinyDeploy."),
                    hexDump(payload));
    }
    h.flags = r.u8(field("flags"));
    h.maxPayload = r.u16(field("max_payload"));
    if (!r.failed() && h.maxPayload < Protocol::MinMaxPayload)
        r.invalid(field("max_payload"),
                  Tr::tr("The device announces a maximum payload of %1 bytes; the protocol needs "
                         "at least %2.")
                      .arg(h.maxPayload)
                      .arg(Protocol::MinMaxPayload));
    h.cyclesHz = r.u32(field("cycles_hz"));
    h.firmware = r.string(field("firmware"));
    h.board = r.string(field("board"));
    h.model = r.string(field("model"));
    h.entryPoint = r.string(field("entry_point"));
    h.workspaceBytes = r.u32(field("workspace_bytes"));
    const quint8 numInputs = r.u8(field("num_inputs"));
    const quint8 numOutputs = r.u8(field("num_outputs"));
    if (!r.failed() && (numInputs > Protocol::MaxTensors || numOutputs > Protocol::MaxTensors))
        r.invalid(numInputs > Protocol::MaxTensors ? field("num_inputs") : field("num_outputs"),
                  Tr::tr("The device announces %1 inputs and %2 outputs; at most %3 of each are "
                         "possible.")
                      .arg(numInputs)
                      .arg(numOutputs)
                      .arg(Protocol::MaxTensors));
    for (int i = 0; i < numInputs && !r.failed(); ++i)
        readTensor(r, indexed(field("inputs"), i), h.inputs.emplace_back());
    for (int i = 0; i < numOutputs && !r.failed(); ++i)
        readTensor(r, indexed(field("outputs"), i), h.outputs.emplace_back());
    if (auto done = r.finish(); !done)
        return fail(done.error());
    return h;
}

QByteArray TensorChunk::encode() const
{
    PayloadWriter w;
    w.put<quint8>(tensor).put<quint8>(0).put<quint16>(0).put<quint32>(offset).bytes(data);
    return w.take();
}

Result<TensorChunk> TensorChunk::decode(QByteArrayView payload, MessageType type)
{
    PayloadReader r(payload, type);
    TensorChunk c;
    c.tensor = r.u8(field("tensor"));
    r.skip(3, field("reserved"));
    c.offset = r.u32(field("offset"));
    if (!r.failed() && r.remaining() == 0)
        r.invalid(field("data"),
                  Tr::tr("The %1 message carries no data.").arg(messageTypeName(quint8(type))));
    c.data = r.rest().toByteArray();
    if (auto done = r.finish(); !done)
        return fail(done.error());
    return c;
}

QByteArray InputAck::encode() const
{
    PayloadWriter w;
    w.put<quint8>(tensor).put<quint8>(0).put<quint16>(0).put<quint32>(bytesReceived);
    return w.take();
}

Result<InputAck> InputAck::decode(QByteArrayView payload)
{
    PayloadReader r(payload, MessageType::InputAck);
    InputAck a;
    a.tensor = r.u8(field("tensor"));
    r.skip(3, field("reserved"));
    a.bytesReceived = r.u32(field("bytes_received"));
    if (auto done = r.finish(); !done)
        return fail(done.error());
    return a;
}

QByteArray RunRequest::encode() const
{
    PayloadWriter w;
    w.put<quint32>(runs);
    return w.take();
}

Result<RunRequest> RunRequest::decode(QByteArrayView payload)
{
    PayloadReader r(payload, MessageType::Run);
    RunRequest q;
    q.runs = r.u32(field("runs"));
    if (!r.failed() && (q.runs == 0 || q.runs > Protocol::MaxRuns))
        r.invalid(field("runs"),
                  Tr::tr("The number of runs must be 1 to %1, not %2.")
                      .arg(Protocol::MaxRuns)
                      .arg(q.runs));
    if (auto done = r.finish(); !done)
        return fail(done.error());
    return q;
}

QByteArray RunDone::encode() const
{
    PayloadWriter w;
    w.put<qint32>(status).put<quint32>(runsCompleted);
    return w.take();
}

Result<RunDone> RunDone::decode(QByteArrayView payload)
{
    PayloadReader r(payload, MessageType::RunDone);
    RunDone d;
    d.status = r.i32(field("status"));
    d.runsCompleted = r.u32(field("runs_completed"));
    if (auto done = r.finish(); !done)
        return fail(done.error());
    return d;
}

QByteArray Timing::encode() const
{
    PayloadWriter w;
    w.put<quint32>(firstRun).put<quint16>(quint16(runs.size())).put<quint16>(0);
    for (const RunLatency &run : runs)
        w.put<quint64>(run.cycles).put<quint32>(run.microseconds);
    return w.take();
}

Result<Timing> Timing::decode(QByteArrayView payload)
{
    PayloadReader r(payload, MessageType::Timing);
    Timing t;
    t.firstRun = r.u32(field("first_run"));
    const quint16 count = r.u16(field("count"));
    r.skip(2, field("reserved"));
    if (!r.failed() && r.remaining() != qsizetype(count) * Protocol::TimingEntrySize)
        r.invalid(field("runs"),
                  Tr::tr("The TIMING message announces %1 runs but carries %2 bytes of "
                         "latencies; each run takes %3.")
                      .arg(count)
                      .arg(r.remaining())
                      .arg(Protocol::TimingEntrySize));
    for (int i = 0; i < count && !r.failed(); ++i) {
        RunLatency run;
        run.cycles = r.u64(indexed(field("runs"), i) + QStringLiteral(".cycles"));
        run.microseconds = r.u32(indexed(field("runs"), i) + QStringLiteral(".microseconds"));
        t.runs.append(run);
    }
    if (auto done = r.finish(); !done)
        return fail(done.error());
    return t;
}

QByteArray LogMessage::encode() const
{
    return text.toUtf8();
}

Result<LogMessage> LogMessage::decode(QByteArrayView payload)
{
    // Log text is for people: a broken byte must not cost the rest of the message.
    return LogMessage{decodeLenient(payload)};
}

QByteArray DeviceErrorFrame::encode() const
{
    PayloadWriter w;
    w.put<quint16>(code).put<quint16>(0).bytes(message.toUtf8());
    return w.take();
}

Result<DeviceErrorFrame> DeviceErrorFrame::decode(QByteArrayView payload)
{
    PayloadReader r(payload, MessageType::Error);
    DeviceErrorFrame e;
    e.code = r.u16(field("code"));
    r.skip(2, field("reserved"));
    e.message = decodeLenient(r.rest());
    if (auto done = r.finish(); !done)
        return fail(done.error());
    return e;
}

} // namespace TinyDeploy::Device
