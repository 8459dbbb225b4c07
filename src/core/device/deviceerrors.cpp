#include "deviceerrors.h"

#include "devicetr.h"
#include "protocol.h"

namespace TinyDeploy::Device::DeviceErrors {

namespace {

QString seconds(std::chrono::milliseconds ms)
{
    return QString::number(double(ms.count()) / 1000.0, 'g', 3);
}

QString rebuildForProtocolHint()
{
    return Tr::tr("The firmware may speak another version of the device protocol: rebuild and "
                  "flash it with this version's templates.");
}

QString modelCodeFailedHint()
{
    return Tr::tr("The model's code returned an error on the device: check that the inputs are "
                  "valid for the model and that the build is for this board.");
}

QString deviceErrorHint(quint16 code)
{
    switch (DeviceErrorCode(code)) {
    case DeviceErrorCode::BadCrc:
    case DeviceErrorCode::Truncated:
        return Tr::tr("Bytes were lost or corrupted on the way to the device: check the cable "
                      "and the baud rate, then try again.");
    case DeviceErrorCode::BadTensor:
    case DeviceErrorCode::OutOfRange:
        return Tr::tr("The firmware was built for another model: rebuild and flash it for this "
                      "model.");
    case DeviceErrorCode::InitFailed:
        return Tr::tr("The model could not initialize on the device (for example, too little "
                      "workspace memory): check the build log and the board's RAM.");
    case DeviceErrorCode::ModelFailed:
        return modelCodeFailedHint();
    default:
        return rebuildForProtocolHint();
    }
}

} // namespace

Error busy(const QString &link)
{
    return makeError(ErrorCode::InvalidArgument,
                     Tr::tr("The device session is busy with another request."),
                     link,
                     Tr::tr("Wait for the current request to finish, or cancel it."));
}

Error linkNotOpen(const QString &link)
{
    return makeError(ErrorCode::DeviceDisconnected,
                     Tr::tr("The serial link to the device is not open."),
                     link,
                     Tr::tr("Connect to the device first."));
}

Error badRunCount(quint32 runs)
{
    return makeError(ErrorCode::InvalidArgument,
                     Tr::tr("The number of runs must be 1 to %1, not %2.")
                         .arg(Protocol::MaxRuns)
                         .arg(runs));
}

Error cancelled(const QString &link)
{
    return makeError(ErrorCode::Cancelled, Tr::tr("The request to the device was cancelled."), link);
}

Error timeout(const TimeoutContext &context, const QString &link)
{
    QString message;
    switch (context.phase) {
    case TimeoutContext::Phase::Hello:
        message = Tr::tr("The device did not answer HELLO within %1 s.")
                      .arg(seconds(context.timeout));
        break;
    case TimeoutContext::Phase::Upload:
        message = Tr::tr("The device did not acknowledge input %1 (bytes up to %2) within %3 s.")
                      .arg(context.uploadTensor)
                      .arg(context.chunkEnd)
                      .arg(seconds(context.timeout));
        break;
    case TimeoutContext::Phase::Run:
        message = Tr::tr("The device sent nothing for %1 s while running the model (%2 of %3 "
                         "runs reported).")
                      .arg(seconds(context.timeout))
                      .arg(context.runsReported)
                      .arg(context.runs);
        break;
    }
    const QString details = Tr::tr("Sent %1 bytes, received %2 bytes; %3 received bytes were not "
                                   "valid frames.")
                                .arg(context.bytesSent)
                                .arg(context.bytesReceived)
                                .arg(context.droppedBytes);
    return makeError(ErrorCode::Timeout,
                     message,
                     link,
                     context.droppedBytes > 0
                         ? Tr::tr("The device sends bytes that are not TinyDeploy frames: check "
                                  "the baud rate and that the board runs TinyDeploy firmware.")
                         : Tr::tr("Check that the board runs TinyDeploy firmware and is on this "
                                  "port; reset it and try again. For long models, raise the run "
                                  "timeout."),
                     details);
}

Error inputCountMismatch(const DeviceHello &info, qsizetype given)
{
    return makeError(ErrorCode::InvalidArgument,
                     Tr::tr("The model on the device takes %n input(s), not %1.",
                            nullptr,
                            int(info.inputs.size()))
                         .arg(given),
                     Tr::tr("model %1").arg(info.model),
                     Tr::tr("Give one input per model input, in the model's order."));
}

Error inputSizeMismatch(const TensorInfo &input, int index, qsizetype given)
{
    return makeError(ErrorCode::InvalidArgument,
                     Tr::tr("Input %1 ('%2', %3) needs %4 bytes, but %5 bytes were given.")
                         .arg(index)
                         .arg(input.name, input.dtype())
                         .arg(input.bytes)
                         .arg(given),
                     Tr::tr("input %1 ('%2')").arg(index).arg(input.name),
                     Tr::tr("Check the input's shape and dtype against the model, or rebuild the "
                            "firmware for this model."));
}

Error unexpectedFrame(const QString &request,
                      quint8 frameType,
                      QByteArrayView payload,
                      const QString &link)
{
    return makeError(ErrorCode::DeviceProtocol,
                     Tr::tr("The device answered %1 with an unexpected %2 frame.")
                         .arg(request, messageTypeName(frameType)),
                     link,
                     rebuildForProtocolHint(),
                     QString::fromLatin1(payload.first(qMin<qsizetype>(64, payload.size()))
                                             .toByteArray()
                                             .toHex(' ')));
}

Error deviceError(const DeviceErrorFrame &frame, const QString &link)
{
    return makeError(ErrorCode::DeviceError,
                     Tr::tr("The device reported an error: %1.").arg(frame.message),
                     link,
                     deviceErrorHint(frame.code),
                     Tr::tr("device error %1 (%2)").arg(frame.code).arg(frame.codeName()));
}

Error protocolViolation(const QString &message, const QString &link)
{
    return makeError(ErrorCode::DeviceProtocol,
                     message,
                     link,
                     Tr::tr("Try again; if it persists, rebuild and flash the firmware."));
}

Error protocolViolation(const QString &message, quint64 crcErrors, const QString &link)
{
    if (crcErrors == 0)
        return protocolViolation(message, link);
    return makeError(ErrorCode::DeviceProtocol,
                     message + QLatin1Char(' ')
                         + Tr::tr("%n frame(s) from the device failed the CRC check and were lost.",
                                  nullptr,
                                  int(qMin<quint64>(crcErrors, 1000000))),
                     link,
                     Tr::tr("Check the cable and the baud rate (the line is noisy), then try "
                            "again."));
}

Error inputAckMismatch(
    quint32 ackedBytes, int ackedTensor, quint32 sentEnd, int sentTensor, const QString &link)
{
    return protocolViolation(Tr::tr("The device acknowledged %1 bytes of input %2, but %3 bytes "
                                    "of input %4 were sent.")
                                 .arg(ackedBytes)
                                 .arg(ackedTensor)
                                 .arg(sentEnd)
                                 .arg(sentTensor),
                             link);
}

Error modelFailed(const QString &message, qint32 status, quint32 runsCompleted, const QString &link)
{
    return makeError(ErrorCode::DeviceError,
                     Tr::tr("The model failed on the device: %1.").arg(message),
                     link,
                     modelCodeFailedHint(),
                     Tr::tr("status %1 after %2 successful runs").arg(status).arg(runsCompleted));
}

} // namespace TinyDeploy::Device::DeviceErrors
