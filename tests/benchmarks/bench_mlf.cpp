// Benchmark of ModelArchive::summarize on large archives. Prints one figure per line with its
// unit and PASS/FAIL against the target; it is not a timed test.
//
//   bench_mlf [--size-mb N]      generate a ~N MB archive (default 200) and measure; exits 1
//                                when a target is missed (only for N >= 100)
//   bench_mlf --summarize PATH   (internal) summarize once; the parent reads its peak RSS
//   bench_mlf --idle             (internal) start up and exit: the baseline RSS of the process
//
// Figures: `tar -tzf` vs summarize on the .tar.gz (median of 3, ratio, target <= 1.2); summarize
// of the same archive uncompressed (target < 100 ms); peak RSS of a fresh process running
// summarize on each (target < 64 MB); summarize of a ~3 MB realistic archive (target < 50 ms).

#include <mlf/modelarchive.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <functional>
#include <vector>

#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char **environ;

using namespace TinyDeploy;
using namespace TinyDeploy::Mlf;

namespace {

constexpr qint64 MiB = 1024 * 1024;

struct Member
{
    QByteArray name;
    qint64 size = 0;
    bool directory = false;
    /// Writes the data in chunks through the callback.
    std::function<void(const std::function<void(const QByteArray &)> &)> produce;
};

QByteArray metadata()
{
    return R"({
  "modules": {
    "default": {
      "executors": ["aot"],
      "export_datetime": "2024-05-06 07:08:09Z",
      "external_dependencies": [{"short_name": "tvm_standalone_crt", "url": "./runtime",
                                 "url_type": "mlf_path", "version_spec": "0.15.dev0"}],
      "memory": {"functions": {"main": [{"constants_size_bytes": 0, "device": 1,
          "inputs": {"serving_default_input:0": {"dtype": "int8", "size": 3072}},
          "io_size_bytes": 4096, "outputs": {"output": {"dtype": "int32", "size": 1024}},
          "workspace_size_bytes": 20480}], "operator_functions": []}},
      "model_name": "default",
      "style": "full-model",
      "target": ["c -keys=arm_cpu,cpu -mcpu=cortex-m7"]
    }
  },
  "version": 7
}
)";
}

QByteArray header()
{
    return "#ifndef TVMGEN_DEFAULT_H_\n#define TVMGEN_DEFAULT_H_\n#include <stdint.h>\n"
           "#define TVMGEN_DEFAULT_SERVING_DEFAULT_INPUT_0_SIZE 3072\n"
           "#define TVMGEN_DEFAULT_OUTPUT_SIZE 1024\n"
           "struct tvmgen_default_inputs {\n  void* serving_default_input_0;\n};\n"
           "struct tvmgen_default_outputs {\n  void* output;\n};\n"
           "int32_t tvmgen_default_run(\n  struct tvmgen_default_inputs* inputs,\n"
           "  struct tvmgen_default_outputs* outputs\n);\n"
           "#define TVMGEN_DEFAULT_WORKSPACE_SIZE 20480\n#endif\n";
}

QByteArray lib0()
{
    return "#include \"tvmgen_default.h\"\n#include <tvm/runtime/c_runtime_api.h>\n"
           "int32_t tvmgen_default___tvm_main__(int8_t* input, int32_t* output);\n"
           "int32_t tvmgen_default_run(struct tvmgen_default_inputs* inputs,"
           "struct tvmgen_default_outputs* outputs) {\n"
           "  return tvmgen_default___tvm_main__((int8_t*)inputs->serving_default_input_0, "
           "(int32_t*)outputs->output);\n}\n";
}

QByteArray relay()
{
    return "#[version = \"0.0.5\"]\ndef @main(%serving_default_input:0: Tensor[(1, 32, 32, 3), "
           "int8], output_tensor_names=[\"output\"]) -> Tensor[(1, 256), int32] {\n"
           "  %0 = qnn.conv2d(%serving_default_input:0, meta[relay.Constant][0]);\n  %0\n}\n";
}

/// Operator code like TVM's default_lib1.c: many fused kernels, none is the entry point.
void produceOperators(qint64 size, const std::function<void(const QByteArray &)> &sink)
{
    QByteArray chunk;
    qint64 written = 0;
    int index = 0;
    char buffer[1024];
    while (written < size) {
        chunk.clear();
        while (chunk.size() < MiB) {
            const int n = std::snprintf(
                buffer,
                sizeof buffer,
                "TVM_DLL int32_t tvmgen_default_fused_nn_conv2d_add_cast_multiply_%d(int8_t* "
                "p0, int8_t* T_cast, uint8_t* global_const_workspace_%d_var, uint8_t* "
                "global_workspace_%d_var) {\n  void* fused_constant_%d_let = "
                "(&(global_const_workspace_%d_var[%d]));\n  for (int32_t ax1 = 0; ax1 < %d; "
                "++ax1) {\n    int32_t v_%d = ((int32_t)p0[((ax1 * %d) + %d)]) * %d;\n    "
                "T_cast[ax1] = (int8_t)max(min(v_%d >> %d, 127), -128);\n  }\n  return 0;\n}\n\n",
                index,
                index,
                index,
                index,
                index,
                (index * 64) % 65536,
                16 + index % 48,
                index,
                3 + index % 7,
                index % 11,
                1 + index % 255,
                index,
                1 + index % 9);
            chunk.append(buffer, n);
            ++index;
        }
        const qint64 take = std::min<qint64>(chunk.size(), size - written);
        sink(take == chunk.size() ? chunk : chunk.left(take));
        written += take;
    }
}

QByteArray paramsHeader(qint64 elements)
{
    QByteArray h;
    const auto u64 = [&h](quint64 v) { h.append(reinterpret_cast<const char *>(&v), 8); };
    const auto i32 = [&h](qint32 v) { h.append(reinterpret_cast<const char *>(&v), 4); };
    u64(0xF7E58D4F05049CB7ULL);
    u64(0);
    u64(1);
    u64(2);
    h.append("p0", 2);
    u64(1);
    u64(0xDD5E40F096B4A13FULL);
    u64(0);
    i32(1);
    i32(0);
    i32(1);
    h.append(char(2));
    h.append(char(32));
    h.append("\x01\x00", 2);
    u64(quint64(elements));
    u64(quint64(elements * 4));
    return h;
}

/// Weights: float32 in [-1, 1) with random mantissas (compress about as badly as real ones).
void produceParams(qint64 elements, const std::function<void(const QByteArray &)> &sink)
{
    sink(paramsHeader(elements));
    quint64 state = 0x9E3779B97F4A7C15ULL;
    QByteArray chunk(MiB, Qt::Uninitialized);
    qint64 left = elements * 4;
    while (left > 0) {
        auto *words = reinterpret_cast<float *>(chunk.data());
        for (qsizetype i = 0; i < chunk.size() / 4; ++i) {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            words[i] = float(qint32(state >> 32)) / 2147483648.0f;
        }
        const qint64 take = std::min<qint64>(chunk.size(), left);
        sink(take == chunk.size() ? chunk : chunk.left(take));
        left -= take;
    }
}

QList<Member> members(qint64 sourceBytes, qint64 paramElements)
{
    const auto fixed = [](const QByteArray &name, const QByteArray &data) {
        return Member{name, data.size(), false, [data](const auto &sink) { sink(data); }};
    };
    const auto dir = [](const QByteArray &name) { return Member{name, 0, true, {}}; };
    return {dir("./"),
            dir("./codegen/"),
            dir("./codegen/host/"),
            dir("./codegen/host/include/"),
            fixed("./codegen/host/include/tvmgen_default.h", header()),
            dir("./codegen/host/src/"),
            fixed("./codegen/host/src/default_lib0.c", lib0()),
            Member{"./codegen/host/src/default_lib1.c",
                   sourceBytes,
                   false,
                   [sourceBytes](const auto &sink) { produceOperators(sourceBytes, sink); }},
            fixed("./metadata.json", metadata()),
            dir("./parameters/"),
            Member{"./parameters/default.params",
                   paramsHeader(paramElements).size() + paramElements * 4,
                   false,
                   [paramElements](const auto &sink) { produceParams(paramElements, sink); }},
            dir("./src/"),
            fixed("./src/default.relay", relay())};
}

bool writeTar(const QString &path, const QList<Member> &list, bool gzip)
{
    struct archive *a = archive_write_new();
    archive_write_set_format_pax_restricted(a);
    if (gzip) {
        archive_write_add_filter_gzip(a);
        archive_write_set_filter_option(a, "gzip", "compression-level", "1");
    }
    if (archive_write_open_filename(a, QFile::encodeName(path).constData()) != ARCHIVE_OK) {
        std::fprintf(stderr, "cannot write %s: %s\n", qPrintable(path), archive_error_string(a));
        archive_write_free(a);
        return false;
    }
    for (const Member &m : list) {
        struct archive_entry *e = archive_entry_new();
        archive_entry_set_pathname(e, m.name.constData());
        archive_entry_set_filetype(e, m.directory ? AE_IFDIR : AE_IFREG);
        archive_entry_set_perm(e, m.directory ? 0755 : 0644);
        archive_entry_set_size(e, m.size);
        archive_entry_set_mtime(e, 1700000000, 0);
        archive_write_header(a, e);
        archive_entry_free(e);
        if (m.produce) {
            m.produce([a](const QByteArray &data) {
                archive_write_data(a, data.constData(), size_t(data.size()));
            });
        }
    }
    archive_write_close(a);
    archive_write_free(a);
    return true;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

template<typename F>
double medianMs(int runs, F &&f)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        f();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return median(times);
}

/// Runs this program with @p arguments and returns its peak RSS in MiB (-1 on failure).
double childPeakRssMiB(const QStringList &arguments)
{
    const QByteArray self = QFile::encodeName(QCoreApplication::applicationFilePath());
    std::vector<QByteArray> storage{self};
    for (const QString &a : arguments)
        storage.push_back(a.toUtf8());
    std::vector<char *> argv;
    for (QByteArray &s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    pid_t pid = 0;
    if (posix_spawn(&pid, self.constData(), nullptr, nullptr, argv.data(), environ) != 0)
        return -1;
    int status = 0;
    struct rusage usage;
    if (wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return -1;
    return double(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

int failures = 0;

void report(const char *what, double value, const char *unit, const char *comparison, double target)
{
    const bool pass = std::strcmp(comparison, "<=") == 0 ? value <= target : value < target;
    if (!pass)
        ++failures;
    std::printf("%-58s %10.2f %-5s (target %s %g) %s\n",
                what,
                value,
                unit,
                comparison,
                target,
                pass ? "PASS" : "FAIL");
    std::fflush(stdout);
}

bool checkSummary(const QString &path, qint64 paramElements)
{
    const Result<ModelInfo> info = ModelArchive::summarize(path);
    if (!info) {
        std::fprintf(stderr, "summarize failed: %s\n", qPrintable(info.error().fullText()));
        return false;
    }
    const ModuleInfo &m = info->modules.value(0);
    const bool ok = m.entryPoint == QLatin1String("tvmgen_default_run") && m.params.size() == 1
                    && m.params.first().shape.value(0) == paramElements;
    if (!ok)
        std::fprintf(stderr, "summary of %s is wrong (entry point or params)\n", qPrintable(path));
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == QLatin1String("--summarize"))
        return ModelArchive::summarize(args.value(2)) ? 0 : 1;
    if (args.value(1) == QLatin1String("--idle"))
        return 0;
    qint64 sizeMb = 200;
    if (args.value(1) == QLatin1String("--size-mb"))
        sizeMb = std::max<qint64>(args.value(2).toLongLong(), 4);

    QTemporaryDir dir;
    if (!dir.isValid())
        return 2;
    const qint64 sourceBytes = sizeMb * MiB / 2;
    const qint64 paramElements = (sizeMb * MiB - sourceBytes) / 4;
    const QList<Member> big = members(sourceBytes, paramElements);
    const QString tar = dir.filePath(QStringLiteral("big.tar"));
    const QString tgz = dir.filePath(QStringLiteral("big.tar.gz"));
    QElapsedTimer generation;
    generation.start();
    if (!writeTar(tar, big, false) || !writeTar(tgz, big, true))
        return 2;
    std::printf("generated %lld MB archive (.tar %.1f MB, .tar.gz %.1f MB) in %.1f s\n",
                sizeMb,
                double(QFileInfo(tar).size()) / 1e6,
                double(QFileInfo(tgz).size()) / 1e6,
                double(generation.elapsed()) / 1e3);
    if (!checkSummary(tar, paramElements) || !checkSummary(tgz, paramElements))
        return 1;

    const double tarTime = medianMs(3, [&] {
        QProcess process;
        process.setStandardOutputFile(QProcess::nullDevice());
        process.start(QStringLiteral("tar"), {QStringLiteral("-tzf"), tgz});
        process.waitForFinished(-1);
    });
    const double gzipTime = medianMs(3, [&] {
        QProcess process;
        process.setStandardOutputFile(QProcess::nullDevice());
        process.start(QStringLiteral("gzip"), {QStringLiteral("-dc"), tgz});
        process.waitForFinished(-1);
    });
    const double gzTime = medianMs(3, [&] { (void) ModelArchive::summarize(tgz); });
    const double tarSummarize = medianMs(3, [&] { (void) ModelArchive::summarize(tar); });
    std::printf("%-58s %10.2f ms\n", "tar -tzf (external gzip), median of 3", tarTime);
    std::printf("%-58s %10.2f ms\n", "gzip -dc > /dev/null, median of 3", gzipTime);
    std::printf("%-58s %10.2f ms\n", "summarize .tar.gz (libarchive + zlib), median of 3", gzTime);
    report("summarize .tar.gz / tar -tzf", gzTime / tarTime, "x", "<=", 1.2);
    report("summarize .tar (uncompressed), median of 3", tarSummarize, "ms", "<", 100);

    const double idleRss = childPeakRssMiB({QStringLiteral("--idle")});
    std::printf("%-58s %10.2f MiB\n", "peak RSS of an idle process (baseline)", idleRss);
    report("peak RSS, summarize .tar.gz (fresh process)",
           childPeakRssMiB({QStringLiteral("--summarize"), tgz}),
           "MiB",
           "<",
           64);
    report("peak RSS, summarize .tar (fresh process)",
           childPeakRssMiB({QStringLiteral("--summarize"), tar}),
           "MiB",
           "<",
           64);

    // A realistic small model: ~2 MB of operator code and ~1 MB of weights, as TVM writes it.
    const qint64 smallElements = MiB / 4;
    const QString small = dir.filePath(QStringLiteral("small.tar"));
    if (!writeTar(small, members(2 * MiB, smallElements), false)
        || !checkSummary(small, smallElements))
        return 1;
    report("summarize ~3 MB .tar, median of 3",
           medianMs(3, [&] { (void) ModelArchive::summarize(small); }),
           "ms",
           "<",
           50);
    // Small sizes (the CTest smoke run) check that everything works, not the targets.
    return failures == 0 || sizeMb < 100 ? 0 : 1;
}
