#include "tensorlog.h"

namespace TinyDeploy::Tensor {

Q_LOGGING_CATEGORY(tensorLog, "tinydeploy.tensor", QtWarningMsg)

} // namespace TinyDeploy::Tensor
