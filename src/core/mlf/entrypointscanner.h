#pragma once

#include "modelinfo.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace TinyDeploy::Mlf {

/// @brief Finds the DEFINITION of `tvmgen_<mod>_run` or `tvmgen_<mod>_run_model` in generated
/// C source fed in chunks of any size (a token may be split between chunks).
///
/// A definition is `NAME ( ... ) {`; declarations (`;` after the parameter list), calls and
/// uses inside comments, string or character literals and preprocessor lines do not count.
/// Scanning stops at the first definition: further feed() calls return at once. Use one
/// scanner per source file. Linear time, constant memory.
class EntryPointScanner final
{
public:
    explicit EntryPointScanner(const QString &moduleName);

    /// Scans @p chunk; returns isFound().
    bool feed(QByteArrayView chunk);
    bool isFound() const { return m_kind != EntryPointKind::None; }
    /// Run, RunModel, or None while nothing is found.
    EntryPointKind kind() const { return m_kind; }
    /// The symbol found ("tvmgen_default_run"); empty while nothing is found.
    QString symbol() const;
    /// Bytes scanned so far.
    qint64 bytesScanned() const { return m_scanned; }

private:
    enum class State : quint8 {
        Code,
        Identifier, ///< inside an identifier or number
        Slash,      ///< saw '/'
        LineComment,
        BlockComment,
        BlockStar, ///< saw '*' inside a block comment
        String,
        StringEscape,
        Char,
        CharEscape,
        Directive, ///< preprocessor line
        DirectiveEscape,
        DirectiveSlash,
    };
    // What follows a matched name: '(' params ')' then '{' (definition) or anything else.
    enum class Match : quint8 { None, ExpectParen, InParams, ExpectBody };

    void endIdentifier();
    void significant(char c);

    QByteArray m_run;
    QByteArray m_runModel;
    QByteArray m_ident;          ///< the current identifier, as far as it can still match
    qsizetype m_identLength = 0; ///< > m_ident.size() means "too long to match"
    State m_state = State::Code;
    State m_afterComment = State::Code;
    char m_previous = '\n'; ///< last byte of the previous chunk
    Match m_match = Match::None;
    EntryPointKind m_candidate = EntryPointKind::None;
    int m_parenDepth = 0;
    EntryPointKind m_kind = EntryPointKind::None;
    qint64 m_scanned = 0;
};

} // namespace TinyDeploy::Mlf
