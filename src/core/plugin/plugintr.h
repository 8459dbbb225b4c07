#pragma once

#include <QCoreApplication>

namespace TinyDeploy::Plugin {

/// Translation context of every user-visible string of the plugin/ subsystem.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TinyDeploy::Plugin)
};

} // namespace TinyDeploy::Plugin
