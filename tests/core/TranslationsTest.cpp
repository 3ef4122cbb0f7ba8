// The English translation file: every message translated, and each translation belongs to its
// message. A script once shifted a block of translations one message down, so that "备份与恢复"
// read "Field"; the checks below catch such a shift: placeholders that differ, accelerators
// lost, or a length far outside what Chinese-to-English gives.

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

namespace {

struct Message {
    QString context;
    QString source;
    QString translation;
    bool finished = true;
};

QList<Message> readTs(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message message;
    bool current = false; // obsolete and vanished entries are not shown to anyone
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            message = Message{context, {}, {}, true};
        } else if (xml.name() == u"source") {
            message.source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            current = type != u"obsolete" && type != u"vanished";
            message.finished = type.isEmpty();
            message.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements); // numerus forms
            if (current)
                messages.append(message);
        }
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

QStringList placeholders(const QString& text) {
    static const QRegularExpression placeholder(QStringLiteral("%\\d"));
    QStringList found;
    for (const QRegularExpressionMatch& match : placeholder.globalMatch(text))
        found << match.captured();
    found.sort();
    found.removeDuplicates();
    return found;
}

std::string shown(const Message& m) {
    return (m.context + QStringLiteral(": ") + m.source + QStringLiteral(" => ") + m.translation).toStdString();
}

} // namespace

TEST_CASE("Every English translation is finished and belongs to its message", "[translations]") {
    const QList<Message> messages = readTs(QStringLiteral(RECTRACK_TRANSLATIONS "/rectrack_en.ts"));
    REQUIRE(messages.size() > 500);
    int checked = 0;
    for (const Message& m : messages) {
        INFO(shown(m));
        CHECK(m.finished);
        CHECK_FALSE(m.translation.isEmpty());
        CHECK(placeholders(m.source) == placeholders(m.translation));
        if (m.source.contains(QStringLiteral("(&")))
            CHECK(m.translation.contains(u'&'));
        const double ratio = double(m.translation.size()) / double(m.source.size());
        CHECK(ratio >= 0.5);
        CHECK(ratio <= 12.0);
        ++checked;
    }
    CHECK(checked == messages.size());
}
