#include "pluginmanager.h"
#include "pluginlogging.h"
#include "plugintr.h"

#include <util/installpaths.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibrary>
#include <QPluginLoader>
#include <QPointer>
#include <QSet>
#include <QVersionNumber>

#include <optional>

namespace TinyDeploy::Plugin {

struct PluginManager::Candidate
{
    PluginInfo info;
    std::optional<QStaticPlugin> staticPlugin;
    std::unique_ptr<QPluginLoader> loader;
    QJsonObject metaData; ///< The plugin's own metadata (its .json file).
    bool compatibilityChecked = false;
    QPointer<QObject> instance;
};

namespace {

constexpr int maxVersionSegments = 4;
constexpr int maxSegmentDigits = 6;

QString cleanAbsolute(const QString &path)
{
    return QDir::cleanPath(QDir(path).absolutePath());
}

/// Strict on purpose: QVersionNumber::fromString() accepts "1.2abc" and any Unicode digit.
std::optional<QVersionNumber> parseVersion(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() > maxVersionSegments)
        return std::nullopt;
    QList<int> segments;
    for (const QString &part : parts) {
        if (part.isEmpty() || part.size() > maxSegmentDigits)
            return std::nullopt;
        for (const QChar c : part) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return std::nullopt;
        }
        segments.append(part.toInt());
    }
    return QVersionNumber(segments).normalized();
}

QString metaDataText(const QJsonObject &metaData)
{
    return QString::fromUtf8(QJsonDocument(metaData).toJson(QJsonDocument::Indented)).trimmed();
}

/// The location of a plugin's errors: its file, or its class for a built-in plugin.
QString whereIs(const PluginInfo &info)
{
    return info.isStatic() ? Tr::tr("%1 (built in)").arg(info.className) : info.fileName;
}

QString reinstallHint()
{
    return Tr::tr("Reinstall TinyDeploy, or remove this file from the plugin folder.");
}

} // namespace

PluginManager::PluginManager(QObject *parent)
    : PluginManager(DefaultPaths::Search, parent)
{}

PluginManager::PluginManager(DefaultPaths defaults, QObject *parent)
    : QObject(parent)
{
    if (defaults == DefaultPaths::Search) {
        m_defaultPaths = environmentPaths();
        const QString bundled = bundledPluginDir();
        if (!bundled.isEmpty())
            m_defaultPaths.append(bundled);
    }
}

PluginManager::~PluginManager() = default;

PluginManager *PluginManager::instance()
{
    static QPointer<PluginManager> manager;
    if (!manager)
        manager = new PluginManager(QCoreApplication::instance());
    return manager;
}

QString PluginManager::bundledPluginDir()
{
    const QStringList candidates = InstallPaths::candidates(InstallPaths::Data::Plugins);
    return candidates.isEmpty() ? QString() : candidates.constFirst();
}

QStringList PluginManager::environmentPaths()
{
    QStringList result;
    const QStringList entries = qEnvironmentVariable("TINYDEPLOY_PLUGIN_PATH")
                                    .split(QLatin1Char(':'), Qt::SkipEmptyParts);
    for (const QString &entry : entries)
        result.append(cleanAbsolute(entry));
    return result;
}

QVersionNumber PluginManager::hostVersion()
{
    return QVersionNumber::fromString(QLatin1String(TINYDEPLOY_VERSION));
}

Result<void> PluginManager::checkCompatibility(const QJsonObject &metaData,
                                               const QVersionNumber &host)
{
    const QString hint = Tr::tr("Install the plugin that came with this TinyDeploy (%1), or "
                                "reinstall TinyDeploy.")
                             .arg(host.toString());
    std::optional<QVersionNumber> versions[2];
    const QLatin1String keys[2] = {QLatin1String("compatVersion"), QLatin1String("version")};
    for (int i = 0; i < 2; ++i) {
        const QJsonValue value = metaData.value(keys[i]);
        if (!value.isString())
            return fail(ErrorCode::PluginIncompatible,
                        value.isUndefined()
                            ? Tr::tr("The plugin does not say which TinyDeploy versions it works "
                                     "with (no \"%1\" in its metadata).")
                                  .arg(keys[i])
                            : Tr::tr("The plugin's \"%1\" is not a string.").arg(keys[i]),
                        keys[i],
                        hint,
                        metaDataText(metaData));
        versions[i] = parseVersion(value.toString());
        if (!versions[i])
            return fail(ErrorCode::PluginIncompatible,
                        Tr::tr("The plugin's \"%1\" is not a version number: \"%2\".")
                            .arg(keys[i], value.toString().left(40)),
                        keys[i],
                        hint,
                        metaDataText(metaData));
    }
    // Compared normalized (0.1 == 0.1.0), shown as written.
    const QVersionNumber &compat = *versions[0];
    const QVersionNumber &version = *versions[1];
    const QVersionNumber normalizedHost = host.normalized();
    const QString compatText = metaData.value(keys[0]).toString();
    const QString versionText = metaData.value(keys[1]).toString();
    if (QVersionNumber::compare(compat, version) > 0)
        return fail(ErrorCode::PluginIncompatible,
                    Tr::tr("The plugin's metadata is inconsistent: compatVersion %1 is newer than "
                           "version %2.")
                        .arg(compatText, versionText),
                    keys[0],
                    hint,
                    metaDataText(metaData));
    if (QVersionNumber::compare(normalizedHost, compat) < 0
        || QVersionNumber::compare(normalizedHost, version) > 0)
        return fail(ErrorCode::PluginIncompatible,
                    compat == version
                        ? Tr::tr("The plugin is made for TinyDeploy %1; this is TinyDeploy %2.")
                              .arg(versionText, host.toString())
                        : Tr::tr("The plugin is made for TinyDeploy %1 to %2; this is TinyDeploy "
                                 "%3.")
                              .arg(compatText, versionText, host.toString()),
                    keys[0],
                    hint,
                    metaDataText(metaData));
    return ok();
}

void PluginManager::addSearchPath(const QString &dir)
{
    m_addedPaths.append(cleanAbsolute(dir));
}

QStringList PluginManager::searchPaths() const
{
    QStringList result;
    for (const QString &path : m_defaultPaths + m_addedPaths) {
        if (!result.contains(path))
            result.append(path);
    }
    return result;
}

void PluginManager::scan()
{
    const qsizetype before = m_candidates.size() + m_failures.size();
    if (!m_staticScanned) {
        m_staticScanned = true;
        scanStaticPlugins();
    }
    for (const QString &dir : searchPaths()) {
        if (m_scannedPaths.contains(dir))
            continue;
        m_scannedPaths.append(dir);
        scanFolder(dir);
    }
    if (qsizetype(m_candidates.size()) + m_failures.size() != before)
        emit changed();
}

void PluginManager::scanStaticPlugins()
{
    const QList<QStaticPlugin> statics = QPluginLoader::staticPlugins();
    for (const QStaticPlugin &plugin : statics) {
        auto candidate = std::make_unique<Candidate>();
        candidate->staticPlugin = plugin;
        addCandidate(std::move(candidate), plugin.metaData());
    }
}

void PluginManager::scanFolder(const QString &dir)
{
    const QFileInfo dirInfo(dir);
    if (!dirInfo.isDir()) {
        qCDebug(lcPlugin) << "no plugin folder" << dir;
        return;
    }
    qCDebug(lcPlugin) << "scanning" << dir;
    const QFileInfoList entries = QDir(dir).entryInfoList(QDir::Files | QDir::NoDotAndDotDot,
                                                          QDir::Name);
    for (const QFileInfo &entry : entries) {
        if (!QLibrary::isLibrary(entry.fileName()))
            continue;
        // A folder listed twice, or libfoo.so next to its libfoo.so.1 target: look once.
        const QString canonical = entry.canonicalFilePath();
        if (m_knownFiles.contains(canonical))
            continue;
        m_knownFiles.append(canonical);

        // metaData() reads the file's .qtmetadata section; it does not dlopen the library.
        auto candidate = std::make_unique<Candidate>();
        candidate->loader = std::make_unique<QPluginLoader>(entry.absoluteFilePath());
        candidate->info.fileName = entry.absoluteFilePath();
        const QJsonObject metaData = candidate->loader->metaData();
        if (metaData.isEmpty()) {
            recordFailure({},
                          makeError(ErrorCode::PluginInvalid,
                                    Tr::tr("This file is not a TinyDeploy plugin, or it is "
                                           "damaged."),
                                    entry.absoluteFilePath(),
                                    reinstallHint(),
                                    candidate->loader->errorString()));
            continue;
        }
        addCandidate(std::move(candidate), metaData);
    }
}

void PluginManager::addCandidate(std::unique_ptr<Candidate> candidate, const QJsonObject &metaData)
{
    PluginInfo &info = candidate->info;
    info.iid = metaData.value(QLatin1String("IID")).toString();
    info.className = metaData.value(QLatin1String("className")).toString();
    const QJsonObject own = metaData.value(QLatin1String("MetaData")).toObject();
    info.version = own.value(QLatin1String("version")).toString();
    info.compatVersion = own.value(QLatin1String("compatVersion")).toString();
    const QString where = whereIs(info);
    candidate->metaData = own;
    qCDebug(lcPlugin) << "found" << info.className << info.iid << where;
    if (info.iid.isEmpty()) {
        info.state = PluginState::Failed;
        recordFailure({},
                      makeError(ErrorCode::PluginInvalid,
                                Tr::tr("The plugin's metadata names no interface (IID)."),
                                where,
                                reinstallHint(),
                                metaDataText(metaData)));
    }
    // Versions are checked when the interface is asked for: plugins of other interfaces (or
    // of other programs sharing the folder) are none of our business until then.
    m_candidates.push_back(std::move(candidate));
}

QList<QObject *> PluginManager::instances(const QString &iid)
{
    scan();
    QList<QObject *> result;
    QSet<QString> used; // class names already provided by an earlier copy
    bool stateChanged = false;
    for (const std::unique_ptr<Candidate> &candidate : m_candidates) {
        PluginInfo &info = candidate->info;
        if (info.iid != iid)
            continue;
        switch (info.state) {
        case PluginState::Incompatible:
        case PluginState::Failed:
            continue;
        case PluginState::Loaded:
            if (candidate->instance) {
                result.append(candidate->instance);
                used.insert(info.className);
            }
            continue;
        case PluginState::Found:
        case PluginState::Shadowed:
            break;
        }
        if (!candidate->compatibilityChecked) {
            candidate->compatibilityChecked = true;
            if (auto compatible = checkCompatibility(candidate->metaData, hostVersion());
                !compatible) {
                info.state = PluginState::Incompatible;
                stateChanged = true;
                recordFailure(info.iid, compatible.error().withContext(whereIs(info)));
                continue;
            }
        }
        if (used.contains(info.className)) {
            if (info.state != PluginState::Shadowed) {
                info.state = PluginState::Shadowed;
                stateChanged = true;
                qCDebug(lcPlugin) << "not loading" << info.fileName << "(an earlier copy is used)";
            }
            continue;
        }
        stateChanged = true;
        if (!load(*candidate))
            continue;
        result.append(candidate->instance);
        used.insert(info.className);
    }
    if (stateChanged)
        emit changed();
    return result;
}

bool PluginManager::load(Candidate &candidate)
{
    PluginInfo &info = candidate.info;
    const QString where = whereIs(info);
    QObject *object = candidate.staticPlugin ? candidate.staticPlugin->instance()
                                             : candidate.loader->instance();
    if (!object) {
        info.state = PluginState::Failed;
        recordFailure(info.iid,
                      makeError(ErrorCode::PluginLoadFailed,
                                Tr::tr("The plugin could not be loaded."),
                                where,
                                Tr::tr("A library it needs may be missing or of another "
                                       "version. Reinstall TinyDeploy."),
                                candidate.loader ? candidate.loader->errorString() : QString()));
        return false;
    }
    // What qobject_cast<Interface *>() checks: the class declares the IID in Q_INTERFACES.
    if (!object->qt_metacast(info.iid.toLatin1().constData())) {
        info.state = PluginState::Failed;
        recordFailure(info.iid,
                      makeError(ErrorCode::PluginInterfaceMissing,
                                Tr::tr("The plugin declares the interface %1 but its object "
                                       "(%2) does not implement it.")
                                    .arg(info.iid, QLatin1String(object->metaObject()->className())),
                                where,
                                reinstallHint()));
        return false;
    }
    candidate.instance = object;
    info.state = PluginState::Loaded;
    qCDebug(lcPlugin) << "loaded" << info.className << "from" << where;
    return true;
}

void PluginManager::recordFailure(const QString &iid, Error error)
{
    qCWarning(lcPlugin).noquote() << error.oneLine();
    qCDebug(lcPlugin).noquote() << error.details;
    m_failures.append({iid, std::move(error)});
}

QList<PluginInfo> PluginManager::plugins() const
{
    QList<PluginInfo> result;
    result.reserve(qsizetype(m_candidates.size()));
    for (const std::unique_ptr<Candidate> &candidate : m_candidates)
        result.append(candidate->info);
    return result;
}

QList<Error> PluginManager::failures() const
{
    QList<Error> result;
    result.reserve(m_failures.size());
    for (const Failure &failure : m_failures)
        result.append(failure.error);
    return result;
}

QList<Error> PluginManager::failures(const QString &iid) const
{
    QList<Error> result;
    for (const Failure &failure : m_failures) {
        if (failure.iid.isEmpty() || failure.iid == iid)
            result.append(failure.error);
    }
    return result;
}

} // namespace TinyDeploy::Plugin
