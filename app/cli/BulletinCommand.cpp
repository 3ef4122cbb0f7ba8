// rectrack-cli bulletin: an inspection's 整改情况通报 as an official-document PDF, an editable
// Word document laid out the same, or its composed text.
#include "Commands.h"

#include "export/AtomicSave.h"
#include "storage/HistoryAnchor.h"
#include "export/OfficialDocumentDocx.h"
#include "export/OfficialDocumentPdf.h"
#include "services/BulletinSource.h"
#include "services/Ledger.h"
#include "model/Error.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QRegularExpression>

namespace rectrack::cli {

namespace {
OfficialFonts fontsFrom(const QStringList& choices) {
    const QStringList installed = QFontDatabase::families();
    OfficialFonts fonts = defaultOfficialFonts(installed);
    for (const QString& choice : choices) {
        const auto role = parseFontRole(choice.section(u'=', 0, 0).trimmed());
        const QString family = choice.section(u'=', 1).trimmed();
        if (!role || family.isEmpty())
            throw UsageError{QCoreApplication::translate(
                                 "rectrack::cli", "--font 应为 角色=字体，角色为 title、body、heading1、heading2、page；收到“%1”")
                                 .arg(choice)};
        if (!installed.contains(family, Qt::CaseInsensitive))
            throw UsageError{QCoreApplication::translate("rectrack::cli", "本机没有字体“%1”").arg(family)};
        fonts[*role] = family;
    }
    return fonts;
}
// The GB/T 9704 parts the options ask for; a 份号 that is not six digits or a date that is not
// one is a usage error.
void applyOfficialOptions(const Invocation& in, BulletinTexts& texts) {
    OfficialFrame& frame = texts.frame;
    frame.copyNumber = in.value("copy-number").trimmed();
    static const QRegularExpression sixDigits(QStringLiteral("^\\d{6}$"));
    if (!frame.copyNumber.isEmpty() && !sixDigits.match(frame.copyNumber).hasMatch())
        throw UsageError{QCoreApplication::translate("rectrack::cli", "--copy-number 应为6位数字，收到“%1”").arg(frame.copyNumber)};
    frame.secrecy = in.value("secrecy").trimmed();
    frame.urgency = in.value("urgency").trimmed();
    frame.issuerMark = in.value("issuer-mark").trimmed();
    frame.documentNumber = in.value("doc-number").trimmed();
    frame.signer = in.value("signer").trimmed();
    frame.sealed = in.isSet("seal");
    frame.copiesTo = in.value("copies-to").trimmed();
    frame.printer = in.value("printer").trimmed();
    if (const QString date = in.value("print-date"); !date.isEmpty()) {
        frame.printDate = QDate::fromString(date, Qt::ISODate);
        if (!frame.printDate.isValid())
            throw UsageError{QCoreApplication::translate("rectrack::cli", "--print-date 应为 YYYY-MM-DD，收到“%1”").arg(date)};
    }
    if (!in.value("addressee").trimmed().isEmpty())
        texts.addressee = in.value("addressee").trimmed();
    if (!in.values("attachment").isEmpty())
        texts.attachments = in.values("attachment");
    texts.dateInChineseNumerals = in.isSet("chinese-date");
    texts.version = in.isSet("public") ? BulletinVersion::Public : BulletinVersion::Internal;
    texts.publicCountsListedOnly = in.isSet("count-listed-only");
    if (texts.publicCountsListedOnly && texts.version != BulletinVersion::Public)
        throw UsageError{QCoreApplication::translate("rectrack::cli", "--count-listed-only 只用于 --public")};
}
} // namespace

int runBulletin(Ledger& ledger, const Invocation& in, QTextStream& out) {
    const QString usage = QCoreApplication::translate(
        "rectrack::cli", "用法：rectrack-cli bulletin 巡察编号 -o 文件.pdf|文件.docx|文件.txt [--font 角色=字体]…");
    bool ok = false;
    const Id inspection = in.args.size() == 1 ? in.args[0].toLongLong(&ok) : 0;
    if (!ok || inspection <= 0 || in.value("output").isEmpty())
        throw UsageError{usage};
    const QString format = in.value("format").isEmpty() ? in.value("output").section(u'.', -1).toLower() : in.value("format");
    if (format != u"pdf" && format != u"docx" && format != u"txt")
        throw UsageError{usage};

    const BulletinData data = loadBulletinData(ledger, inspection);
    BulletinTexts texts = defaultBulletinTexts(data, ledger.today());
    applyOfficialOptions(in, texts);
    const BulletinDocument document = composeBulletin(data, texts);
    for (const QString& line : withheldFromBulletin(data, texts))
        out << QCoreApplication::translate("rectrack::cli", "公开版略去：%1").arg(line) << Qt::endl;
    if (format == u"txt") {
        saveFileAtomically(in.value("output"), document.plainText().toUtf8());
        out << QCoreApplication::translate("rectrack::cli", "已写出通报文字：%1").arg(in.value("output")) << Qt::endl;
        return 0;
    }
    const OfficialFonts fonts = fontsFrom(in.values("font"));
    if (format == u"docx") {
        writeOfficialDocx(document, fonts, texts.title, in.value("output"), historyHead(ledger.database().connection()).text());
        out << QCoreApplication::translate("rectrack::cli", "已导出通报（Word 文档）：%1").arg(in.value("output")) << Qt::endl;
        for (FontRole role : fontRoles())
            out << QStringLiteral("  %1: %2").arg(fontRoleLabel(role), officialFaceFor(role, fonts[role])) << Qt::endl;
        return 0;
    }
    const int pages = writeOfficialDocument(document, fonts, texts.title, in.value("output"),
                                            historyHead(ledger.database().connection()).text());
    out << QCoreApplication::translate("rectrack::cli", "已导出通报 %1 页：%2").arg(pages).arg(in.value("output")) << Qt::endl;
    for (FontRole role : fontRoles())
        out << QStringLiteral("  %1: %2").arg(fontRoleLabel(role), fonts[role]) << Qt::endl;
    return 0;
}

} // namespace rectrack::cli
