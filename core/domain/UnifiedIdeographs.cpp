#include "UnifiedIdeographs.h"

#include <QChar>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace rectrack {

namespace {
const QHash<char32_t, char32_t>& radicalMap() {
    static const QHash<char32_t, char32_t> map = [] {
        QHash<char32_t, char32_t> m;
        QFile file(QStringLiteral(":/unicode/EquivalentUnifiedIdeograph.txt"));
        if (!file.open(QIODevice::ReadOnly))
            return m;
        static const QRegularExpression line(
            QStringLiteral(R"(^([0-9A-F]{4,5})(?:\.\.([0-9A-F]{4,5}))?\s*;\s*([0-9A-F]{4,5}))"));
        for (const QByteArray& raw : file.readAll().split('\n')) {
            const auto match = line.match(QString::fromLatin1(raw));
            if (!match.hasMatch())
                continue;
            const char32_t from = match.captured(1).toUInt(nullptr, 16);
            const char32_t to = match.captured(2).isEmpty() ? from : match.captured(2).toUInt(nullptr, 16);
            const char32_t target = match.captured(3).toUInt(nullptr, 16);
            for (char32_t c = from; c <= to; ++c)
                m.insert(c, target);
        }
        return m;
    }();
    return map;
}
} // namespace

char32_t unifiedCodePoint(char32_t c) {
    const QHash<char32_t, char32_t>& map = radicalMap();
    if (const auto it = map.constFind(c); it != map.constEnd())
        return *it;
    if (QChar::decompositionTag(c) == QChar::Canonical) {
        const QString decomposed = QChar::decomposition(c);
        const QList<uint> codes = decomposed.toUcs4();
        if (codes.size() == 1)
            return codes.front();
    }
    return c;
}

QString unifyRadicals(const QString& text) {
    QList<uint> codes = text.toUcs4();
    bool changed = false;
    for (uint& c : codes)
        if (const char32_t unified = unifiedCodePoint(c); unified != c) {
            c = unified;
            changed = true;
        }
    return changed ? QString::fromUcs4(reinterpret_cast<const char32_t*>(codes.constData()), codes.size())
                   : text;
}

} // namespace rectrack
