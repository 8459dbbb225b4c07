#pragma once

#include <QCoreApplication>

namespace TinyDeploy::Device {

/// Translation context of the device subsystem.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TinyDeploy::Device)
};

} // namespace TinyDeploy::Device
