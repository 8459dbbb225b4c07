#include "output.h"

#include <util/error.h>

#include <QStringList>

#include <cstdio>

namespace TinyDeploy::Cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

void printError(const Error &error, bool verbose)
{
    out().flush();
    err() << "tinydeploy-cli: " << error.oneLine() << '\n';
    if (!error.hint.isEmpty())
        err() << "  " << error.hint << '\n';
    if (verbose && !error.details.isEmpty()) {
        const QStringList lines = error.details.split(QLatin1Char('\n'));
        for (const QString &line : lines)
            err() << "    " << line << '\n';
    }
    err().flush();
}

} // namespace TinyDeploy::Cli
