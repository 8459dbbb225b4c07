#pragma once

// Internal to tensor/: the Python-literal header of a .npy file (what numpy.save() writes,
// "{'descr': '<f4', 'fortran_order': False, 'shape': (1, 28, 28), }"), parsed strictly.

#include "util/error.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <utility>

namespace TinyDeploy::Tensor::Npy {

/// The hint of every error in a .npy file that only numpy can repair.
QString hintRegenerate();

/// A value of the Python literal that forms the header: just what numpy writes.
struct PyValue
{
    enum class Kind { String, Bool, None, Int, Tuple, List, Dict };
    Kind kind = Kind::None;
    QString text;
    bool flag = false;
    qint64 number = 0;
    QList<PyValue> items;
    QList<std::pair<QString, PyValue>> entries;
};

/// "string", "tuple", ... for error messages.
QString kindName(PyValue::Kind kind);

/// @brief Parses the header text into its dictionary: strings without escapes, True/False/None,
/// 64-bit integers (with Python 2's L suffix), tuples, lists and dicts nested at most 16 deep,
/// no duplicate keys, nothing after the dictionary. Errors are InvalidNpy at @p location.
class HeaderParser
{
public:
    HeaderParser(QStringView text, QString location);

    Result<PyValue> parseDocument();

private:
    std::unexpected<Error> error(const QString &message) const;
    std::unexpected<Error> unexpected() const;
    void skipSpace();
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text.at(m_pos); }

    Result<PyValue> parseValue(int depth);
    Result<PyValue> parseString();
    Result<PyValue> parseInt();
    Result<PyValue> parseWord();
    Result<PyValue> parseSequence(int depth);
    Result<PyValue> parseDict(int depth);

    QStringView m_text;
    QString m_location;
    qsizetype m_pos = 0;
};

} // namespace TinyDeploy::Tensor::Npy
