#pragma once

#include <QCoreApplication>

namespace TinyDeploy::History {

/// Translation context of the history and reports ("TinyDeploy::History").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TinyDeploy::History)
};

} // namespace TinyDeploy::History
