#include "OddStrings.h"

#include <QStringConverter>

namespace rectrack::test {

namespace {

QString megabyteOfText() {
    const QString sentence = QStringLiteral("整改措施落实到位，台账逐项销号；");
    QString text;
    while (text.toUtf8().size() < 1024 * 1024)
        text += sentence.repeated(1024);
    return text;
}

quint32 crc32(const QByteArray& data) {
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data) {
        crc ^= static_cast<quint8>(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

void put16(QByteArray& out, quint32 value) {
    out.append(static_cast<char>(value & 0xFF)).append(static_cast<char>((value >> 8) & 0xFF));
}

void put32(QByteArray& out, quint32 value) {
    put16(out, value & 0xFFFF);
    put16(out, value >> 16);
}

QByteArray wordDocument(const QByteArray& doctype, const QByteArray& body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctype +
           "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
           body + "</w:body></w:document>";
}

QByteArray docxOf(const QByteArray& documentXml) {
    return zipOf({{"word/document.xml", documentXml}});
}

} // namespace

QList<OddString> oddStrings() {
    return {
        {"empty", QString()},
        {"blank", QStringLiteral(" \t\n\u3000 ")},
        {"1 MB", megabyteOfText()},
        {"NUL bytes", QStringLiteral("前") + QChar(u'\0') + QStringLiteral("中") + QChar(u'\0') + QStringLiteral("后")},
        {"control characters", QStringLiteral("响铃\a 退格\b 换页\f 纵向制表\v 转义\x1B[31m 删除\x7F 行分隔\u2028")},
        {"invalid UTF-8, decoded", QString::fromUtf8("\xC3\x28 \xFF\xFE \xED\xA0\x80 \xF4\x90\x80\x80 \xC0\xAF 尾")},
        {"lone surrogates", QStringLiteral("前") + QChar(0xD800) + QStringLiteral("中") + QChar(0xDC00) + QStringLiteral("后")},
        {"zero-width and right-to-left", QStringLiteral("\u200B零宽\u200C\u200D\uFEFF \u202E反向文字\u202C \u2067隔离\u2069 \u200F")},
        {"emoji", QStringLiteral("整改😀👨‍👩‍👧‍👦🇨🇳✅ 𠀀𪚥")},
        {"SQL metacharacters", QStringLiteral("'); DROP TABLE findings; -- \" ` % _ \\ /* */ OR 1=1; SELECT * FROM accounts")},
        {"markup", QStringLiteral("<script>alert(1)</script> <b>粗</b> &amp; &lt; <img src=x onerror=alert(1)>")},
        {"spreadsheet formula", QStringLiteral("=HYPERLINK(\"http://example.com\",\"点击\")")},
        {"Qt placeholders", QStringLiteral("%1 %2 %L1 %n %s %%")},
        {"a path", QStringLiteral("../../etc/passwd")},
    };
}

QByteArray zipOf(const QList<QPair<QByteArray, QByteArray>>& entries) {
    QByteArray archive;
    QByteArray directory;
    for (const auto& [name, data] : entries) {
        const quint32 offset = static_cast<quint32>(archive.size());
        const quint32 crc = crc32(data);
        const quint32 size = static_cast<quint32>(data.size());
        QByteArray common;
        put16(common, 20); // version needed
        put16(common, 0);  // flags
        put16(common, 0);  // stored
        put16(common, 0);  // time
        put16(common, 0x21); // date: 1980-01-01
        put32(common, crc);
        put32(common, size);
        put32(common, size);
        put16(common, static_cast<quint32>(name.size()));
        put16(common, 0); // extra
        put32(archive, 0x04034b50);
        archive += common + name + data;
        put32(directory, 0x02014b50);
        put16(directory, 20); // made by
        directory += common;
        put16(directory, 0); // comment
        put16(directory, 0); // disk
        put16(directory, 0); // internal attributes
        put32(directory, 0); // external attributes
        put32(directory, offset);
        directory += name;
    }
    const quint32 directoryOffset = static_cast<quint32>(archive.size());
    archive += directory;
    put32(archive, 0x06054b50);
    put16(archive, 0);
    put16(archive, 0);
    put16(archive, static_cast<quint32>(entries.size()));
    put16(archive, static_cast<quint32>(entries.size()));
    put32(archive, static_cast<quint32>(directory.size()));
    put32(archive, directoryOffset);
    put16(archive, 0);
    return archive;
}

QList<OddBytes> oddDocuments() {
    QList<OddBytes> documents{
        {"empty", QByteArray()},
        {"NUL bytes", QByteArray(4096, '\0')},
        {"NUL inside a bulletin", QStringLiteral("关于巡察整改情况的通报\n1. 关于“问题").toUtf8() + QByteArray(3, '\0') +
                                      QStringLiteral("”问题的整改\n整改措施：一是落实。").toUtf8()},
        {"1 MB without a line break", megabyteOfText().toUtf8()},
        {"invalid UTF-8", QByteArray("\xC3\x28\xFF\xFE\xED\xA0\x80\xF4\x90\x80\x80\xC0\xAF", 13).repeated(1000)},
        {"a UTF-16 byte-order mark alone", QByteArray("\xFF\xFE", 2)},
        {"UTF-16 with an odd length and a lone surrogate", QByteArray("\xFF\xFE\x00\xD8\x41\x00\x42", 7)},
        {"control characters", QByteArray("\x01\x02\x1B[2J\x07\x08\x7F", 8).repeated(100)},
        {"truncated PDF", QByteArray("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\n")},
        {"PDF signature then garbage", QByteArray("%PDF-1.4\n") + QByteArray(8192, '\xAB')},
        {"PDF xref pointing past the end", QByteArray("%PDF-1.4\ntrailer << /Root 1 0 R /Size 99999999 >>\nstartxref\n999999999\n%%EOF\n")},
        {"zip signature then garbage", QByteArray("PK\x03\x04", 4) + QByteArray(4096, '\x5A')},
        {"Word file without its document", zipOf({{"word/other.xml", "<x/>"}})},
        {"Word file with broken XML", docxOf("<w:document><w:body><w:p><w:t>整改")},
        {"Word file with an entity bomb",
         docxOf(wordDocument("<!DOCTYPE d [<!ENTITY a \"整改整改整改整改整改整改整改整改\">"
                             "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                             "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
                             "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">]>",
                             "<w:p><w:r><w:t>&g;</w:t></w:r></w:p>"))},
        {"Word file with an external entity",
         docxOf(wordDocument("<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>",
                             "<w:p><w:r><w:t>关于整改情况的通报&x;</w:t></w:r></w:p>"))},
        {"Word file nested 100,000 deep",
         docxOf(wordDocument({}, QByteArray("<w:p>").repeated(100000) + "整改" + QByteArray("</w:p>").repeated(100000)))},
        {"HTML nested 100,000 deep", QByteArray("<html><body>") + QByteArray("<div>").repeated(100000) + "整改"},
        {"HTML with 100,000 unclosed blocks that are dropped", QByteArray("<html><body>") + QByteArray("<nav <script ").repeated(100000)},
        {"HTML with 100,000 unclosed comments and entities",
         QByteArray("<html><body>") + QByteArray("<!-- &#xD800; &#1114112; &#0; &#99999999999; &").repeated(100000)},
        {"HTML declaring an unknown charset", QByteArray("<html><head><meta charset=\"x-no-such-charset\"></head><body><p>整改</p>")},
    };
    // the same text in every encoding detection may meet
    const QString bulletin = QStringLiteral("关于巡察整改情况的通报\n\u202E1. 关于“😀'); DROP TABLE findings; --”问题的整改\n整改措施：一是落实。");
    documents.append({"text with emoji and right-to-left marks, UTF-8", bulletin.toUtf8()});
    QStringEncoder gb18030("GB18030");
    documents.append({"text with emoji and right-to-left marks, GB18030", gb18030(bulletin)});
    QStringEncoder utf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    documents.append({"text with emoji and right-to-left marks, UTF-16", utf16(bulletin)});
    return documents;
}

} // namespace rectrack::test
