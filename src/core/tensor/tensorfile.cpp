#include "tensorfile.h"
#include "tensortr.h"

#include <QFile>

namespace TinyDeploy::Tensor {

Result<QByteArray> readTensorFile(const QString &path,
                                  const std::function<Result<void>(qint64 size)> &checkSize)
{
    QFile file(path);
    if (!file.exists()) {
        return fail(ErrorCode::NotFound,
                    Tr::tr("The file does not exist."),
                    path,
                    Tr::tr("Check the path."));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Io,
                    Tr::tr("The file cannot be opened: %1").arg(file.errorString()),
                    path);
    }
    if (Result<void> accepted = checkSize(file.size()); !accepted)
        return fail(accepted.error());
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return fail(ErrorCode::Io,
                    Tr::tr("The file cannot be read: %1").arg(file.errorString()),
                    path);
    }
    return bytes;
}

std::function<Result<void>(qint64)> atMost(qint64 maximum, const QString &path)
{
    return [maximum, path](qint64 size) -> Result<void> {
        if (size > maximum) {
            return fail(ErrorCode::LimitExceeded,
                        Tr::tr("The file is %1 bytes; at most %2 bytes are accepted.")
                            .arg(size)
                            .arg(maximum),
                        path);
        }
        return ok();
    };
}

} // namespace TinyDeploy::Tensor
