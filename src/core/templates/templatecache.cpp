#include "templatecache.h"
#include "templateslogging.h"
#include "templatestr.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace TinyDeploy::Templates {

namespace {

constexpr int cacheFormatVersion = 1;
// The shared folder of our templates is small; the cap keeps a stray huge folder cheap.
constexpr int maxCommonEntries = 2000;

const QString entriesKey = QStringLiteral("entries");
const QString versionKey = QStringLiteral("version");
const QString keyKey = QStringLiteral("key");
const QString infoKey = QStringLiteral("serverInfo");
const QString storedKey = QStringLiteral("stored");

QByteArray describe(const QString &relative, const QFileInfo &info)
{
    return relative.toUtf8() + '\t' + (info.isDir() ? "d" : "f") + '\t'
           + QByteArray::number(info.isDir() ? 0 : info.size()) + '\t'
           + QByteArray::number(info.lastModified().toMSecsSinceEpoch()) + '\n';
}

} // namespace

TemplateCache::TemplateCache(const QString &fileName)
    : m_fileName(fileName)
{
    if (m_fileName.isEmpty()) {
        m_fileName = QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
                     + QStringLiteral("/template-info.json");
    }
    QFile file(m_fileName);
    if (!file.open(QIODevice::ReadOnly))
        return;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()
        || document.object().value(versionKey).toInt() != cacheFormatVersion) {
        qCWarning(lcTemplates) << "ignoring unreadable template cache" << m_fileName;
        return;
    }
    m_entries = document.object().value(entriesKey).toObject();
}

QString TemplateCache::fingerprint(const QString &templateDir)
{
    const QDir dir(templateDir);
    QList<QByteArray> lines;
    const QFileInfoList top = dir.entryInfoList(QDir::AllEntries | QDir::Hidden
                                                    | QDir::NoDotAndDotDot,
                                                QDir::Name);
    for (const QFileInfo &info : top)
        lines.append(describe(info.fileName(), info));

    // Our templates import the Project API library from ../common; a change there changes
    // what the server answers.
    const QString common = QDir::cleanPath(dir.filePath(QStringLiteral("../common")));
    if (QFileInfo(common).isDir()) {
        QDirIterator it(common,
                        QDir::AllEntries | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        int count = 0;
        while (it.hasNext() && count++ < maxCommonEntries) {
            it.next();
            if (it.fileInfo().fileName() == QLatin1String("__pycache__")
                || it.filePath().contains(QLatin1String("/__pycache__/")))
                continue;
            lines.append(describe(QStringLiteral("../common/")
                                      + QDir(common).relativeFilePath(it.filePath()),
                                  it.fileInfo()));
        }
    }
    std::sort(lines.begin(), lines.end());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QByteArray &line : std::as_const(lines))
        hash.addData(line);
    return QString::fromLatin1(hash.result().toHex());
}

std::optional<QJsonObject> TemplateCache::lookup(const QString &templateDir,
                                                 const QString &key) const
{
    const QJsonObject entry = m_entries.value(templateDir).toObject();
    if (entry.isEmpty() || entry.value(keyKey).toString() != key)
        return std::nullopt;
    const QJsonValue info = entry.value(infoKey);
    if (!info.isObject())
        return std::nullopt;
    return info.toObject();
}

void TemplateCache::store(const QString &templateDir,
                          const QString &key,
                          const QJsonObject &serverInfo)
{
    QJsonObject entry;
    entry.insert(keyKey, key);
    entry.insert(infoKey, serverInfo);
    entry.insert(storedKey, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    m_entries.insert(templateDir, entry);
    m_dirty = true;
}

void TemplateCache::remove(const QString &templateDir)
{
    if (m_entries.contains(templateDir)) {
        m_entries.remove(templateDir);
        m_dirty = true;
    }
}

Result<void> TemplateCache::save()
{
    if (!m_dirty)
        return ok();
    const QFileInfo info(m_fileName);
    if (!QDir().mkpath(info.absolutePath())) {
        return fail(ErrorCode::Io,
                    Tr::tr("Cannot create the cache folder."),
                    info.absolutePath(),
                    Tr::tr("Check the permissions of the folder."));
    }
    QSaveFile file(m_fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(ErrorCode::Io,
                    Tr::tr("Cannot write the template cache."),
                    m_fileName,
                    Tr::tr("Check the permissions of the folder."),
                    file.errorString());
    }
    QJsonObject root;
    root.insert(versionKey, cacheFormatVersion);
    root.insert(entriesKey, m_entries);
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        return fail(ErrorCode::Io,
                    Tr::tr("Cannot write the template cache."),
                    m_fileName,
                    Tr::tr("Check the free space and permissions."),
                    file.errorString());
    }
    m_dirty = false;
    return ok();
}

} // namespace TinyDeploy::Templates
