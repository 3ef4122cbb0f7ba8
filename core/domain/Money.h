#pragma once
// Money kept exactly as an integer number of fen (0.01 yuan). Bulletins state sums in
// 万元 with up to six decimals (948.191724万元 = 948191724 fen); never a float.

#include <QString>
#include <QtGlobal>
#include <optional>

namespace rectrack {

class Money {
public:
    static constexpr qint64 FenPerWan = 1'000'000;

    constexpr Money() = default;
    static constexpr Money fromFen(qint64 fen) { return Money(fen); }
    // "948.191724", "12", "-3.5", "１２.５" (full-width digits) in 万元; nullopt when not a number
    // or when it has more precision than a fen.
    static std::optional<Money> parseWan(const QString& text);

    constexpr qint64 fen() const { return m_fen; }
    // Shortest exact decimal in 万元: 948.191724, 12, 0.5.
    QString toWanString() const;

    constexpr Money operator+(Money other) const { return Money(m_fen + other.m_fen); }
    constexpr Money& operator+=(Money other) {
        m_fen += other.m_fen;
        return *this;
    }
    constexpr bool operator==(const Money&) const = default;

private:
    constexpr explicit Money(qint64 fen)
        : m_fen(fen) {}
    qint64 m_fen = 0;
};

} // namespace rectrack
