#include "rawtar.h"

#include <archive.h>
#include <archive_entry.h>

#include <cstring>

using TinyDeploy::ErrorCode;

namespace RawTar {

namespace {

void putOctal(char *field, int width, qint64 value)
{
    const QByteArray digits = QByteArray::number(value, 8).rightJustified(width - 1, '0');
    std::memcpy(field, digits.constData(), size_t(width - 1));
    field[width - 1] = '\0';
}

QByteArray padded(QByteArray data)
{
    if (const qsizetype rest = data.size() % 512)
        data.append(512 - rest, '\0');
    return data;
}

} // namespace

QByteArray header(const QByteArray &name, qint64 size, char type, const QByteArray &link, int mode)
{
    QByteArray h(512, '\0');
    char *p = h.data();
    std::memcpy(p, name.constData(), size_t(std::min<qsizetype>(name.size(), 100)));
    putOctal(p + 100, 8, mode);
    putOctal(p + 108, 8, 0);
    putOctal(p + 116, 8, 0);
    if (size < (qint64(1) << 33)) {
        putOctal(p + 124, 12, size);
    } else {
        // GNU base-256: first byte 0x80, then the value big-endian in 11 bytes, of which a
        // qint64 fills the last 8 (shifting it by 64 or more is undefined).
        p[124] = char(0x80);
        for (int i = 0; i < 11; ++i)
            p[135 - i] = char(i < 8 ? (size >> (8 * i)) & 0xff : 0);
    }
    putOctal(p + 136, 12, 1700000000);
    std::memset(p + 148, ' ', 8);
    p[156] = type;
    std::memcpy(p + 157, link.constData(), size_t(std::min<qsizetype>(link.size(), 100)));
    std::memcpy(p + 257, "ustar", 6);
    std::memcpy(p + 263, "00", 2);
    std::memcpy(p + 265, "root", 4);
    std::memcpy(p + 297, "root", 4);
    unsigned sum = 0;
    for (const char c : h)
        sum += static_cast<unsigned char>(c);
    const QByteArray checksum = QByteArray::number(sum, 8).rightJustified(6, '0');
    std::memcpy(p + 148, checksum.constData(), 6);
    p[154] = '\0';
    p[155] = ' ';
    return h;
}

Builder &Builder::add(const QByteArray &name,
                      const QByteArray &data,
                      char type,
                      const QByteArray &link,
                      qint64 declaredSize,
                      int mode)
{
    m_data += header(name, declaredSize >= 0 ? declaredSize : data.size(), type, link, mode);
    m_data += padded(data);
    return *this;
}

Builder &Builder::pax(const QList<QPair<QByteArray, QByteArray>> &records)
{
    QByteArray body;
    for (const auto &[key, value] : records) {
        const QByteArray tail = " " + key + "=" + value + "\n";
        // The length prefix counts itself.
        qsizetype length = tail.size() + 1;
        while (QByteArray::number(length).size() + tail.size() != length)
            ++length;
        body += QByteArray::number(length) + tail;
    }
    return add("./PaxHeaders/x", body, 'x');
}

QByteArray Builder::finish() const
{
    QByteArray out = m_data + QByteArray(1024, '\0');
    if (const qsizetype rest = out.size() % 10240)
        out.append(10240 - rest, '\0');
    return out;
}

QByteArray compress(const QByteArray &data, Filter filter)
{
    struct archive *a = archive_write_new();
    switch (filter) {
    case Filter::Gzip:
        archive_write_add_filter_gzip(a);
        archive_write_set_filter_option(a, "gzip", "compression-level", "1");
        break;
    case Filter::Xz:
        archive_write_add_filter_xz(a);
        break;
    case Filter::Zstd:
        archive_write_add_filter_zstd(a);
        break;
    }
    archive_write_set_format_raw(a);
    archive_write_set_bytes_per_block(a, 0);
    QByteArray out(data.size() + 1024 * 1024, '\0');
    size_t used = 0;
    archive_write_open_memory(a, out.data(), size_t(out.size()), &used);
    struct archive_entry *e = archive_entry_new();
    archive_entry_set_pathname(e, "data");
    archive_entry_set_filetype(e, AE_IFREG);
    archive_entry_set_size(e, data.size());
    archive_write_header(a, e);
    archive_write_data(a, data.constData(), size_t(data.size()));
    archive_entry_free(e);
    archive_write_close(a);
    archive_write_free(a);
    out.resize(qsizetype(used));
    return out;
}

QByteArray zipWithOneFile()
{
    struct archive *a = archive_write_new();
    archive_write_set_format_zip(a);
    QByteArray out(64 * 1024, '\0');
    size_t used = 0;
    archive_write_open_memory(a, out.data(), size_t(out.size()), &used);
    struct archive_entry *e = archive_entry_new();
    const QByteArray data = minimalMetadata();
    archive_entry_set_pathname(e, "metadata.json");
    archive_entry_set_filetype(e, AE_IFREG);
    archive_entry_set_perm(e, 0644);
    archive_entry_set_size(e, data.size());
    archive_write_header(a, e);
    archive_write_data(a, data.constData(), size_t(data.size()));
    archive_entry_free(e);
    archive_write_close(a);
    archive_write_free(a);
    out.resize(qsizetype(used));
    return out;
}

QByteArray minimalMetadata()
{
    return R"({
  "modules": {
    "default": {
      "executors": ["aot"],
      "export_datetime": "2023-01-02 03:04:05Z",
      "external_dependencies": [{"short_name": "tvm_standalone_crt", "url": "./runtime",
                                 "url_type": "mlf_path", "version_spec": "0.15.dev0"}],
      "memory": {"functions": {"main": [{"constants_size_bytes": 0, "device": 1,
          "inputs": {"input": {"dtype": "float32", "size": 4}},
          "io_size_bytes": 8, "outputs": {"output": {"dtype": "float32", "size": 4}},
          "workspace_size_bytes": 16}], "operator_functions": []}},
      "model_name": "default",
      "style": "full-model",
      "target": ["c -keys=cpu"]
    }
  },
  "version": 7
}
)";
}

QByteArray emptyParams()
{
    QByteArray p(32, '\0');
    const quint64 magic = 0xF7E58D4F05049CB7ULL;
    std::memcpy(p.data(), &magic, 8);
    return p;
}

namespace {

Builder withMetadata(const QByteArray &metadata)
{
    Builder b;
    b.dir("./").file("./metadata.json", metadata).file("./parameters/default.params", emptyParams());
    return b;
}

QByteArray validTar()
{
    return withMetadata(minimalMetadata()).finish();
}

QByteArray metadataWith(const QByteArray &from, const QByteArray &to)
{
    QByteArray m = minimalMetadata();
    Q_ASSERT(m.contains(from));
    return m.replace(from, to);
}

QByteArray gzipBomb()
{
    // A tar member declaring 5 GiB of zeros, as concatenated gzip members: 5 MiB on disk.
    const qint64 size = qint64(5) * 1024 * 1024 * 1024;
    QByteArray out = compress(header("./junk.bin", size, '0', {}, 0644), Filter::Gzip);
    const QByteArray mebibyte = compress(QByteArray(1024 * 1024, '\0'), Filter::Gzip);
    for (int i = 0; i < 5 * 1024; ++i)
        out += mebibyte;
    out += compress(header("./metadata.json", minimalMetadata().size(), '0', {}, 0644)
                        + padded(minimalMetadata()) + QByteArray(10240, '\0'),
                    Filter::Gzip);
    return out;
}

} // namespace

QList<HostileCase> hostileCorpus()
{
    QList<HostileCase> cases;
    const auto add = [&](const QString &name,
                         const QByteArray &bytes,
                         ErrorCode summarize,
                         std::optional<ErrorCode> extract) {
        cases.append(HostileCase{name, bytes, false, summarize, extract, -1});
    };
    const ErrorCode unsafe = ErrorCode::UnsafeMember;

    add("dotdot", withMetadata(minimalMetadata()).file("../evil.txt", "x").finish(), unsafe, unsafe);
    add("dotdot-nested",
        withMetadata(minimalMetadata()).file("./src/../../../evil.txt", "x").finish(),
        unsafe,
        unsafe);
    add("absolute",
        withMetadata(minimalMetadata()).file("/tmp/tinydeploy-evil.txt", "x").finish(),
        unsafe,
        unsafe);
    add("pax-path-dotdot",
        withMetadata(minimalMetadata())
            .pax({{"path", "../pax-evil.txt"}})
            .file("./ok.txt", "x")
            .finish(),
        unsafe,
        unsafe);
    add("symlink-escape",
        withMetadata(minimalMetadata()).add("./link", {}, '2', "../../outside").finish(),
        unsafe,
        unsafe);
    add("symlink-absolute",
        withMetadata(minimalMetadata()).add("./etc", {}, '2', "/etc").finish(),
        unsafe,
        unsafe);
    add("hardlink-escape",
        withMetadata(minimalMetadata()).add("./passwd", {}, '1', "../../etc/passwd").finish(),
        unsafe,
        unsafe);
    add("hardlink-absolute",
        withMetadata(minimalMetadata()).add("./passwd", {}, '1', "/etc/passwd").finish(),
        unsafe,
        unsafe);
    add("symlink-then-write-through",
        withMetadata(minimalMetadata())
            .dir("./sub/")
            .add("./link", {}, '2', "sub")
            .file("./link/payload.txt", "x")
            .finish(),
        unsafe,
        unsafe);
    add("symlink-escape-then-write-through",
        withMetadata(minimalMetadata())
            .add("./up", {}, '2', "..")
            .file("./up/escaped.txt", "x")
            .finish(),
        unsafe,
        unsafe);
    add("char-device",
        withMetadata(minimalMetadata()).add("./null", {}, '3').finish(),
        unsafe,
        unsafe);
    add("block-device",
        withMetadata(minimalMetadata()).add("./sda", {}, '4').finish(),
        unsafe,
        unsafe);
    add("fifo", withMetadata(minimalMetadata()).add("./pipe", {}, '6').finish(), unsafe, unsafe);
    add("gzip-bomb", gzipBomb(), ErrorCode::LimitExceeded, ErrorCode::LimitExceeded);
    {
        // A header that declares a terabyte; the data is absent.
        Builder b = withMetadata(minimalMetadata());
        b.add("./huge.bin", {}, '0', {}, qint64(1) << 40);
        add("huge-declared-size", b.finish(), ErrorCode::LimitExceeded, ErrorCode::LimitExceeded);
    }
    add("oversize-metadata",
        withMetadata(minimalMetadata().leftJustified(17 * 1024 * 1024, ' ')).finish(),
        ErrorCode::LimitExceeded,
        std::nullopt);
    {
        const QByteArray tar = validTar();
        add("truncated-mid-header",
            tar.left(512 + 512 + 100),
            ErrorCode::ArchiveTruncated,
            ErrorCode::ArchiveTruncated);
        add("truncated-mid-data",
            tar.left(512 + 512 + 300),
            ErrorCode::ArchiveTruncated,
            ErrorCode::ArchiveTruncated);
        Builder big = withMetadata(minimalMetadata());
        big.file("./codegen/host/src/default_lib1.c", QByteArray(8192, 'c'));
        const QByteArray bigTar = big.finish();
        // Cut on a block boundary inside data: only the tail check can tell.
        add("truncated-block-aligned",
            bigTar.left(bigTar.indexOf(QByteArray(512, 'c')) + 2048),
            ErrorCode::ArchiveTruncated,
            ErrorCode::ArchiveTruncated);
        const QByteArray gz = compress(bigTar, Filter::Gzip);
        add("truncated-gzip",
            gz.left(gz.size() / 2),
            ErrorCode::ArchiveTruncated,
            ErrorCode::ArchiveTruncated);
    }
    add("duplicate-members",
        withMetadata(minimalMetadata()).file("metadata.json", "{}").finish(),
        ErrorCode::DuplicateMember,
        ErrorCode::DuplicateMember);
    add("non-utf8-name",
        withMetadata(minimalMetadata()).file("./codegen/host/src/\xff\xfe.c", "x").finish(),
        unsafe,
        unsafe);
    add("metadata-not-object",
        withMetadata("[1, 2, 3]").finish(),
        ErrorCode::WrongFieldType,
        std::nullopt);
    add("metadata-invalid-json",
        withMetadata("{\"version\": 7,\n \"modules\": {,}}").finish(),
        ErrorCode::InvalidJson,
        std::nullopt);
    add("wrong-type-version",
        withMetadata(metadataWith("\"version\": 7", "\"version\": \"7\"")).finish(),
        ErrorCode::WrongFieldType,
        std::nullopt);
    add("wrong-type-modules",
        withMetadata("{\"version\": 7, \"modules\": [\"default\"]}").finish(),
        ErrorCode::WrongFieldType,
        std::nullopt);
    add("wrong-type-target",
        withMetadata(metadataWith("\"target\": [\"c -keys=cpu\"]", "\"target\": 3")).finish(),
        ErrorCode::WrongFieldType,
        std::nullopt);
    add("wrong-type-workspace",
        withMetadata(
            metadataWith("\"workspace_size_bytes\": 16", "\"workspace_size_bytes\": \"16\""))
            .finish(),
        ErrorCode::WrongFieldType,
        std::nullopt);
    add("wrong-type-executors",
        withMetadata(metadataWith("\"executors\": [\"aot\"]", "\"executors\": {\"aot\": 1}"))
            .finish(),
        ErrorCode::WrongFieldType,
        std::nullopt);
    add("version-0",
        withMetadata(metadataWith("\"version\": 7", "\"version\": 0")).finish(),
        ErrorCode::UnsupportedVersion,
        std::nullopt);
    add("version-99",
        withMetadata(metadataWith("\"version\": 7", "\"version\": 99")).finish(),
        ErrorCode::UnsupportedVersion,
        std::nullopt);
    {
        QByteArray params = emptyParams();
        params[0] = 'X';
        Builder b;
        b.file("./metadata.json", minimalMetadata()).file("./parameters/default.params", params);
        add("params-bad-magic", b.finish(), ErrorCode::BadParamsMagic, std::nullopt);
    }
    add("no-metadata",
        Builder().dir("./").file("./src/default.relay", "def @main() {}").finish(),
        ErrorCode::MissingMetadata,
        std::nullopt);
    add("empty-file", QByteArray(), ErrorCode::NotAnArchive, ErrorCode::NotAnArchive);
    {
        QByteArray garbage(4096, '\0');
        quint32 x = 12345;
        for (char &c : garbage) {
            x = x * 1103515245u + 12345u;
            c = char(x >> 16);
        }
        add("random-garbage", garbage, ErrorCode::NotAnArchive, ErrorCode::NotAnArchive);
        add("gzip-of-garbage",
            compress(garbage, Filter::Gzip),
            ErrorCode::NotAnArchive,
            ErrorCode::NotAnArchive);
    }
    add("zip-file", zipWithOneFile(), ErrorCode::NotAnArchive, ErrorCode::NotAnArchive);
    // Added with the fuzz corpus (tests/fuzz/corpus/fuzz_archive/hostile-*.tar, kept in step
    // by tst_modelarchive::fuzzCorpusHasTheHostileCases).
    add("pax-path-absolute",
        withMetadata(minimalMetadata())
            .pax({{"path", "/tmp/tinydeploy-pax-evil.txt"}})
            .file("./ok.txt", "x")
            .finish(),
        unsafe,
        unsafe);
    add("gnu-longname-dotdot",
        withMetadata(minimalMetadata())
            .add("././@LongLink", "./src/../../gnu-evil.txt" + QByteArray(1, '\0'), 'L')
            .file("./placeholder.txt", "x")
            .finish(),
        unsafe,
        unsafe);
    add("pax-linkpath-escape",
        withMetadata(minimalMetadata())
            .pax({{"linkpath", "../../../etc/shadow"}})
            .add("./link", {}, '2', "harmless")
            .finish(),
        unsafe,
        unsafe);
    add("hardlink-to-directory",
        withMetadata(minimalMetadata()).dir("./sub/").add("./alias", {}, '1', "./sub").finish(),
        unsafe,
        unsafe);
    add("control-character-name",
        withMetadata(minimalMetadata()).file("./src/evil\nname.c", "x").finish(),
        unsafe,
        unsafe);
    add("overlong-name",
        withMetadata(minimalMetadata())
            .pax({{"path", "./" + QByteArray(5000, 'a')}})
            .file("./ok.txt", "x")
            .finish(),
        unsafe,
        unsafe);
    {
        // A pax size record that overrides the header's: a petabyte, with no data behind it.
        add("pax-size-huge",
            withMetadata(minimalMetadata())
                .pax({{"size", "1125899906842624"}})
                .file("./huge.bin", "x")
                .finish(),
            ErrorCode::LimitExceeded,
            ErrorCode::LimitExceeded);
        // Small bombs: a member declaring 5 GiB, followed by a few MiB of compressed zeros.
        const QByteArray bombStart = header("./junk.bin", qint64(5) << 30, '0', {}, 0644)
                                     + QByteArray(4 * 1024 * 1024, '\0');
        add("xz-bomb",
            compress(bombStart, Filter::Xz),
            ErrorCode::LimitExceeded,
            ErrorCode::LimitExceeded);
        add("zstd-bomb",
            compress(bombStart, Filter::Zstd),
            ErrorCode::LimitExceeded,
            ErrorCode::LimitExceeded);
    }
    add("truncated-first-header",
        validTar().left(300),
        ErrorCode::ArchiveTruncated,
        ErrorCode::ArchiveTruncated);
    {
        Builder b = withMetadata(minimalMetadata());
        for (int i = 0; i < 60; ++i)
            b.file("./many/" + QByteArray::number(i), "x");
        HostileCase c{"too-many-entries",
                      b.finish(),
                      false,
                      ErrorCode::LimitExceeded,
                      ErrorCode::LimitExceeded,
                      50};
        cases.append(c);
    }
    cases.append(HostileCase{"directory-without-metadata",
                             {},
                             true,
                             ErrorCode::MissingMetadata,
                             std::nullopt,
                             -1});
    return cases;
}

} // namespace RawTar
