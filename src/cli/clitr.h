#pragma once

#include <QCoreApplication>

namespace TinyDeploy::Cli {

/// Translation context of the command-line tool's user-visible strings.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TinyDeploy::Cli)
};

} // namespace TinyDeploy::Cli
