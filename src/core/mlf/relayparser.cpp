#include "relayparser.h"

#include "mlftr.h"
#include "modelinfo.h"

#include <cstring>

namespace TinyDeploy::Mlf {

namespace {

constexpr int maxTypeDepth = 32;
constexpr qint64 maxDimension = qint64(1) << 48;

bool isIdentStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

bool isIdentChar(char c)
{
    return isIdentStart(c) || (c >= '0' && c <= '9') || c == '.';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

class Parser
{
public:
    Parser(QByteArrayView text, const QString &member)
        : m_begin(text.data())
        , m_p(text.data())
        , m_end(text.data() + text.size())
        , m_member(member)
    {}

    Result<RelayFunction> run()
    {
        if (!findMain()) {
            return fail(ErrorCode::NotFound,
                        Tr::tr("The Relay text has no main function (\"def @main\")."),
                        m_member,
                        Tr::tr("Input shapes cannot be read from this file."));
        }
        RelayFunction function;
        if (!parseParams(function))
            return fail(error());
        skipSpace();
        if (lookingAt("->")) {
            m_p += 2;
            if (!parseType(function.results, 0))
                return fail(error());
        }
        skipSpace();
        if (m_p >= m_end)
            return fail(error(Tr::tr("the text ends before the body of main")));
        if (*m_p != '{')
            return fail(error(Tr::tr("expected '{' after the signature of main")));
        return function;
    }

private:
    Error error(const QString &why = {}) const
    {
        const QString reason = why.isEmpty() ? m_reason : why;
        const qsizetype offset = m_p - m_begin;
        return makeError(ErrorCode::InvalidValue,
                         Tr::tr("The signature of the Relay main function cannot be read: %1 "
                                "(byte %2).")
                             .arg(reason)
                             .arg(offset),
                         m_member,
                         Tr::tr("Tensor shapes will be taken from other files of the archive."));
    }

    bool failWith(const QString &reason)
    {
        m_reason = m_p >= m_end ? Tr::tr("the text ends inside the signature of main") : reason;
        return false;
    }

    bool lookingAt(const char *s) const
    {
        const auto n = qsizetype(std::strlen(s));
        return m_end - m_p >= n && std::memcmp(m_p, s, size_t(n)) == 0;
    }

    void skipSpace()
    {
        while (m_p < m_end) {
            if (isSpace(*m_p)) {
                ++m_p;
            } else if (lookingAt("/*")) {
                const char *close = nullptr;
                for (const char *q = m_p + 2; q + 1 < m_end; ++q) {
                    if (q[0] == '*' && q[1] == '/') {
                        close = q;
                        break;
                    }
                }
                m_p = close ? close + 2 : m_end;
            } else if (lookingAt("//")) {
                const void *nl = std::memchr(m_p, '\n', size_t(m_end - m_p));
                m_p = nl ? static_cast<const char *>(nl) + 1 : m_end;
            } else {
                return;
            }
        }
    }

    QByteArrayView identifier()
    {
        const char *start = m_p;
        if (m_p < m_end && isIdentStart(*m_p)) {
            while (m_p < m_end && isIdentChar(*m_p))
                ++m_p;
        }
        return QByteArrayView(start, m_p - start);
    }

    // "def" "@main" "(" as tokens, outside comments and strings. One linear pass over the text
    // before main.
    bool findMain()
    {
        while (m_p < m_end) {
            skipSpace();
            if (m_p >= m_end)
                return false;
            const char c = *m_p;
            if (c == '"') {
                ++m_p;
                while (m_p < m_end && *m_p != '"') {
                    if (*m_p == '\\')
                        ++m_p;
                    ++m_p;
                }
                ++m_p;
            } else if (isIdentStart(c)) {
                if (identifier() != "def")
                    continue;
                skipSpace();
                if (!lookingAt("@main") || (m_end - m_p > 5 && isIdentChar(m_p[5])))
                    continue;
                m_p += 5;
                skipSpace();
                if (m_p < m_end && *m_p == '(') {
                    ++m_p;
                    return true;
                }
            } else if (c >= '0' && c <= '9') {
                while (m_p < m_end && isIdentChar(*m_p))
                    ++m_p;
            } else {
                ++m_p;
            }
        }
        return false;
    }

    bool parseParams(RelayFunction &function)
    {
        while (true) {
            skipSpace();
            if (m_p >= m_end)
                return failWith({});
            if (*m_p == ')') {
                ++m_p;
                return true;
            }
            if (*m_p == '%') {
                ++m_p;
                RelayTensor param;
                if (!parseParamName(param.name))
                    return false;
                skipSpace();
                if (m_p < m_end && *m_p == ':') {
                    ++m_p;
                    QList<RelayTensor> types;
                    if (!parseType(types, 0))
                        return false;
                    if (types.size() == 1) {
                        param.shape = types.first().shape;
                        param.dtype = types.first().dtype;
                        param.typed = !param.dtype.isEmpty();
                    }
                }
                function.params << param;
            } else if (isIdentStart(*m_p)) {
                const QByteArrayView name = identifier();
                skipSpace();
                if (m_p >= m_end || *m_p != '=')
                    return failWith(
                        Tr::tr("expected '=' after attribute %1").arg(QString::fromLatin1(name)));
                ++m_p;
                if (name == "output_tensor_names") {
                    if (!parseStringList(function.outputTensorNames))
                        return false;
                } else if (!skipValue()) {
                    return false;
                }
            } else {
                return failWith(Tr::tr("unexpected character '%1' in the parameter list")
                                    .arg(QLatin1Char(*m_p)));
            }
            skipSpace();
            if (m_p >= m_end)
                return failWith({});
            if (*m_p == ',')
                ++m_p;
            else if (*m_p != ')')
                return failWith(Tr::tr("expected ',' or ')' in the parameter list"));
        }
    }

    // Names may be quoted or contain ':' (e.g. "serving_default_input_1:0"); the type follows
    // the last ':' of the name token.
    bool parseParamName(QString &name)
    {
        if (m_p < m_end && *m_p == '"') {
            const char *start = ++m_p;
            while (m_p < m_end && *m_p != '"')
                ++m_p;
            if (m_p >= m_end)
                return failWith({});
            name = QString::fromUtf8(start, m_p - start);
            ++m_p;
            return true;
        }
        const char *start = m_p;
        while (m_p < m_end && !isSpace(*m_p) && *m_p != ',' && *m_p != ')' && *m_p != '('
               && *m_p != '[' && *m_p != ']' && *m_p != '/')
            ++m_p;
        const char *stop = m_p;
        const char *colon = nullptr;
        for (const char *q = start; q < stop; ++q) {
            if (*q == ':')
                colon = q;
        }
        if (colon) {
            stop = colon;
            m_p = colon; // the ':' introduces the type
        }
        if (stop == start)
            return failWith(Tr::tr("a parameter has no name"));
        name = QString::fromUtf8(start, stop - start);
        return true;
    }

    bool parseStringList(QStringList &out)
    {
        skipSpace();
        if (m_p >= m_end || *m_p != '[')
            return skipValue();
        ++m_p;
        while (true) {
            skipSpace();
            if (m_p >= m_end)
                return failWith({});
            if (*m_p == ']') {
                ++m_p;
                return true;
            }
            if (*m_p == '"') {
                const char *start = ++m_p;
                while (m_p < m_end && *m_p != '"') {
                    if (*m_p == '\\')
                        ++m_p;
                    ++m_p;
                }
                if (m_p >= m_end)
                    return failWith({});
                out << QString::fromUtf8(start, m_p - start);
                ++m_p;
            } else if (*m_p == ',') {
                ++m_p;
            } else {
                return failWith(Tr::tr("output_tensor_names is not a list of strings"));
            }
        }
    }

    // Skips an attribute value: everything up to ',' or ')' at bracket depth zero.
    bool skipValue()
    {
        int depth = 0;
        while (m_p < m_end) {
            const char c = *m_p;
            if (c == '"') {
                ++m_p;
                while (m_p < m_end && *m_p != '"') {
                    if (*m_p == '\\')
                        ++m_p;
                    ++m_p;
                }
                if (m_p >= m_end)
                    break;
            } else if (c == '(' || c == '[' || c == '{') {
                ++depth;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0)
                    return true;
                --depth;
            } else if (c == ',' && depth == 0) {
                return true;
            }
            ++m_p;
        }
        return failWith({});
    }

    bool parseDimensions(QList<qint64> &shape)
    {
        // "(1, 8, 8, 1)", "(16)", "()", "(1i64, ?)", and also without parentheses.
        skipSpace();
        const bool parenthesized = m_p < m_end && *m_p == '(';
        if (parenthesized)
            ++m_p;
        while (true) {
            skipSpace();
            if (m_p >= m_end)
                return failWith({});
            if (parenthesized && *m_p == ')') {
                ++m_p;
                return true;
            }
            if (*m_p == '?') {
                ++m_p;
                shape << -1;
            } else if (*m_p >= '0' && *m_p <= '9') {
                qint64 value = 0;
                while (m_p < m_end && *m_p >= '0' && *m_p <= '9') {
                    value = value * 10 + (*m_p - '0');
                    if (value > maxDimension)
                        return failWith(Tr::tr("a dimension is too large"));
                    ++m_p;
                }
                identifier(); // "i64"/"i32" suffix
                shape << value;
            } else if (isIdentStart(*m_p)) {
                identifier(); // a symbolic dimension ("Any", "n")
                shape << -1;
            } else {
                return failWith(
                    Tr::tr("unexpected character '%1' in a shape").arg(QLatin1Char(*m_p)));
            }
            skipSpace();
            if (m_p >= m_end)
                return failWith({});
            if (*m_p == ',') {
                ++m_p;
                if (!parenthesized)
                    return true;
            } else if (parenthesized && *m_p == ')') {
                continue;
            } else if (!parenthesized) {
                return true;
            } else {
                return failWith(Tr::tr("expected ',' or ')' in a shape"));
            }
        }
    }

    bool parseType(QList<RelayTensor> &out, int depth)
    {
        if (depth > maxTypeDepth)
            return failWith(Tr::tr("types are nested too deeply"));
        skipSpace();
        if (m_p >= m_end)
            return failWith({});
        if (*m_p == '(') { // tuple
            ++m_p;
            while (true) {
                skipSpace();
                if (m_p >= m_end)
                    return failWith({});
                if (*m_p == ')') {
                    ++m_p;
                    return true;
                }
                if (!parseType(out, depth + 1))
                    return false;
                skipSpace();
                if (m_p < m_end && *m_p == ',')
                    ++m_p;
                else if (m_p < m_end && *m_p != ')')
                    return failWith(Tr::tr("expected ',' or ')' in a tuple type"));
            }
        }
        if (!isIdentStart(*m_p))
            return failWith(Tr::tr("unexpected character '%1' in a type").arg(QLatin1Char(*m_p)));
        const QByteArrayView name = identifier();
        skipSpace();
        if (name == "Tensor" && m_p < m_end && *m_p == '[') {
            ++m_p;
            RelayTensor tensor;
            if (!parseDimensions(tensor.shape))
                return false;
            skipSpace();
            if (m_p < m_end && *m_p == ',')
                ++m_p;
            skipSpace();
            tensor.dtype = QString::fromLatin1(identifier());
            skipSpace();
            if (m_p >= m_end || *m_p != ']')
                return failWith(Tr::tr("expected ']' after the dtype of a tensor type"));
            ++m_p;
            tensor.typed = true;
            out << tensor;
            return true;
        }
        RelayTensor other;
        const QString text = QString::fromLatin1(name);
        if (text == QLatin1String("bool") || dtypeBytes(text) > 0) { // a scalar: "float32"
            other.dtype = text;
            other.typed = true;
        } else if (m_p < m_end && *m_p == '[' && !skipBracketed()) {
            return false;
        }
        out << other;
        return true;
    }

    bool skipBracketed()
    {
        int depth = 0;
        while (m_p < m_end) {
            if (*m_p == '[')
                ++depth;
            else if (*m_p == ']' && --depth == 0) {
                ++m_p;
                return true;
            }
            ++m_p;
        }
        return failWith({});
    }

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    QString m_member;
    QString m_reason;
};

} // namespace

Result<RelayFunction> parseRelayMain(QByteArrayView text, const QString &member)
{
    if (text.size() > maxRelayBytes)
        text = text.first(maxRelayBytes);
    return Parser(text, member).run();
}

} // namespace TinyDeploy::Mlf
