#include "headerparser.h"

#include "mlftr.h"

namespace TinyDeploy::Mlf {

namespace {

bool isIdentChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// Replaces comments and string literals with spaces (keeping newlines), so that later scans need
// no lexer state. One pass.
QByteArray stripComments(QByteArrayView text)
{
    QByteArray out(text.size(), ' ');
    const char *p = text.data();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = p[i];
        if (c == '/' && i + 1 < n && p[i + 1] == '*') {
            i += 2;
            while (i + 1 < n && !(p[i] == '*' && p[i + 1] == '/')) {
                if (p[i] == '\n')
                    out[i] = '\n';
                ++i;
            }
            ++i;
        } else if (c == '/' && i + 1 < n && p[i + 1] == '/') {
            while (i < n && p[i] != '\n')
                ++i;
            if (i < n)
                out[i] = '\n';
        } else if (c == '"' || c == '\'') {
            ++i;
            while (i < n && p[i] != c && p[i] != '\n') {
                if (p[i] == '\\')
                    ++i;
                ++i;
            }
        } else {
            out[i] = c;
        }
    }
    return out;
}

// Leading unsigned integer of a macro value: "1184", "(1184)", "1184U", "0x4a0".
qint64 parseMacroValue(QByteArrayView value)
{
    value = value.trimmed();
    while (value.startsWith('('))
        value = value.sliced(1).trimmed();
    qsizetype end = 0;
    while (end < value.size() && isIdentChar(value.at(end)))
        ++end;
    QByteArrayView number = value.first(end);
    while (!number.isEmpty()
           && (number.endsWith('U') || number.endsWith('u') || number.endsWith('L')
               || number.endsWith('l')))
        number.chop(1);
    bool ok = false;
    const qint64 v = number.toLongLong(&ok, 0);
    return ok && v >= 0 ? v : -1;
}

// The last identifier of a member declaration: "void* input_0" -> "input_0",
// "uint8_t data[16]" -> "data".
QString declaredName(QByteArrayView decl)
{
    if (const qsizetype bracket = decl.indexOf('['); bracket >= 0)
        decl = decl.first(bracket);
    qsizetype end = decl.size();
    while (end > 0 && !isIdentChar(decl.at(end - 1)))
        --end;
    qsizetype start = end;
    while (start > 0 && isIdentChar(decl.at(start - 1)))
        --start;
    return QString::fromLatin1(decl.sliced(start, end - start));
}

QStringList structMembers(const QByteArray &text, const QByteArray &structName)
{
    QStringList members;
    qsizetype from = 0;
    while (true) {
        const qsizetype at = text.indexOf(structName, from);
        if (at < 0)
            return members;
        from = at + structName.size();
        if (at > 0 && isIdentChar(text.at(at - 1)))
            continue;
        if (from < text.size() && isIdentChar(text.at(from)))
            continue;
        if (!QByteArrayView(text).first(at).trimmed().endsWith("struct"))
            continue;
        qsizetype p = from;
        while (p < text.size() && QChar::isSpace(uchar(text.at(p))))
            ++p;
        if (p >= text.size() || text.at(p) != '{')
            continue; // a use of the type, not its definition
        const qsizetype close = text.indexOf('}', p);
        if (close < 0)
            return members;
        const QByteArrayView body = QByteArrayView(text).sliced(p + 1, close - p - 1);
        qsizetype start = 0;
        while (start < body.size()) {
            qsizetype semicolon = body.indexOf(';', start);
            if (semicolon < 0)
                semicolon = body.size();
            const QString name = declaredName(body.sliced(start, semicolon - start));
            if (!name.isEmpty())
                members << name;
            start = semicolon + 1;
        }
        return members;
    }
}

} // namespace

qint64 HeaderInfo::tensorBytes(const QString &cName) const
{
    return sizeMacros.value(cName.toUpper(), -1);
}

Result<HeaderInfo> parseHeader(QByteArrayView text, const QString &moduleName, const QString &member)
{
    const QString location = member.isEmpty() ? QStringLiteral("tvmgen_%1.h").arg(moduleName)
                                              : member;
    if (text.size() > maxHeaderBytes) {
        return fail(ErrorCode::LimitExceeded,
                    Tr::tr("The interface header is %1 bytes long, more than the %2 bytes "
                           "accepted.")
                        .arg(text.size())
                        .arg(maxHeaderBytes),
                    location,
                    Tr::tr("The archive is probably damaged."));
    }
    // TVM's name mangling: "variable style" lower case, "constant style" upper case.
    const QString sanitized = sanitizeName(moduleName);
    const QByteArray prefix = QStringLiteral("tvmgen_%1_").arg(sanitized.toLower()).toLatin1();
    const QByteArray macroPrefix = QStringLiteral("TVMGEN_%1_").arg(sanitized.toUpper()).toLatin1();

    HeaderInfo info;
    info.moduleName = moduleName;
    const QByteArray clean = stripComments(text);

    // Preprocessor lines: size macros. Everything else is kept for declarations.
    QByteArray code;
    code.reserve(clean.size());
    qsizetype lineStart = 0;
    while (lineStart < clean.size()) {
        qsizetype lineEnd = clean.indexOf('\n', lineStart);
        if (lineEnd < 0)
            lineEnd = clean.size();
        const QByteArrayView line = QByteArrayView(clean).sliced(lineStart, lineEnd - lineStart);
        const QByteArrayView trimmed = line.trimmed();
        if (trimmed.startsWith('#')) {
            QByteArrayView rest = trimmed.sliced(1).trimmed();
            if (rest.startsWith("define") && rest.size() > 6 && QChar::isSpace(uchar(rest.at(6)))) {
                rest = rest.sliced(6).trimmed();
                qsizetype nameEnd = 0;
                while (nameEnd < rest.size() && isIdentChar(rest.at(nameEnd)))
                    ++nameEnd;
                const QByteArrayView name = rest.first(nameEnd);
                if (name.startsWith(macroPrefix) && name.endsWith("_SIZE")
                    && name.size() > macroPrefix.size() + 5) {
                    const qint64 value = parseMacroValue(rest.sliced(nameEnd));
                    const QString key = QString::fromLatin1(
                        name.sliced(macroPrefix.size(), name.size() - macroPrefix.size() - 5));
                    if (value >= 0)
                        info.sizeMacros.insert(key, value);
                }
            }
            code.append(QByteArray(line.size(), ' '));
        } else {
            code.append(line);
        }
        code.append('\n');
        lineStart = lineEnd + 1;
    }

    info.workspaceBytes = info.sizeMacros.value(QStringLiteral("WORKSPACE"), -1);
    info.inputs = structMembers(code, prefix + "inputs");
    info.outputs = structMembers(code, prefix + "outputs");
    info.workspacePools = structMembers(code, prefix + "workspace_pools");
    info.devices = structMembers(code, prefix + "devices");

    for (auto it = info.sizeMacros.cbegin(); it != info.sizeMacros.cend(); ++it) {
        for (const auto &[suffix, constant] : {std::pair{QLatin1String("_WORKSPACE_POOL"), false},
                                               std::pair{QLatin1String("_CONSTANT_POOL"), true}}) {
            if (!it.key().endsWith(suffix) || it.key().size() == suffix.size())
                continue;
            PoolInfo pool;
            const QString upper = it.key().chopped(suffix.size());
            pool.name = upper.toLower();
            for (const QString &m : std::as_const(info.workspacePools)) {
                if (m.toUpper() == upper)
                    pool.name = m;
            }
            pool.sizeBytes = it.value();
            pool.constant = constant;
            info.pools << pool;
        }
    }
    std::sort(info.pools.begin(), info.pools.end(), [](const PoolInfo &a, const PoolInfo &b) {
        return a.name < b.name;
    });

    // Declared functions: "tvmgen_<mod>_<name>" followed by '('.
    qsizetype from = 0;
    while (true) {
        const qsizetype at = code.indexOf(prefix, from);
        if (at < 0)
            break;
        qsizetype end = at + prefix.size();
        while (end < code.size() && isIdentChar(code.at(end)))
            ++end;
        from = end;
        if (at > 0 && isIdentChar(code.at(at - 1)))
            continue;
        qsizetype p = end;
        while (p < code.size() && QChar::isSpace(uchar(code.at(p))))
            ++p;
        if (p >= code.size() || code.at(p) != '(')
            continue;
        const QString name = QString::fromLatin1(code.sliced(at, end - at));
        if (!info.functions.contains(name))
            info.functions << name;
    }
    const QString run = QString::fromLatin1(prefix) + QLatin1String("run");
    const QString runModel = QString::fromLatin1(prefix) + QLatin1String("run_model");
    if (info.functions.contains(run))
        info.declaredEntryPoint = run;
    else if (info.functions.contains(runModel))
        info.declaredEntryPoint = runModel;

    if (info.inputs.isEmpty() && info.outputs.isEmpty() && info.functions.isEmpty()
        && info.sizeMacros.isEmpty()) {
        return fail(ErrorCode::InvalidValue,
                    Tr::tr("The header declares nothing for module \"%1\".").arg(moduleName),
                    location,
                    Tr::tr("The header is not the C interface header TVM generates for this "
                           "module."));
    }
    return info;
}

} // namespace TinyDeploy::Mlf
