#pragma once

#include <util/error.h>

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>

class QProcess;
class QTimer;

namespace TinyDeploy::Package {

/// The folder that holds TinyDeploy's server library tdserver/ (with its flashing layer),
/// installed with the templates: <bundled firmware_templates>/common (build tree or
/// share/tinydeploy). NotFound, naming the places looked in, when none has it.
Result<QString> flashingLibraryDir();

/// @brief Flashes an unpacked package (or any folder with a flash recipe) by its recipe, with
/// no Project API server and nothing built: runs
/// `python3 -m tdserver.flashing --recipe RECIPE --dir DIR --result DIR/run/flash-result.json
/// [--option NAME=VALUE]...` from the flashing library (flashingLibraryDir()), in its own
/// process group, and reports its output line by line and its outcome once.
///
/// The flash result is what a template's flash returns (serial_port, firmware, tools,
/// project_type); a failure is the flasher's one sentence with the tool's output as details.
/// cancel() stops it (SIGTERM to the group, SIGKILL after a grace period); finished() then
/// reports Cancelled. Nothing here blocks.
class RecipeFlasher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecipeFlasher)

public:
    explicit RecipeFlasher(QObject *parent = nullptr);
    /// Kills a flash still running.
    ~RecipeFlasher() override;

    void setProcessEnvironment(const QProcessEnvironment &environment);
    /// Default: flashingLibraryDir().
    void setLibraryDir(const QString &dir) { m_libraryDir = dir; }

    /// Starts flashing @p recipe (relative to @p dir) with the flashing layer's @p options
    /// (flasher, serial_number, gdb_server, ...; values as text). Errors (no Python, no
    /// library, already running) are returned here and no finished() follows.
    Result<void> start(const QString &dir, const QString &recipe, const QJsonObject &options);
    void cancel();
    bool isRunning() const { return m_process != nullptr; }
    /// The command line of the last start(), for logs and error details.
    QString commandLine() const { return m_command; }

signals:
    void logLine(const QString &text, bool fromStderr);
    void finished(const TinyDeploy::Result<QJsonObject> &result);

private:
    void drain(bool fromStderr, bool flushAll);
    void onFinished(int exitCode, bool crashed);
    void signalGroup(int signal);

    QProcess *m_process = nullptr;
    QTimer *m_killTimer = nullptr;
    QProcessEnvironment m_environment;
    QString m_libraryDir;
    QString m_resultPath;
    QString m_command;
    QByteArray m_pending[2];
    QStringList m_tail; ///< The last lines of output, for the error's details.
    bool m_cancelled = false;
    qint64 m_pid = 0;
};

} // namespace TinyDeploy::Package
