#include "installpaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace TinyDeploy::InstallPaths {

namespace {

QStringList relativeCandidates(Data data)
{
    switch (data) {
    case Data::Templates:
        return {QStringLiteral("../firmware_templates"),
                QStringLiteral("../share/tinydeploy/firmware_templates")};
    case Data::Samples:
        return {QStringLiteral("../samples"), QStringLiteral("../share/tinydeploy/samples")};
    case Data::Plugins:
        return {QStringLiteral("../lib/tinydeploy/plugins")};
    }
    return {};
}

QString applicationDir()
{
    return QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QString();
}

} // namespace

QStringList candidates(Data data, const QString &applicationDir)
{
    const QDir dir(QDir(applicationDir).absolutePath());
    QStringList result;
    const QStringList relatives = relativeCandidates(data);
    for (const QString &relative : relatives)
        result.append(QDir::cleanPath(dir.filePath(relative)));
    return result;
}

QStringList existing(Data data, const QString &applicationDir)
{
    QStringList result;
    const QStringList all = candidates(data, applicationDir);
    for (const QString &candidate : all) {
        if (QFileInfo(candidate).isDir())
            result.append(candidate);
    }
    return result;
}

QString find(Data data)
{
    const QString dir = applicationDir();
    if (dir.isEmpty())
        return {};
    const QStringList found = existing(data, dir);
    return found.isEmpty() ? QString() : found.constFirst();
}

QStringList candidates(Data data)
{
    const QString dir = applicationDir();
    return dir.isEmpty() ? QStringList() : candidates(data, dir);
}

} // namespace TinyDeploy::InstallPaths
