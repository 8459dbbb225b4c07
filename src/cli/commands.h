#pragma once

#include <QStringList>

namespace TinyDeploy::Cli {

/// Exit codes of tinydeploy-cli, documented in the README.
enum ExitCode : int {
    ExitOk = 0,          ///< The command did what was asked.
    ExitFailed = 1,      ///< The command ran and failed (the error is printed on stderr).
    ExitUsage = 2,       ///< Wrong arguments.
    ExitCancelled = 130, ///< Interrupted (SIGINT/SIGTERM); processes were stopped.
};

/// One subcommand: @p arguments holds "tinydeploy-cli <name>" followed by its own arguments,
/// ready for QCommandLineParser::process().
struct Command
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &arguments);
};

// Subcommands (one <name>command.cpp each).
int runInfo(const QStringList &arguments);
int runTemplates(const QStringList &arguments);
int runOptions(const QStringList &arguments);
int runGenerate(const QStringList &arguments);
int runBuild(const QStringList &arguments);
int runFlash(const QStringList &arguments);
int runRun(const QStringList &arguments);
int runDeploy(const QStringList &arguments);
int runDoctor(const QStringList &arguments);
int runHistory(const QStringList &arguments);
int runReport(const QStringList &arguments);
int runProfile(const QStringList &arguments);
int runValidate(const QStringList &arguments);
int runKioskConfig(const QStringList &arguments);
int runPackage(const QStringList &arguments);
int runFlashPackage(const QStringList &arguments);

} // namespace TinyDeploy::Cli
