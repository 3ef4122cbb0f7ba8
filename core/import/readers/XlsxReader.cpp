#include "XlsxReader.h"

#include "ZipPackage.h"
#include "model/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <cmath>

namespace rectrack {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rectrack::XlsxReader)
};

// A ledger is thousands of rows; a workbook past these is refused as soon as it shows it.
constexpr qint64 MaxPartXml = 256LL * 1024 * 1024; // bytes of one part, inflated
constexpr int MaxRows = 1'000'000;                 // Excel's own limit is 1,048,576
constexpr qint64 MaxCells = 5'000'000;
constexpr int MaxColumns = 16384; // XFD

// What a file that is not an .xlsx workbook is told.
[[noreturn]] void notAWorkbook(const QByteArray& bytes) {
    if (bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) // an OLE compound file
        throw Error(Error::Kind::Invalid,
                    Text::tr("这是旧版 Excel（.xls）或 WPS 表格（.et）文件，或是设置了打开密码的工作簿。"
                             "请在 Excel 或 WPS 中打开它，去掉密码，“另存为” Excel 工作簿（.xlsx）后再导入。"));
    throw Error(Error::Kind::Invalid, Text::tr("这不是 Excel 工作簿（.xlsx）：文件已损坏，或是别的格式改了扩展名。"));
}

// Reads a part's XML as it inflates, handing each token to `token`.
template <typename Token> void parse(const ZipPackage& package, const QString& part, const QString& missing, Token&& token) {
    package.parseXml(part, MaxPartXml, missing, token,
                     [&](const QString& why) { return Text::tr("工作簿的 %1 已损坏：%2").arg(part, why); });
}

QString attribute(const QXmlStreamReader& xml, QLatin1StringView name) {
    return xml.attributes().value(name).toString();
}

// The attribute r:id, whatever prefix the relationships namespace has.
QString relationshipId(const QXmlStreamReader& xml) {
    for (const QXmlStreamAttribute& a : xml.attributes())
        if (a.name() == u"id" && a.namespaceUri().toString().endsWith(QStringLiteral("/relationships")))
            return a.value().toString();
    return xml.attributes().value(QStringLiteral("r:id")).toString();
}

struct SheetEntry {
    QString name;
    QString relationship;
    bool hidden = false;
};

struct Styles {
    QList<int> formatOfStyle;   // cellXfs: a cell's s → its numFmtId
    QHash<int, QString> custom; // numFmtId → formatCode
};

Styles readStyles(const ZipPackage& package) {
    Styles styles;
    if (!package.has(QStringLiteral("xl/styles.xml")))
        return styles;
    bool inCellXfs = false;
    parse(package, QStringLiteral("xl/styles.xml"), QString(), [&](QXmlStreamReader& xml) {
        if (xml.isStartElement()) {
            if (xml.name() == u"numFmt")
                styles.custom.insert(attribute(xml, QLatin1StringView("numFmtId")).toInt(), attribute(xml, QLatin1StringView("formatCode")));
            else if (xml.name() == u"cellXfs")
                inCellXfs = true;
            else if (xml.name() == u"xf" && inCellXfs)
                styles.formatOfStyle.append(attribute(xml, QLatin1StringView("numFmtId")).toInt());
        } else if (xml.isEndElement() && xml.name() == u"cellXfs") {
            inCellXfs = false;
        }
    });
    return styles;
}

enum class Shown { Number, Date, Time };

// What a number format shows: built-in ids by Excel's table (27–36 and 50–58 are the dates of
// Chinese locales), a custom code by its letters outside quoted text and [..] sections.
Shown shownAs(int format, const Styles& styles) {
    if ((format >= 14 && format <= 17) || format == 22 || (format >= 27 && format <= 36) || (format >= 50 && format <= 58))
        return Shown::Date;
    if ((format >= 18 && format <= 21) || (format >= 45 && format <= 47))
        return Shown::Time;
    const auto custom = styles.custom.constFind(format);
    if (custom == styles.custom.constEnd())
        return Shown::Number;
    static const QRegularExpression quoted(QStringLiteral(R"("[^"]*"|\[[^\]]*\]|\\.)"));
    const QString letters = QString(*custom).remove(quoted).toLower();
    if (letters.contains(u'y') || letters.contains(u'd') || letters.contains(u'e'))
        return Shown::Date;
    if (letters.contains(u'h') || letters.contains(u's'))
        return Shown::Time;
    if (letters.contains(u'm') && !letters.contains(u'0') && !letters.contains(u'#'))
        return Shown::Date; // "m月" alone
    return Shown::Number;
}

QString numberText(double value) {
    if (!std::isfinite(value))
        return QString();
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', 15);
}

QString serialText(double serial, Shown shown, bool from1904) {
    if (shown == Shown::Time) {
        const double fraction = serial - std::floor(serial);
        const int minutes = static_cast<int>(std::lround(fraction * 24 * 60));
        return QTime(0, 0).addSecs(minutes * 60).toString(QStringLiteral("HH:mm"));
    }
    const auto days = static_cast<qint64>(std::floor(serial));
    QDate date;
    if (from1904)
        date = QDate(1904, 1, 1).addDays(days);
    else // Excel counts a 29 February 1900 that never was: serials from 61 on are a day ahead
        date = (days >= 61 ? QDate(1899, 12, 30) : QDate(1899, 12, 31)).addDays(days);
    return date.isValid() ? date.toString(Qt::ISODate) : numberText(serial);
}

QStringList readSharedStrings(const ZipPackage& package) {
    QStringList strings;
    if (!package.has(QStringLiteral("xl/sharedStrings.xml")))
        return strings;
    QString current;
    bool inText = false;
    int phonetic = 0; // inside <rPh>: a reading guide, not the text
    qsizetype total = 0;
    parse(package, QStringLiteral("xl/sharedStrings.xml"), QString(), [&](QXmlStreamReader& xml) {
        if (xml.isStartElement()) {
            if (xml.name() == u"si")
                current.clear();
            else if (xml.name() == u"rPh")
                ++phonetic;
            else if (xml.name() == u"t")
                inText = phonetic == 0;
        } else if (xml.isCharacters() && inText) {
            current += xml.text();
        } else if (xml.isEndElement()) {
            if (xml.name() == u"t")
                inText = false;
            else if (xml.name() == u"rPh")
                --phonetic;
            else if (xml.name() == u"si") {
                total += current.size();
                if (total > MaxPartXml / 2)
                    throw Error(Error::Kind::Invalid, Text::tr("工作簿过大，无法导入"));
                strings.append(current);
            }
        }
    });
    return strings;
}

// A cell range "A3:B7" as its corners; -1 for what is not one.
struct Range {
    int firstColumn = -1, firstRow = -1, lastColumn = -1, lastRow = -1;
};

Range rangeOf(QStringView reference) {
    const qsizetype colon = reference.indexOf(u':');
    const auto [c1, r1] = cellPosition(colon < 0 ? reference : reference.left(colon));
    const auto [c2, r2] = colon < 0 ? std::pair{c1, r1} : cellPosition(reference.mid(colon + 1));
    if (c1 < 0 || r1 < 0 || c2 < c1 || r2 < r1)
        return {};
    return {c1, r1, c2, r2};
}

struct SheetReading {
    QMap<int, QStringList> rows; // row number → cells from column A
    QSet<int> hidden;
    QList<Range> merged;
    qint64 cells = 0;
};

SheetReading readSheet(const ZipPackage& package, const QString& part, const QString& name, const QStringList& shared,
                       const Styles& styles, bool from1904) {
    SheetReading sheet;
    int row = 0;
    int column = 0;
    QString type;
    int style = 0;
    QString value;
    bool inValue = false;  // <v>, or <t> inside <is>
    bool inInline = false; // <is>
    const auto tooLarge = [&] {
        return Error(Error::Kind::Invalid, Text::tr("工作表“%1”超过 %2 行（或单元格过多），无法导入：请分成几个文件。")
                                               .arg(name)
                                               .arg(MaxRows));
    };
    parse(package, part, Text::tr("工作簿缺少工作表“%1”的内容（%2）").arg(name, part), [&](QXmlStreamReader& xml) {
        if (xml.isStartElement()) {
            const auto element = xml.name();
            if (element == u"row") {
                const int given = attribute(xml, QLatin1StringView("r")).toInt();
                row = given > 0 ? given : row + 1;
                if (row >= MaxRows)
                    throw tooLarge();
                column = 0;
                const QString hidden = attribute(xml, QLatin1StringView("hidden"));
                if (hidden == u"1" || hidden == u"true")
                    sheet.hidden.insert(row);
            } else if (element == u"c") {
                const QString reference = attribute(xml, QLatin1StringView("r"));
                if (!reference.isEmpty()) {
                    const auto [c, r] = cellPosition(reference);
                    if (c >= 0)
                        column = c;
                    if (r > 0)
                        row = r;
                }
                type = attribute(xml, QLatin1StringView("t"));
                style = attribute(xml, QLatin1StringView("s")).toInt();
                value.clear();
            } else if (element == u"v") {
                inValue = true;
            } else if (element == u"is") {
                inInline = true;
            } else if (element == u"t" && inInline) {
                inValue = true;
            } else if (element == u"mergeCell") {
                const Range range = rangeOf(attribute(xml, QLatin1StringView("ref")));
                if (range.firstRow >= 0)
                    sheet.merged.append(range);
            }
        } else if (xml.isCharacters() && inValue) {
            value += xml.text();
        } else if (xml.isEndElement()) {
            const auto element = xml.name();
            if (element == u"v" || (element == u"t" && inInline)) {
                inValue = false;
            } else if (element == u"is") {
                inInline = false;
            } else if (element == u"c") {
                QString text;
                if (type == u"s") {
                    bool ok = false;
                    const int index = value.toInt(&ok);
                    text = ok && index >= 0 && index < shared.size() ? shared[index] : QString();
                } else if (type == u"inlineStr" || type == u"str" || type == u"e") {
                    text = value;
                } else if (type == u"b") {
                    text = value == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
                } else if (type == u"d") {
                    text = value.left(10);
                } else if (!value.isEmpty()) {
                    bool ok = false;
                    const double number = value.toDouble(&ok);
                    const int format = style >= 0 && style < styles.formatOfStyle.size() ? styles.formatOfStyle[style] : 0;
                    const Shown shown = shownAs(format, styles);
                    text = !ok ? value : shown == Shown::Number ? numberText(number) : serialText(number, shown, from1904);
                }
                if (!text.isEmpty() && column < MaxColumns) {
                    if (++sheet.cells > MaxCells)
                        throw tooLarge();
                    QStringList& cells = sheet.rows[row];
                    while (cells.size() <= column)
                        cells.append(QString());
                    cells[column] = text;
                }
                ++column;
            }
        }
    });
    return sheet;
}

} // namespace

std::pair<int, int> cellPosition(QStringView reference) {
    int column = 0;
    qsizetype i = 0;
    while (i < reference.size() && reference[i] == u'$')
        ++i;
    const qsizetype letters = i;
    while (i < reference.size() && reference[i].isLetter() && reference[i].unicode() < 128) {
        column = column * 26 + (reference[i].toUpper().unicode() - 'A' + 1);
        if (column > MaxColumns)
            return {-1, -1};
        ++i;
    }
    if (i == letters)
        return {-1, -1};
    while (i < reference.size() && reference[i] == u'$')
        ++i;
    bool ok = false;
    const int row = reference.mid(i).toInt(&ok);
    if (!ok || row <= 0)
        return {-1, -1};
    return {column - 1, row};
}

Workbook readXlsx(const QByteArray& bytes) {
    if (!bytes.startsWith("PK\x03\x04"))
        notAWorkbook(bytes);
    const ZipPackage package(bytes, {Text::tr("Excel 工作簿已损坏或不完整（不是有效的 .xlsx 压缩包）"),
                                     Text::tr("工作簿过大，无法导入")});
    if (!package.has(QStringLiteral("xl/workbook.xml"))) {
        if (package.has(QStringLiteral("word/document.xml")))
            throw Error(Error::Kind::Invalid, Text::tr("这是 Word 文件，不是 Excel 工作簿：请把它作为通报或整改方案导入。"));
        throw Error(Error::Kind::Invalid, Text::tr("这个压缩包里没有 Excel 工作簿（xl/workbook.xml），不是 .xlsx 文件"));
    }
    QList<SheetEntry> entries;
    bool from1904 = false;
    parse(package, QStringLiteral("xl/workbook.xml"), QString(), [&](QXmlStreamReader& xml) {
        if (!xml.isStartElement())
            return;
        if (xml.name() == u"workbookPr") {
            const QString date1904 = attribute(xml, QLatin1StringView("date1904"));
            from1904 = date1904 == u"1" || date1904 == u"true";
        } else if (xml.name() == u"sheet") {
            const QString state = attribute(xml, QLatin1StringView("state"));
            entries.append({attribute(xml, QLatin1StringView("name")), relationshipId(xml), state == u"hidden" || state == u"veryHidden"});
        }
    });
    QHash<QString, QString> targets; // relationship id → part
    if (package.has(QStringLiteral("xl/_rels/workbook.xml.rels")))
        parse(package, QStringLiteral("xl/_rels/workbook.xml.rels"), QString(), [&](QXmlStreamReader& xml) {
            if (xml.isStartElement() && xml.name() == u"Relationship") {
                QString target = attribute(xml, QLatin1StringView("Target"));
                target = target.startsWith(u'/') ? target.mid(1) : QStringLiteral("xl/") + target;
                targets.insert(attribute(xml, QLatin1StringView("Id")), target);
            }
        });
    const QStringList shared = readSharedStrings(package);
    const Styles styles = readStyles(package);

    Workbook workbook;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const SheetEntry& entry = entries[i];
        if (entry.hidden) {
            workbook.hiddenSheets << entry.name;
            continue;
        }
        const QString part = targets.value(entry.relationship, QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1));
        if (!package.has(part))
            continue; // a chart sheet or a dialog sheet has no cells
        SheetReading reading = readSheet(package, part, entry.name, shared, styles, from1904);
        // a merged area's value in each of its cells, those below its first row marked
        QHash<int, QSet<int>> mergedFromAbove;
        for (const Range& range : reading.merged) {
            const QString value = reading.rows.value(range.firstRow).value(range.firstColumn);
            if (value.isEmpty() || qint64(range.lastRow - range.firstRow + 1) * (range.lastColumn - range.firstColumn + 1) > 100'000)
                continue;
            for (int r = range.firstRow; r <= range.lastRow; ++r) {
                QStringList& cells = reading.rows[r];
                while (cells.size() <= range.lastColumn)
                    cells.append(QString());
                for (int c = range.firstColumn; c <= range.lastColumn; ++c) {
                    cells[c] = value;
                    if (r > range.firstRow)
                        mergedFromAbove[r].insert(c);
                }
            }
        }
        Sheet sheet{entry.name, {}, true};
        for (auto row = reading.rows.cbegin(); row != reading.rows.cend(); ++row) {
            if (reading.hidden.contains(row.key())) {
                ++workbook.hiddenRows;
                continue;
            }
            QStringList cells = row.value();
            while (!cells.isEmpty() && cells.last().trimmed().isEmpty())
                cells.removeLast();
            if (!cells.isEmpty())
                sheet.rows.append({row.key(), cells, mergedFromAbove.value(row.key())});
        }
        workbook.sheets.append(sheet);
    }
    return workbook;
}

} // namespace rectrack
