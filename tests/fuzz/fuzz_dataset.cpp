// libFuzzer target for the data-set parsers: the labels CSV and binary PGM/PPM images. Any
// bytes must give rows or pixels or an error, never a crash or a hang.
#include "validate/dataset.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace TinyDeploy::Validate;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                                     qsizetype(size));
    if (const auto rows = DataSet::parseLabelsCsv(bytes, QStringLiteral("fuzz.csv"))) {
        for (const DataSet::CsvRow &row : *rows) {
            // Every row names a file and a label (empty ones are errors).
            if (row.file.isEmpty() || row.label.isEmpty())
                __builtin_trap();
            (void) classIndexOf(row.label, {QStringLiteral("a"), QStringLiteral("b")});
        }
    }
    if (const auto pixels = readPnm(bytes, QStringLiteral("fuzz.pgm"))) {
        if (pixels->data.size() != qsizetype(pixels->width) * pixels->height * pixels->channels)
            __builtin_trap();
    }
    return 0;
}
