// The small file formats of data sets: the labels CSV and binary PGM/PPM images.

#include "dataset.h"
#include "validatetr.h"

#include <QByteArray>

namespace TinyDeploy::Validate {

namespace {

// Splits one CSV line into fields: commas, optional double quotes with "" for a quote.
Result<QStringList> csvFields(const QByteArray &line, const QString &where)
{
    QStringList fields;
    QByteArray field;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line.at(i);
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line.at(i + 1) == '"') {
                field.append('"');
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field.append(c);
            }
        } else if (c == '"' && field.trimmed().isEmpty() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
            field.clear();
        } else if (c == ',') {
            fields.append(wasQuoted ? QString::fromUtf8(field) : QString::fromUtf8(field).trimmed());
            field.clear();
            wasQuoted = false;
        } else {
            field.append(c);
        }
    }
    if (quoted) {
        return fail(ErrorCode::InvalidValue,
                    Tr::tr("A quoted field is not closed."),
                    where,
                    Tr::tr("Close the field with a double quote (\"), or remove the quote."));
    }
    fields.append(wasQuoted ? QString::fromUtf8(field) : QString::fromUtf8(field).trimmed());
    return fields;
}

} // namespace

Result<QList<DataSet::CsvRow>> DataSet::parseLabelsCsv(const QByteArray &text, const QString &source)
{
    const QList<QByteArray> lines = text.split('\n');
    int fileColumn = -1;
    int labelColumn = -1;
    QList<CsvRow> rows;
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QByteArray line = lines.at(n);
        if (line.endsWith('\r'))
            line.chop(1);
        if (n == 0 && line.startsWith("\xEF\xBB\xBF"))
            line.remove(0, 3); // a byte order mark, as spreadsheets write it
        if (line.trimmed().isEmpty())
            continue;
        const QString where = QStringLiteral("%1:%2").arg(source).arg(n + 1);
        Result<QStringList> fields = csvFields(line, where);
        if (!fields)
            return fail(fields.error());
        if (fileColumn < 0) {
            for (qsizetype i = 0; i < fields->size(); ++i) {
                const QString name = fields->at(i).toLower();
                if (name == QLatin1String("file") && fileColumn < 0)
                    fileColumn = int(i);
                else if (name == QLatin1String("label") && labelColumn < 0)
                    labelColumn = int(i);
            }
            if (fileColumn < 0 || labelColumn < 0) {
                return fail(ErrorCode::InvalidValue,
                            Tr::tr("The first line of the labels file must name the columns "
                                   "\"file\" and \"label\"."),
                            where,
                            Tr::tr("Start the file with the line: file,label"));
            }
            continue;
        }
        const int needed = std::max(fileColumn, labelColumn) + 1;
        if (fields->size() < needed) {
            return fail(ErrorCode::InvalidValue,
                        Tr::tr("The line has %1 field(s); the file and the label need %2.")
                            .arg(fields->size())
                            .arg(needed),
                        where,
                        Tr::tr("Write each sample as: file,label"));
        }
        CsvRow row{fields->at(fileColumn), fields->at(labelColumn), int(n + 1)};
        if (row.file.isEmpty()) {
            return fail(ErrorCode::InvalidValue,
                        Tr::tr("The line names no file."),
                        where,
                        Tr::tr("Write each sample as: file,label"));
        }
        if (row.label.isEmpty()) {
            return fail(ErrorCode::MissingField,
                        Tr::tr("The sample %1 has no label.").arg(row.file),
                        where,
                        Tr::tr("Give its class (an index or a name of the model's labels), or "
                               "remove the line."));
        }
        rows.append(row);
    }
    if (fileColumn < 0) {
        return fail(ErrorCode::InvalidValue,
                    Tr::tr("The labels file is empty."),
                    source,
                    Tr::tr("Write a file,label header and one line per sample."));
    }
    return rows;
}

std::optional<qint64> classIndexOf(const QString &label, const QStringList &classNames)
{
    const qsizetype named = classNames.indexOf(label);
    if (named >= 0)
        return named;
    bool ok = false;
    const qint64 index = label.toLongLong(&ok);
    if (ok && index >= 0 && (classNames.isEmpty() || index < classNames.size()))
        return index;
    return std::nullopt;
}

Result<Deploy::ImagePixels> readPnm(const QByteArray &bytes, const QString &source)
{
    const auto bad = [&source](const QString &what) {
        return fail(ErrorCode::InvalidValue,
                    Tr::tr("The image is not a binary PGM or PPM file: %1.").arg(what),
                    source,
                    Tr::tr("Save it as an 8-bit PGM (P5) or PPM (P6), or give an .npy file."));
    };
    if (bytes.size() < 2 || bytes.at(0) != 'P' || (bytes.at(1) != '5' && bytes.at(1) != '6'))
        return bad(Tr::tr("no P5 or P6 signature"));
    const int channels = bytes.at(1) == '5' ? 1 : 3;
    qsizetype pos = 2;
    qint64 numbers[3] = {0, 0, 0};
    for (qint64 &number : numbers) {
        // Whitespace and comments, then digits.
        while (pos < bytes.size()) {
            const char c = bytes.at(pos);
            if (c == '#') {
                while (pos < bytes.size() && bytes.at(pos) != '\n')
                    ++pos;
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                ++pos;
            } else {
                break;
            }
        }
        const qsizetype start = pos;
        while (pos < bytes.size() && bytes.at(pos) >= '0' && bytes.at(pos) <= '9'
               && pos - start < 9) {
            number = number * 10 + (bytes.at(pos) - '0');
            ++pos;
        }
        if (pos == start)
            return bad(Tr::tr("the header is incomplete"));
    }
    if (pos >= bytes.size())
        return bad(Tr::tr("no pixels"));
    ++pos; // the single whitespace after the maximum value
    const qint64 width = numbers[0];
    const qint64 height = numbers[1];
    if (width <= 0 || height <= 0 || width > 16384 || height > 16384)
        return bad(Tr::tr("the size %1 x %2 is out of range").arg(width).arg(height));
    if (numbers[2] <= 0 || numbers[2] > 255)
        return bad(Tr::tr("only 8-bit samples are read (maximum value %1)").arg(numbers[2]));
    const qint64 size = width * height * channels;
    if (bytes.size() - pos < size)
        return bad(Tr::tr("the pixels are truncated"));
    Deploy::ImagePixels pixels;
    pixels.width = int(width);
    pixels.height = int(height);
    pixels.channels = channels;
    pixels.data = bytes.mid(pos, size);
    if (numbers[2] != 255) {
        for (char &value : pixels.data)
            value = char(std::min(255, int(uchar(value)) * 255 / int(numbers[2])));
    }
    return pixels;
}

} // namespace TinyDeploy::Validate
