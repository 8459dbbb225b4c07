#include "format.h"

#include <QCoreApplication>
#include <QStringList>

namespace TinyDeploy {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TinyDeploy::Format)
};
} // namespace

QString formatBytes(qint64 bytes)
{
    if (bytes < 0)
        return Tr::tr("unknown");
    if (bytes < 1024)
        return Tr::tr("%1 B").arg(bytes);
    static const char *const units[] = {"KiB", "MiB", "GiB", "TiB"};
    double value = double(bytes) / 1024.0;
    int unit = 0;
    while (value >= 1024.0 && unit < 3) {
        value /= 1024.0;
        ++unit;
    }
    return QStringLiteral("%1 %2").arg(value, 0, 'f', 1).arg(QLatin1String(units[unit]));
}

QString formatShape(const QList<qint64> &shape)
{
    if (shape.isEmpty())
        return QStringLiteral("?");
    QStringList dims;
    dims.reserve(shape.size());
    for (const qint64 dim : shape)
        dims << QString::number(dim);
    return QLatin1Char('[') + dims.join(QStringLiteral(", ")) + QLatin1Char(']');
}

} // namespace TinyDeploy
