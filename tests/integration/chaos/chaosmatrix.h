#pragma once

// The scenarios of the chaos matrix (tst_chaos): every (method, mode) of
// tests/fakes/chaos_template, what each must end with, and the checks that nothing is left
// running. Header-only, test code.

#include "fakes/fakeserver.h"

#include <deploy/deploymenttypes.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Chaos {

using TinyDeploy::Deploy::DeploymentStep;

inline const QStringList &methods()
{
    static const QStringList list{QStringLiteral("server_info_query"),
                                  QStringLiteral("generate_project"),
                                  QStringLiteral("build"),
                                  QStringLiteral("flash"),
                                  QStringLiteral("open_transport"),
                                  QStringLiteral("close_transport"),
                                  QStringLiteral("read_transport"),
                                  QStringLiteral("write_transport")};
    return list;
}

inline const QStringList &modes()
{
    static const QStringList list{QStringLiteral("crash"),
                                  QStringLiteral("hang"),
                                  QStringLiteral("garbage"),
                                  QStringLiteral("wrong_id"),
                                  QStringLiteral("flood_stderr"),
                                  QStringLiteral("huge_reply"),
                                  QStringLiteral("leaves_child")};
    return list;
}

/// What a scenario must end with: the step that failed, its error code and a piece of its
/// message.
struct Expected
{
    DeploymentStep step = DeploymentStep::Generate;
    QString code;
    QString text;
};

struct Scenario
{
    QString method;
    QString mode;
    QString front; ///< "cli", "core", "gui"
    QString dir;   ///< Scratch folder of this scenario (records, pid file).

    QString name() const { return front + QLatin1Char(':') + method + QLatin1Char('/') + mode; }
    /// Put in the environment of everything the scenario starts, to find what is left.
    QString tag() const { return front + QLatin1Char('-') + method + QLatin1Char('-') + mode; }
    QString pidFile() const { return dir + QStringLiteral("/children.pid"); }
    QString recordsRoot() const { return dir + QStringLiteral("/records"); }
    QStringList optionAssignments() const
    {
        return {QStringLiteral("chaos_method=") + method, QStringLiteral("chaos_mode=") + mode};
    }

    Expected expected() const
    {
        // The chaos template's transport is a loopback: with no fault before it, the microTVM
        // session never starts. A child left running (the request then succeeds) and a faulty
        // close_transport (called after the failed connect, its error has nothing to add)
        // end that way.
        if (mode == QLatin1String("leaves_child") || method == QLatin1String("close_transport")) {
            return {DeploymentStep::Connect,
                    QStringLiteral("timeout"),
                    QStringLiteral("microTVM session start")};
        }
        Expected expected;
        if (method == QLatin1String("build"))
            expected.step = DeploymentStep::Build;
        else if (method == QLatin1String("flash"))
            expected.step = DeploymentStep::Flash;
        else if (method.endsWith(QLatin1String("_transport")))
            expected.step = DeploymentStep::Connect;
        // server_info_query: the template's (no options yet, so it behaves) and then the new
        // project's, both in Generate (spec 3.6).
        if (mode == QLatin1String("crash")) {
            expected.code = QStringLiteral("server-exited");
            expected.text = QStringLiteral("SIGSEGV");
        } else if (mode == QLatin1String("hang")) {
            expected.code = QStringLiteral("timeout");
            expected.text = QStringLiteral("did not answer %1 within").arg(method);
        } else if (mode == QLatin1String("garbage")) {
            expected.code = QStringLiteral("malformed-reply");
            expected.text = QStringLiteral("not JSON");
        } else if (mode == QLatin1String("wrong_id")) {
            expected.code = QStringLiteral("mismatched-id");
            expected.text = QStringLiteral("with the id");
        } else if (mode == QLatin1String("flood_stderr")) {
            expected.code = QStringLiteral("server-error");
            expected.text = QStringLiteral("flood_stderr at %1").arg(method);
        } else if (mode == QLatin1String("huge_reply")) {
            expected.code = QStringLiteral("line-too-long");
            expected.text = QStringLiteral("longer than the limit");
        }
        return expected;
    }
};

inline QList<Scenario> all(const QString &front, const QString &root)
{
    QList<Scenario> list;
    for (const QString &method : methods()) {
        for (const QString &mode : modes()) {
            Scenario scenario{method, mode, front, {}};
            scenario.dir = root + QLatin1Char('/') + scenario.tag();
            QDir().mkpath(scenario.dir);
            list.append(scenario);
        }
    }
    return list;
}

/// Checks a failed step's error (code, message) against @p scenario; empty when it matches.
inline QString checkError(const Scenario &scenario,
                          DeploymentStep step,
                          const QString &code,
                          const QString &message)
{
    const Expected expected = scenario.expected();
    if (step != expected.step || code != expected.code || !message.contains(expected.text)) {
        return QStringLiteral(
                   "%1: ended at %2 with [%3] \"%4\"; expected %5 with [%6] \"...%7...\"")
            .arg(scenario.name(),
                 TinyDeploy::Deploy::stepName(step),
                 code,
                 message,
                 TinyDeploy::Deploy::stepName(expected.step),
                 expected.code,
                 expected.text);
    }
    return {};
}

/// Checks the record folder's deployment.json: the failed step, its error code and message.
inline QString checkRecord(const Scenario &scenario, const QString &recordFolder)
{
    const QJsonObject record = FakeServer::readJson(recordFolder
                                                    + QStringLiteral("/deployment.json"));
    if (record.isEmpty())
        return scenario.name() + QStringLiteral(": no deployment.json in ") + recordFolder;
    const QJsonArray steps = record.value(QStringLiteral("steps")).toArray();
    for (int i = 0; i < steps.size(); ++i) {
        const QJsonObject error = steps.at(i).toObject().value(QStringLiteral("error")).toObject();
        if (error.isEmpty())
            continue;
        const QString problem = checkError(scenario,
                                           DeploymentStep(i),
                                           error.value(QStringLiteral("code")).toString(),
                                           error.value(QStringLiteral("message")).toString());
        return problem.isEmpty() ? QString() : QStringLiteral("record: ") + problem;
    }
    return scenario.name() + QStringLiteral(": the record names no failed step");
}

/// Processes whose environment holds CHAOS_TAG=@p tag and still run (orphans adopted by this
/// subreaper process are reaped on the way).
inline QList<pid_t> processesTagged(const QString &tag)
{
    const QByteArray needle = "CHAOS_TAG=" + tag.toUtf8();
    QList<pid_t> found;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool numeric = false;
        const pid_t pid = pid_t(entry.toLongLong(&numeric));
        if (!numeric || pid == ::getpid())
            continue;
        QFile environ(QStringLiteral("/proc/%1/environ").arg(entry));
        if (!environ.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> variables = environ.readAll().split('\0');
        if (variables.contains(needle) && !FakeServer::isDead(pid))
            found.append(pid);
    }
    return found;
}

/// The children the chaos template started (leaves_child) that still run.
inline QList<pid_t> childrenLeft(const Scenario &scenario)
{
    QList<pid_t> left;
    QFile file(scenario.pidFile());
    if (!file.open(QIODevice::ReadOnly))
        return left;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const pid_t pid = pid_t(line.trimmed().toLongLong());
        if (pid > 0 && !FakeServer::isDead(pid))
            left.append(pid);
    }
    return left;
}

/// Whether nothing @p scenario started still runs.
inline bool nothingLeft(const Scenario &scenario)
{
    return processesTagged(scenario.tag()).isEmpty() && childrenLeft(scenario).isEmpty();
}

} // namespace Chaos
