#pragma once

// A deployment package written by the real writer (Package::writePackage()) from a tiny fake
// project: a flash recipe for the board given, one "firmware" file and a project state. It
// flashes nothing; it is for the code that reads packages (board type, batches).

#include <deploy/projectstate.h>
#include <package/packagewriter.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace FakePackage {

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

/// Writes @p packagePath for a project of @p templateName built for @p boardName, whose
/// boards.json entry is @p board; @p workDir holds the fake project. Empty on success, else
/// why not.
inline QString write(const QString &workDir,
                     const QString &packagePath,
                     const QString &templateName,
                     const QString &boardName,
                     const QJsonObject &board,
                     const QString &modelPath)
{
    const QString project = workDir + QStringLiteral("/project-") + boardName;
    const QJsonObject recipe{{QStringLiteral("recipe_format"), 1},
                             {QStringLiteral("platform"), templateName},
                             {QStringLiteral("board_name"), boardName},
                             {QStringLiteral("board"), board},
                             {QStringLiteral("flasher"), QStringLiteral("auto")},
                             {QStringLiteral("project_type"), QStringLiteral("standalone")},
                             {QStringLiteral("artifacts"),
                              QJsonObject{
                                  {QStringLiteral("elf"), QStringLiteral("build/firmware.elf")}}}};
    if (!writeFile(project + QStringLiteral("/build/flash_recipe.json"),
                   QJsonDocument(recipe).toJson())
        || !writeFile(project + QStringLiteral("/build/firmware.elf"),
                      "\x7f"
                      "ELF fake")
        || !writeFile(project + QStringLiteral("/tdserver/__main__.py"), "")) {
        return QStringLiteral("cannot write the fake project in ") + project;
    }
    TinyDeploy::Deploy::ProjectState state;
    state.templateName = templateName;
    state.modelPath = modelPath;
    state.run = TinyDeploy::Deploy::RunChoice{};
    if (!state.save(project))
        return QStringLiteral("cannot save the project state of ") + project;
    const TinyDeploy::Result<TinyDeploy::Package::PackageManifest> written
        = TinyDeploy::Package::writePackage(project, QString(), packagePath);
    return written ? QString() : written.error().fullText();
}

} // namespace FakePackage
