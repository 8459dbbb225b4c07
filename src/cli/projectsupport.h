#pragma once

#include <templates/templateinfo.h>
#include <util/error.h>

#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace TinyDeploy::Templates {
class TemplateCatalog;
}
namespace TinyDeploy::Deploy {
class Deployment;
}

namespace TinyDeploy::Cli {

class SignalWatcher;

/// Runs @p catalog's refresh() to the end in a local event loop; a signal cancels it.
void runCatalog(Templates::TemplateCatalog &catalog, SignalWatcher *watcher);

/// TEMPLATE_OR_DIR: a path when it contains '/', else a template name from the catalog, else
/// an existing folder. A folder given on the command line counts as confirmed by the user.
/// Unavailable templates give their error; with @p allowProject a generated project's folder
/// is accepted too (its server answers is_template=false).
Result<Templates::TemplateInfo> resolveTemplate(const QString &nameOrDir,
                                                SignalWatcher *watcher,
                                                bool allowProject = false);

/// @p path made absolute against the current folder and cleaned.
QString absolutePath(const QString &path);

/// Adds -o/--option and --verbose.
void addProjectOptions(QCommandLineParser &parser);

/// Prints the template's environment problems as warnings on stderr.
void warnAboutProblems(const Templates::TemplateInfo &info);

/// Runs @p deployment (generate, build or flash: its firstStep to its lastStep) to the end in
/// a local event loop: the server's output goes to stderr as "| <line>", warnings as
/// "tinydeploy-cli: warning: ...", a failure as the error. A signal seen by @p watcher cancels
/// it. Returns once its servers have stopped: ExitOk, ExitFailed or ExitCancelled.
int runSteps(Deploy::Deployment &deployment, SignalWatcher &watcher, bool verbose);

/// Exit code for a failed command: 130 for Cancelled, else 1; prints the error.
int reportFailure(const Error &error, bool verbose);

} // namespace TinyDeploy::Cli
