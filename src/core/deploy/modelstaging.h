#pragma once

#include <mlf/modelarchive.h>
#include <mlf/modelinfo.h>
#include <util/error.h>

#include <QString>
#include <QStringList>

#include <atomic>

namespace TinyDeploy::Deploy {

/// Where the standalone_crt_dir handed to generate_project comes from.
enum class CrtSource {
    Archive, ///< The archive's own runtime/ (a copy of TVM's standalone CRT).
    User,    ///< The folder the user named.
    Empty,   ///< An empty folder: templates that need TVM's CRT will fail.
};

struct StageOptions
{
    /// Used when the archive has no runtime/; must be an existing folder.
    QString standaloneCrtDir;
    Mlf::ArchiveLimits limits;
    /// Checked between members; staging fails with ErrorCode::Cancelled.
    const std::atomic<bool> *cancel = nullptr;
};

/// A model made ready for a Project API server: checked, extracted, repacked.
struct StagedModel
{
    Mlf::ModelInfo model;
    QString extractedDir;     ///< <workDir>/model: the safely extracted archive.
    QString tarPath;          ///< <workDir>/model.tar: clean, uncompressed PAX tar, "./" names.
    QString standaloneCrtDir; ///< Absolute; see crtSource.
    CrtSource crtSource = CrtSource::Empty;
    QStringList warnings; ///< Translated, one sentence each (archive warnings included).
};

/// @brief Checks @p archive (ModelArchive::summarize), extracts it safely to <workDir>/model
/// and writes <workDir>/model.tar from the extracted tree.
///
/// TVM's servers only read uncompressed tar, and they extract with Python's tarfile, which
/// trusts member names: the clean tar means a compressed archive works and a hostile one never
/// reaches a server. Nothing is written to @p workDir before the archive passed the checks.
/// Earlier model/, model.tar and empty-crt/ in @p workDir are replaced. Blocking: call it from
/// a worker thread in the GUI.
Result<StagedModel> stageModel(const QString &archive,
                               const QString &workDir,
                               const StageOptions &options = {});

/// Writes the tree under @p sourceDir as an uncompressed PAX tar at @p tarPath the way TVM
/// does ("./" root entry and prefixes, directories before their contents, uid/gid 0, sorted
/// names). Symlinks are stored as links; other special files are refused.
Result<void> writeModelTar(const QString &sourceDir, const QString &tarPath);

} // namespace TinyDeploy::Deploy
