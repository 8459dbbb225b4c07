#pragma once

#include <QCoreApplication>

namespace TinyDeploy::Package {

/// Translation context of every user-visible string of the package/ subsystem.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TinyDeploy::Package)
};

} // namespace TinyDeploy::Package
