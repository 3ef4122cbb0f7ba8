#include "ExportReadBack.h"

#include <QFile>
#include <QXmlStreamReader>
#include <catch2/catch.hpp>
#include <zip.h>

namespace rectrack::test {

// RFC 4180 with a UTF-8 BOM, as Excel and WPS read it.
QList<QStringList> readCsv(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << cell;
            cell.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    return rows;
}

QByteArray zipEntry(const QString& path, const char* name, bool required) {
    int error = 0;
    zip_t* archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    REQUIRE(archive != nullptr);
    zip_stat_t st;
    if (!required && zip_stat(archive, name, 0, &st) != 0) {
        zip_close(archive);
        return {};
    }
    REQUIRE(zip_stat(archive, name, 0, &st) == 0);
    zip_file_t* file = zip_fopen(archive, name, 0);
    QByteArray data(static_cast<qsizetype>(st.size), '\0');
    REQUIRE(zip_fread(file, data.data(), st.size) == static_cast<zip_int64_t>(st.size));
    zip_fclose(file);
    zip_close(archive);
    return data;
}

// The first sheet of an .xlsx as text cells (shared or inline strings, dates from serials).
QList<QStringList> readXlsx(const QString& path, const QList<TableColumn>& columns) {
    QStringList shared;
    QXmlStreamReader strings(zipEntry(path, "xl/sharedStrings.xml", false)); // none when strings are inline
    QString current;
    while (!strings.atEnd()) {
        strings.readNext();
        if (strings.isStartElement() && strings.name() == u"si")
            current.clear();
        if (strings.isStartElement() && strings.name() == u"t")
            current += strings.readElementText();
        if (strings.isEndElement() && strings.name() == u"si")
            shared << current;
    }
    QList<QStringList> rows;
    QXmlStreamReader sheet(zipEntry(path, "xl/worksheets/sheet1.xml"));
    QString type;
    int column = 0;
    while (!sheet.atEnd()) {
        sheet.readNext();
        if (sheet.isStartElement() && sheet.name() == u"row")
            rows << QStringList(columns.size());
        if (sheet.isStartElement() && sheet.name() == u"c") {
            type = sheet.attributes().value(QStringLiteral("t")).toString();
            const QString ref = sheet.attributes().value(QStringLiteral("r")).toString();
            column = 0;
            for (QChar ch : ref) {
                if (!ch.isLetter())
                    break;
                column = column * 26 + (ch.unicode() - u'A' + 1);
            }
            --column;
        }
        if (sheet.isStartElement() && sheet.name() == u"t" && type == u"inlineStr") {
            rows.last()[column] += sheet.readElementText();
            continue;
        }
        if (sheet.isStartElement() && sheet.name() == u"v") {
            const QString value = sheet.readElementText();
            QString cell;
            if (type == u"s")
                cell = shared.value(value.toInt());
            else if (columns[column].type == TableColumn::Type::Date)
                cell = QDate(1899, 12, 30).addDays(static_cast<qint64>(value.toDouble())).toString(Qt::ISODate);
            else if (columns[column].type == TableColumn::Type::Percent)
                cell = QString::number(value.toDouble() * 100.0, 'f', 1) + u'%';
            else
                cell = QString::number(value.toDouble());
            rows.last()[column] = cell;
        }
    }
    return rows;
}

QStringList expectedRow(const Table& table, int r) {
    QStringList cells;
    for (qsizetype c = 0; c < table.columns.size(); ++c)
        cells << cellText(table.rows[r][c], table.columns[c].type);
    return cells;
}

} // namespace rectrack::test
