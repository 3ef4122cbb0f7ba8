#include "TestFiles.h"

#include "import/readers/XlsxReader.h"

#include <catch2/catch.hpp>
#include <QFile>

#include <xlsxwriter.h>
#include <zip.h>

namespace rectrack::test {

QByteArray zipOf(const QList<std::pair<const char*, QByteArray>>& parts) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* out = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_source_keep(out);
    zip_t* archive = zip_open_from_source(out, ZIP_TRUNCATE, &error);
    REQUIRE(archive != nullptr);
    for (const auto& [name, content] : parts) {
        zip_source_t* entry = zip_source_buffer(archive, content.constData(), static_cast<zip_uint64_t>(content.size()), 0);
        REQUIRE(zip_file_add(archive, name, entry, ZIP_FL_OVERWRITE) >= 0);
    }
    REQUIRE(zip_close(archive) == 0);
    REQUIRE(zip_source_open(out) == 0);
    zip_stat_t stat;
    zip_source_stat(out, &stat);
    QByteArray bytes(static_cast<qsizetype>(stat.size), Qt::Uninitialized);
    zip_source_read(out, bytes.data(), stat.size);
    zip_source_close(out);
    zip_source_free(out);
    return bytes;
}

void writeWorkbook(const QString& path, const QList<QStringList>& rows, const char* sheetName) {
    writeWorkbook(path, {{sheetName, rows}});
}

void writeWorkbook(const QString& path, const QList<std::pair<const char*, QList<QStringList>>>& sheets) {
    lxw_workbook* book = workbook_new(QFile::encodeName(path).constData());
    REQUIRE(book != nullptr);
    for (const auto& [name, rows] : sheets) {
        lxw_worksheet* sheet = workbook_add_worksheet(book, name);
        for (int r = 0; r < rows.size(); ++r)
            for (int c = 0; c < rows[r].size(); ++c)
                if (!rows[r][c].isEmpty())
                    worksheet_write_string(sheet, static_cast<lxw_row_t>(r), static_cast<lxw_col_t>(c),
                                           rows[r][c].toUtf8().constData(), nullptr);
    }
    REQUIRE(workbook_close(book) == LXW_NO_ERROR);
}

QList<QStringList> workbookRows(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const Workbook book = readXlsx(file.readAll());
    REQUIRE_FALSE(book.sheets.isEmpty());
    QList<QStringList> rows;
    for (const SheetRow& row : book.sheets.first().rows)
        rows << row.cells;
    return rows;
}

int columnStarting(const QStringList& header, const QString& start) {
    for (int i = 0; i < header.size(); ++i)
        if (header[i].startsWith(start))
            return i;
    FAIL("no column starting with " << start.toStdString());
    return -1;
}

Sheet sheetOf(const QList<QStringList>& rows) {
    Sheet sheet{QStringLiteral("台账"), {}, false};
    int number = 0;
    for (const QStringList& cells : rows)
        sheet.rows.append({++number, cells, {}});
    return sheet;
}

} // namespace rectrack::test
