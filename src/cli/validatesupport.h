#pragma once

namespace TinyDeploy::Validate {
class Validation;
}

namespace TinyDeploy::Cli {

class SignalWatcher;

/// Starts @p validation (configured) and runs it to the end in a local event loop: progress
/// on stderr, then the figures and the worst samples on stdout (validation.json with
/// @p json). A signal seen by @p watcher cancels it. Returns ExitOk when it ran to the end
/// (a disagreement is a result, not a failure), ExitFailed, or ExitCancelled.
int runValidation(Validate::Validation &validation, SignalWatcher &watcher, bool json, bool verbose);

} // namespace TinyDeploy::Cli
