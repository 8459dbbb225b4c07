#pragma once

#include <QLoggingCategory>

namespace TinyDeploy::Tensor {

Q_DECLARE_LOGGING_CATEGORY(tensorLog)

} // namespace TinyDeploy::Tensor
