#pragma once

#include <QJsonObject>
#include <QString>

namespace TinyDeploy::Deploy {

/// @brief Which process writes a deployment record, so that a later reader can tell a
/// deployment still in progress from one whose process died (a kill -9, a crash, a power cut).
///
/// The record keeps {"pid", "program", "start_ticks", "host"}: the pid, the program's file
/// name ("tinydeploy", "tinydeploy-cli"), the process's start time as the kernel counts it
/// (/proc/<pid>/stat, so that a pid used again by another process is not taken for it) and
/// the host name (a record on a shared folder written from another machine is not judged).
QJsonObject currentProcessJson();

enum class WriterLiveness {
    Alive,   ///< The process that wrote the record still runs.
    Gone,    ///< It does not: the deployment was interrupted.
    Unknown, ///< The record names no process, or another host's.
};

/// Whether the process named by @p process (currentProcessJson() of the writer) still runs.
WriterLiveness writerLiveness(const QJsonObject &process);

} // namespace TinyDeploy::Deploy
