#pragma once

#include <QStringList>

class QCommandLineParser;

namespace TinyDeploy::Deploy {
struct DeploymentSettings;
}

namespace TinyDeploy::Cli {

class SignalWatcher;

/// Adds --boards, --jobs and --label to `deploy` and `flash-package`.
void addBatchOptions(QCommandLineParser &parser);

/// `deploy ... --boards all|N|SERIAL,...`: builds once and deploys to every board chosen
/// (BatchDeployment), at most --jobs at once; `flash-package FILE --boards ...` (settings
/// with packagePath): the same without a build, the board type taken from the package. Prints
/// one line per board as it goes (stderr), a table at the end (stdout) or, with --json,
/// batch.json's document. A signal seen by
/// @p watcher cancels every board. Exit code: 0 every board passed, 1 any failed (or the
/// build), 2 usage, 130 cancelled.
int runBatchDeploy(const QCommandLineParser &parser,
                   const Deploy::DeploymentSettings &settings,
                   SignalWatcher &watcher);

} // namespace TinyDeploy::Cli
