// rectrack-xls-reader FILE: an old Excel or WPS workbook (.xls, .et) read with FreeXL, its
// sheets written to standard output as JSON. It runs in a process of its own because FreeXL
// reads memory it should not on some damaged files: the program that asked (core's XlsReader)
// sees a failed child, never a crash of its own, and says the file is damaged.
//
// Output: {"sheets": [{"name": "…", "rows": [[number, ["cell", …]], …]}]}, or {"error": CODE}
// with CODE one of password, not_workbook, damaged, too_large. Exit 0 when it wrote either.

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <freexl.h>
#include <sys/resource.h>

#include <cmath>
#include <cstdio>

namespace {
constexpr long long MaxCells = 5'000'000;

QString numberText(double value) {
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(static_cast<long long>(value));
    return QString::number(value, 'g', 15);
}

QString cellText(const FreeXL_CellValue& cell) {
    switch (cell.type) {
    case FREEXL_CELL_INT:
        return QString::number(cell.value.int_value);
    case FREEXL_CELL_DOUBLE:
        return numberText(cell.value.double_value);
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_TIME:
        return cell.value.text_value ? QString::fromUtf8(cell.value.text_value) : QString();
    case FREEXL_CELL_DATETIME: { // "2025-06-30 00:00:00": a date, for a ledger
        const QString text = cell.value.text_value ? QString::fromUtf8(cell.value.text_value) : QString();
        return text.endsWith(QStringLiteral(" 00:00:00")) ? text.left(10) : text;
    }
    default:
        return QString();
    }
}

int answer(const QJsonObject& json) {
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Compact);
    return std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout) == static_cast<size_t>(bytes.size()) ? 0 : 1;
}

int failure(const char* code) {
    return answer(QJsonObject{{QStringLiteral("error"), QString::fromLatin1(code)}});
}
} // namespace

#if defined(__SANITIZE_ADDRESS__)
constexpr bool UnderAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool UnderAddressSanitizer = true;
#else
constexpr bool UnderAddressSanitizer = false;
#endif
#else
constexpr bool UnderAddressSanitizer = false;
#endif

int main(int argc, char** argv) {
    // A damaged file may make FreeXL ask for more than any ledger needs. (Not under
    // AddressSanitizer, whose shadow memory alone is far larger than the limit.)
    if constexpr (!UnderAddressSanitizer) {
        const rlimit memory{2048UL << 20, 2048UL << 20};
        setrlimit(RLIMIT_AS, &memory);
    }
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: rectrack-xls-reader FILE\n");
        return 2;
    }
    const void* handle = nullptr;
    const int opened = freexl_open(QFile::encodeName(QString::fromLocal8Bit(argv[1])).constData(), &handle);
    if (opened != FREEXL_OK) {
        if (handle)
            freexl_close(handle);
        return failure(opened == FREEXL_BIFF_WORKBOOK_NOT_FOUND ? "not_workbook" : "damaged");
    }
    unsigned int info = 0;
    if (freexl_get_info(handle, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK && info == FREEXL_BIFF_OBFUSCATED) {
        freexl_close(handle);
        return failure("password");
    }
    unsigned int sheetCount = 0;
    freexl_get_info(handle, FREEXL_BIFF_SHEET_COUNT, &sheetCount);
    QJsonArray sheets;
    long long cells = 0;
    for (unsigned short s = 0; s < sheetCount; ++s) {
        const char* name = nullptr;
        if (freexl_get_worksheet_name(handle, s, &name) != FREEXL_OK || freexl_select_active_worksheet(handle, s) != FREEXL_OK)
            continue;
        unsigned int rows = 0;
        unsigned short columns = 0;
        if (freexl_worksheet_dimensions(handle, &rows, &columns) != FREEXL_OK)
            continue;
        cells += static_cast<long long>(rows) * columns;
        if (cells > MaxCells) {
            freexl_close(handle);
            return failure("too_large");
        }
        QJsonArray sheetRows;
        for (unsigned int r = 0; r < rows; ++r) {
            QStringList row;
            for (unsigned short c = 0; c < columns; ++c) {
                FreeXL_CellValue cell;
                row << (freexl_get_cell_value(handle, r, c, &cell) == FREEXL_OK ? cellText(cell) : QString());
            }
            while (!row.isEmpty() && row.last().trimmed().isEmpty())
                row.removeLast();
            if (!row.isEmpty())
                sheetRows.append(QJsonArray{static_cast<int>(r) + 1, QJsonArray::fromStringList(row)});
        }
        sheets.append(QJsonObject{{QStringLiteral("name"), name ? QString::fromUtf8(name) : QString()},
                                  {QStringLiteral("rows"), sheetRows}});
    }
    freexl_close(handle);
    return answer(QJsonObject{{QStringLiteral("sheets"), sheets}});
}
