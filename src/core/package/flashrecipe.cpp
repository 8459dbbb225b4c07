#include "flashrecipe.h"
#include "packagemanifest.h"
#include "packagetr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace TinyDeploy::Package {

namespace {

constexpr qint64 maxRecipeBytes = 1024 * 1024;

Error recipeError(const QString &location, const QString &field, const QString &what)
{
    return makeError(ErrorCode::PackageInvalid,
                     Tr::tr("The flash recipe is not usable: %1 %2.").arg(field, what),
                     field.isEmpty() ? location : location + QLatin1Char(':') + field,
                     Tr::tr("Build the project again with this TinyDeploy, then make the "
                            "package again."));
}

} // namespace

QString FlashRecipe::firmware() const
{
    for (const char *kind : {"elf", "runner"}) {
        const QString path = artifacts.value(QString::fromLatin1(kind));
        if (!path.isEmpty())
            return path;
    }
    return artifacts.isEmpty() ? QString() : artifacts.first();
}

Result<FlashRecipe> FlashRecipe::parse(QByteArrayView bytes, const QString &location)
{
    if (bytes.size() > maxRecipeBytes)
        return fail(recipeError(location, QString(), Tr::tr("is larger than 1 MiB")));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes.toByteArray(), &parseError);
    if (!document.isObject()) {
        Error error = recipeError(location, QString(), Tr::tr("is not a JSON object"));
        error.details = parseError.errorString();
        return fail(error);
    }
    const QJsonObject root = document.object();
    const QJsonValue version = root.value(QStringLiteral("recipe_format"));
    if (!version.isDouble())
        return fail(recipeError(location, QStringLiteral("recipe_format"), Tr::tr("is missing")));
    if (version.toDouble() != FormatVersion) {
        return fail(ErrorCode::UnsupportedVersion,
                    Tr::tr("The flash recipe has format version %1; this TinyDeploy reads "
                           "version %2.")
                        .arg(version.toDouble())
                        .arg(FormatVersion),
                    location + QStringLiteral(":recipe_format"),
                    Tr::tr("Use the TinyDeploy that made the package, or make it again."));
    }
    FlashRecipe recipe;
    const std::pair<const char *, QString *> strings[] = {
        {"platform", &recipe.platform},
        {"board_name", &recipe.boardName},
        {"flasher", &recipe.flasher},
    };
    for (const auto &[key, target] : strings) {
        const QJsonValue value = root.value(QString::fromLatin1(key));
        if (!value.isString() || value.toString().isEmpty()) {
            return fail(recipeError(location,
                                    QString::fromLatin1(key),
                                    Tr::tr("must be a non-empty string")));
        }
        *target = value.toString();
    }
    const QJsonValue board = root.value(QStringLiteral("board"));
    if (!board.isObject())
        return fail(recipeError(location, QStringLiteral("board"), Tr::tr("must be an object")));
    recipe.emulated = board.toObject().value(QStringLiteral("emulated")).toBool();
    const QJsonArray methods = board.toObject()
                                   .value(QStringLiteral("flash"))
                                   .toObject()
                                   .value(QStringLiteral("methods"))
                                   .toArray();
    for (const QJsonValue &method : methods)
        recipe.methods.append(method.toString());
    recipe.projectType = root.value(QStringLiteral("project_type"))
                             .toString(QStringLiteral("standalone"));
    const QJsonValue artifacts = root.value(QStringLiteral("artifacts"));
    if (!artifacts.isObject() || artifacts.toObject().isEmpty()) {
        return fail(recipeError(location,
                                QStringLiteral("artifacts"),
                                Tr::tr("must name at least one file")));
    }
    static const QStringList kinds{QStringLiteral("elf"),
                                   QStringLiteral("bin"),
                                   QStringLiteral("hex"),
                                   QStringLiteral("uf2"),
                                   QStringLiteral("runner")};
    const QJsonObject files = artifacts.toObject();
    for (auto it = files.begin(); it != files.end(); ++it) {
        const QString field = QStringLiteral("artifacts.") + it.key();
        if (!kinds.contains(it.key()))
            return fail(recipeError(location, field, Tr::tr("is not a known kind of file")));
        if (!it.value().isString() || !isSafeMemberPath(it.value().toString())) {
            return fail(
                recipeError(location, field, Tr::tr("must be a relative path inside the project")));
        }
        recipe.artifacts.insert(it.key(), it.value().toString());
    }
    return recipe;
}

} // namespace TinyDeploy::Package
