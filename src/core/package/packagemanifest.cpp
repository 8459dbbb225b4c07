#include "packagemanifest.h"
#include "packagetr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace TinyDeploy::Package {

namespace {

QString text(const char *key)
{
    return QString::fromLatin1(key);
}

/// Reads the fields of one JSON object, remembering the first problem with its path
/// ("members[2].sha256"), so that parse() reads as a list of fields.
class Reader
{
public:
    std::optional<Error> error;

    QJsonObject object(const QJsonObject &parent, const char *key, const QString &where)
    {
        const QJsonValue value = parent.value(text(key));
        if (!value.isObject()) {
            bad(where + text(key), Tr::tr("must be an object"));
            return {};
        }
        return value.toObject();
    }

    QString string(const QJsonObject &parent,
                   const char *key,
                   const QString &where,
                   bool required = true)
    {
        const QJsonValue value = parent.value(text(key));
        if (value.isString() && (!required || !value.toString().isEmpty()))
            return value.toString();
        if (!required && (value.isUndefined() || value.isNull()))
            return {};
        bad(where + text(key), Tr::tr("must be a non-empty string"));
        return {};
    }

    QString path(const QJsonObject &parent, const char *key, const QString &where, bool required)
    {
        const QString value = string(parent, key, where, required);
        if (!value.isEmpty() && !isSafeMemberPath(value))
            bad(where + text(key), Tr::tr("must be a relative path inside the package"));
        return value;
    }

    void bad(const QString &field, const QString &what)
    {
        if (error)
            return;
        error = makeError(ErrorCode::PackageInvalid,
                          Tr::tr("The package's manifest is malformed: %1 %2.").arg(field, what),
                          QStringLiteral("manifest.json:%1").arg(field),
                          Tr::tr("Make the package again with tinydeploy-cli package (or Export "
                                 "Deployment Package in the GUI)."));
    }
};

const QRegularExpression &sha256Pattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}$"));
    return pattern;
}

} // namespace

bool isSafeMemberPath(const QString &path)
{
    if (path.isEmpty() || path.size() > 1024 || path.startsWith(QLatin1Char('/'))
        || path.contains(QLatin1Char('\\')) || path.contains(QChar(0))
        || path == QLatin1String(PackageManifest::FileName)) {
        return false;
    }
    const QStringList parts = path.split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return false;
    }
    return true;
}

const PackageMember *PackageManifest::member(const QString &path) const
{
    for (const PackageMember &m : members) {
        if (m.path == path)
            return &m;
    }
    return nullptr;
}

QJsonObject PackageManifest::toJson() const
{
    QJsonArray memberList;
    for (const PackageMember &m : members) {
        memberList.append(QJsonObject{{QStringLiteral("path"), m.path},
                                      {QStringLiteral("sha256"), m.sha256},
                                      {QStringLiteral("size"), m.size},
                                      {QStringLiteral("role"), m.role}});
    }
    QJsonArray sampleList;
    for (const PackageSample &s : samples) {
        QJsonObject sample{{QStringLiteral("name"), s.name}, {QStringLiteral("input"), s.input}};
        if (!s.expected.isEmpty())
            sample.insert(QStringLiteral("expected"), s.expected);
        if (s.trueClass)
            sample.insert(QStringLiteral("true_class"), *s.trueClass);
        sampleList.append(sample);
    }
    return QJsonObject{
        {QStringLiteral("package_format"), formatVersion},
        {QStringLiteral("created"), created.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("tinydeploy_version"), tinydeployVersion},
        {QStringLiteral("model"),
         QJsonObject{{QStringLiteral("name"), modelName},
                     {QStringLiteral("sha256"), modelSha256},
                     {QStringLiteral("summary"), modelSummary}}},
        {QStringLiteral("template"),
         QJsonObject{{QStringLiteral("name"), templateName},
                     {QStringLiteral("platform"), platform}}},
        {QStringLiteral("board"),
         QJsonObject{{QStringLiteral("name"), boardName}, {QStringLiteral("emulated"), emulated}}},
        {QStringLiteral("flash"),
         QJsonObject{{QStringLiteral("recipe"), recipe},
                     {QStringLiteral("flasher"), flasher},
                     {QStringLiteral("methods"), QJsonArray::fromStringList(flashMethods)},
                     {QStringLiteral("firmware"), firmware},
                     {QStringLiteral("project_type"), projectType}}},
        {QStringLiteral("run"), run},
        {QStringLiteral("samples"),
         QJsonObject{{QStringLiteral("model_stem"), samplesModelStem},
                     {QStringLiteral("items"), sampleList}}},
        {QStringLiteral("build_record"),
         buildRecord.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(buildRecord)},
        {QStringLiteral("members"), memberList},
    };
}

QByteArray PackageManifest::toBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

Result<PackageManifest> PackageManifest::parse(QByteArrayView bytes)
{
    if (bytes.size() > MaxBytes) {
        return fail(ErrorCode::PackageInvalid,
                    Tr::tr("The package's manifest is larger than %1 MiB: this is not a "
                           "deployment package.")
                        .arg(MaxBytes / (1024 * 1024)),
                    QString::fromLatin1(FileName));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return fail(ErrorCode::PackageInvalid,
                    Tr::tr("The package's manifest is not a JSON object."),
                    QStringLiteral("manifest.json@%1").arg(parseError.offset),
                    Tr::tr("The file is damaged or not a deployment package: make the package "
                           "again."),
                    parseError.errorString());
    }
    const QJsonObject root = document.object();
    const QJsonValue version = root.value(QStringLiteral("package_format"));
    if (!version.isDouble() || version.toDouble() != double(version.toInt())) {
        return fail(ErrorCode::PackageInvalid,
                    Tr::tr("The package's manifest has no package_format: this is not a "
                           "deployment package."),
                    QStringLiteral("manifest.json:package_format"));
    }
    if (version.toInt() != FormatVersion) {
        return fail(ErrorCode::UnsupportedVersion,
                    Tr::tr("The package has format version %1; this TinyDeploy reads version %2.")
                        .arg(version.toInt())
                        .arg(FormatVersion),
                    QStringLiteral("manifest.json:package_format"),
                    version.toInt() > FormatVersion
                        ? Tr::tr("Update TinyDeploy to open it.")
                        : Tr::tr("Make the package again with this TinyDeploy."));
    }

    PackageManifest m;
    Reader r;
    m.created = QDateTime::fromString(r.string(root, "created", QString()), Qt::ISODateWithMs);
    if (!r.error && !m.created.isValid())
        r.bad(QStringLiteral("created"), Tr::tr("must be an ISO 8601 time"));
    m.tinydeployVersion = r.string(root, "tinydeploy_version", QString());

    const QJsonObject model = r.object(root, "model", QString());
    m.modelName = r.string(model, "name", QStringLiteral("model."));
    m.modelSha256 = r.string(model, "sha256", QStringLiteral("model."), false);
    m.modelSummary = model.value(QStringLiteral("summary")).toObject();

    const QJsonObject templ = r.object(root, "template", QString());
    m.templateName = r.string(templ, "name", QStringLiteral("template."));
    m.platform = r.string(templ, "platform", QStringLiteral("template."), false);

    const QJsonObject board = r.object(root, "board", QString());
    m.boardName = r.string(board, "name", QStringLiteral("board."));
    m.emulated = board.value(QStringLiteral("emulated")).toBool();

    const QJsonObject flash = r.object(root, "flash", QString());
    m.recipe = r.path(flash, "recipe", QStringLiteral("flash."), true);
    m.flasher = r.string(flash, "flasher", QStringLiteral("flash."));
    for (const QJsonValue &method : flash.value(QStringLiteral("methods")).toArray())
        m.flashMethods.append(method.toString());
    m.firmware = r.path(flash, "firmware", QStringLiteral("flash."), true);
    m.projectType = r.string(flash, "project_type", QStringLiteral("flash."), false);
    m.run = root.value(QStringLiteral("run")).toObject();

    const QJsonObject samples = root.value(QStringLiteral("samples")).toObject();
    m.samplesModelStem = samples.value(QStringLiteral("model_stem")).toString();
    const QJsonArray items = samples.value(QStringLiteral("items")).toArray();
    for (qsizetype i = 0; i < items.size() && !r.error; ++i) {
        const QString where = QStringLiteral("samples.items[%1].").arg(i);
        const QJsonObject item = items.at(i).toObject();
        PackageSample sample;
        sample.name = r.string(item, "name", where);
        sample.input = r.path(item, "input", where, true);
        sample.expected = r.path(item, "expected", where, false);
        const QJsonValue truth = item.value(QStringLiteral("true_class"));
        if (truth.isDouble() && std::abs(truth.toDouble()) < 1e15)
            sample.trueClass = qint64(truth.toDouble());
        m.samples.append(sample);
    }
    m.buildRecord = r.path(root, "build_record", QString(), false);

    const QJsonValue memberValue = root.value(QStringLiteral("members"));
    if (!memberValue.isArray())
        r.bad(QStringLiteral("members"), Tr::tr("must be an array"));
    const QJsonArray memberList = memberValue.toArray();
    QSet<QString> seen;
    for (qsizetype i = 0; i < memberList.size() && !r.error; ++i) {
        const QString where = QStringLiteral("members[%1].").arg(i);
        const QJsonObject item = memberList.at(i).toObject();
        PackageMember member;
        member.path = r.path(item, "path", where, true);
        member.sha256 = r.string(item, "sha256", where);
        member.role = r.string(item, "role", where, false);
        const QJsonValue size = item.value(QStringLiteral("size"));
        member.size = size.toInteger(-1);
        if (!r.error && !sha256Pattern().match(member.sha256).hasMatch())
            r.bad(where + QStringLiteral("sha256"), Tr::tr("must be 64 lowercase hex digits"));
        if (!r.error && (!size.isDouble() || member.size < 0))
            r.bad(where + QStringLiteral("size"), Tr::tr("must be a byte count"));
        if (!r.error && seen.contains(member.path))
            r.bad(where + QStringLiteral("path"), Tr::tr("names a member twice"));
        seen.insert(member.path);
        m.members.append(member);
    }
    // Everything the manifest points at must be a member whose hash is checked.
    QList<QPair<QString, QString>> named{{QStringLiteral("flash.recipe"), m.recipe},
                                         {QStringLiteral("flash.firmware"), m.firmware},
                                         {QStringLiteral("build_record"), m.buildRecord}};
    for (qsizetype i = 0; i < m.samples.size(); ++i) {
        named.append({QStringLiteral("samples.items[%1].input").arg(i), m.samples.at(i).input});
        named.append(
            {QStringLiteral("samples.items[%1].expected").arg(i), m.samples.at(i).expected});
    }
    for (const auto &[field, path] : std::as_const(named)) {
        if (!r.error && !path.isEmpty() && !seen.contains(path))
            r.bad(field, Tr::tr("names %1, which is not among the members").arg(path));
    }
    if (r.error)
        return fail(*r.error);
    return m;
}

} // namespace TinyDeploy::Package
