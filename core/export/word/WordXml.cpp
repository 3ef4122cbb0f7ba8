#include "WordXml.h"

namespace rectrack::word {

const QString WordXml::Main = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString WordXml::Relationships =
    QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");

WordXml::WordXml(QByteArray* out, const QString& root)
    : m_xml(out) {
    m_xml.writeStartDocument(QStringLiteral("1.0"), true);
    m_xml.writeNamespace(Main, QStringLiteral("w"));
    m_xml.writeNamespace(Relationships, QStringLiteral("r"));
    m_xml.writeStartElement(Main, root);
}

void WordXml::start(const QString& name, Attributes attributes) {
    m_xml.writeStartElement(Main, name);
    for (const auto& [key, value] : attributes)
        m_xml.writeAttribute(Main, key, value);
}

void WordXml::end() { m_xml.writeEndElement(); }

void WordXml::empty(const QString& name, Attributes attributes) {
    m_xml.writeEmptyElement(Main, name);
    for (const auto& [key, value] : attributes)
        m_xml.writeAttribute(Main, key, value);
}

void WordXml::text(const QString& text) {
    QString piece;
    const auto flush = [&] {
        if (piece.isEmpty())
            return;
        m_xml.writeStartElement(Main, QStringLiteral("t"));
        m_xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        m_xml.writeCharacters(piece);
        m_xml.writeEndElement();
        piece.clear();
    };
    for (const QChar c : xmlSafe(text)) {
        if (c == u'\t' || c == u'\n') {
            flush();
            m_xml.writeEmptyElement(Main, c == u'\t' ? QStringLiteral("tab") : QStringLiteral("br"));
        } else {
            piece.append(c);
        }
    }
    flush();
}

void WordXml::run(const QString& text) {
    start(QStringLiteral("r"));
    this->text(text);
    end();
}

void WordXml::finish() { m_xml.writeEndDocument(); }

QByteArray settingsPart(int defaultTabStop, bool evenAndOddHeaders, bool fullWidthPunctuation) {
    QByteArray out;
    WordXml w(&out, QStringLiteral("settings"));
    w.value(QStringLiteral("defaultTabStop"), QString::number(defaultTabStop));
    if (evenAndOddHeaders)
        w.empty(QStringLiteral("evenAndOddHeaders"));
    if (fullWidthPunctuation)
        w.value(QStringLiteral("characterSpacingControl"), QStringLiteral("doNotCompress"));
    w.start(QStringLiteral("compat"));
    w.empty(QStringLiteral("compatSetting"), {{QStringLiteral("name"), QStringLiteral("compatibilityMode")},
                                              {QStringLiteral("uri"), QStringLiteral("http://schemas.microsoft.com/office/word")},
                                              {QStringLiteral("val"), QStringLiteral("15")}});
    w.end();
    w.finish();
    return out;
}

QString xmlSafe(const QString& text) {
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\r') {
            if (i + 1 < text.size() && text[i + 1] == u'\n')
                continue;
            out.append(u'\n');
        } else if (c.unicode() < 0x20 && c != u'\t' && c != u'\n') {
            continue;
        } else if (c.unicode() == 0xFFFE || c.unicode() == 0xFFFF) {
            continue;
        } else if (c.isHighSurrogate()) {
            if (i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
                out.append(c);
                out.append(text[++i]);
            }
        } else if (!c.isLowSurrogate()) {
            out.append(c);
        }
    }
    return out;
}

} // namespace rectrack::word
