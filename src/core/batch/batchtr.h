#pragma once

#include <QCoreApplication>

namespace TinyDeploy::Batch {

/// Translation context of every user-visible string of the batch/ subsystem.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TinyDeploy::Batch)
};

} // namespace TinyDeploy::Batch
