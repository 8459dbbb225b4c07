#pragma once

#include <QCoreApplication>

namespace TinyDeploy::Tensor {

/// Translation context of every user-visible string of the tensor/ subsystem.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TinyDeploy::Tensor)
};

} // namespace TinyDeploy::Tensor
