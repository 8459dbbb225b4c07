// Cold start of the tinydeploy GUI to its first painted frame, against two baselines built the
// same way (bench_startup_baseline): an empty QMainWindow, and one that shows a single label.
// Each program is spawned N times, interleaved, under the offscreen platform; each prints the
// steady-clock moment its first frame was painted (src/app/startupprobe.h) and quits. Prints
// the medians from spawn to first frame, the ratio app / empty window (target <= 1.5), the
// ratio app / one-label window (the part TinyDeploy adds beyond the font and text stack every
// window with text pays), and the app's peak RSS (target < 80 MB, ru_maxrss from wait4()).
//
// Usage: bench_startup [--runs N]     (default 10)
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <spawn.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace {

struct Run
{
    double firstFrameMs = 0;
    long maxRssKb = 0;
    bool ok = false;
};

struct Program
{
    const char *name;
    std::vector<const char *> argv;
    QList<double> firstFrameMs;
    long maxRssKb = 0;
};

std::vector<std::string> childEnvironment()
{
    std::vector<std::string> env;
    for (char **e = environ; *e; ++e) {
        if (std::strncmp(*e, "QT_QPA_PLATFORM=", 16) != 0
            && std::strncmp(*e, "TINYDEPLOY_EXIT_ON_SHOWN=", 25) != 0)
            env.emplace_back(*e);
    }
    env.emplace_back("QT_QPA_PLATFORM=offscreen");
    env.emplace_back("TINYDEPLOY_EXIT_ON_SHOWN=1");
    return env;
}

Run spawnOnce(const Program &program)
{
    Run run;
    std::vector<std::string> env = childEnvironment();
    std::vector<char *> envp;
    for (std::string &s : env)
        envp.push_back(s.data());
    envp.push_back(nullptr);
    std::vector<char *> argv;
    for (const char *arg : program.argv)
        argv.push_back(const_cast<char *>(arg));
    argv.push_back(nullptr);

    int out[2];
    if (pipe(out) != 0) {
        std::perror("pipe");
        return run;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDERR_FILENO);
    posix_spawn_file_actions_addclose(&actions, out[0]);

    const auto start = std::chrono::steady_clock::now();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    close(out[1]);
    if (spawned != 0) {
        std::fprintf(stderr, "cannot start %s: %s\n", argv[0], std::strerror(spawned));
        close(out[0]);
        return run;
    }
    std::string output;
    char buffer[4096];
    for (ssize_t n; (n = read(out[0], buffer, sizeof buffer)) != 0;) {
        if (n > 0)
            output.append(buffer, size_t(n));
        else if (errno != EINTR)
            break;
    }
    close(out[0]);
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid)
        return run;
    run.maxRssKb = usage.ru_maxrss;

    const std::string key = "first-frame-ns ";
    const size_t at = output.find(key);
    const bool exited = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    if (!exited || at == std::string::npos) {
        std::fprintf(stderr,
                     "%s %s (status %d); its output:\n%s\n",
                     argv[0],
                     exited ? "printed no first-frame time" : "failed",
                     status,
                     output.c_str());
        return run;
    }
    const long long frameNs = std::strtoll(output.c_str() + at + key.size(), nullptr, 10);
    const long long startNs
        = std::chrono::duration_cast<std::chrono::nanoseconds>(start.time_since_epoch()).count();
    run.firstFrameMs = double(frameNs - startNs) / 1e6;
    run.ok = run.firstFrameMs > 0;
    return run;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int runs = 10;
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--runs"));
    if (at >= 0 && at + 1 < args.size())
        runs = std::max(1, args[at + 1].toInt());

    Program tinydeploy{"tinydeploy", {TINYDEPLOY_APP_PATH}, {}, 0};
    Program empty{"empty QMainWindow", {TINYDEPLOY_BASELINE_PATH}, {}, 0};
    Program label{"QMainWindow with one label", {TINYDEPLOY_BASELINE_PATH, "--label"}, {}, 0};
    std::vector<Program *> programs{&tinydeploy, &empty, &label};

    // One warm-up of each, so that all start from the same (page-cached) state; then
    // interleaved, so that machine load affects all alike.
    for (Program *program : programs) {
        if (!spawnOnce(*program).ok)
            return 2;
    }
    for (int i = 0; i < runs; ++i) {
        for (Program *program : programs) {
            const Run run = spawnOnce(*program);
            if (!run.ok)
                return 2;
            program->firstFrameMs << run.firstFrameMs;
            program->maxRssKb = std::max(program->maxRssKb, run.maxRssKb);
        }
    }

    std::printf("runs: %d each (offscreen), spawn to first painted frame, median:\n", runs);
    for (const Program *program : programs) {
        std::printf("  %-28s %6.1f ms   peak RSS %5.1f MB\n",
                    program->name,
                    median(program->firstFrameMs),
                    program->maxRssKb / 1024.0);
    }
    const double appMs = median(tinydeploy.firstFrameMs);
    const double ratio = appMs / median(empty.firstFrameMs);
    const double overText = appMs / median(label.firstFrameMs);
    const double appRssMb = tinydeploy.maxRssKb / 1024.0;
    const bool ratioOk = ratio <= 1.5;
    const bool rssOk = appRssMb < 80.0;
    std::printf("ratio tinydeploy / empty window: %.2f (target <= 1.5) %s\n",
                ratio,
                ratioOk ? "PASS" : "FAIL");
    std::printf("ratio tinydeploy / one-label window: %.2f (for reference)\n", overText);
    std::printf("tinydeploy peak RSS: %.1f MB (target < 80 MB) %s\n",
                appRssMb,
                rssOk ? "PASS" : "FAIL");
    std::printf("%s\n", ratioOk && rssOk ? "PASS" : "FAIL");
    return 0;
}
