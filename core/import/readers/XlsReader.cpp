#include "XlsReader.h"

#include "model/Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryFile>

#include <freexl.h>

#include <cmath>
#include <memory>

namespace rectrack {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rectrack::XlsReader)
};

constexpr qint64 MaxFileBytes = 128LL * 1024 * 1024;
constexpr qint64 MaxCells = 5'000'000;

struct Closer {
    void operator()(const void* handle) const { freexl_close(handle); }
};
using Handle = std::unique_ptr<const void, Closer>;

// "EncryptionInfo" in UTF-16: the stream an encrypted .xlsx keeps in its compound file.
bool isEncryptedPackage(const QByteArray& bytes) {
    return bytes.contains(QByteArray::fromRawData(reinterpret_cast<const char*>(u"EncryptionInfo"), 28));
}

[[noreturn]] void passwordProtected() {
    throw Error(Error::Kind::Invalid, Text::tr("这个工作簿设置了打开密码，无法读取。请在 Excel 或 WPS 中打开它，"
                                               "在“文件 → 信息 → 保护工作簿”（WPS：“文件 → 文档加密”）中去掉密码，保存后再导入。"));
}

QString numberText(double value) {
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(static_cast<qint64>(value));
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
    case FREEXL_CELL_DATETIME: { // "2025-06-30 00:00:00": a date for a ledger
        const QString text = cell.value.text_value ? QString::fromUtf8(cell.value.text_value) : QString();
        return text.endsWith(QStringLiteral(" 00:00:00")) ? text.left(10) : text;
    }
    default:
        return QString();
    }
}
} // namespace

bool isCompoundFile(const QByteArray& bytes) {
    return bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
}

Workbook readXls(const QByteArray& bytes) {
    if (!isCompoundFile(bytes))
        throw Error(Error::Kind::Invalid, Text::tr("这不是旧版 Excel 工作簿（.xls）：文件已损坏，或是别的格式改了扩展名。"));
    if (isEncryptedPackage(bytes))
        passwordProtected();
    if (bytes.size() > MaxFileBytes)
        throw Error(Error::Kind::Invalid, Text::tr("工作簿过大，无法导入：请分成几个文件。"));
    // FreeXL reads a file by its path: the bytes go to a private temporary file first.
    QTemporaryFile file;
    if (!file.open() || file.write(bytes) != bytes.size() || !file.flush())
        throw Error(Error::Kind::Storage, Text::tr("无法写入临时文件：%1").arg(file.errorString()));
    const void* raw = nullptr;
    const int opened = freexl_open(QFile::encodeName(file.fileName()).constData(), &raw);
    Handle handle(raw);
    if (opened != FREEXL_OK) {
        if (opened == FREEXL_BIFF_WORKBOOK_NOT_FOUND)
            throw Error(Error::Kind::Invalid, Text::tr("这个文件里没有 Excel 工作簿：它可能是 Word（.doc）等别的 Office 文件，"
                                                       "或是设置了打开密码的工作簿。"));
        throw Error(Error::Kind::Invalid, Text::tr("旧版 Excel 工作簿（.xls）已损坏，无法读取（FreeXL 错误 %1）。"
                                                   "请在 Excel 或 WPS 中打开它，另存为 .xlsx 后再导入。")
                                              .arg(opened));
    }
    unsigned int info = 0;
    if (freexl_get_info(raw, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK && info == FREEXL_BIFF_OBFUSCATED)
        passwordProtected();
    unsigned int sheetCount = 0;
    freexl_get_info(raw, FREEXL_BIFF_SHEET_COUNT, &sheetCount);

    Workbook workbook;
    qint64 cells = 0;
    for (unsigned short s = 0; s < sheetCount; ++s) {
        const char* name = nullptr;
        if (freexl_get_worksheet_name(raw, s, &name) != FREEXL_OK || freexl_select_active_worksheet(raw, s) != FREEXL_OK)
            continue;
        unsigned int rows = 0;
        unsigned short columns = 0;
        if (freexl_worksheet_dimensions(raw, &rows, &columns) != FREEXL_OK)
            continue;
        cells += qint64(rows) * columns;
        if (cells > MaxCells)
            throw Error(Error::Kind::Invalid, Text::tr("工作簿的单元格过多（超过 %1 个），无法导入：请分成几个文件。").arg(MaxCells));
        Sheet sheet{name ? QString::fromUtf8(name) : Text::tr("工作表%1").arg(s + 1), {}};
        for (unsigned int r = 0; r < rows; ++r) {
            QStringList row;
            for (unsigned short c = 0; c < columns; ++c) {
                FreeXL_CellValue cell;
                row << (freexl_get_cell_value(raw, r, c, &cell) == FREEXL_OK ? cellText(cell) : QString());
            }
            while (!row.isEmpty() && row.last().trimmed().isEmpty())
                row.removeLast();
            if (!row.isEmpty())
                sheet.rows.append({static_cast<int>(r) + 1, row});
        }
        workbook.sheets.append(sheet);
    }
    return workbook;
}

} // namespace rectrack
