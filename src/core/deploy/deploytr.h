#pragma once

#include <QCoreApplication>

namespace TinyDeploy::Deploy {

/// Translation context of every user-visible string of the deploy/ subsystem.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TinyDeploy::Deploy)
};

} // namespace TinyDeploy::Deploy
