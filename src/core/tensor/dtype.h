#pragma once

#include "util/error.h"

#include <QString>

namespace TinyDeploy::Tensor {

/// Type codes as in DLPack and TVM's DLDataType.
enum class DTypeCode : quint8 { Int = 0, UInt = 1, Float = 2, BFloat = 4 };

/// @brief An element type: code, bits and lanes, as TVM spells it ("float32", "int8", "bool").
/// "bool" is TVM's uint1 stored in one byte.
class DType final
{
public:
    constexpr DType() = default;
    constexpr DType(DTypeCode code, int bits, int lanes = 1)
        : m_code(code)
        , m_bits(bits)
        , m_lanes(lanes)
    {}

    /// Parses TVM's dtype text: float16/32/64, bfloat16, int8..64, uint8..64, bool, with an
    /// optional "x<lanes>" suffix ("float32x4").
    static Result<DType> parse(QStringView text);

    static constexpr DType float32() { return {DTypeCode::Float, 32}; }
    static constexpr DType float64() { return {DTypeCode::Float, 64}; }
    static constexpr DType int8() { return {DTypeCode::Int, 8}; }
    static constexpr DType uint8() { return {DTypeCode::UInt, 8}; }
    static constexpr DType int32() { return {DTypeCode::Int, 32}; }
    static constexpr DType boolean() { return {DTypeCode::UInt, 1}; }

    DTypeCode code() const { return m_code; }
    int bits() const { return m_bits; }
    int lanes() const { return m_lanes; }
    bool isValid() const { return m_bits > 0 && m_lanes > 0; }
    bool isBool() const { return m_code == DTypeCode::UInt && m_bits == 1; }
    bool isFloat() const { return m_code == DTypeCode::Float || m_code == DTypeCode::BFloat; }
    bool isInteger() const { return m_code == DTypeCode::Int || m_code == DTypeCode::UInt; }

    /// TVM's name: "float32", "int8", "bool", "float32x4"; empty for an invalid dtype.
    QString name() const;
    /// Bytes of one element (all lanes), rounded up to whole bytes: bool is 1.
    int elementBytes() const;

    friend constexpr bool operator==(const DType &, const DType &) = default;

private:
    DTypeCode m_code = DTypeCode::Float;
    int m_bits = 0;
    int m_lanes = 0;
};

} // namespace TinyDeploy::Tensor
