#pragma once

// File-descriptor helpers of ServerProcess (internal to projectapi/).

#include <sys/types.h>

#include <cstddef>

namespace TinyDeploy::ProjectApi {

/// write() that reports EPIPE without raising SIGPIPE in this process: SIGPIPE is blocked
/// for the calling thread around the call and a SIGPIPE it caused is consumed. Ignoring
/// SIGPIPE process-wide would leak SIG_IGN into every child (make, compilers) via exec.
ssize_t writeWithoutSigpipe(int fd, const char *data, size_t size);
/// Sets O_NONBLOCK on @p fd; false when fcntl() fails.
bool setNonBlocking(int fd);
/// Closes @p fd when it is open and sets it to -1.
void closeFd(int &fd);

} // namespace TinyDeploy::ProjectApi
