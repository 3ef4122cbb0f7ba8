#include "BulletinFile.h"

#include "BulletinImport.h"
#include "Ledger.h"
#include "import/BulletinParser.h"
#include "import/ledger/SheetBulletin.h"
#include "import/readers/DocumentReader.h"
#include "import/readers/DocxTables.h"
#include "model/Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace rectrack {

namespace {
// Whether most problems the text gave stand inside the tables' cells: the text parser, reading
// the table's lines as prose, took its numbered measures for problems.
bool problemsComeFromTables(const ParsedBulletin& bulletin, const QList<Sheet>& tables) {
    QString cells;
    for (const Sheet& sheet : tables)
        for (const SheetRow& row : sheet.rows)
            cells += row.cells.join(u'\n') + u'\n';
    int problems = 0, inCells = 0;
    for (const ParsedFinding& finding : bulletin.findings) {
        if (finding.kind != ParsedFinding::Kind::Problem)
            continue;
        ++problems;
        if (!finding.title.isEmpty() && cells.contains(finding.title.left(12)))
            ++inCells;
    }
    return problems > 0 && 2 * inCells >= problems;
}

// A 整改方案 with its 任务分解表: when a table of the document reads as a ledger with more
// problems than its text gave, or the text's problems are mostly the table's own lines, the
// problems are the table's (each measure with its unit, person, deadline), and the document's
// title, dates and team are the text's.
void takeTaskTable(ParsedBulletin& bulletin, const QList<Sheet>& tables, const QString& text) {
    std::optional<ParsedBulletin> table = ledgerOfSheets(tables, bulletin.title);
    if (!table || table->findings.isEmpty())
        return;
    if (table->findings.size() <= bulletin.count(ParsedFinding::Kind::Problem) && !problemsComeFromTables(bulletin, tables))
        return;
    bulletin.findings = table->findings;
    bulletin.categories = table->categories;
    // the document's own first line, when it reads as a title (the parser, looking for a
    // bulletin's, may have made one up)
    const QString first = text.section(u'\n', 0, 0, QString::SectionSkipEmpty).trimmed();
    static const QRegularExpression titled(QStringLiteral("整改|方案|通报|报告|台账|清单"));
    if (!first.isEmpty() && first.size() <= 120 && !first.endsWith(u'。') && first.contains(titled))
        bulletin.title = first;
    else if (bulletin.title.isEmpty())
        bulletin.title = table->title;
    bulletin.stated = {}; // the totals the text states, and its warnings, were about its own list
    bulletin.warnings = QStringList{QCoreApplication::translate("rectrack::BulletinFile",
                                                                "问题和措施取自文件中的表格（%1 个问题），而不是正文")
                                        .arg(table->findings.size())} +
                        table->warnings;
}
} // namespace

BulletinFile readBulletinFile(const QString& path, const QString& map) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Invalid, QCoreApplication::translate("rectrack::BulletinFile", "无法读取 %1：%2")
                                              .arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    BulletinFile read;
    read.hash = contentHash(bytes);
    if (isSheetFile(path)) { // an office's own ledger, in a workbook or CSV
        read.bulletin = readSheetBulletin(path, bytes, map);
        return read;
    }
    const ExtractedText extracted = readDocument(path, bytes);
    read.bulletin = parseBulletin(extracted.text);
    read.bulletin.format = extracted.format;
    read.bulletin.encoding = extracted.encoding;
    if (extracted.format == u"docx")
        takeTaskTable(read.bulletin, readDocxTables(bytes), extracted.text);
    return read;
}

std::optional<EarlierImport> earlierImport(Ledger& ledger, const QString& hash, const QString& title) {
    if (const auto same = ledger.inspections().inspectionWithSource(hash))
        return EarlierImport{*same, true};
    const QList<Id> titled = ledger.inspections().inspectionsTitled(title);
    if (titled.size() == 1)
        return EarlierImport{titled.first(), false};
    return std::nullopt;
}

} // namespace rectrack
