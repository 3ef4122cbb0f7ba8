#include "UnitNames.h"

#include "BulletinUpdate.h"

#include <QCoreApplication>
#include <QSet>

namespace rectrack {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rectrack::UnitNames)
};

// The numbers in a name (第3责任单位, 第二党支部 are not 第33责任单位, 第三党支部).
QString numbersIn(const QString& name) {
    QString numbers;
    for (QChar c : name)
        if (c.isDigit() || QStringView(u"〇一二三四五六七八九十百").contains(c))
            numbers += c;
    return numbers;
}

bool looksAlike(const QString& a, const QString& b) {
    if (a == b || a.size() < 2 || b.size() < 2 || numbersIn(a) != numbersIn(b))
        return false;
    const QString& longer = a.size() >= b.size() ? a : b;
    const QString& shorter = a.size() >= b.size() ? b : a;
    if (longer.contains(shorter) && longer.size() - shorter.size() <= 3)
        return true;
    return textSimilarity(a, b) >= 0.75;
}
} // namespace

QStringList unitNamesOf(const ParsedBulletin& bulletin) {
    QStringList names;
    QSet<QString> seen;
    const auto add = [&](const QString& name) {
        const QString n = name.trimmed();
        if (!n.isEmpty() && !seen.contains(n)) {
            seen.insert(n);
            names << n;
        }
    };
    for (const ParsedFinding& f : bulletin.findings) {
        add(f.leadUnit);
        for (const QString& u : f.coUnits)
            add(u);
        for (const ParsedMeasure& m : f.measureDetails) {
            add(m.leadUnit);
            for (const QString& u : m.coUnits)
                add(u);
        }
    }
    return names;
}

QList<NearUnit> nearDuplicateUnits(const QList<Unit>& units, const ParsedBulletin& bulletin) {
    QSet<QString> existing;
    for (const Unit& u : units)
        existing.insert(u.name.trimmed());
    const QStringList names = unitNamesOf(bulletin);
    QList<NearUnit> near;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString& name = names[i];
        if (existing.contains(name))
            continue;
        std::optional<NearUnit> found;
        for (const Unit& u : units)
            if (looksAlike(name, u.name.trimmed())) {
                found = NearUnit{name, u.name.trimmed(), true};
                break;
            }
        // else another new name of the same file, said once (for the later of the two)
        for (qsizetype j = 0; !found && j < i; ++j)
            if (!existing.contains(names[j]) && looksAlike(name, names[j]))
                found = NearUnit{name, names[j], false};
        if (found)
            near << *found;
    }
    return near;
}

QString describe(const NearUnit& near) {
    return near.inLedger
               ? Text::tr("单位“%1”与台账中已有的单位“%2”相近：导入时将新建“%1”。如果是同一单位，请先把表中的名称改为“%2”再导入。")
                     .arg(near.name, near.similar)
               : Text::tr("单位“%1”与同一文件中的“%2”相近：导入时将新建两个单位。如果是同一单位，请先在表中统一名称。")
                     .arg(near.name, near.similar);
}

} // namespace rectrack
