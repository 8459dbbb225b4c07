#include "modelinfo.h"

namespace TinyDeploy::Mlf {

QString sanitizeName(const QString &name)
{
    QString result = name;
    for (QChar &c : result) {
        const char16_t u = c.unicode();
        const bool keep = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')
                          || (u >= u'0' && u <= u'9') || u == u'_';
        if (!keep)
            c = QLatin1Char('_');
    }
    return result;
}

int dtypeBytes(const QString &dtype)
{
    if (dtype == QLatin1String("bool"))
        return 1;
    // "<code><bits>[x<lanes>]", e.g. "float32", "uint8", "bfloat16", "int8x4".
    qsizetype i = 0;
    while (i < dtype.size() && dtype.at(i).isLetter())
        ++i;
    const QStringView code = QStringView(dtype).left(i);
    if (code != u"int" && code != u"uint" && code != u"float" && code != u"bfloat")
        return 0;
    QStringView rest = QStringView(dtype).mid(i);
    int lanes = 1;
    if (const qsizetype x = rest.indexOf(u'x'); x >= 0) {
        bool ok = false;
        lanes = rest.mid(x + 1).toInt(&ok);
        if (!ok || lanes <= 0 || lanes > 1024)
            return 0;
        rest = rest.left(x);
    }
    bool ok = false;
    const int bits = rest.toInt(&ok);
    if (!ok || bits <= 0 || bits > 1024)
        return 0;
    return (bits * lanes + 7) / 8;
}

QString formatName(ArchiveFormat format)
{
    switch (format) {
    case ArchiveFormat::Unknown:
        return QStringLiteral("unknown");
    case ArchiveFormat::Tar:
        return QStringLiteral("tar");
    case ArchiveFormat::TarGzip:
        return QStringLiteral("tar.gz");
    case ArchiveFormat::TarXz:
        return QStringLiteral("tar.xz");
    case ArchiveFormat::TarZstd:
        return QStringLiteral("tar.zst");
    case ArchiveFormat::Directory:
        return QStringLiteral("directory");
    }
    return QStringLiteral("unknown");
}

} // namespace TinyDeploy::Mlf
