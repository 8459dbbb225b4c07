#include "entrypointscanner.h"

#include <cstring>

namespace TinyDeploy::Mlf {

namespace {

// 256-entry tables are measurably faster than range compares in the hot loops.
struct CharTable
{
    bool ident[256] = {};
    bool stop[256] = {}; ///< bytes the fast path of the Code state must look at
    constexpr CharTable()
    {
        for (int c = 0; c < 256; ++c)
            ident[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                       || c == '_';
        // Every target starts with "tvmgen_": other identifiers cannot match.
        for (const char c : {'/', '"', '\'', '#', 't'})
            stop[uchar(c)] = true;
    }
};
constexpr CharTable table;

inline bool isIdent(char c)
{
    return table.ident[uchar(c)];
}

} // namespace

EntryPointScanner::EntryPointScanner(const QString &moduleName)
{
    const QByteArray prefix = "tvmgen_" + sanitizeName(moduleName).toLower().toLatin1() + '_';
    m_run = prefix + "run";
    m_runModel = prefix + "run_model";
    m_ident.resize(m_runModel.size());
}

QString EntryPointScanner::symbol() const
{
    switch (m_kind) {
    case EntryPointKind::Run:
        return QString::fromLatin1(m_run);
    case EntryPointKind::RunModel:
        return QString::fromLatin1(m_runModel);
    case EntryPointKind::None:
        break;
    }
    return QString();
}

void EntryPointScanner::endIdentifier()
{
    const QByteArrayView ident(m_ident.constData(), std::min(m_identLength, m_ident.size()));
    if (m_identLength == m_run.size() && ident == m_run) {
        m_match = Match::ExpectParen;
        m_candidate = EntryPointKind::Run;
    } else if (m_identLength == m_runModel.size() && ident == m_runModel) {
        m_match = Match::ExpectParen;
        m_candidate = EntryPointKind::RunModel;
    } else if (m_match != Match::InParams) {
        m_match = Match::None; // e.g. "__attribute__" or a type name after the name
    }
}

void EntryPointScanner::significant(char c)
{
    switch (m_match) {
    case Match::None:
        return;
    case Match::ExpectParen:
        if (c == '(') {
            m_match = Match::InParams;
            m_parenDepth = 1;
        } else {
            m_match = Match::None;
        }
        return;
    case Match::InParams:
        if (c == '(') {
            ++m_parenDepth;
        } else if (c == ')' && --m_parenDepth == 0) {
            m_match = Match::ExpectBody;
        } else if (c == ';' || c == '{' || c == '}') {
            m_match = Match::None; // not a parameter list after all
        }
        return;
    case Match::ExpectBody:
        if (c == '{')
            m_kind = m_candidate;
        m_match = Match::None;
        return;
    }
}

bool EntryPointScanner::feed(QByteArrayView chunk)
{
    if (isFound())
        return true;
    const char *p = chunk.data();
    const char *const end = p + chunk.size();
    m_scanned += chunk.size();
    const qsizetype keep = m_ident.size();
    char *ident = m_ident.data();

    const char *const begin = p;
    while (p < end) {
        if (m_state == State::Code && m_match == Match::None) {
            // Fast path: nothing pending, so only comment, literal and directive openers and
            // identifiers starting like the targets matter.
            while (p < end) {
                const uchar b = uchar(*p);
                if (!table.stop[b]) {
                    ++p;
                    continue;
                }
                if (b == 't' && isIdent(p > begin ? p[-1] : m_previous)) {
                    ++p; // inside another identifier
                    continue;
                }
                break;
            }
            if (p == end)
                break;
        }
        const char c = *p;
        switch (m_state) {
        case State::Code:
            if (isIdent(c)) {
                m_state = State::Identifier;
                m_identLength = 0;
                continue; // the Identifier state consumes it
            }
            ++p;
            switch (c) {
            case '\n':
            case ' ':
            case '\t':
            case '\r':
            case '\f':
            case '\v':
                break;
            case '/':
                m_state = State::Slash;
                m_afterComment = State::Code;
                break;
            case '"':
                significant(c);
                m_state = State::String;
                break;
            case '\'':
                significant(c);
                m_state = State::Char;
                break;
            case '#':
                // Outside literals and comments, '#' only starts a directive in valid C.
                m_state = State::Directive;
                break;
            default:
                significant(c);
                if (isFound()) {
                    m_scanned -= end - p;
                    return true;
                }
                break;
            }
            break;
        case State::Identifier: {
            // Only the first bytes of an identifier matter; longer ones cannot match.
            const char *start = p;
            while (p < end && isIdent(*p))
                ++p;
            const qsizetype n = p - start;
            if (m_identLength < keep)
                std::memcpy(ident + m_identLength, start, size_t(std::min(n, keep - m_identLength)));
            m_identLength += n;
            if (p < end) {
                m_state = State::Code;
                endIdentifier();
            }
            break;
        }
        case State::Slash:
            if (c == '/') {
                ++p;
                m_state = State::LineComment;
            } else if (c == '*') {
                ++p;
                m_state = State::BlockComment;
            } else {
                m_state = State::Code;
                significant('/');
            }
            break;
        case State::LineComment: {
            const void *nl = std::memchr(p, '\n', size_t(end - p));
            if (!nl) {
                p = end;
                break;
            }
            p = static_cast<const char *>(nl); // the Code state sees the newline
            m_state = State::Code;
            break;
        }
        case State::BlockComment: {
            const void *star = std::memchr(p, '*', size_t(end - p));
            if (!star) {
                p = end;
                break;
            }
            p = static_cast<const char *>(star) + 1;
            m_state = State::BlockStar;
            break;
        }
        case State::BlockStar:
            ++p;
            if (c == '/')
                m_state = m_afterComment;
            else if (c != '*')
                m_state = State::BlockComment;
            break;
        case State::String:
        case State::Char: {
            const char quote = m_state == State::String ? '"' : '\'';
            while (p < end && *p != quote && *p != '\\' && *p != '\n')
                ++p;
            if (p == end)
                break;
            if (*p == '\\')
                m_state = m_state == State::String ? State::StringEscape : State::CharEscape;
            else
                m_state = State::Code; // closing quote, or an unterminated literal
            if (*p != '\n')
                ++p;
            break;
        }
        case State::StringEscape:
            ++p;
            m_state = State::String;
            break;
        case State::CharEscape:
            ++p;
            m_state = State::Char;
            break;
        case State::Directive: {
            while (p < end && *p != '\n' && *p != '\\' && *p != '/')
                ++p;
            if (p == end)
                break;
            if (*p == '\n') {
                m_state = State::Code; // the Code state sees the newline
            } else if (*p == '\\') {
                ++p;
                m_state = State::DirectiveEscape;
            } else {
                ++p;
                m_state = State::DirectiveSlash;
            }
            break;
        }
        case State::DirectiveEscape:
            // "\\\n" or "\\\r\n" continues the directive on the next line.
            if (c != '\r')
                m_state = State::Directive;
            ++p;
            break;
        case State::DirectiveSlash:
            if (c == '*') {
                ++p;
                m_afterComment = State::Directive;
                m_state = State::BlockComment;
            } else if (c == '/') {
                ++p;
                m_state = State::LineComment;
            } else {
                m_state = State::Directive;
            }
            break;
        }
    }
    if (end > begin)
        m_previous = end[-1];
    return isFound();
}

} // namespace TinyDeploy::Mlf
