#pragma once

#include <QCoreApplication>

namespace TinyDeploy::Templates {

/// Translation context of every user-visible string of the templates/ subsystem.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TinyDeploy::Templates)
};

} // namespace TinyDeploy::Templates
