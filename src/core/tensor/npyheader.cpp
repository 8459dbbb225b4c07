#include "npyheader.h"

#include "tensortr.h"

namespace TinyDeploy::Tensor::Npy {

namespace {
constexpr int kMaxNesting = 16;
} // namespace

QString hintRegenerate()
{
    return Tr::tr("Save the array again with numpy.save() from NumPy.");
}

QString kindName(PyValue::Kind kind)
{
    switch (kind) {
    case PyValue::Kind::String:
        return QStringLiteral("string");
    case PyValue::Kind::Bool:
        return QStringLiteral("boolean");
    case PyValue::Kind::None:
        return QStringLiteral("None");
    case PyValue::Kind::Int:
        return QStringLiteral("integer");
    case PyValue::Kind::Tuple:
        return QStringLiteral("tuple");
    case PyValue::Kind::List:
        return QStringLiteral("list");
    case PyValue::Kind::Dict:
        return QStringLiteral("dict");
    }
    return {};
}

HeaderParser::HeaderParser(QStringView text, QString location)
    : m_text(text)
    , m_location(std::move(location))
{}

Result<PyValue> HeaderParser::parseDocument()
{
    skipSpace();
    Result<PyValue> value = parseValue(0);
    if (!value)
        return value;
    if (value->kind != PyValue::Kind::Dict)
        return error(Tr::tr("The header is a %1, not a dictionary.").arg(kindName(value->kind)));
    skipSpace();
    if (m_pos != m_text.size())
        return error(Tr::tr("Unexpected text after the header dictionary at offset %1.").arg(m_pos));
    return value;
}

std::unexpected<Error> HeaderParser::error(const QString &message) const
{
    return fail(ErrorCode::InvalidNpy, message, m_location, hintRegenerate());
}

void HeaderParser::skipSpace()
{
    while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
        ++m_pos;
}

std::unexpected<Error> HeaderParser::unexpected() const
{
    if (atEnd())
        return error(Tr::tr("The header ends in the middle of its dictionary."));
    return error(
        Tr::tr("Unexpected character '%1' at offset %2 of the header.").arg(peek()).arg(m_pos));
}

Result<PyValue> HeaderParser::parseValue(int depth)
{
    if (depth > kMaxNesting)
        return error(Tr::tr("The header is nested too deeply."));
    skipSpace();
    const QChar c = peek();
    if (c == u'\'' || c == u'"')
        return parseString();
    if (c == u'{')
        return parseDict(depth);
    if (c == u'(' || c == u'[')
        return parseSequence(depth);
    if (c.isDigit() || c == u'-' || c == u'+')
        return parseInt();
    if (c.isLetter())
        return parseWord();
    return unexpected();
}

Result<PyValue> HeaderParser::parseString()
{
    const QChar quote = m_text.at(m_pos++);
    PyValue value;
    value.kind = PyValue::Kind::String;
    while (!atEnd() && peek() != quote) {
        // Escapes never occur in what numpy writes; refusing them keeps descr unambiguous.
        if (peek() == u'\\')
            return error(Tr::tr("Escape sequences in header strings are not supported."));
        value.text += m_text.at(m_pos++);
    }
    if (atEnd())
        return error(Tr::tr("A string in the header is not terminated."));
    ++m_pos;
    return value;
}

Result<PyValue> HeaderParser::parseInt()
{
    const qsizetype start = m_pos;
    if (peek() == u'-' || peek() == u'+')
        ++m_pos;
    while (!atEnd() && peek().isDigit())
        ++m_pos;
    bool ok = false;
    PyValue value;
    value.kind = PyValue::Kind::Int;
    value.number = m_text.mid(start, m_pos - start).toLongLong(&ok);
    if (!ok) {
        return error(Tr::tr("\"%1\" in the header is not an integer that fits 64 bits.")
                         .arg(m_text.mid(start, m_pos - start)));
    }
    // Python 2 wrote long integers with an L suffix: (3L, 4L).
    if (peek() == u'L' || peek() == u'l')
        ++m_pos;
    return value;
}

Result<PyValue> HeaderParser::parseWord()
{
    const qsizetype start = m_pos;
    while (!atEnd() && (peek().isLetterOrNumber() || peek() == u'_'))
        ++m_pos;
    const QStringView word = m_text.mid(start, m_pos - start);
    PyValue value;
    if (word == u"True" || word == u"False") {
        value.kind = PyValue::Kind::Bool;
        value.flag = word == u"True";
    } else if (word == u"None") {
        value.kind = PyValue::Kind::None;
    } else {
        return error(Tr::tr("Unknown word \"%1\" in the header.").arg(word));
    }
    return value;
}

Result<PyValue> HeaderParser::parseSequence(int depth)
{
    const QChar close = m_text.at(m_pos) == u'(' ? u')' : u']';
    PyValue value;
    value.kind = close == u')' ? PyValue::Kind::Tuple : PyValue::Kind::List;
    ++m_pos;
    for (;;) {
        skipSpace();
        if (peek() == close) {
            ++m_pos;
            return value;
        }
        Result<PyValue> item = parseValue(depth + 1);
        if (!item)
            return item;
        value.items.append(std::move(*item));
        skipSpace();
        if (peek() == u',') {
            ++m_pos;
            continue;
        }
        if (peek() != close)
            return unexpected();
    }
}

Result<PyValue> HeaderParser::parseDict(int depth)
{
    PyValue value;
    value.kind = PyValue::Kind::Dict;
    ++m_pos;
    for (;;) {
        skipSpace();
        if (peek() == u'}') {
            ++m_pos;
            return value;
        }
        if (peek() != u'\'' && peek() != u'"')
            return atEnd() ? unexpected() : error(Tr::tr("A header key is not a string."));
        Result<PyValue> key = parseString();
        if (!key)
            return key;
        skipSpace();
        if (peek() != u':')
            return unexpected();
        ++m_pos;
        Result<PyValue> item = parseValue(depth + 1);
        if (!item)
            return item;
        for (const auto &entry : std::as_const(value.entries)) {
            if (entry.first == key->text)
                return error(Tr::tr("The header has the key '%1' twice.").arg(key->text));
        }
        value.entries.append({key->text, std::move(*item)});
        skipSpace();
        if (peek() == u',') {
            ++m_pos;
            continue;
        }
        if (peek() != u'}')
            return unexpected();
    }
}

} // namespace TinyDeploy::Tensor::Npy
