#pragma once

#include <QCoreApplication>

namespace TinyDeploy::ProjectApi {

/// Translation context of every user-visible text of the Project API subsystem.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TinyDeploy::ProjectApi)
};

} // namespace TinyDeploy::ProjectApi
