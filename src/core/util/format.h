#pragma once

#include <QList>
#include <QString>

namespace TinyDeploy {

/// "812 B", "3.4 KiB", "12.0 MiB": binary units, one decimal above 1 KiB; "unknown" for < 0.
QString formatBytes(qint64 bytes);

/// "[1, 8, 8, 1]"; "?" when the shape is unknown (empty).
QString formatShape(const QList<qint64> &shape);

} // namespace TinyDeploy
