#pragma once

#include <mlf/modelarchive.h>
#include <mlf/modelinfo.h>
#include <util/error.h>

#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

class QThread;

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

/// SHA-256 of the file @p path as hex; empty for a folder (an unpacked archive).
Result<QString> sha256OfFile(const QString &path);

/// @brief One staging of a model on a worker thread: hashes the archive, then stageModel().
///
/// Hashing and extracting read the whole archive; the thread keeps the caller's event loop
/// (the GUI) responsive. finished() comes on the owner's thread; cancel() makes the staging
/// fail with ErrorCode::Cancelled soon (between archive members). The destructor cancels and
/// waits, which is short for the same reason.
class StagingJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StagingJob)

public:
    explicit StagingJob(QObject *parent = nullptr);
    ~StagingJob() override;

    /// Starts staging @p archive into @p workDir (StageOptions::cancel is set by the job).
    void start(const QString &archive, const QString &workDir, StageOptions options);
    void cancel() { m_cancel = true; }
    bool isRunning() const { return m_thread != nullptr; }

    /// After finished(): the staged model or why not, and the archive's SHA-256.
    const Result<StagedModel> &result() const { return *m_result; }
    QString sha256() const { return m_sha256; }

signals:
    void finished();

private:
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
    // Written by the thread only, read after it finished.
    std::unique_ptr<Result<StagedModel>> m_result;
    QString m_sha256;
};

} // namespace TinyDeploy::Deploy
