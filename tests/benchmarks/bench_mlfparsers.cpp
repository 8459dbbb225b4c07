// Throughput of the MLF parsers that run on every archive opened. Prints one figure per line,
// each with a baseline measured in the same run (memchr over the same bytes).
// Usage: bench_mlfparsers [megabytes]   (default 100; the CTest smoke run uses 4)
#include <mlf/entrypointscanner.h>
#include <mlf/metadataparser.h>
#include <mlf/paramsdecoder.h>

#include <QByteArray>
#include <QElapsedTimer>
#include <QTextStream>

#include <cstring>

using namespace TinyDeploy::Mlf;

namespace {

constexpr qsizetype chunkSize = 64 * 1024;

// Generated-C-like text: constant tables, operator functions, comments, calls.
QByteArray generatedC(qsizetype bytes)
{
    const QByteArray block
        = "static const float __attribute__((section(\".rodata.tvm\"), aligned(16))) "
          "constant_0[16] = {\n    -0x1.748b24p-10, 0x1.9221acp-2, -0x1.eadf2p-5, "
          "0x1.bb7fa6p-2,\n};\n/* tvmgen_default_run(void) { in a comment */\n"
          "TVM_DLL int32_t tvmgen_default_fused_nn_dense_add(float* placeholder, float* T_add) "
          "{\n  for (int32_t ax1 = 0; ax1 < 16; ++ax1) {\n    T_add[ax1] = placeholder[ax1] + "
          "1.0f;\n  }\n  if (tvmgen_default_run(a, b) != 0) return -1;\n  return 0;\n}\n";
    QByteArray text;
    text.reserve(bytes + 200);
    while (text.size() < bytes)
        text += block;
    text += "int32_t tvmgen_default_run(struct tvmgen_default_inputs* inputs, "
            "struct tvmgen_default_outputs* outputs) {\n  return 0;\n}\n";
    return text;
}

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    const qsizetype megabytes = argc > 1 ? std::max(1, std::atoi(argv[1])) : 100;
    QTextStream out(stdout);
    const QByteArray text = generatedC(megabytes * 1024 * 1024);
    const double mb = double(text.size()) / (1024.0 * 1024.0);

    // Baseline: the cheapest full pass over the same chunks.
    QElapsedTimer timer;
    timer.start();
    qsizetype newlines = 0;
    for (qsizetype pos = 0; pos < text.size(); pos += chunkSize) {
        const qsizetype n = std::min(chunkSize, text.size() - pos);
        const char *p = text.constData() + pos;
        const char *end = p + n;
        while ((p = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p))))) {
            ++newlines;
            ++p;
        }
    }
    const double baseline = mb / seconds(timer);

    timer.restart();
    EntryPointScanner scanner(QStringLiteral("default"));
    for (qsizetype pos = 0; pos < text.size() && !scanner.isFound(); pos += chunkSize)
        scanner.feed(QByteArrayView(text).sliced(pos, std::min(chunkSize, text.size() - pos)));
    const double scan = mb / seconds(timer);
    if (scanner.kind() != EntryPointKind::Run) {
        out << "entry point scanner: definition at the end NOT found\n";
        return 1;
    }
    out << QStringLiteral("entry point scanner, %1 MiB in 64 KiB chunks: %2 MiB/s (memchr "
                          "baseline %3 MiB/s, ratio %4; %5 lines)\n")
               .arg(mb, 0, 'f', 1)
               .arg(scan, 0, 'f', 0)
               .arg(baseline, 0, 'f', 0)
               .arg(scan / baseline, 0, 'f', 3)
               .arg(newlines);

    // Params: one large array whose data streams past the decoder.
    QByteArray params;
    const auto u64 = [&](quint64 v) { params.append(reinterpret_cast<const char *>(&v), 8); };
    const qint64 elements = qint64(megabytes) * 1024 * 1024 / 4;
    u64(ParamsDecoder::listMagic);
    u64(0);
    u64(1);
    u64(2);
    params += "p0";
    u64(1);
    u64(ParamsDecoder::arrayMagic);
    u64(0);
    const qint32 header[3] = {1, 0, 1};
    params.append(reinterpret_cast<const char *>(header), 12);
    params.append("\x02\x20\x01\x00", 4);
    u64(quint64(elements));
    u64(quint64(elements * 4));
    params.append(QByteArray(elements * 4, '\x01'));
    timer.restart();
    ParamsDecoder decoder;
    for (qsizetype pos = 0; pos < params.size(); pos += chunkSize)
        (void) decoder.feed(
            QByteArrayView(params).sliced(pos, std::min(chunkSize, params.size() - pos)));
    const bool paramsOk = decoder.finish().has_value();
    out << QStringLiteral("params decoder, %1 MiB fed in 64 KiB chunks: %2 MiB/s (%3)\n")
               .arg(double(params.size()) / 1048576.0, 0, 'f', 1)
               .arg(double(params.size()) / 1048576.0 / seconds(timer), 0, 'f', 0)
               .arg(paramsOk ? QStringLiteral("ok") : QStringLiteral("FAILED"));

    // A typical v7 metadata.json (about 2 KiB): parses per second.
    const QByteArray metadata = R"({"modules": {"default": {"executors": ["aot"],
      "export_datetime": "2025-01-02 01:00:27Z", "external_dependencies": [{"short_name":
      "tvm_standalone_crt", "url": "./runtime", "url_type": "mlf_path", "version_spec":
      "0.15.dev0"}], "memory": {"functions": {"main": [{"constants_size_bytes": 0, "device": 1,
      "inputs": {"input_0": {"dtype": "int8", "size": 3072}}, "io_size_bytes": 4096, "outputs":
      {"output": {"dtype": "int32", "size": 1024}}, "workspace_size_bytes": 0}],
      "operator_functions": []}}, "model_name": "default", "style": "full-model", "target":
      ["c -keys=riscv_cpu,cpu -device=riscv_cpu"]}}, "version": 7})";
    const int rounds = 2000;
    timer.restart();
    int parsed = 0;
    for (int i = 0; i < rounds; ++i)
        parsed += parseMetadata(metadata).has_value() ? 1 : 0;
    out << QStringLiteral("metadata.json (%1 bytes): %2 us per parse (%3 of %4 ok)\n")
               .arg(metadata.size())
               .arg(seconds(timer) * 1e6 / rounds, 0, 'f', 1)
               .arg(parsed)
               .arg(rounds);
    return paramsOk && parsed == rounds ? 0 : 1;
}
