#pragma once

// Finding and ending what is left of a server's session (internal to projectapi/).

#include <sys/types.h>

namespace TinyDeploy::ProjectApi {

/// Sends @p signal to every live process (not a zombie) whose session id is @p session, one
/// kill() per process group found (a group signal reaches a child forked meanwhile too), and
/// returns how many processes were found. Reads /proc; 0 where there is none. A server's build
/// tools run in process groups of their own inside its session, so a signal to the server's
/// group alone does not reach them.
///
/// Safe after the session leader has been reaped: while any process keeps the session, its id
/// cannot be given to a new process.
int signalSession(pid_t session, int signal);

/// SIGKILLs every process of @p session, again for those that were forking while the first
/// round ran (at most a few rounds, no waiting). Returns the number found in the first round.
int killSession(pid_t session);

} // namespace TinyDeploy::ProjectApi
