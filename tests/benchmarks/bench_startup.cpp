// Cold start of the tinydeploy GUI to its first shown main window, against an empty
// QMainWindow program built the same way (bench_startup_baseline), both spawned N times in the
// same run under the offscreen platform. Prints the median of each, their ratio (target
// <= 1.5) and the app's peak RSS (target < 80 MB, ru_maxrss of the child from wait4()).
//
// Usage: bench_startup [--runs N]     (default 10)
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <algorithm>
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
    double ms = 0;
    long maxRssKb = 0;
    bool ok = false;
};

Run spawnOnce(const char *program)
{
    Run run;
    std::vector<std::string> env;
    for (char **e = environ; *e; ++e) {
        if (std::strncmp(*e, "QT_QPA_PLATFORM=", 16) != 0
            && std::strncmp(*e, "TINYDEPLOY_EXIT_ON_SHOWN=", 25) != 0)
            env.emplace_back(*e);
    }
    env.emplace_back("QT_QPA_PLATFORM=offscreen");
    env.emplace_back("TINYDEPLOY_EXIT_ON_SHOWN=1");
    std::vector<char *> envp;
    for (std::string &s : env)
        envp.push_back(s.data());
    envp.push_back(nullptr);
    char *argv[] = {const_cast<char *>(program), nullptr};

    const auto start = std::chrono::steady_clock::now();
    pid_t pid = 0;
    if (posix_spawn(&pid, program, nullptr, nullptr, argv, envp.data()) != 0) {
        std::perror(program);
        return run;
    }
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid)
        return run;
    run.ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                 .count();
    run.maxRssKb = usage.ru_maxrss;
    run.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    if (!run.ok)
        std::fprintf(stderr, "%s exited with status %d\n", program, status);
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

    const char *appPath = TINYDEPLOY_APP_PATH;
    const char *basePath = TINYDEPLOY_BASELINE_PATH;
    // One warm-up of each, so that both start from the same (page-cached) state.
    if (!spawnOnce(appPath).ok || !spawnOnce(basePath).ok)
        return 2;

    QList<double> appMs;
    QList<double> baseMs;
    long appRss = 0;
    long baseRss = 0;
    for (int i = 0; i < runs; ++i) {
        // Interleaved, so that machine load affects both alike.
        const Run a = spawnOnce(appPath);
        const Run b = spawnOnce(basePath);
        if (!a.ok || !b.ok)
            return 2;
        appMs << a.ms;
        baseMs << b.ms;
        appRss = std::max(appRss, a.maxRssKb);
        baseRss = std::max(baseRss, b.maxRssKb);
    }
    const double appMedian = median(appMs);
    const double baseMedian = median(baseMs);
    const double ratio = appMedian / baseMedian;
    const double appRssMb = appRss / 1024.0;
    const bool ratioOk = ratio <= 1.5;
    const bool rssOk = appRssMb < 80.0;
    std::printf("runs: %d each (offscreen)\n", runs);
    std::printf("tinydeploy start to shown, median: %.1f ms\n", appMedian);
    std::printf("empty QMainWindow start to shown, median: %.1f ms\n", baseMedian);
    std::printf("ratio app/baseline: %.2f (target <= 1.5) %s\n", ratio, ratioOk ? "PASS" : "FAIL");
    std::printf("tinydeploy peak RSS: %.1f MB (target < 80 MB) %s\n",
                appRssMb,
                rssOk ? "PASS" : "FAIL");
    std::printf("baseline peak RSS: %.1f MB\n", baseRss / 1024.0);
    std::printf("%s\n", ratioOk && rssOk ? "PASS" : "FAIL");
    return 0;
}
