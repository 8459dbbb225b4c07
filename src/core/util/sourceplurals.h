#pragma once

class QCoreApplication;

namespace TinyDeploy::Util {

/// Installs the English plural forms of the messages ("1 run", "2 runs" for "%n run(s)"), for
/// when no other translation is in effect. Built from translations/tinydeploy_en.ts, which
/// holds only numerus messages. Returns false when they are missing from the build.
bool installEnglishPlurals(QCoreApplication &app);

} // namespace TinyDeploy::Util
