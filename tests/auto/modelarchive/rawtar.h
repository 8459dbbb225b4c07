#pragma once

// Test helpers that build tar archives byte by byte (so that hostile archives libarchive would
// refuse to write can be made), compress them, and describe the hostile corpus shared by
// tst_modelarchive (summarize) and tst_extractsafely (extract).

#include <util/error.h>

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace RawTar {

/// Builds an archive from raw 512-byte ustar headers.
class Builder
{
public:
    /// A member with @p data; @p type is the ustar typeflag ('0' file, '5' dir, '2' symlink,
    /// '1' hard link, '3' char device, '4' block device, '6' FIFO, 'x' pax header).
    /// @p declaredSize < 0 means data.size(); larger values are written in base-256 when needed.
    Builder &add(const QByteArray &name,
                 const QByteArray &data = {},
                 char type = '0',
                 const QByteArray &link = {},
                 qint64 declaredSize = -1,
                 int mode = 0644);
    Builder &file(const QByteArray &name, const QByteArray &data) { return add(name, data); }
    Builder &dir(const QByteArray &name) { return add(name, {}, '5', {}, -1, 0755); }
    /// A pax extended header that applies @p records ("path=...") to the next member.
    Builder &pax(const QList<QPair<QByteArray, QByteArray>> &records);
    /// The bytes with the end-of-archive marker (two zero blocks), padded to 10 KiB records.
    QByteArray finish() const;
    /// The bytes so far, without the end-of-archive marker.
    const QByteArray &bytes() const { return m_data; }

private:
    QByteArray m_data;
};

/// One 512-byte ustar header.
QByteArray header(const QByteArray &name, qint64 size, char type, const QByteArray &link, int mode);

enum class Filter { Gzip, Xz, Zstd };
/// @p data compressed with libarchive's writer ("raw" format: one stream, no tar).
QByteArray compress(const QByteArray &data, Filter filter);
/// A zip archive with one member.
QByteArray zipWithOneFile();

/// A small valid v7 AOT archive's members, for building corpus variants.
QByteArray minimalMetadata();
QByteArray emptyParams();

struct HostileCase
{
    QString name;
    QByteArray bytes; ///< The archive; empty and isDirectory for the folder case.
    bool isDirectory = false;
    TinyDeploy::ErrorCode summarizeError;
    /// The error extractSafely() must give; nullopt when the archive is structurally fine and
    /// extracts (the MLF content is bad, not the container).
    std::optional<TinyDeploy::ErrorCode> extractError;
    qint64 maxEntries = -1; ///< When >= 0, overrides ArchiveLimits::maxEntries.
};

/// The hostile corpus, generated in memory. The gzip bomb declares 5 GiB of zeros.
QList<HostileCase> hostileCorpus();

} // namespace RawTar
