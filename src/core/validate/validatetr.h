#pragma once

#include <QCoreApplication>

namespace TinyDeploy::Validate {

/// Translation context of every user-visible string of the validate/ subsystem.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TinyDeploy::Validate)
};

} // namespace TinyDeploy::Validate
