#pragma once

#include <QCoreApplication>

namespace TinyDeploy::Mlf {

/// Translation context of every user-visible string of the mlf/ subsystem.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TinyDeploy::Mlf)
};

} // namespace TinyDeploy::Mlf
