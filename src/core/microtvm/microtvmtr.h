#pragma once

#include <QCoreApplication>

namespace TinyDeploy::MicroTvm {

/// Translation context of the microTVM RPC subsystem.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TinyDeploy::MicroTvm)
};

} // namespace TinyDeploy::MicroTvm
