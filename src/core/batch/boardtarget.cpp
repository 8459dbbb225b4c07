#include "boardtarget.h"
#include "batchtr.h"

#include <QRegularExpression>

namespace TinyDeploy::Batch {

QString BoardTarget::identity() const
{
    if (isReal())
        return serialNumber.isEmpty() ? port : serialNumber;
    return Tr::tr("emulated %1").arg(index + 1);
}

QString BoardTarget::displayName() const
{
    return label.isEmpty() ? identity() : label;
}

QString BoardTarget::folderName() const
{
    QString suffix = isReal() ? serialNumber.left(16) : QStringLiteral("emulated");
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_-]"));
    suffix.replace(unsafe, QStringLiteral("_"));
    if (suffix.isEmpty())
        suffix = QStringLiteral("board");
    return QStringLiteral("%1-%2").arg(index + 1, 2, 10, QLatin1Char('0')).arg(suffix);
}

QList<BoardTarget> emulatedTargets(int count)
{
    QList<BoardTarget> targets;
    for (int i = 0; i < count; ++i) {
        BoardTarget target;
        target.kind = BoardTarget::Kind::Emulated;
        target.index = i;
        targets.append(target);
    }
    return targets;
}

} // namespace TinyDeploy::Batch
