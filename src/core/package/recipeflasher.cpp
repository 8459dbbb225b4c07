#include "recipeflasher.h"
#include "packagetr.h"

#include <templates/templatelocator.h>
#include <util/python.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QTimer>

#include <csignal>
#include <unistd.h>

namespace TinyDeploy::Package {

namespace {

constexpr int killGraceMs = 3000;
constexpr int tailLines = 30;
constexpr qsizetype maxLineBytes = 64 * 1024;

QString libraryMarker()
{
    return QStringLiteral("tdserver/flashing/__main__.py");
}

} // namespace

Result<QString> flashingLibraryDir()
{
    QStringList looked;
    const QStringList roots = Templates::TemplateLocator::bundledRoots(
        QCoreApplication::applicationDirPath());
    for (const QString &root : roots) {
        const QString dir = QDir(root).filePath(QStringLiteral("common"));
        looked.append(dir);
        if (QFileInfo(QDir(dir).filePath(libraryMarker())).isFile())
            return QDir(dir).absolutePath();
    }
    return fail(ErrorCode::NotFound,
                Tr::tr("TinyDeploy's flashing library (firmware_templates/common/tdserver) is "
                       "not installed beside the program."),
                QCoreApplication::applicationDirPath(),
                Tr::tr("Reinstall TinyDeploy: flashing a package needs its share folder."),
                Tr::tr("Looked in: %1")
                    .arg(looked.isEmpty() ? Tr::tr("(no bundled folder)")
                                          : looked.join(QStringLiteral(", "))));
}

RecipeFlasher::RecipeFlasher(QObject *parent)
    : QObject(parent)
    , m_killTimer(new QTimer(this))
    , m_environment(QProcessEnvironment::systemEnvironment())
{
    m_killTimer->setSingleShot(true);
    connect(m_killTimer, &QTimer::timeout, this, [this] { signalGroup(SIGKILL); });
}

RecipeFlasher::~RecipeFlasher()
{
    if (m_process) {
        disconnect(m_process, nullptr, this, nullptr);
        signalGroup(SIGKILL);
        m_process->waitForFinished(1000); // reaps what SIGKILL ended; does not wait for a flash
    }
}

void RecipeFlasher::setProcessEnvironment(const QProcessEnvironment &environment)
{
    m_environment = environment;
}

Result<void> RecipeFlasher::start(const QString &dir,
                                  const QString &recipe,
                                  const QJsonObject &options)
{
    if (m_process) {
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("A flash is already in progress."),
                    QStringLiteral("RecipeFlasher::start"));
    }
    QString library = m_libraryDir;
    if (library.isEmpty()) {
        Result<QString> found = flashingLibraryDir();
        if (!found)
            return fail(found.error());
        library = *found;
    }
    Result<QString> python = resolvePython();
    if (!python)
        return fail(python.error());
    QDir(dir).mkpath(QStringLiteral("run"));
    m_resultPath = QDir(dir).filePath(QStringLiteral("run/flash-result.json"));
    QFile::remove(m_resultPath);
    QStringList arguments{QStringLiteral("-m"),
                          QStringLiteral("tdserver.flashing"),
                          QStringLiteral("--recipe"),
                          QDir(dir).filePath(recipe),
                          QStringLiteral("--dir"),
                          dir,
                          QStringLiteral("--result"),
                          m_resultPath};
    for (auto it = options.begin(); it != options.end(); ++it) {
        const QJsonValue value = it.value();
        const QString text = value.isString() ? value.toString()
                             : value.isBool()
                                 ? QString::fromLatin1(value.toBool() ? "true" : "false")
                                 : QString::number(value.toDouble(), 'g', 17);
        arguments << QStringLiteral("--option") << it.key() + QLatin1Char('=') + text;
    }
    QProcessEnvironment environment = m_environment;
    const QString pythonPath = environment.value(QStringLiteral("PYTHONPATH"));
    environment.insert(QStringLiteral("PYTHONPATH"),
                       pythonPath.isEmpty() ? library : library + QLatin1Char(':') + pythonPath);
    environment.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));

    m_command = *python + QLatin1Char(' ') + arguments.join(QLatin1Char(' '));
    m_cancelled = false;
    m_tail.clear();
    m_pending[0].clear();
    m_pending[1].clear();
    m_process = new QProcess(this);
    m_process->setProgram(*python);
    m_process->setArguments(arguments);
    m_process->setWorkingDirectory(dir);
    m_process->setProcessEnvironment(environment);
    m_process->setStandardInputFile(QProcess::nullDevice());
    m_process->setChildProcessModifier([] { ::setsid(); }); // cancel() reaches the tools too
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this] { drain(false, false); });
    connect(m_process, &QProcess::readyReadStandardError, this, [this] { drain(true, false); });
    connect(m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        onFinished(exitCode, status == QProcess::CrashExit);
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            onFinished(-1, true);
    });
    m_process->start();
    m_pid = m_process->processId();
    return ok();
}

void RecipeFlasher::cancel()
{
    if (!m_process || m_cancelled)
        return;
    m_cancelled = true;
    signalGroup(SIGTERM);
    m_killTimer->start(killGraceMs);
}

void RecipeFlasher::signalGroup(int signal)
{
    if (m_pid <= 0)
        return;
    if (::kill(-static_cast<pid_t>(m_pid), signal) != 0)
        ::kill(static_cast<pid_t>(m_pid), signal);
}

void RecipeFlasher::drain(bool fromStderr, bool flushAll)
{
    if (!m_process)
        return;
    QByteArray &pending = m_pending[fromStderr ? 1 : 0];
    pending += fromStderr ? m_process->readAllStandardError() : m_process->readAllStandardOutput();
    while (true) {
        qsizetype end = -1;
        for (qsizetype i = 0; i < pending.size(); ++i) {
            if (pending.at(i) == '\n' || pending.at(i) == '\r') {
                end = i;
                break;
            }
        }
        if (end < 0 && pending.size() > maxLineBytes)
            end = maxLineBytes;
        if (end < 0 && !(flushAll && !pending.isEmpty()))
            return;
        const QString line = QString::fromUtf8(end < 0 ? pending : pending.left(end)).trimmed();
        pending.remove(0, end < 0 ? pending.size() : end + 1);
        if (line.isEmpty())
            continue;
        m_tail.append(line);
        if (m_tail.size() > tailLines)
            m_tail.removeFirst();
        emit logLine(line, fromStderr);
    }
}

void RecipeFlasher::onFinished(int exitCode, bool crashed)
{
    if (!m_process)
        return;
    drain(false, true);
    drain(true, true);
    m_killTimer->stop();
    QProcess *process = m_process;
    m_process = nullptr;
    m_pid = 0;
    process->deleteLater();
    const QString details = Tr::tr("Command: %1\nExit status %2\nLast lines of output:\n%3")
                                .arg(m_command)
                                .arg(exitCode)
                                .arg(m_tail.join(QLatin1Char('\n')));
    if (m_cancelled) {
        emit finished(fail(ErrorCode::Cancelled, Tr::tr("The flash was cancelled.")));
        return;
    }
    QFile file(m_resultPath);
    const QJsonObject outcome = file.open(QIODevice::ReadOnly)
                                    ? QJsonDocument::fromJson(file.readAll()).object()
                                    : QJsonObject();
    if (!crashed && exitCode == 0 && outcome.value(QStringLiteral("ok")).toBool()) {
        emit finished(outcome.value(QStringLiteral("result")).toObject());
        return;
    }
    const QJsonObject error = outcome.value(QStringLiteral("error")).toObject();
    QString message = error.value(QStringLiteral("message")).toString();
    if (message.isEmpty()) {
        message = crashed && exitCode == -1
                      ? Tr::tr("The flashing library could not be started: %1")
                            .arg(process->errorString())
                      : Tr::tr("The flashing library ended without saying why (exit status %1).")
                            .arg(exitCode);
    }
    const QString toolDetails = error.value(QStringLiteral("details")).toString();
    emit finished(
        fail(ErrorCode::StepFailed,
             message,
             QStringLiteral("flash"),
             QString(),
             toolDetails.isEmpty() ? details : toolDetails + QStringLiteral("\n\n") + details));
}

} // namespace TinyDeploy::Package
