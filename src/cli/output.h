#pragma once

#include <QTextStream>

namespace TinyDeploy {
struct Error;
}

namespace TinyDeploy::Cli {

QTextStream &out();
QTextStream &err();

/// Prints "tinydeploy-cli: <location>: <message>" on stderr, the hint on the next line, and
/// the details (indented) when @p verbose is set.
void printError(const Error &error, bool verbose = false);

} // namespace TinyDeploy::Cli
