#include "SpreadsheetFile.h"

#include "CsvReader.h"
#include "HtmlTables.h"
#include "XlsReader.h"
#include "XlsxReader.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace rectrack {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rectrack::SpreadsheetFile)
};
} // namespace

SpreadsheetRead readSpreadsheet(const QString& fileName, const QByteArray& bytes) {
    SpreadsheetRead read;
    if (bytes.startsWith("PK\x03\x04") || QFileInfo(fileName).suffix().toLower().startsWith(u"xlsx")) {
        const Workbook workbook = isCompoundFile(bytes) ? readXls(bytes) : readXlsx(bytes);
        read.sheets = workbook.sheets;
        read.format = isCompoundFile(bytes) ? QStringLiteral("xls") : QStringLiteral("xlsx");
        if (!workbook.hiddenSheets.isEmpty())
            read.notes << Text::tr("隐藏的工作表未导入：%1").arg(workbook.hiddenSheets.join(QStringLiteral("、")));
        if (workbook.hiddenRows > 0)
            read.notes << Text::tr("%1 个隐藏的行未导入").arg(workbook.hiddenRows);
        return read;
    }
    if (isCompoundFile(bytes)) {
        read.sheets = readXls(bytes).sheets;
        read.format = QStringLiteral("xls");
        return read;
    }
    if (looksLikeHtml(bytes)) {
        read.sheets = readHtmlTables(bytes, &read.encoding);
        read.format = QStringLiteral("html");
        return read;
    }
    const CsvSheet csv = readCsv(bytes, QFileInfo(fileName).completeBaseName());
    read.sheets << csv.sheet;
    read.format = QStringLiteral("csv");
    read.encoding = csv.encoding;
    return read;
}

} // namespace rectrack
